// django.db.models.sql, in memory: resolving lookup paths (`author__name__icontains`) into a
// test over stored rows plus the SQL text, and the row-level INSERT / UPDATE / DELETE helpers.
// Every read and write goes through the DatabaseWrapper of the alias.
import { FieldError } from '../../core/exceptions';
import { IntegrityError, wrapDatabaseError } from '../utils';
import { IntegrityError as SqliteIntegrityError } from '../../python/sqlite3';
import { ValueError } from '../../python/builtins';
import { quote_name, quoteValue } from '../backends/sqlite3/operations';
import { rowKey, type DatabaseWrapper, type Row } from '../backends/base';
import { LOOKUP_SEP } from './constants';
import { Field } from './fields';
import { ForeignObjectRel, ManyToManyField, RelatedField, isModelInstance } from './fields/related';
import { Combinable } from './expressions';
import { LOOKUPS, RELATED_LOOKUPS, dateTransforms, unsupportedLookup, yearLookupSql, type TransformSpec } from './lookups';
import { Q, type QChild } from './query_utils';
import type { Model, ModelClass } from './base';
import type { QuerySet } from './query';

export const qn = quote_name;

export function baseTable(model: ModelClass): string {
  return model._meta.concrete_model._meta.db_table;
}

export function pkColumn(model: ModelClass): string {
  return model._meta.concrete_model._meta.pk.column;
}

export function columnSql(field: Field): string {
  return `${qn(field.model._meta.concrete_model._meta.db_table)}.${qn(field.column)}`;
}

/** The table that stores a field: the concrete model that declared it. */
function tableOf(field: Field): string {
  return field.model._meta.concrete_model._meta.db_table;
}

/** Reads one field of an object given the row of the object's base table (follows MTI parents by pk). */
export function fieldReader(db: DatabaseWrapper, model: ModelClass, field: Field): (row: Row) => unknown {
  const table = tableOf(field);
  const column = field.column;
  if (table === baseTable(model)) return (row) => row[column];
  const pk = pkColumn(model);
  return (row) => db.getRow(table, row[pk])?.[column] ?? null;
}

/** SQL joins needed to reach a parent table's column from a child's base table. */
export function parentJoins(model: ModelClass, field: Field): string[] {
  const joins: string[] = [];
  let current = model._meta.concrete_model;
  const target = tableOf(field);
  while (current._meta.db_table !== target) {
    const [parent, link] = [...current._meta.parents.entries()][0] ?? [];
    if (!parent || !link) break;
    joins.push(`INNER JOIN ${qn(parent._meta.db_table)} ON (${qn(current._meta.db_table)}.${qn(link.column)} = ${qn(parent._meta.db_table)}.${qn(parent._meta.pk.column)})`);
    current = parent;
  }
  return joins;
}

export function fieldChoices(model: ModelClass): string {
  const names = new Set<string>();
  const meta = model._meta;
  for (const rel of meta.all_related_objects) names.add(rel.name);
  for (const f of meta.fields) {
    names.add(f.name);
    names.add(f.attname);
  }
  for (const f of meta.many_to_many) names.add(f.name);
  return [...names].sort().join(', ');
}

export function cannotResolve(name: string, model: ModelClass): never {
  throw new FieldError(`Cannot resolve keyword '${name}' into field. Choices are: ${fieldChoices(model)}`);
}

type Mapper = (row: Row) => Row | Row[] | null | undefined;

export interface ResolvedPath {
  field: Field;
  model: ModelClass;
  lookups: string[];
  multi: boolean;
  read: (row: Row) => unknown;
  column: string;
  joins: string[];
}

const pathCache = new WeakMap<DatabaseWrapper, WeakMap<ModelClass, Map<string, ResolvedPath>>>();

