// django.db.models.sql.compiler, in memory: turns a Query into the SQL Django would send (logged
// on the connection, as `connection.queries` shows it) and runs it against the stored rows.
// SQLCompiler reads and deletes; insertObject() and updateObject() are the INSERT and the
// single-row UPDATE that save() sends (SQLInsertCompiler, SQLUpdateCompiler).
import { EmptyResultSet, FieldError, FullResultSet } from '../../../core/exceptions';
import { TransactionManagementError } from '../../transaction_errors';
import { repr, typeName } from '../../../python/repr';
import { tuple } from '../../../python/types';
import type { DatabaseWrapper, Row } from '../../backends/base';
import { checkRow, integrityError } from '../../backends/integrity';
import { quoteValue } from '../../backends/sqlite3/operations';
import { LOOKUP_SEP, MAX_GET_RESULTS } from '../constants';
import { Combinable } from '../expressions';
import { FETCH_ONE, FETCH_PEERS, type FetchMode } from '../fetch_modes';
import { AutoField, Field } from '../fields';
import { RelatedField } from '../fields/related';
import { compareValues } from '../lookups';
import { Q } from '../query_utils';
import type { Kwargs, Model, ModelClass } from '../base';
import { baseTable, columnSql, fieldReader, parentJoins, pkColumn, qn } from './datastructures';
import { cannotResolve, resolvePath, type Query } from './query';
import { compileWhere, type Condition } from './where';

/** getByPk() could not take the O(1) path: the general one must run. */
export const NOT_APPLICABLE: unique symbol = Symbol('not applicable');

export class SQLCompiler {
  constructor(
    readonly query: Query,
    readonly connection: DatabaseWrapper,
    readonly using: string,
  ) {}

  get model(): ModelClass {
    return this.query.model;
  }

  /** The SELECT, with its values inlined as the log shows them; EmptyResultSet for a WHERE that matches nothing. */
  as_sql(): [string, unknown[]] {
    this.compileCondition(this.query.where);
    return [this.selectSql(null), []];
  }

  /** A WHERE node's SQL: EmptyResultSet when it matches nothing, FullResultSet when it matches everything. */
  compile(node: Q): [string, unknown[]] {
    const cond = this.compileCondition(node);
    if (cond.always) throw new FullResultSet();
    return [cond.sql, []];
  }

  private compileCondition(node: Q): Condition {
    if (this.query.none) throw new EmptyResultSet();
    const cond = compileWhere(this.connection, this.model, node, []);
    if (cond.never) throw new EmptyResultSet();
    return cond;
  }

  /** ` FOR UPDATE [OF …] [NOWAIT | SKIP LOCKED]`, as PostgreSQL spells it. */
  private forUpdateSql(): string {
    const f = this.query.forUpdate;
    if (!f) return '';
    const of = f.of.map((name) => {
      if (name === 'self') return qn(baseTable(this.model));
      const field = this.model._meta.get_field(name.split(LOOKUP_SEP)[0]!) as RelatedField;
      return qn(baseTable(field.remote_model()));
    });
    return ` FOR UPDATE${of.length ? ` OF ${of.join(', ')}` : ''}${f.nowait ? ' NOWAIT' : ''}${f.skip_locked ? ' SKIP LOCKED' : ''}`;
  }

  /** Takes the row locks of select_for_update(); rows locked by others are left out with skip_locked. */
  private lockRows(rows: Row[]): Row[] {
    const f = this.query.forUpdate;
    if (!f) return rows;
    const db = this.connection;
    const table = baseTable(this.model);
    const pkCol = pkColumn(this.model);
    const options = { nowait: f.nowait, skip_locked: f.skip_locked };
    const kept: Row[] = [];
    for (const row of rows) if (db.lockRow(table, row[pkCol], options)) kept.push(row);
    return kept;
  }

  /** Compiles the WHERE once (it is cached), so an unknown field fails at filter() time, as in Django. */
  compileWhere(): void {
    compileWhere(this.connection, this.model, this.query.where, []);
  }

  private conditionOrNull(): Condition | null {
    if (this.query.none) return null;
    const cond = compileWhere(this.connection, this.model, this.query.where, []);
    return cond.never ? null : cond;
  }

