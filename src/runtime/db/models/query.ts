// django.db.models.query: QuerySet. Lazy, chainable, evaluated against the in-memory database
// of its alias; each evaluation logs the SQL Django would send to SQLite.
import { FieldDoesNotExist, FieldError } from '../../core/exceptions';
import { NotSupportedError } from '../utils';
import { TransactionManagementError } from '../transaction_errors';
import { describeCall, runStep } from '../backends/steps';
import { EmptyResultSet, FullResultSet } from '../../core/exceptions';
import { FETCH_ONE, FETCH_PEERS, FetchMode } from './fetch_modes';
import { IndexError, ValueError, repr, tuple } from '../../python/builtins';
import { getConnection, DEFAULT_DB_ALIAS, rowKey, type DatabaseWrapper, type Row } from '../backends/base';
import { quoteValue } from '../backends/sqlite3/operations';
import { DEFERRED, LOOKUP_SEP, MAX_GET_RESULTS, REPR_OUTPUT_SIZE } from './constants';
import { AutoField, Field } from './fields';
import { ForeignObjectRel, RelatedField } from './fields/related';
import { Combinable } from './expressions';
import { compareValues } from './lookups';
import { Q } from './query_utils';
import {
  baseTable,
  cannotResolve,
  checkRow,
  columnSql,
  compileWhere,
  fieldReader,
  integrityError,
  parentJoins,
  pkColumn,
  qn,
  resolvePath,
  type Condition,
} from './sql';
import type { Kwargs, Model, ModelClass } from './base';

type ValuesMode = null | 'dict' | 'list' | 'flat' | 'named';

/** What `qs.query` gives: its text, its WHERE node and a compiler for it. */
export interface QueryView {
  where: Q;
  toString(): string;
  __str__(): string;
  get_compiler(using?: string | null, connection?: unknown): { as_sql(): [string, unknown[]]; compile(node: Q): [string, unknown[]] };
}

interface QueryState {
  where: Q;
  ordering: string[] | null;
  standardOrdering: boolean;
  low: number;
  high: number | null;
  distinct: boolean;
  valuesFields: string[] | null;
  valuesMode: ValuesMode;
  only: Set<string> | null;
  defer: Set<string>;
  selectRelated: string[] | true | null;
  none: boolean;
  /** select_for_update()'s options, or false. */
  forUpdate: false | ForUpdate;
  /** Django 6.1's fetch mode given to the instances (null: FETCH_ONE). */
  fetchMode: FetchMode | null;
}

interface ForUpdate {
  nowait: boolean;
  skip_locked: boolean;
  of: string[];
}

/** The WHERE of an unfiltered queryset; never mutated (filter() copies before adding). */
const EMPTY_WHERE = new Q();
const NO_DEFER: Set<string> = new Set();

function freshState(): QueryState {
  return {
    where: EMPTY_WHERE,
    ordering: null,
    standardOrdering: true,
    low: 0,
    high: null,
    distinct: false,
    valuesFields: null,
    valuesMode: null,
    only: null,
    defer: NO_DEFER,
    selectRelated: null,
    none: false,
    forUpdate: false,
    fetchMode: null,
  };
}

function isQ(value: unknown): value is Q {
  return value instanceof Q;
}

export class QuerySet<T = any> implements Iterable<T> {
  readonly model: ModelClass;
  _db: string | null;
  private state: QueryState;
  _result_cache: T[] | null = null;

  constructor(model: ModelClass, options: { using?: string | null } = {}) {
    this.model = model;
    this._db = options.using ?? null;
    this.state = freshState();
  }

  get db(): string {
    return this._db ?? DEFAULT_DB_ALIAS;
  }

  get connection(): DatabaseWrapper {
    return getConnection(this._db ?? DEFAULT_DB_ALIAS);
  }

  get ordered(): boolean {
    return Boolean(this.state.ordering?.length || (this.state.ordering === null && this.model._meta.ordering.length));
  }

  /**
   * `str(qs.query)`: the SELECT Django would send. As in Django, a WHERE that can match nothing
   * (`pk__in=[]`) raises EmptyResultSet while compiling; `get_compiler('default').compile(query.where)`
   * also raises FullResultSet for a WHERE that matches every row (e.g. `~Q(pk__in=[])`), which
   * as_sql() catches and turns into no WHERE at all.
   */
  get query(): QueryView {
    const compileCondition = (node: Q = this.state.where): Condition => {
      if (this.state.none) throw new EmptyResultSet();
      const cond = compileWhere(this.connection, this.model, node, []);
      if (cond.never) throw new EmptyResultSet();
      return cond;
    };
    const sql = () => this.selectSql(compileCondition(), null);
    const where = this.state.where;
    return {
      where,
      toString: sql,
      __str__: sql,
      get_compiler: (using?: string | null, connection?: unknown) => {
        // As Django's Query.get_compiler(using=None, connection=None).
        if ((using === undefined || using === null) && (connection === undefined || connection === null)) {
          throw new ValueError('Need either using or connection');
        }
        return {
        as_sql: () => [sql(), []],
        compile: (node: Q) => {
          const cond = compileCondition(node);
          if (cond.always) throw new FullResultSet();
          return [cond.sql, []];
        },
        };
      },
    };
  }