/** Resolves `blog__name` (and friends) from `model` into a reader over the model's base rows. */
export function resolvePath(db: DatabaseWrapper, model: ModelClass, parts: string[], joins: string[] = []): ResolvedPath {
  const key = parts.join(LOOKUP_SEP);
  let perDb = pathCache.get(db);
  if (!perDb) pathCache.set(db, (perDb = new WeakMap()));
  let perModel = perDb.get(model);
  if (!perModel) perDb.set(model, (perModel = new Map()));
  const cached = perModel.get(key);
  if (cached) {
    joins.push(...cached.joins);
    return cached;
  }
  const own: string[] = [];
  const resolved = resolvePathUncached(db, model, parts, own);
  joins.push(...own);
  // Paths through reverse relations keep an index of the related rows, so they are not reused.
  if (!resolved.multi) perModel.set(key, resolved);
  return resolved;
}

function resolvePathUncached(db: DatabaseWrapper, model: ModelClass, parts: string[], joins: string[]): ResolvedPath {
  let current = model;
  let mapper: Mapper | null = null;
  let multi = false;
  let final: Field | null = null;
  let i = 0;
  const compose = (next: (row: Row) => Row | Row[] | null | undefined) => {
    const prev = mapper;
    if (!prev) {
      mapper = next;
      return;
    }
    mapper = (row) => {
      const r = prev(row);
      if (!r) return null;
      if (Array.isArray(r)) return r.flatMap((x) => {
        const y = next(x);
        return y ? (Array.isArray(y) ? y : [y]) : [];
      });
      return next(r);
    };
  };
  while (i < parts.length) {
    const name = parts[i]!;
    const meta = current._meta;
    const found = name === 'pk' ? meta.pk : meta.find_field(name);
    if (!found) {
      if (i === 0) cannotResolve(name, current);
      break;
    }
    if (found instanceof ForeignObjectRel) {
      const rel = found;
      const fk = rel.field;
      const related = rel.related_model;
      const from = current;
      if (fk instanceof ManyToManyField) {
        // Reverse many-to-many: through rows whose "to" column is this object.
        const through = fk.through_table;
        const pkRead = fieldReader(db, from, from._meta.pk);
        const index = lazyIndex(db, through, fk.to_column);
        const relTable = baseTable(related);
        joins.push(`INNER JOIN ${qn(through)} ON (${qn(baseTable(from))}.${qn(pkColumn(from))} = ${qn(through)}.${qn(fk.to_column)})`);
        joins.push(`INNER JOIN ${qn(relTable)} ON (${qn(through)}.${qn(fk.from_column)} = ${qn(relTable)}.${qn(pkColumn(related))})`);
        compose((row) => (index().get(rowKey(pkRead(row))) ?? []).map((t) => db.getRow(relTable, t[fk.from_column])).filter((r): r is Row => !!r));
      } else {
        const targetRead = fieldReader(db, from, fk.target_field);
        const relTable = tableOf(fk);
        const index = lazyIndex(db, relTable, fk.column);
        joins.push(`INNER JOIN ${qn(relTable)} ON (${qn(baseTable(from))}.${qn(fk.target_field.column)} = ${qn(relTable)}.${qn(fk.column)})`);
        const base = baseTable(related);
        compose((row) => {
          const hits = index().get(rowKey(targetRead(row))) ?? [];
          return base === relTable ? hits : hits.map((h) => db.getRow(base, h[pkColumn(related)])).filter((r): r is Row => !!r);
        });
      }
      multi = true;
      current = related;
      i++;
      continue;
    }
    const field = found as Field;
    if (field instanceof ManyToManyField) {
      const remote = field.remote_model();
      const through = field.through_table;
      const pkRead = fieldReader(db, current, current._meta.pk);
      const index = lazyIndex(db, through, field.from_column);
      const relTable = baseTable(remote);
      joins.push(`INNER JOIN ${qn(through)} ON (${qn(baseTable(current))}.${qn(pkColumn(current))} = ${qn(through)}.${qn(field.from_column)})`);
      joins.push(`INNER JOIN ${qn(relTable)} ON (${qn(through)}.${qn(field.to_column)} = ${qn(relTable)}.${qn(pkColumn(remote))})`);
      compose((row) => (index().get(rowKey(pkRead(row))) ?? []).map((t) => db.getRow(relTable, t[field.to_column])).filter((r): r is Row => !!r));
      multi = true;
      current = remote;
      i++;
      continue;
    }
    if (field instanceof RelatedField) {
      const remote = field.remote_model();
      const next = parts[i + 1];
      const nextField = next === undefined ? null : next === 'pk' ? remote._meta.pk : remote._meta.find_field(next);
      const targetName = field.target_field.name;
      const isTargetOnly = nextField && (next === 'pk' || next === targetName) && !(nextField instanceof ForeignObjectRel) && (parts[i + 2] === undefined || !remote._meta.find_field(parts[i + 2]!));
      if (!nextField || isTargetOnly) {
        final = field;
        joins.push(...parentJoins(current, field));
        i += isTargetOnly ? 2 : 1;
        break;
      }
      // Forward hop: the related row is found by its primary key in O(1).
      joins.push(...parentJoins(current, field));
      const fkRead = fieldReader(db, current, field);
      const relTable = baseTable(remote);
      joins.push(`INNER JOIN ${qn(relTable)} ON (${columnSql(field)} = ${qn(relTable)}.${qn(field.target_field.column)})`);
      compose((row) => {
        const v = fkRead(row);
        return v === null || v === undefined ? null : db.getRow(relTable, v);
      });
      current = remote;
      i++;
      continue;
    }
    final = field;
    joins.push(...parentJoins(current, field));
    i++;
    break;
  }
  if (!final) final = current._meta.pk;
  const reader = fieldReader(db, current, final);
  const m = mapper as Mapper | null;
  let read: (row: Row) => unknown;
  if (!m) read = reader;
  else if (multi) read = (row) => {
    const r = m(row);
    if (!r) return [];
    return (Array.isArray(r) ? r : [r]).map(reader);
  };
  else read = (row) => {
    const r = m(row) as Row | null | undefined;
    return r ? reader(r) : null;
  };
  return { field: final, model: current, lookups: parts.slice(i), multi, read, column: columnSql(final), joins };
}