  /** Rows of the base table matching the WHERE clause, in query order, with the SQL joins used. */
  private matchRows(cond: Condition, log: ((joins: string[]) => string) | null, joins: string[] = []): Row[] {
    const db = this.connection;
    const table = baseTable(this.model);
    let rows: Row[];
    if (cond.pks) {
      rows = [];
      for (const pk of cond.pks) {
        const row = db.getRow(table, pk);
        if (row && cond.test(row)) rows.push(row);
      }
    } else {
      rows = [];
      const test = cond.test;
      if (cond.always) for (const row of db.rows(table)) rows.push(row);
      else for (const row of db.rows(table)) if (test(row)) rows.push(row);
    }
    // Proxy and MTI models see only rows that are objects of their class.
    rows = this.applyOrdering(rows);
    if (this.query.forUpdate) {
      if (db.get_autocommit()) throw new TransactionManagementError('select_for_update cannot be used outside of a transaction.');
      if (this.query.forUpdate.skip_locked) rows = this.lockRows(rows);
    }
    const { low, high } = this.query;
    if (low || high !== null) rows = rows.slice(low, high ?? undefined);
    if (log) db.log(log(joins));
    if (this.query.forUpdate && !this.query.forUpdate.skip_locked) rows = this.lockRows(rows);
    return rows;
  }

  private effectiveOrdering(): string[] {
    const ordering = this.query.ordering ?? [...this.model._meta.ordering];
    if (this.query.standardOrdering) return ordering;
    return ordering.map((o) => (o === '?' ? o : o.startsWith('-') ? o.slice(1) : `-${o}`));
  }

  /** The path an ordering term names; FieldError for a name that does not resolve. */
  orderingReader(name: string): ReturnType<typeof resolvePath> {
    const parts = name.split(LOOKUP_SEP);
    const path = resolvePath(this.connection, this.model, parts);
    if (path.lookups.length) cannotResolve(path.lookups[0]!, path.model);
    return path;
  }

  private applyOrdering(rows: Row[]): Row[] {
    let ordering = this.effectiveOrdering();
    if (!this.query.standardOrdering && !ordering.length) ordering = ['-pk'];
    if (!ordering.length || rows.length < 2) return rows;
    if (ordering.includes('?')) {
      const shuffled = [...rows];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      return shuffled;
    }
    const keys = ordering.map((o) => {
      const desc = o.startsWith('-');
      const path = this.orderingReader(desc ? o.slice(1) : o);
      const read = path.multi ? (row: Row) => (path.read(row) as unknown[])[0] ?? null : path.read;
      return { read, desc };
    });
    const decorated = rows.map((row) => ({ row, values: keys.map((k) => k.read(row)) }));
    decorated.sort((a, b) => {
      for (let i = 0; i < keys.length; i++) {
        const c = compareValues(a.values[i], b.values[i]);
        if (c !== 0) return keys[i]!.desc ? -c : c;
      }
      return 0;
    });
    return decorated.map((d) => d.row);
  }

  /**
   * ORDER BY; `aliases` are the names values()/values_list() selected, in order. As Django 6.1's
   * compiler does, a term naming one of them refers to it by position (`ORDER BY 2 DESC`).
   */
  private orderBySql(aliases: readonly string[] | null = null): string {
    const ordering = this.effectiveOrdering();
    if (!ordering.length)
      return this.query.standardOrdering ? '' : ` ORDER BY ${qn(baseTable(this.model))}.${qn(pkColumn(this.model))} DESC`;
    if (ordering.includes('?')) return ' ORDER BY RAND() ASC';
    const parts = ordering.map((o) => {
      const desc = o.startsWith('-');
      const name = desc ? o.slice(1) : o;
      const position = aliases?.indexOf(name) ?? -1;
      const target = position >= 0 ? String(position + 1) : this.orderingReader(name).column;
      return `${target} ${desc ? 'DESC' : 'ASC'}`;
    });
    return ` ORDER BY ${parts.join(', ')}`;
  }

  private limitSql(): string {
    const { low, high } = this.query;
    if (high !== null) return ` LIMIT ${high - low}${low ? ` OFFSET ${low}` : ''}`;
    if (low) return ` LIMIT -1 OFFSET ${low}`;
    return '';
  }

  /** The columns a model SELECT reads, and the joins MTI parents need. */
  private selectColumns(): { columns: string[]; joins: string[]; fields: Field[] } {
    const fields = this.loadedFields();
    const joins: string[] = [];
    for (const f of fields) joins.push(...parentJoins(this.model, f));
    return { columns: fields.map(columnSql), joins, fields };
  }

