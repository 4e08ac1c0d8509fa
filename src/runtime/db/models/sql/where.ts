// django.db.models.sql.where, in memory: a WHERE tree (Q objects) compiled once into a test over
// stored rows plus the SQL text Django would send.
import { FieldError } from '../../../core/exceptions';
import { ValueError } from '../../../python/exceptions';
import type { DatabaseWrapper, Row } from '../../backends/base';
import { quoteValue } from '../../backends/sqlite3/operations';
import { LOOKUP_SEP } from '../constants';
import { Combinable } from '../expressions';
import { Field } from '../fields';
import { RelatedField, isModelInstance } from '../fields/related';
import { LOOKUPS, RELATED_LOOKUPS, dateTransforms, unsupportedLookup, yearLookupSql, type TransformSpec } from '../lookups';
import { Q, type QChild } from '../query_utils';
import type { ModelClass } from '../base';
import { resolvePath } from './query';
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
        const test =
          tests.length === 1
            ? tests[0]!
            : tests.length === 2
              ? (
                  (a, b) => (row: Row) =>
                    a(row) && b(row)
                )(tests[0]!, tests[1]!)
              : (row: Row) => tests.every((t) => t(row));
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
      const test =
        q.connector === 'OR'
          ? (row: Row) => tests.some((t) => t(row))
          : (row: Row) => tests.filter((t) => t(row)).length % 2 === 1;
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
    const compare = lookupName === 'exact' || !LOOKUPS[lookupName] ? 'exact' : lookupName;
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
    const values = (rhs as { _subqueryValues(): unknown[] })._subqueryValues();
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
    if (lookupName === 'isnull' && rhs)
      test = (row) => (read(row) as unknown[]).length === 0 || (read(row) as unknown[]).some(testValue);
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
  return (
    typeof value === 'object' && value !== null && typeof (value as { _subqueryValues?: unknown })._subqueryValues === 'function'
  );
}