function lazyIndex(db: DatabaseWrapper, table: string, column: string): () => Map<unknown, Row[]> {
  let index: Map<unknown, Row[]> | null = null;
  return () => {
    if (!index) {
      index = new Map();
      for (const row of db.rows(table)) {
        const key = rowKey(row[column]);
        const list = index.get(key);
        if (list) list.push(row);
        else index.set(key, [row]);
      }
    }
    return index;
  };
}

/** A compiled WHERE condition: a row test and its SQL; `never` is Django's EmptyResultSet. */
export interface Condition {
  test: (row: Row) => boolean;
  sql: string;
  never?: boolean;
  always?: boolean;
  /** For the O(1) path: the pk values this condition restricts the rows to. */
  pks?: unknown[];
  /** Built from live data (reverse-relation indexes, subqueries): compile again for each use. */
  volatile?: boolean;
}

const ALWAYS: Condition = { test: () => true, sql: '', always: true };
const NEVER: Condition = { test: () => false, sql: '', never: true };

const whereCache = new WeakMap<Q, { db: DatabaseWrapper; model: ModelClass; cond: Condition; joins: string[] }>();

/** Compiles a WHERE tree once per Q object and database (unless it depends on live data). */
export function compileWhere(db: DatabaseWrapper, model: ModelClass, where: Q, joins: string[]): Condition {
  const hit = whereCache.get(where);
  if (hit && hit.db === db && hit.model === model) {
    joins.push(...hit.joins);
    return hit.cond;
  }
  const own: string[] = [];
  const cond = compileNode(db, model, where, own, true);
  joins.push(...own);
  if (!cond.volatile) whereCache.set(where, { db, model, cond, joins: own });
  return cond;
}