  /** Concrete fields an instance query loads, after only()/defer(). */
  private loadedFields(): Field[] {
    const meta = this.model._meta;
    const concrete = meta.concrete_fields;
    const { only, defer } = this.query;
    if (only) {
      const wanted = new Set<string>();
      for (const n of only) {
        const name = n.split(LOOKUP_SEP)[0]!;
        if (name === 'pk') continue;
        const f = meta.find_field(name) as Field | null;
        if (f) wanted.add(f.attname);
      }
      return concrete.filter((f) => f.primary_key || wanted.has(f.attname));
    }
    if (defer.size) {
      const skip = new Set<string>();
      for (const n of defer) {
        const f = meta.find_field(n.split(LOOKUP_SEP)[0]!) as Field | null;
        if (f) skip.add(f.attname);
      }
      return concrete.filter((f) => f.primary_key || !skip.has(f.attname));
    }
    return concrete;
  }

  /**
   * The SELECT. `aliases` (values()/values_list() with field names) name each selected column
   * after the field as written, as Django 6.1 does: `"app_book"."id" AS "pk"`.
   */
  private selectSql(selectColumns: string[] | null, extraJoins: string[] = [], aliases: readonly string[] | null = null): string {
    const table = baseTable(this.model);
    const whereJoins: string[] = [];
    const c = compileWhere(this.connection, this.model, this.query.where, whereJoins);
    const base = this.selectColumns();
    const columns = (selectColumns ?? base.columns).map((column, i) =>
      aliases?.[i] === undefined ? column : `${column} AS ${qn(aliases[i]!)}`,
    );
    const joins = uniq([...base.joins, ...extraJoins, ...whereJoins]);
    const where = c.sql ? ` WHERE ${c.sql}` : '';
    return `SELECT ${this.query.distinct ? 'DISTINCT ' : ''}${columns.join(', ')} FROM ${qn(table)}${joins.length ? ` ${joins.join(' ')}` : ''}${where}${this.orderBySql(aliases)}${this.limitSql()}${this.forUpdateSql()}`;
  }

  /** Runs the SELECT and builds the instances (or the values()/values_list() rows). */
  results(): unknown[] {
    const cond = this.conditionOrNull();
    if (!cond) return [];
    if (this.query.valuesMode) return this.fetchValues(cond);
    const db = this.connection;
    const { fields } = this.selectColumns();
    const related = this.selectRelatedFields(fields);
    const extraColumns: string[] = [];
    const extraJoins: string[] = [];
    for (const f of related) {
      const remote = f.remote_model();
      extraJoins.push(
        `${f.null ? 'LEFT OUTER JOIN' : 'INNER JOIN'} ${qn(baseTable(remote))} ON (${columnSql(f)} = ${qn(baseTable(remote))}.${qn(f.target_field.column)})`,
      );
      extraColumns.push(...remote._meta.concrete_fields.map(columnSql));
    }
    const rows = this.matchRows(cond, () => this.selectSql([...fields.map(columnSql), ...extraColumns], extraJoins));
    const model = this.model;
    const full = fields.length === model._meta.concrete_fields.length;
    const { readers, names } = full
      ? fullReaders(db, model)
      : { readers: fields.map((f) => fieldReader(db, model, f)), names: fields.map((f) => f.attname) };
    const out: Model[] = [];
    for (const row of rows) {
      const values = readers.map((r) => r(row));
      const obj = model.from_db(this.using, names, values, { fetch_mode: this.query.fetchMode ?? FETCH_ONE });
      for (const f of related) {
        const value = (obj as unknown as Record<string, unknown>)[f.attname];
        const relRow = value === null || value === undefined ? null : db.getRow(baseTable(f.remote_model()), value);
        obj._state.fields_cache[f.name] = relRow
          ? instanceFromRow(db, this.using, f.remote_model(), relRow, this.query.fetchMode ?? FETCH_ONE)
          : null;
      }
      out.push(obj);
    }
    const mode = this.query.fetchMode;
    if (mode !== null) {
      // from_db() set each instance's fetch mode; FETCH_PEERS also needs to know the others.
      const peers = mode === FETCH_PEERS ? out : null;
      for (const obj of out) obj._state.peers = peers;
    }
    return out;
  }

