// What SQLite's schema enforces on every written row: NOT NULL, FOREIGN KEY and UNIQUE. Django
// leaves these to the database; the in-memory database checks them here and raises Django's
// IntegrityError with SQLite's message. (No Django counterpart: this is the database's part.)
import { IntegrityError as SqliteIntegrityError } from '../../python/sqlite3';
import { RelatedField } from '../models/fields/related';
import { baseTable, tableOf } from '../models/sql/datastructures';
import type { Field } from '../models/fields';
import type { ModelClass } from '../models/base';
import { IntegrityError, wrapDatabaseError } from '../utils';
import { rowKey, type DatabaseWrapper, type Row } from './base';
interface RowChecks {
  notNull: Field[];
  foreignKeys: RelatedField[];
  uniqueSets: Field[][];
}

const checksCache = new WeakMap<Function, Map<string, RowChecks>>();

/** What the table's schema enforces for these fields: NOT NULL, FOREIGN KEY and UNIQUE. */
const checksByArray = new WeakMap<Field[], RowChecks>();

function rowChecks(model: ModelClass, table: string, fields: Field[]): RowChecks {
  const byArray = checksByArray.get(fields);
  if (byArray) return byArray;
  const checks = rowChecksByKey(model, table, fields);
  // The field lists of _meta are cached arrays, so their identity is a cheap key.
  if (fields === model._meta.local_concrete_fields) checksByArray.set(fields, checks);
  return checks;
}

function rowChecksByKey(model: ModelClass, table: string, fields: Field[]): RowChecks {
  const key = `${table}|${fields.map((f) => f.column).join(',')}`;
  let perModel = checksCache.get(model);
  if (!perModel) checksCache.set(model, (perModel = new Map()));
  let checks = perModel.get(key);
  if (checks) return checks;
  const notNull = fields.filter((f) => !f.null && !(f.primary_key && f.get_internal_type().endsWith('AutoField')));
  const foreignKeys = fields.filter(
    (f): f is RelatedField =>
      f instanceof RelatedField && !f.many_to_many && (f.options as { db_constraint?: boolean }).db_constraint !== false,
  );
  const uniqueSets: Field[][] = [];
  for (const field of fields) if (field.unique && !field.primary_key) uniqueSets.push([field]);
  const meta = model._meta;
  if (meta.db_table === table) {
    for (const group of meta.unique_together) uniqueSets.push(group.map((n) => meta.get_field(n) as Field));
    for (const c of meta.constraints) {
      const fieldsOf = (c as { fields?: readonly string[]; condition?: unknown }).fields;
      if (fieldsOf?.length && !(c as { condition?: unknown }).condition && c.constructor.name === 'UniqueConstraint') {
        uniqueSets.push(fieldsOf.map((n) => meta.get_field(n) as Field));
      }
    }
  }
  checks = { notNull, foreignKeys, uniqueSets };
  perModel.set(key, checks);
  return checks;
}

export function checkRow(db: DatabaseWrapper, model: ModelClass, table: string, row: Row, pk: unknown, fields: Field[]): void {
  const { notNull, foreignKeys, uniqueSets } = rowChecks(model, table, fields);
  for (const field of notNull) {
    const value = row[field.column];
    if (value === null || value === undefined) throw integrityError(`NOT NULL constraint failed: ${table}.${field.column}`);
  }
  for (const field of foreignKeys) {
    const value = row[field.column];
    if (value === null || value === undefined) continue;
    const remote = field.remote_model();
    const target = field.target_field;
    const found = target.primary_key
      ? db.getRow(baseTable(remote), value)
      : [...db.rows(tableOf(target))].find((r) => r[target.column] === value);
    if (!found) throw integrityError('FOREIGN KEY constraint failed');
  }
  const pkColumnName = model._meta.pk.column;
  for (const group of uniqueSets) {
    const values = group.map((f) => row[f.column]);
    if (values.some((v) => v === null || v === undefined)) continue;
    for (const other of db.rows(table)) {
      if (other === row || (table === model._meta.db_table && rowKey(other[pkColumnName]) === rowKey(pk))) continue;
      if (group.every((f, i) => equalStored(other[f.column], values[i]))) {
        throw integrityError(`UNIQUE constraint failed: ${group.map((f) => `${table}.${f.column}`).join(', ')}`);
      }
    }
  }
}

function equalStored(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return String(a) === String(b);
  return false;
}

/** Django's IntegrityError as SQLite raises it: same text, `__cause__` the driver's sqlite3.IntegrityError. */
export function integrityError(message: string): IntegrityError {
  return wrapDatabaseError(IntegrityError, new SqliteIntegrityError(message));
}