  /** Django 6.1: how instances of this queryset fetch deferred fields and related objects. */
  fetch_mode(mode: FetchMode): QuerySet<T> {
    if (!(mode instanceof FetchMode)) throw new TypeError(`fetch_mode() expects FETCH_ONE, FETCH_PEERS or FETCH_RAISE, got ${repr(mode)}`);
    const qs = this._clone();
    qs.state.fetchMode = mode;
    return qs;
  }

  _clone(): QuerySet<T> {
    const qs = Object.create(Object.getPrototypeOf(this)) as QuerySet<T>;
    Object.assign(qs, this);
    // `only` and `defer` sets are replaced, never mutated, so clones may share them.
    qs.state = { ...this.state };
    qs._result_cache = null;
    return qs;
  }

  // -- chaining -------------------------------------------------------------------------------------

  all(): QuerySet<T> {
    return this._clone();
  }

  none(): QuerySet<T> {
    const qs = this._clone();
    qs.state.none = true;
    return qs;
  }

  using(alias: string | null): QuerySet<T> {
    const qs = this._clone();
    qs._db = alias;
    return qs;
  }

  private addWhere(args: Array<Q | Kwargs>, negate: boolean, name: string): QuerySet<T> {
    if (this.state.low !== 0 || this.state.high !== null) throw new TypeError('Cannot filter a query once a slice has been taken.');
    const qs = this._clone();
    const qs_: Q[] = [];
    for (const a of args) {
      if (isQ(a)) qs_.push(a);
      else if (a && typeof a === 'object' && !Array.isArray(a)) qs_.push(new Q(a as Kwargs));
      else throw new TypeError(`cannot unpack non-iterable ${pyTypeName(a)} object`);
    }
    let q = qs_.length === 1 ? qs_[0]! : new Q(qs_);
    if (negate) q = q.not();
    const where = qs.state.where.copy();
    if (!q.negated && q.connector === 'AND') where.children.push(...q.children);
    else where.children.push(q);
    qs.state.where = where;
    // Resolve now so that unknown fields fail at filter() time, as in Django (the result is cached).
    compileWhere(qs.connection, qs.model, where, []);
    return qs;
  }

  filter(...args: Array<Q | Kwargs>): QuerySet<T> {
    return this.addWhere(args, false, 'filter');
  }

  exclude(...args: Array<Q | Kwargs>): QuerySet<T> {
    return this.addWhere(args, true, 'exclude');
  }

  order_by(...fields: string[]): QuerySet<T> {
    if (this.state.low !== 0 || this.state.high !== null) throw new TypeError('Cannot reorder a query once a slice has been taken.');
    const invalid = fields.filter((f) => typeof f !== 'string');
    if (invalid.length) throw new FieldError(`Invalid order_by arguments: ${repr(invalid)}`);
    for (const f of fields) if (f !== '?') this.orderingReader(f.replace(/^-/, ''));
    const qs = this._clone();
    qs.state.ordering = [...fields];
    qs.state.standardOrdering = true;
    return qs;
  }

  reverse(): QuerySet<T> {
    if (this.state.low !== 0 || this.state.high !== null) throw new TypeError('Cannot reverse a query once a slice has been taken.');
    const qs = this._clone();
    qs.state.standardOrdering = !qs.state.standardOrdering;
    return qs;
  }

  distinct(...fields: string[]): QuerySet<T> {
    if (fields.length) throw new NotSupportedError('DISTINCT ON fields is not supported by this database backend');
    const qs = this._clone();
    qs.state.distinct = true;
    return qs;
  }

  select_related(...fields: string[]): QuerySet<T> {
    if (this.state.valuesMode) throw new TypeError('Cannot call select_related() after .values() or .values_list()');
    const qs = this._clone();
    if (fields.length === 1 && fields[0] === null) qs.state.selectRelated = null;
    else if (!fields.length) qs.state.selectRelated = true;
    else {
      for (const name of fields) {
        const field = this.model._meta.find_field(name.split(LOOKUP_SEP)[0]!);
        if (!(field instanceof RelatedField) || field.many_to_many) {
          const choices = this.model._meta.fields.filter((f) => f instanceof RelatedField).map((f) => f.name).join(', ') || '(none)';
          throw new FieldError(
            `Invalid field name(s) given in select_related: '${name}'. Choices are: ${choices}`,
          );
        }
      }
      qs.state.selectRelated = [...(Array.isArray(qs.state.selectRelated) ? qs.state.selectRelated : []), ...fields];
    }
    return qs;
  }

  prefetch_related(..._lookups: string[]): QuerySet<T> {
    return this._clone();
  }

  /** Locks the rows it returns until the transaction ends (PostgreSQL's semantics; see mvcc.ts). */
  select_for_update(options: { nowait?: boolean; skip_locked?: boolean; of?: string[]; no_key?: boolean } = {}): QuerySet<T> {
    const nowait = options.nowait ?? false;
    const skip_locked = options.skip_locked ?? false;
    if (nowait && skip_locked) throw new ValueError('The nowait option cannot be used with skip_locked.');
    const qs = this._clone();
    qs.state.forUpdate = { nowait, skip_locked, of: [...(options.of ?? [])] };
    return qs;
  }

  /** ` FOR UPDATE [OF …] [NOWAIT | SKIP LOCKED]`, as PostgreSQL spells it. */
  private forUpdateSql(): string {
    const f = this.state.forUpdate;
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
    const f = this.state.forUpdate;
    if (!f) return rows;
    const db = this.connection;
    const table = baseTable(this.model);
    const pkCol = pkColumn(this.model);
    const options = { nowait: f.nowait, skip_locked: f.skip_locked };
    const kept: Row[] = [];
    for (const row of rows) if (db.lockRow(table, row[pkCol], options)) kept.push(row);
    return kept;
  }