  /** The foreign keys select_related() follows; `selected` are the columns only()/defer() left. */
  private selectRelatedFields(selected: readonly Field[]): RelatedField[] {
    const sr = this.query.selectRelated;
    if (!sr) return [];
    const fields = this.model._meta.concrete_fields.filter((f): f is RelatedField => f instanceof RelatedField);
    if (sr === true) return fields.filter((f) => !f.null);
    const requested = fields.filter((f) => sr.some((name) => name.split(LOOKUP_SEP)[0] === f.name));
    // As Django's select_related_descend(): a named relation cannot also be deferred.
    const masked = this.query.only !== null || this.query.defer.size > 0;
    const deferred = masked ? requested.find((f) => !selected.includes(f)) : undefined;
    if (deferred)
      throw new FieldError(
        `Field ${deferred.model._meta.object_name}.${deferred.name} cannot be both deferred and traversed using select_related at the same time.`,
      );
    return requested;
  }

  valuesReader(name: string): ReturnType<typeof resolvePath> {
    if (typeof name !== 'string')
      throw new TypeError(`Cannot resolve keyword ${repr(name)} into field: field names must be strings, not ${typeName(name)}.`);
    const path = resolvePath(this.connection, this.model, name.split(LOOKUP_SEP));
    if (path.lookups.length) cannotResolve(path.lookups[0]!, path.model);
    return path;
  }