function compileNode(db: DatabaseWrapper, model: ModelClass, q: Q, joins: string[], top = false): Condition {
  const parts = q.children.map((child) => compileChild(db, model, child, joins));
  const volatile = parts.some((p) => p.volatile);
  let cond = compileConnector(q, parts);
  if (q.negated) {
    if (cond.never) cond = ALWAYS;
    else if (cond.always) cond = NEVER;
    else {
      const inner = cond.test;
      const body = cond.sql.startsWith('(') && cond.sql.endsWith(')') ? cond.sql : `(${cond.sql})`;
      cond = { test: (row) => !inner(row), sql: `NOT ${body}` };
    }
  }
  void top;
  return volatile ? { ...cond, volatile } : cond;
}

function compileConnector(q: Q, parts: Condition[]): Condition {
  let cond: Condition;
  if (q.connector === 'AND') {
    if (parts.some((p) => p.never)) cond = NEVER;
    else {
      const live = parts.filter((p) => !p.always);
      if (!live.length) cond = ALWAYS;
      else {
        const tests = live.map((p) => p.test);
        const sql = live.length > 1 ? `(${live.map((p) => p.sql).join(' AND ')})` : live[0]!.sql;
        const test = tests.length === 1 ? tests[0]! : tests.length === 2 ? ((a, b) => (row: Row) => a(row) && b(row))(tests[0]!, tests[1]!) : (row: Row) => tests.every((t) => t(row));
        const pks = live.find((p) => p.pks)?.pks;
        cond = { test, sql, ...(pks ? { pks } : {}) };
      }
    }
  } else {
    const live = parts.filter((p) => !p.never);
    if (!live.length) cond = NEVER;
    else if (live.some((p) => p.always)) cond = ALWAYS;
    else {
      const tests = live.map((p) => p.test);
      const joiner = q.connector === 'OR' ? ' OR ' : ' XOR ';
      const sql = live.length > 1 ? `(${live.map((p) => p.sql).join(joiner)})` : live[0]!.sql;
      const test = q.connector === 'OR' ? (row: Row) => tests.some((t) => t(row)) : (row: Row) => tests.filter((t) => t(row)).length % 2 === 1;
      cond = { test, sql };
    }
  }
  return cond;
}

function compileChild(db: DatabaseWrapper, model: ModelClass, child: QChild, joins: string[]): Condition {
  if (child instanceof Q) return compileNode(db, model, child, joins);
  const [key, value] = child;
  return compileLookup(db, model, key, value, joins);
}

/** Converts a lookup value: model instances become their pk, querysets their pk list. */
function prepareValue(field: Field, value: unknown): unknown {
  if (isModelInstance(value)) {
    if (!value._is_pk_set()) throw new ValueError('Model instances passed to related filters must be saved.');
    if (field instanceof RelatedField) return (value as unknown as Record<string, unknown>)[field.target_field.attname];
    return value.pk;
  }
  return field.get_prep_value(value);
}