  only(...fields: string[]): QuerySet<T> {
    if (fields.length === 1 && fields[0] === null) throw new TypeError('Cannot pass None as an argument to only().');
    const meta = this.model._meta;
    for (const name of fields) {
      if (name === 'pk') continue;
      const field = meta.find_field(name.split(LOOKUP_SEP)[0]!);
      // A reverse relation's name is accepted, as Django's get_field() finds it; it selects no column.
      if (!field || (field instanceof ForeignObjectRel && name.includes(LOOKUP_SEP))) throw new FieldDoesNotExist(`${meta.object_name} has no field named '${name}'`);
    }
    const qs = this._clone();
    qs.state.only = new Set(fields);
    qs.state.defer = NO_DEFER;
    return qs;
  }

  defer(...fields: string[]): QuerySet<T> {
    const qs = this._clone();
    if (fields.length === 1 && fields[0] === null) {
      qs.state.defer = NO_DEFER;
      qs.state.only = null;
      return qs;
    }
    const meta = this.model._meta;
    for (const name of fields) {
      const field = meta.find_field(name.split(LOOKUP_SEP)[0]!);
      if (!field) throw new FieldDoesNotExist(`${meta.object_name} has no field named '${name}'`);
    }
    if (qs.state.only) {
      const only = new Set(qs.state.only);
      for (const f of fields) only.delete(f);
      qs.state.only = only;
    } else qs.state.defer = new Set([...qs.state.defer, ...fields]);
    return qs;
  }

  values(...fields: string[]): QuerySet<Record<string, any>> {
    const qs = this._clone() as unknown as QuerySet<Record<string, any>>;
    for (const f of fields) qs.valuesReader(f);
    qs.state.valuesFields = fields;
    qs.state.valuesMode = 'dict';
    return qs;
  }

  values_list(...args: Array<string | { flat?: boolean; named?: boolean }>): QuerySet<any> {
    const options = (args.length && typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null ? args.pop() : {}) as { flat?: boolean; named?: boolean };
    const fields = args as string[];
    if (options.flat && options.named) throw new TypeError("'flat' and 'named' can't be used together.");
    if (options.flat && fields.length > 1) throw new TypeError("'flat' is not valid when values_list is called with more than one field.");
    const qs = this._clone() as unknown as QuerySet<any>;
    for (const f of fields) qs.valuesReader(f);
    qs.state.valuesFields = fields;
    qs.state.valuesMode = options.flat ? 'flat' : options.named ? 'named' : 'list';
    return qs;
  }

  // -- slicing ------------------------------------------------------------------------------------------

  /** Python's `qs[start:stop]` (and `[start:stop:step]`, which evaluates to a list). */
  slice(start?: number | null, stop?: number | null): QuerySet<T>;
  slice(start: number | null | undefined, stop: number | null | undefined, step: number): T[];
  slice(start?: number | null, stop?: number | null, step?: number): QuerySet<T> | T[] {
    if ((start ?? 0) < 0 || (stop ?? 0) < 0) throw new ValueError('Negative indexing is not supported.');
    if (step !== undefined && step !== 1) {
      if (step <= 0) throw new ValueError('Step must be greater than 0.');
      const items = this.slice(start, stop).list();
      return items.filter((_, i) => i % step === 0);
    }
    if (this._result_cache) {
      const qs = this._clone();
      qs._result_cache = this._result_cache.slice(start ?? 0, stop ?? undefined);
      return qs;
    }
    const qs = this._clone();
    const low = qs.state.low + (start ?? 0);
    let high = stop === null || stop === undefined ? qs.state.high : qs.state.low + stop;
    if (qs.state.high !== null && high !== null) high = Math.min(high, qs.state.high);
    qs.state.low = qs.state.high !== null ? Math.min(low, qs.state.high) : low;
    qs.state.high = high;
    return qs;
  }

  /** Python's `qs[i]`. */
  at(index: number): T {
    if (!Number.isInteger(index)) throw new TypeError(`QuerySet indices must be integers or slices, not ${typeof index}.`);
    if (index < 0) throw new ValueError('Negative indexing is not supported.');
    if (this._result_cache) {
      if (index >= this._result_cache.length) throw new IndexError('list index out of range');
      return this._result_cache[index]!;
    }
    const items = this.slice(index, index + 1).list();
    if (!items.length) throw new IndexError('list index out of range');
    return items[0]!;
  }

  // -- evaluation ------------------------------------------------------------------------------------------

  [Symbol.iterator](): Iterator<T> {
    return this._fetch_all()[Symbol.iterator]();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (const item of this._fetch_all()) yield item;
  }

  iterator(_options: { chunk_size?: number } = {}): IterableIterator<T> {
    return (this._result_cache ?? this._fetch())[Symbol.iterator]();
  }

  list(): T[] {
    return [...this._fetch_all()];
  }

  __len__(): number {
    return this._fetch_all().length;
  }

  get length(): number {
    return this._fetch_all().length;
  }

  __bool__(): boolean {
    return this._fetch_all().length > 0;
  }