  private fetchValues(cond: Condition): unknown[] {
    const meta = this.model._meta;
    const names = this.query.valuesFields?.length ? this.query.valuesFields : meta.concrete_fields.map((f) => f.attname);
    const paths = names.map((n) => this.valuesReader(n));
    const joins = paths.flatMap((p) => p.joins);
    const aliases = this.query.valuesFields?.length ? names : null;
    const rows = this.matchRows(cond, (j) =>
      this.selectSql(
        paths.map((p) => p.column),
        [...j, ...joins],
        aliases,
      ),
    );
    // Multi-valued paths (reverse relations) produce one output row per related row.
    const out: unknown[][] = [];
    for (const row of rows) {
      let combos: unknown[][] = [[]];
      for (const p of paths) {
        const v = p.read(row);
        const options = p.multi ? ((v as unknown[]).length ? (v as unknown[]) : [null]) : [v];
        combos = combos.flatMap((c) => options.map((o) => [...c, o]));
      }
      out.push(...combos);
    }
    let result = out;
    if (this.query.distinct) {
      const seen = new Set<string>();
      result = out.filter((values) => {
        const key = JSON.stringify(values.map((v) => (typeof v === 'object' && v !== null ? String(v) : v)));
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    switch (this.query.valuesMode) {
      case 'dict':
        return result.map((values) => Object.fromEntries(names.map((n, i) => [n, values[i]])));
      case 'flat':
        return result.map((values) => values[0]);
      case 'named':
        return result.map((values) => namedRow(names, values));
      default:
        return result.map((values) => tuple(...values));
    }
  }

  /** Values for `pk__in=queryset`: the queryset's single column, or its pks; no query is logged. */
  subqueryValues(): unknown[] {
    const cond = this.conditionOrNull();
    if (!cond) return [];
    const rows = this.matchRows(cond, null);
    const names = this.query.valuesFields?.length ? this.query.valuesFields : ['pk'];
    const path = this.valuesReader(names[0]!);
    return rows.map((r) => path.read(r));
  }

  /**
   * get(pk=value) on an unfiltered queryset: an O(1) row lookup that logs the same SQL the general
   * path would (`... WHERE "t"."id" = 1 LIMIT 21`).
   */
  getByPk(args: Array<Q | Kwargs>): Model | typeof NOT_APPLICABLE {
    const s = this.query;
    if (
      args.length !== 1 ||
      s.where.children.length ||
      s.none ||
      s.low ||
      s.high !== null ||
      s.valuesMode ||
      s.only ||
      s.defer.size ||
      s.selectRelated ||
      s.forUpdate ||
      s.distinct ||
      s.fetchMode
    ) {
      return NOT_APPLICABLE;
    }
    const kwargs = args[0];
    if (!kwargs || typeof kwargs !== 'object' || kwargs instanceof Q) return NOT_APPLICABLE;
    let key: string | null = null;
    for (const k in kwargs) {
      if (key !== null) return NOT_APPLICABLE;
      key = k;
    }
    const model = this.model;
    const pk = model._meta.pk;
    if (key !== 'pk' && key !== pk.name && key !== pk.attname && key !== 'pk__exact' && key !== `${pk.name}__exact`)
      return NOT_APPLICABLE;
    let value = (kwargs as Kwargs)[key];
    if (value === null || value === undefined || typeof value === 'object') return NOT_APPLICABLE;
    value = pk.get_prep_value(value);
    const db = this.connection;
    db.log(`${pkGetPrefix(model)}${quoteValue(value)} LIMIT ${MAX_GET_RESULTS}`);
    const row = db.getRow(baseTable(model), value);
    if (!row) throw new model.DoesNotExist(`${model._meta.object_name} matching query does not exist.`);
    return instanceFromRow(db, this.using, model, row);
  }

  count(): number {
    const cond = this.conditionOrNull();
    if (!cond) return 0;
    const table = baseTable(this.model);
    const joins: string[] = [];
    const c = compileWhere(this.connection, this.model, this.query.where, joins);
    const sliced = this.query.low !== 0 || this.query.high !== null;
    const rows = this.matchRows(cond, null);
    const where = c.sql ? ` WHERE ${c.sql}` : '';
    const from = `${qn(table)}${joins.length ? ` ${uniq(joins).join(' ')}` : ''}`;
    this.connection.log(
      sliced || this.query.distinct
        ? `SELECT COUNT(*) FROM (SELECT ${this.query.distinct ? 'DISTINCT ' : ''}${qn(table)}.${qn(pkColumn(this.model))} AS "col1" FROM ${from}${where}${this.limitSql()}) subquery`
        : `SELECT COUNT(*) AS "__count" FROM ${from}${where}`,
    );
    return rows.length;
  }

  exists(): boolean {
    const cond = this.conditionOrNull();
    if (!cond) return false;
    const joins: string[] = [];
    const c = compileWhere(this.connection, this.model, this.query.where, joins);
    const rows = this.matchRows(cond, null);
    const table = baseTable(this.model);
    this.connection.log(
      `SELECT 1 AS "a" FROM ${qn(table)}${joins.length ? ` ${uniq(joins).join(' ')}` : ''}${c.sql ? ` WHERE ${c.sql}` : ''} LIMIT 1`,
    );
    return rows.length > 0;
  }

  /** Writes `values` to every matching row; returns the new values of each updated row (RETURNING). */
  /** `returning`: an instance's save() reads expression values back, as Django 6.0+ does with RETURNING. */
  update(values: Array<[Field, unknown]>, returning = false): Array<Record<string, unknown>> {
    const cond = this.conditionOrNull();
    const db = this.connection;
    const model = this.model;
    const byTable = new Map<string, Array<[Field, unknown]>>();
    for (const entry of values) {
      const table = entry[0].model._meta.concrete_model._meta.db_table;
      (byTable.get(table) ?? byTable.set(table, []).get(table)!).push(entry);
    }
    const base = baseTable(model);
    const rows = cond ? this.matchRows(cond, null) : [];
    const pkCol = pkColumn(model);
    const results: Array<Record<string, unknown>> = [];
    const joins: string[] = [];
    const where = cond ? compileWhere(db, model, this.query.where, joins).sql : '';
    for (const [table, entries] of byTable) {
      const setSql = entries.map(([f, v]) => {
        const rhs =
          v instanceof Combinable
            ? v.as_sql((n) => columnSql(resolvePath(db, model, n.split(LOOKUP_SEP)).field), quoteValue)
            : quoteValue(prepareForSave(f, v));
        return `${qn(f.column)} = ${rhs}`;
      });
      const whereSql =
        table === base
          ? where
            ? ` WHERE ${where}`
            : ''
          : ` WHERE ${qn(table)}.${qn(model._meta.concrete_model._meta.get_parent_list().find((p) => p._meta.db_table === table)?._meta.pk.column ?? 'id')} IN (${rows.map((r) => quoteValue(r[pkCol])).join(', ')})`;
      // QuerySet.update() returns a row count: no RETURNING (only an instance's save() reads expressions back).
      const expressions = returning ? entries.filter(([, v]) => v instanceof Combinable) : [];
      const returningSql = expressions.length ? ` RETURNING ${expressions.map(([f]) => columnSql(f)).join(', ')}` : '';
      if (cond) db.log(`UPDATE ${qn(table)} SET ${setSql.join(', ')}${whereSql}${returningSql}`);
    }
    for (const row of rows) {
      const pk = row[pkCol];
      const returned: Record<string, unknown> = {};
      for (const [table, entries] of byTable) {
        const target = table === base ? row : db.getRow(table, pk);
        if (!target) continue;
        const changes: Row = {};
        for (const [f, v] of entries) {
          const newValue =
            v instanceof Combinable
              ? v.evaluate((name) => resolvePath(db, model, name.split(LOOKUP_SEP)).read(row))
              : prepareForSave(f, v);
          changes[f.column] = newValue;
          returned[f.attname] = newValue;
        }
        const candidate = { ...target, ...changes };
        checkRow(
          db,
          model,
          table,
          candidate,
          pk,
          entries.map(([f]) => f),
        );
        db.updateRow(table, pk, changes);
      }
      results.push(returned);
    }
    return results;
  }

  /** True when the WHERE clause needs no join, so DELETE FROM the base table can carry it. */
  hasSimpleWhere(): boolean {
    if (this.query.none) return true;
    const joins: string[] = [];
    compileWhere(this.connection, this.model, this.query.where, joins);
    return joins.length === 0;
  }

  /** Django's QuerySet._raw_delete(): one DELETE with the queryset's WHERE; no signals, no collection. */
  rawDelete(): number {
    const cond = this.conditionOrNull();
    if (!cond) return 0; // EmptyResultSet: no query
    const db = this.connection;
    const table = baseTable(this.model);
    const rows = this.matchRows(cond, null);
    db.log(`DELETE FROM ${qn(table)}${cond.sql ? ` WHERE ${cond.sql}` : ''}`);
    const pkCol = pkColumn(this.model);
    let n = 0;
    for (const row of rows) if (db.deleteRow(table, row[pkCol])) n++;
    return n;
  }
}

/**
 * INSERT of one object's local fields into `model`'s table. Returns [attname, value] of the
 * auto-generated primary key (what RETURNING gives back on SQLite), or null.
 */
export function insertObject(db: DatabaseWrapper, model: ModelClass, values: Array<[Field, unknown]>): [string, unknown] | null {
  const meta = model._meta;
  const table = meta.db_table;
  const row: Row = {};
  for (const f of meta.local_concrete_fields) row[f.column] = null;
  for (let i = 0; i < values.length; i++) {
    const [field, value] = values[i]!;
    if (value instanceof Combinable)
      throw new FieldError(`Failed to insert expression "${repr(value)}" on ${meta.label}.${field.name}.`);
    row[field.column] = prepareForSave(field, value);
  }
  const pkField = meta.pk;
  const auto = pkField instanceof AutoField;
  if (auto && (row[pkField.column] === null || row[pkField.column] === undefined)) row[pkField.column] = db.nextPk(table);
  const pk = row[pkField.column];
  const suffix = auto ? ` RETURNING ${columnSql(pkField)}` : '';
  let sql: string;
  if (values.length) {
    let params = '';
    for (let i = 0; i < values.length; i++) params += (i ? ', ' : '') + quoteValue(row[values[i]![0].column]);
    sql = `${insertPrefix(model, values)} VALUES (${params})${suffix}`;
  } else sql = `INSERT INTO ${qn(table)} (${qn(pkField.column)}) VALUES (NULL)${suffix}`;
  db.log(sql);
  if (pk !== null && pk !== undefined && db.getRow(table, pk)) {
    throw integrityError(`UNIQUE constraint failed: ${table}.${pkField.column}`);
  }
  checkRow(db, model, table, row, pk, meta.local_concrete_fields);
  db.insertRow(table, pk, row);
  return auto ? [pkField.attname, pk] : null;
}

/**
 * UPDATE of one row by primary key: what save() sends (`UPDATE "t" SET ... WHERE "t"."id" = 1`).
 * Returns the written values per updated row (RETURNING), i.e. [] when the row does not exist.
 */
export function updateObject(
  db: DatabaseWrapper,
  model: ModelClass,
  pkValue: unknown,
  values: Array<[Field, unknown]>,
): Array<Record<string, unknown>> {
  const pk = model._meta.pk;
  const key = pk.get_prep_value(pkValue);
  const table = baseTable(model);
  let set = '';
  let returning = '';
  const changes: Row = {};
  const returned: Record<string, unknown> = {};
  const row = db.getRow(table, key);
  for (let i = 0; i < values.length; i++) {
    const [f, v] = values[i]!;
    if (v instanceof Combinable) {
      set += `${i ? ', ' : ''}${qn(f.column)} = ${v.as_sql((n) => columnSql(resolvePath(db, model, n.split(LOOKUP_SEP)).field), quoteValue)}`;
      returning += `${returning ? ', ' : ' RETURNING '}${columnSql(f)}`;
      if (row) changes[f.column] = v.evaluate((name) => resolvePath(db, model, name.split(LOOKUP_SEP)).read(row));
    } else {
      const prepared = prepareForSave(f, v);
      set += `${i ? ', ' : ''}${qn(f.column)} = ${quoteValue(prepared)}`;
      changes[f.column] = prepared;
    }
    if (row) returned[f.attname] = changes[f.column];
  }
  db.log(`UPDATE ${qn(table)} SET ${set} WHERE ${columnSql(pk)} = ${quoteValue(key)}${returning}`);
  if (!row) return [];
  checkRow(
    db,
    model,
    table,
    { ...row, ...changes },
    key,
    values.map(([f]) => f),
  );
  db.updateRow(table, key, changes);
  return [returned];
}

function uniq(items: string[]): string[] {
  return [...new Set(items)];
}

/** The value stored for a field: the field's own conversion (get_db_prep_save). */
export function prepareForSave(field: Field, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return field.get_prep_value(value);
}

const insertPrefixes = new WeakMap<Function, Map<string, string>>();

/** `INSERT INTO "t" ("a", "b")` for a list of fields, built once per column list. */
function insertPrefix(model: ModelClass, values: Array<[Field, unknown]>): string {
  let perModel = insertPrefixes.get(model);
  if (!perModel) insertPrefixes.set(model, (perModel = new Map()));
  const key = values.length === model._meta.local_concrete_fields.length ? '*' : values.map(([f]) => f.column).join(',');
  let prefix = perModel.get(key);
  if (!prefix) {
    prefix = `INSERT INTO ${qn(model._meta.db_table)} (${values.map(([f]) => qn(f.column)).join(', ')})`;
    perModel.set(key, prefix);
  }
  return prefix;
}

const prefixes = new WeakMap<Function, string>();

/** `SELECT <every concrete column> FROM <table> <MTI joins>` for a model, built once. */
function selectPrefix(model: ModelClass): string {
  let prefix = prefixes.get(model);
  if (!prefix) {
    const fields = model._meta.concrete_fields;
    const joins = [...new Set(fields.flatMap((f) => parentJoins(model, f)))];
    prefix = `SELECT ${fields.map(columnSql).join(', ')} FROM ${qn(baseTable(model))}${joins.length ? ` ${joins.join(' ')}` : ''}`;
    prefixes.set(model, prefix);
  }
  return prefix;
}

const pkGetPrefixes = new WeakMap<Function, string>();

function pkGetPrefix(model: ModelClass): string {
  let prefix = pkGetPrefixes.get(model);
  if (!prefix) pkGetPrefixes.set(model, (prefix = `${selectPrefix(model)} WHERE ${columnSql(model._meta.pk)} = `));
  return prefix;
}

const readerCache = new WeakMap<DatabaseWrapper, WeakMap<Function, { readers: Array<(row: Row) => unknown>; names: string[] }>>();

function fullReaders(db: DatabaseWrapper, model: ModelClass): { readers: Array<(row: Row) => unknown>; names: string[] } {
  let perDb = readerCache.get(db);
  if (!perDb) readerCache.set(db, (perDb = new WeakMap()));
  let entry = perDb.get(model);
  if (!entry) {
    const fields = model._meta.concrete_fields;
    entry = { readers: fields.map((f) => fieldReader(db, model, f)), names: fields.map((f) => f.attname) };
    perDb.set(model, entry);
  }
  return entry;
}

export function instanceFromRow<M extends Model>(
  db: DatabaseWrapper,
  alias: string,
  model: ModelClass<M>,
  row: Row,
  fetch_mode: FetchMode = FETCH_ONE,
): M {
  const { readers, names } = fullReaders(db, model);
  const values = new Array<unknown>(readers.length);
  for (let i = 0; i < readers.length; i++) values[i] = readers[i]!(row);
  return model.from_db(alias, names, values, { fetch_mode });
}

function namedRow(names: string[], values: unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = Object.fromEntries(names.map((n, i) => [n, values[i]]));
  Object.defineProperty(row, '__repr__', {
    value: () => `Row(${names.map((n, i) => `${n}=${repr(values[i])}`).join(', ')})`,
    enumerable: false,
  });
  return row;
}