export function compileLookup(db: DatabaseWrapper, model: ModelClass, key: string, value: unknown, joins: string[]): Condition {
  const parts = key.split(LOOKUP_SEP);
  const path = resolvePath(db, model, parts, joins);
  const field = path.field;
  const rest = [...path.lookups];
  let transform: TransformSpec | null = null;
  const type = field.get_internal_type();
  if (rest.length && (type === 'DateField' || type === 'DateTimeField')) {
    const t = dateTransforms(type)[rest[0]!];
    if (t) {
      transform = t;
      rest.shift();
    }
  }
  if (field.is_relation && rest.length > 1) throw new FieldError(`Related Field got invalid lookup: ${rest[0]}`);
  const lookupName = rest.shift() ?? 'exact';
  const spec = LOOKUPS[lookupName];
  if (!spec || (field.is_relation && !RELATED_LOOKUPS.includes(lookupName))) unsupportedLookup(lookupName, field);
  if (rest.length) unsupportedLookup(rest[0]!, field);

  // The right-hand side: another column (F()), a queryset (subquery), or values.
  let rhs = value;
  let column = path.column;
  if (transform) column = transform.sql(column);
  if (rhs instanceof Combinable) {
    const readers = new Map<string, (row: Row) => unknown>();
    const read = (name: string) => {
      let r = readers.get(name);
      if (!r) {
        const p = resolvePath(db, model, name.split(LOOKUP_SEP), joins);
        r = p.read;
        readers.set(name, r);
      }
      return r;
    };
    const expr = rhs;
    const sqlRhs = expr.as_sql((name) => resolvePath(db, model, name.split(LOOKUP_SEP), []).column, quoteValue);
    const compare = (lookupName === 'exact' || !LOOKUPS[lookupName]) ? 'exact' : lookupName;
    const baseRead = path.read;
    const op = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' }[compare] ?? '=';
    return {
      test: (row) => {
        const rv = expr.evaluate((name) => read(name)(row));
        return LOOKUPS[compare]!.test(rv)(baseRead(row));
      },
      sql: `${column} ${op} ${sqlRhs}`,
    };
  }
  let volatile = path.multi;
  if (isQuerySet(rhs)) {
    const values = (rhs as QuerySet<any>)._subqueryValues();
    rhs = values;
    volatile = true;
  }
  if (spec.raw) {
    // isnull and regex take the value as given.
  } else if (rhs === null) {
    if (lookupName !== 'exact' && lookupName !== 'iexact') throw new ValueError('Cannot use None as a query value');
  } else if (spec.iterable) {
    if (typeof rhs === 'string' || typeof (rhs as Iterable<unknown>)?.[Symbol.iterator] !== 'function') {
      throw new TypeError(`'${typeof rhs === 'number' ? 'int' : typeof rhs}' object is not iterable`);
    }
    rhs = [...(rhs as Iterable<unknown>)].map((v) => (transform ? v : prepareValue(field, v)));
    if (lookupName === 'in' && (rhs as unknown[]).length === 0) return NEVER;
  } else if (!transform) {
    rhs = prepareValue(field, rhs);
  } else if (typeof rhs === 'string' && /^\d+$/.test(rhs)) {
    rhs = Number(rhs);
  }

  const testValue = spec.test(rhs);
  const read = path.read;
  const apply = transform?.apply;
  let test: (row: Row) => boolean;
  if (path.multi) {
    test = apply
      ? (row) => (read(row) as unknown[]).some((v) => testValue(apply(v)))
      : (row) => (read(row) as unknown[]).some(testValue);
    if (lookupName === 'isnull' && rhs) test = (row) => (read(row) as unknown[]).length === 0 || (read(row) as unknown[]).some(testValue);
  } else {
    test = apply ? (row) => testValue(apply(read(row))) : (row) => testValue(read(row));
  }
  let sql: string | null = null;
  if (transform?.yearBounds && typeof rhs === 'number') sql = yearLookupSql(path.column, type, lookupName, rhs);
  sql ??= spec.sql(column, rhs);
  const cond: Condition = volatile ? { test, sql, volatile } : { test, sql };
  const isPk = !path.multi && !transform && field === model._meta.pk && path.model === model;
  if (isPk && lookupName === 'exact' && rhs !== null) cond.pks = [rhs];
  else if (isPk && lookupName === 'in') cond.pks = rhs as unknown[];
  return cond;
}

function isQuerySet(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { _subqueryValues?: unknown })._subqueryValues === 'function';
}

// -- integrity checks the SQLite schema would make ------------------------------------------------

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
    (f): f is RelatedField => f instanceof RelatedField && !f.many_to_many && (f.options as { db_constraint?: boolean }).db_constraint !== false,
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

export function uniqueBy<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export type { Model };

/** Django's IntegrityError as SQLite raises it: same text, `__cause__` the driver's sqlite3.IntegrityError. */
export function integrityError(message: string): IntegrityError {
  return wrapDatabaseError(IntegrityError, new SqliteIntegrityError(message));
}