  __repr__(): string {
    const data: unknown[] = this.slice(0, REPR_OUTPUT_SIZE + 1).list();
    if (data.length > REPR_OUTPUT_SIZE) data[data.length - 1] = '...(remaining elements truncated)...';
    return `<QuerySet ${repr(data)}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  _fetch_all(): T[] {
    if (!this._result_cache) this._result_cache = this._fetch();
    return this._result_cache;
  }

  private conditionOrNull(): Condition | null {
    if (this.state.none) return null;
    const cond = compileWhere(this.connection, this.model, this.state.where, []);
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
    if (this.state.distinct && this.state.valuesMode) {
      // handled on values
    }
    if (this.state.forUpdate) {
      if (db.get_autocommit()) throw new TransactionManagementError('select_for_update cannot be used outside of a transaction.');
      if (this.state.forUpdate.skip_locked) rows = this.lockRows(rows);
    }
    const { low, high } = this.state;
    if (low || high !== null) rows = rows.slice(low, high ?? undefined);
    if (log) db.log(log(joins));
    if (this.state.forUpdate && !this.state.forUpdate.skip_locked) rows = this.lockRows(rows);
    return rows;
  }

  private effectiveOrdering(): string[] {
    const ordering = this.state.ordering ?? [...this.model._meta.ordering];
    if (this.state.standardOrdering) return ordering;
    return ordering.map((o) => (o === '?' ? o : o.startsWith('-') ? o.slice(1) : `-${o}`));
  }

  private orderingReader(name: string): ReturnType<typeof resolvePath> {
    const parts = name.split(LOOKUP_SEP);
    const path = resolvePath(this.connection, this.model, parts);
    if (path.lookups.length) cannotResolve(path.lookups[0]!, path.model);
    return path;
  }

  private applyOrdering(rows: Row[]): Row[] {
    let ordering = this.effectiveOrdering();
    if (!this.state.standardOrdering && !ordering.length) ordering = ['-pk'];
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
    if (!ordering.length) return this.state.standardOrdering ? '' : ` ORDER BY ${qn(baseTable(this.model))}.${qn(pkColumn(this.model))} DESC`;
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
    const { low, high } = this.state;
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
    const { only, defer } = this.state;
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
  private selectSql(cond: Condition, selectColumns: string[] | null, extraJoins: string[] = [], aliases: readonly string[] | null = null): string {
    const table = baseTable(this.model);
    const whereJoins: string[] = [];
    const c = compileWhere(this.connection, this.model, this.state.where, whereJoins);
    const base = this.selectColumns();
    const columns = (selectColumns ?? base.columns).map((column, i) => (aliases?.[i] === undefined ? column : `${column} AS ${qn(aliases[i]!)}`));
    const joins = uniq([...base.joins, ...extraJoins, ...whereJoins]);
    const where = c.sql ? ` WHERE ${c.sql}` : '';
    void cond;
    return `SELECT ${this.state.distinct ? 'DISTINCT ' : ''}${columns.join(', ')} FROM ${qn(table)}${joins.length ? ` ${joins.join(' ')}` : ''}${where}${this.orderBySql(aliases)}${this.limitSql()}${this.forUpdateSql()}`;
  }

  _fetch(): T[] {
    const cond = this.conditionOrNull();
    if (!cond) return [];
    if (this.state.valuesMode) return this.fetchValues(cond);
    const db = this.connection;
    const { fields } = this.selectColumns();
    const related = this.selectRelatedFields();
    const extraColumns: string[] = [];
    const extraJoins: string[] = [];
    for (const f of related) {
      const remote = f.remote_model();
      extraJoins.push(
        `${f.null ? 'LEFT OUTER JOIN' : 'INNER JOIN'} ${qn(baseTable(remote))} ON (${columnSql(f)} = ${qn(baseTable(remote))}.${qn(f.target_field.column)})`,
      );
      extraColumns.push(...remote._meta.concrete_fields.map(columnSql));
    }
    const rows = this.matchRows(cond, () => this.selectSql(cond, [...fields.map(columnSql), ...extraColumns], extraJoins));
    const model = this.model;
    const full = fields.length === model._meta.concrete_fields.length;
    const { readers, names } = full
      ? fullReaders(db, model)
      : { readers: fields.map((f) => fieldReader(db, model, f)), names: fields.map((f) => f.attname) };
    const out: T[] = [];
    for (const row of rows) {
      const values = readers.map((r) => r(row));
      const obj = model.from_db(this.db, names, values, { fetch_mode: this.state.fetchMode ?? FETCH_ONE });
      for (const f of related) {
        const value = (obj as unknown as Record<string, unknown>)[f.attname];
        const relRow = value === null || value === undefined ? null : db.getRow(baseTable(f.remote_model()), value);
        obj._state.fields_cache[f.name] = relRow ? instanceFromRow(db, this.db, f.remote_model(), relRow, this.state.fetchMode ?? FETCH_ONE) : null;
      }
      out.push(obj as unknown as T);
    }
    const mode = this.state.fetchMode;
    if (mode !== null) {
      // from_db() set each instance's fetch mode; FETCH_PEERS also needs to know the others.
      const peers = mode === FETCH_PEERS ? (out as unknown as Model[]) : null;
      for (const obj of out as unknown as Model[]) obj._state.peers = peers;
    }
    return out;
  }

  private selectRelatedFields(): RelatedField[] {
    const sr = this.state.selectRelated;
    if (!sr) return [];
    const fields = this.model._meta.concrete_fields.filter((f): f is RelatedField => f instanceof RelatedField);
    if (sr === true) return fields.filter((f) => !f.null);
    return fields.filter((f) => sr.some((name) => name.split(LOOKUP_SEP)[0] === f.name));
  }

  private valuesReader(name: string): ReturnType<typeof resolvePath> {
    if (typeof name !== 'string') throw new TypeError(`Cannot resolve keyword ${repr(name)} into field: field names must be strings, not ${pyTypeName(name)}.`);
    const path = resolvePath(this.connection, this.model, name.split(LOOKUP_SEP));
    if (path.lookups.length) cannotResolve(path.lookups[0]!, path.model);
    return path;
  }

  private fetchValues(cond: Condition): T[] {
    const meta = this.model._meta;
    const names = this.state.valuesFields?.length ? this.state.valuesFields : meta.concrete_fields.map((f) => f.attname);
    const paths = names.map((n) => this.valuesReader(n));
    const joins = paths.flatMap((p) => p.joins);
    const aliases = this.state.valuesFields?.length ? names : null;
    let rows = this.matchRows(cond, (j) => this.selectSql(cond, paths.map((p) => p.column), [...j, ...joins], aliases));
    void rows;
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
    if (this.state.distinct) {
      const seen = new Set<string>();
      result = out.filter((values) => {
        const key = JSON.stringify(values.map((v) => (typeof v === 'object' && v !== null ? String(v) : v)));
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    rows = [];
    switch (this.state.valuesMode) {
      case 'dict':
        return result.map((values) => Object.fromEntries(names.map((n, i) => [n, values[i]]))) as T[];
      case 'flat':
        return result.map((values) => values[0]) as T[];
      case 'named':
        return result.map((values) => namedRow(names, values)) as T[];
      default:
        return result.map((values) => tuple(...values)) as T[];
    }
  }

  /** Whether this queryset is its model's plain, unfiltered set of rows. */
  get _isUnfiltered(): boolean {
    const s = this.state;
    return !s.where.children.length && !s.none && !s.low && s.high === null && !s.valuesMode && !s.distinct;
  }

  /** INSERTs without calling save() or sending signals; MTI models are refused, as in Django. */
  bulk_create(objs: Iterable<T>): T[] {
    const model = this.model;
    const meta = model._meta;
    for (const parent of meta.get_parent_list()) {
      if (parent._meta.concrete_model !== meta.concrete_model) throw new ValueError("Can't bulk create a multi-table inherited model");
    }
    const list = [...objs];
    const db = this.connection;
    const concrete = meta.concrete_model;
    if (!list.length) return list;
    // Django inserts the batch inside atomic(savepoint=False).
    atomic(() => {
      for (const item of list) {
        const obj = item as unknown as Model & Record<string, unknown>;
        obj._prepare_related_fields_for_save('bulk_create');
        const pkSet = obj._is_pk_set();
        const fields = pkSet ? concrete._meta.local_concrete_fields : concrete._meta.local_insert_fields;
        const values: Array<[Field, unknown]> = fields.map((f) => [f, f.pre_save(obj, true)]);
        const returned = insertObject(db, concrete, values);
        if (returned) obj[returned[0]] = returned[1];
        obj._state.adding = false;
        obj._state.db = this.db;
      }
    }, { using: this.db, savepoint: false });
    return list;
  }

  abulk_create(objs: Iterable<T>): Promise<T[]> {
    return runStep(() => this.describe('abulk_create', []), () => this.bulk_create(objs));
  }

  /** Values for `pk__in=queryset`: the queryset's single column, or its pks; no query is logged. */
  _subqueryValues(): unknown[] {
    const cond = this.conditionOrNull();
    if (!cond) return [];
    const rows = this.matchRows(cond, null);
    const names = this.state.valuesFields?.length ? this.state.valuesFields : ['pk'];
    const path = this.valuesReader(names[0]!);
    return rows.map((r) => path.read(r));
  }

  // -- single-object and aggregate methods -------------------------------------------------------------

  get(...args: Array<Q | Kwargs>): T {
    const fast = this.getByPk(args);
    if (fast !== NOT_APPLICABLE) return fast;
    let clone = args.length ? this.filter(...args) : this._clone();
    if (clone.state.low === 0 && clone.state.high === null) {
      clone = clone.order_by();
      clone.state.high = MAX_GET_RESULTS;
    }
    const results = clone._fetch_all();
    const num = results.length;
    if (num === 1) return results[0]!;
    const name = this.model._meta.object_name;
    if (!num) throw new this.model.DoesNotExist(`${name} matching query does not exist.`);
    const count = num < MAX_GET_RESULTS ? String(num) : `more than ${MAX_GET_RESULTS - 1}`;
    throw new this.model.MultipleObjectsReturned(`get() returned more than one ${name} -- it returned ${count}!`);
  }

  /**
   * get(pk=value) on an unfiltered queryset: an O(1) row lookup that logs the same SQL the general
   * path would (`... WHERE "t"."id" = 1 LIMIT 21`).
   */
  private getByPk(args: Array<Q | Kwargs>): T | typeof NOT_APPLICABLE {
    const s = this.state;
    if (args.length !== 1 || s.where.children.length || s.none || s.low || s.high !== null || s.valuesMode || s.only || s.defer.size || s.selectRelated || s.forUpdate || s.distinct || s.fetchMode) {
      return NOT_APPLICABLE;
    }
    const kwargs = args[0];
    if (!kwargs || typeof kwargs !== 'object' || isQ(kwargs)) return NOT_APPLICABLE;
    let key: string | null = null;
    for (const k in kwargs) {
      if (key !== null) return NOT_APPLICABLE;
      key = k;
    }
    const model = this.model;
    const pk = model._meta.pk;
    if (key !== 'pk' && key !== pk.name && key !== pk.attname && key !== 'pk__exact' && key !== `${pk.name}__exact`) return NOT_APPLICABLE;
    let value = (kwargs as Kwargs)[key];
    if (value === null || value === undefined || typeof value === 'object') return NOT_APPLICABLE;
    value = pk.get_prep_value(value);
    const db = this.connection;
    db.log(`${pkGetPrefix(model)}${quoteValue(value)} LIMIT ${MAX_GET_RESULTS}`);
    const row = db.getRow(baseTable(model), value);
    if (!row) throw new model.DoesNotExist(`${model._meta.object_name} matching query does not exist.`);
    return instanceFromRow(db, this.db, model, row) as unknown as T;
  }

  create(kwargs: Kwargs = {}): T {
    const obj = new this.model(kwargs);
    // Django: obj._state.fetch_mode = self._fetch_mode
    if (this.state.fetchMode) obj._state.fetch_mode = this.state.fetchMode;
    obj.save({ force_insert: true, using: this.db });
    return obj as unknown as T;
  }

  get_or_create(kwargs: Kwargs & { defaults?: Kwargs } = {}): [T, boolean] {
    const { defaults = {}, ...lookup } = kwargs;
    try {
      return [this.get(lookup), false];
    } catch (error) {
      if (!(error instanceof this.model.DoesNotExist)) throw error;
    }
    const params = this.extractModelParams(lookup, defaults);
    // As Django: the INSERT runs in its own atomic block (a savepoint inside a transaction); if a
    // concurrent insert won the race, the IntegrityError is answered by getting that row.
    try {
      return [atomic(() => this.create(params), { using: this.db }), true];
    } catch (error) {
      if (!(error instanceof IntegrityError)) throw error;
      try {
        return [this.get(lookup), false];
      } catch (again) {
        if (!(again instanceof this.model.DoesNotExist)) throw again;
      }
      throw error;
    }
  }

  update_or_create(kwargs: Kwargs & { defaults?: Kwargs; create_defaults?: Kwargs } = {}): [T, boolean] {
    // As Django: one atomic block, and the row is locked (select_for_update) until the save is done.
    return atomic(() => this.updateOrCreateLocked(kwargs), { using: this.db });
  }

  private updateOrCreateLocked(kwargs: Kwargs & { defaults?: Kwargs; create_defaults?: Kwargs }): [T, boolean] {
    const { defaults = {}, create_defaults, ...lookup } = kwargs;
    const [obj, created] = this.select_for_update().get_or_create({ ...lookup, defaults: create_defaults ?? defaults });
    if (created) return [obj, true];
    const target = obj as unknown as Model & Record<string, unknown>;
    for (const [k, v] of Object.entries(defaults)) target[k] = typeof v === 'function' ? (v as () => unknown)() : v;
    const names = new Set(this.model._meta.concrete_fields.filter((f) => !f.primary_key).flatMap((f) => [f.name, f.attname]));
    const updateFields = Object.keys(defaults).filter((k) => names.has(k));
    for (const f of this.model._meta.local_concrete_fields) {
      if ((f as { auto_now?: boolean }).auto_now) updateFields.push(f.name);
    }
    if (updateFields.length === Object.keys(defaults).length) target.save({ using: this.db, update_fields: updateFields });
    else target.save({ using: this.db });
    return [obj, false];
  }

  private extractModelParams(lookup: Kwargs, defaults: Kwargs): Kwargs {
    const params: Kwargs = {};
    for (const [k, v] of Object.entries(lookup)) if (!k.includes(LOOKUP_SEP)) params[k] = v;
    for (const [k, v] of Object.entries(defaults)) params[k] = typeof v === 'function' ? (v as () => unknown)() : v;
    const meta = this.model._meta;
    const invalid = Object.keys(params).filter((k) => !meta.find_field(k) && !meta._property_names.has(k));
    if (invalid.length) {
      throw new FieldError(`Invalid field name(s) for model ${meta.object_name}: '${invalid.sort().join("', '")}'.`);
    }
    return params;
  }

  first(): T | null {
    const qs = this.ordered ? this : this.order_by('pk');
    return qs.slice(0, 1).list()[0] ?? null;
  }

  last(): T | null {
    const qs = this.ordered ? this.reverse() : this.order_by('-pk');
    return qs.slice(0, 1).list()[0] ?? null;
  }

  private earliestOrLatest(fields: string[], latest: boolean): T {
    let order = fields;
    if (!order.length) {
      const by = this.model._meta.get_latest_by;
      order = by === null ? [] : typeof by === 'string' ? [by] : [...by];
    }
    if (!order.length) {
      throw new ValueError("earliest() and latest() require either fields as positional arguments or 'get_latest_by' in the model's Meta.");
    }
    if (this.state.low !== 0 || this.state.high !== null) throw new TypeError('Cannot change a query once a slice has been taken.');
    let qs = this.order_by(...order);
    if (latest) qs = qs.reverse();
    qs = qs.slice(0, 1);
    return qs.get();
  }

  earliest(...fields: string[]): T {
    return this.earliestOrLatest(fields, false);
  }

  latest(...fields: string[]): T {
    return this.earliestOrLatest(fields, true);
  }

  count(): number {
    if (this._result_cache) return this._result_cache.length;
    const cond = this.conditionOrNull();
    if (!cond) return 0;
    const table = baseTable(this.model);
    const joins: string[] = [];
    const c = compileWhere(this.connection, this.model, this.state.where, joins);
    const sliced = this.state.low !== 0 || this.state.high !== null;
    const rows = this.matchRows(cond, null);
    const where = c.sql ? ` WHERE ${c.sql}` : '';
    const from = `${qn(table)}${joins.length ? ` ${uniq(joins).join(' ')}` : ''}`;
    this.connection.log(
      sliced || this.state.distinct
        ? `SELECT COUNT(*) FROM (SELECT ${this.state.distinct ? 'DISTINCT ' : ''}${qn(table)}.${qn(pkColumn(this.model))} AS "col1" FROM ${from}${where}${this.limitSql()}) subquery`
        : `SELECT COUNT(*) AS "__count" FROM ${from}${where}`,
    );
    return rows.length;
  }

  exists(): boolean {
    if (this._result_cache) return this._result_cache.length > 0;
    const cond = this.conditionOrNull();
    if (!cond) return false;
    const joins: string[] = [];
    const c = compileWhere(this.connection, this.model, this.state.where, joins);
    const rows = this.matchRows(cond, null);
    const table = baseTable(this.model);
    this.connection.log(
      `SELECT 1 AS "a" FROM ${qn(table)}${joins.length ? ` ${uniq(joins).join(' ')}` : ''}${c.sql ? ` WHERE ${c.sql}` : ''} LIMIT 1`,
    );
    return rows.length > 0;
  }

  contains(obj: Model): boolean {
    if (!(obj instanceof (this.model._meta.concrete_model as unknown as Function))) {
      throw new TypeError(`'obj' must be a model instance of ${this.model._meta.concrete_model._meta.label}`);
    }
    if (!obj._is_pk_set()) throw new ValueError('QuerySet.contains() cannot be used on unsaved objects.');
    if (this._result_cache) return this._result_cache.some((o) => o === (obj as unknown) || (o as unknown as Model).pk === obj.pk);
    return this.filter({ pk: obj.pk }).exists();
  }

  in_bulk(id_list: Iterable<unknown> | null = null, options: { field_name?: string } = {}): Map<unknown, T> {
    if (this.state.low !== 0 || this.state.high !== null) throw new TypeError("Cannot use 'limit' or 'offset' with in_bulk().");
    const field_name = options.field_name ?? 'pk';
    const meta = this.model._meta;
    if (field_name !== 'pk') {
      const f = meta.find_field(field_name) as Field | null;
      if (!f || !f.unique) throw new ValueError(`in_bulk()'s field_name must be a unique field but ${repr(field_name)} isn't.`);
    }
    const ids = id_list === null ? null : [...id_list];
    if (ids !== null && !ids.length) return new Map();
    const qs = ids === null ? this.order_by() : this.filter({ [`${field_name}__in`]: ids }).order_by();
    const out = new Map<unknown, T>();
    const attname = field_name === 'pk' ? meta.pk.attname : (meta.get_field(field_name) as Field).attname;
    for (const obj of qs) out.set((obj as unknown as Record<string, unknown>)[attname], obj);
    return out;
  }

  // -- writes ----------------------------------------------------------------------------------------------

  update(kwargs: Kwargs): number {
    if (this.state.low !== 0 || this.state.high !== null) throw new TypeError('Cannot update a query once a slice has been taken.');
    const meta = this.model._meta;
    const values: Array<[Field, unknown]> = [];
    for (const [name, value] of Object.entries(kwargs)) {
      const field = meta.get_field(name);
      if (field instanceof ForeignObjectRel || (field as Field).many_to_many || !(field as Field).concrete) {
        throw new FieldError(`Cannot update model field ${repr(field)} (only non-relations and foreign keys permitted).`);
      }
      values.push([field as Field, value]);
    }
    const db = this.connection;
    return db.markForRollbackOnError(() => this._update(values).length);
  }

  /** Writes `values` to every matching row; returns the new values of each updated row (RETURNING). */
  /** `returning`: an instance's save() reads expression values back, as Django 6.0+ does with RETURNING. */
  _update(values: Array<[Field, unknown]>, returning = false): Array<Record<string, unknown>> {
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
    const where = cond ? compileWhere(db, model, this.state.where, joins).sql : '';
    for (const [table, entries] of byTable) {
      const setSql = entries.map(([f, v]) => {
        const rhs = v instanceof Combinable ? v.as_sql((n) => columnSql(resolvePath(db, model, n.split(LOOKUP_SEP)).field), quoteValue) : quoteValue(prepareForSave(f, v));
        return `${qn(f.column)} = ${rhs}`;
      });
      const whereSql = table === base
        ? where ? ` WHERE ${where}` : ''
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
          const newValue = v instanceof Combinable
            ? v.evaluate((name) => resolvePath(db, model, name.split(LOOKUP_SEP)).read(row))
            : prepareForSave(f, v);
          changes[f.column] = newValue;
          returned[f.attname] = newValue;
        }
        const candidate = { ...target, ...changes };
        checkRow(db, model, table, candidate, pk, entries.map(([f]) => f));
        db.updateRow(table, pk, changes);
      }
      results.push(returned);
    }
    return results;
  }

  /** INSERT of one object's local fields into the model's table; returns the values RETURNING gives back. */
  _insert(values: Array<[Field, unknown]>, _instance: Model): Record<string, unknown> {
    const returned = insertObject(this.connection, this.model, values);
    return returned ? { [returned[0]]: returned[1] } : {};
  }

  delete(): DeleteResult {
    if (this.state.low !== 0 || this.state.high !== null) throw new TypeError("Cannot use 'limit' or 'offset' with delete().");
    if (this.state.distinct) throw new TypeError('Cannot call delete() after .distinct().');
    if (this.state.valuesMode) throw new TypeError('Cannot call delete() after .values() or .values_list()');
    const collector = new Collector(this.db, this);
    const delQuery = this.order_by();
    // Django's Collector.collect(queryset): a model nothing depends on is deleted by one
    // DELETE ... WHERE, without loading the rows first (a WHERE over joins still loads them here).
    if (canFastDelete(this.model) && delQuery.hasSimpleWhere()) collector.fast_deletes.push(delQuery as unknown as QuerySet<Model>);
    else collector.collect(delQuery.list() as unknown as Model[]);
    return collector.delete();
  }

  /** True when the WHERE clause needs no join, so DELETE FROM the base table can carry it. */
  private hasSimpleWhere(): boolean {
    if (this.state.none) return true;
    const joins: string[] = [];
    compileWhere(this.connection, this.model, this.state.where, joins);
    return joins.length === 0;
  }

  /** Django's QuerySet._raw_delete(): one DELETE with the queryset's WHERE; no signals, no collection. */
  _raw_delete(): number {
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

  // -- async twins: each runs its sync twin through runStep() (sync_to_async, or one scheduler step) --------

  /** `Cart.aget(pk=1)`, for scheduler timelines. */
  private describe(name: string, args: readonly unknown[]): string {
    return describeCall(`${this.model._meta.object_name}.${name}`, args, repr);
  }

  aget(...args: Array<Q | Kwargs>): Promise<T> {
    return runStep(() => this.describe('aget', args), () => this.get(...args));
  }
  acreate(kwargs: Kwargs = {}): Promise<T> {
    return runStep(() => this.describe('acreate', [kwargs]), () => this.create(kwargs));
  }
  aget_or_create(kwargs: Kwargs & { defaults?: Kwargs } = {}): Promise<[T, boolean]> {
    return runStep(() => this.describe('aget_or_create', [kwargs]), () => this.get_or_create(kwargs));
  }
  aupdate_or_create(kwargs: Kwargs & { defaults?: Kwargs; create_defaults?: Kwargs } = {}): Promise<[T, boolean]> {
    return runStep(() => this.describe('aupdate_or_create', [kwargs]), () => this.update_or_create(kwargs));
  }
  acount(): Promise<number> {
    return runStep(() => this.describe('acount', []), () => this.count());
  }
  aexists(): Promise<boolean> {
    return runStep(() => this.describe('aexists', []), () => this.exists());
  }
  afirst(): Promise<T | null> {
    return runStep(() => this.describe('afirst', []), () => this.first());
  }
  alast(): Promise<T | null> {
    return runStep(() => this.describe('alast', []), () => this.last());
  }
  aearliest(...fields: string[]): Promise<T> {
    return runStep(() => this.describe('aearliest', fields), () => this.earliest(...fields));
  }
  alatest(...fields: string[]): Promise<T> {
    return runStep(() => this.describe('alatest', fields), () => this.latest(...fields));
  }
  aupdate(kwargs: Kwargs): Promise<number> {
    return runStep(() => this.describe('aupdate', [kwargs]), () => this.update(kwargs));
  }
  adelete(): Promise<DeleteResult> {
    return runStep(() => this.describe('adelete', []), () => this.delete());
  }
  ain_bulk(id_list: Iterable<unknown> | null = null, options: { field_name?: string } = {}): Promise<Map<unknown, T>> {
    return runStep(() => this.describe('ain_bulk', [id_list, options]), () => this.in_bulk(id_list, options));
  }
  acontains(obj: Model): Promise<boolean> {
    return runStep(() => this.describe('acontains', [obj]), () => this.contains(obj));
  }
  alist(): Promise<T[]> {
    return runStep(() => this.describe('alist', []), () => this.list());
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
    if (value instanceof Combinable) throw new FieldError(`Failed to insert expression "${repr(value)}" on ${meta.label}.${field.name}.`);
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
export function updateObject(db: DatabaseWrapper, model: ModelClass, pkValue: unknown, values: Array<[Field, unknown]>): Array<Record<string, unknown>> {
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
  checkRow(db, model, table, { ...row, ...changes }, key, values.map(([f]) => f));
  db.updateRow(table, key, changes);
  return [returned];
}

function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}

function uniq(items: string[]): string[] {
  return [...new Set(items)];
}

/** The value stored for a field: the field's own conversion (get_db_prep_save). */
export function prepareForSave(field: Field, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return field.get_prep_value(value);
}

const NOT_APPLICABLE: unique symbol = Symbol('not applicable');

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

export function instanceFromRow<M extends Model>(db: DatabaseWrapper, alias: string, model: ModelClass<M>, row: Row, fetch_mode: FetchMode = FETCH_ONE): M {
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

export { DEFERRED, rowKey };
import { atomic } from '../transaction';
// Imported last: deletion needs QuerySet at call time only.
import { Collector, canFastDelete, type DeleteResult } from './deletion';
import { IntegrityError } from '../utils';
