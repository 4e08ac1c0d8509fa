// django.db.models.query: the QuerySet API. A QuerySet only describes what it wants, in a Query
// (sql/query.ts); the compiler (sql/compiler.ts) sends the SQL and reads the rows.
import { FieldDoesNotExist, FieldError } from '../../core/exceptions';
import { IndexError, ValueError, repr } from '../../python/builtins';
import { typeName } from '../../python/repr';
import { NotSupportedError } from '../utils';
import { getConnection, DEFAULT_DB_ALIAS, type DatabaseWrapper } from '../backends/base';
import { describeCall, runStep } from '../backends/steps';
import { atomic } from '../transaction';
import { IntegrityError } from '../utils';
import { LOOKUP_SEP, MAX_GET_RESULTS, REPR_OUTPUT_SIZE } from './constants';
import { Collector, canFastDelete, type DeleteResult } from './deletion';
import { FetchMode } from './fetch_modes';
import { Field } from './fields';
import { ForeignObjectRel, RelatedField } from './fields/related';
import { Q } from './query_utils';
import { NOT_APPLICABLE, insertObject, type SQLCompiler } from './sql/compiler';
import { Query } from './sql/query';
import type { Kwargs, Model, ModelClass } from './base';

/**
 * A name given to only() or defer() must name a field at every step, as Django's select mask
 * checks it: an unknown name is FieldDoesNotExist on the model it was looked for on, and a path
 * going on past a field that is no relation is FieldError naming the rest.
 */
function checkLoadingPath(model: ModelClass, path: string): void {
  const [name = '', next, ...rest] = path.split(LOOKUP_SEP);
  if (name === 'pk' && next === undefined) return;
  const meta = model._meta;
  const field = meta.find_field(name);
  // A reverse relation's name is accepted, as Django's get_field() finds it; it selects no column.
  if (!field || (field instanceof ForeignObjectRel && next !== undefined))
    throw new FieldDoesNotExist(`${meta.object_name} has no field named '${name}'`);
  if (next === undefined) return;
  if (!(field instanceof RelatedField)) throw new FieldError(next);
  checkLoadingPath(field.remote_model(), [next, ...rest].join(LOOKUP_SEP));
}

export class QuerySet<T = any> implements Iterable<T> {
  readonly model: ModelClass;
  _db: string | null;
  _query: Query;
  _result_cache: T[] | null = null;

  constructor(model: ModelClass, options: { using?: string | null } = {}) {
    this.model = model;
    this._db = options.using ?? null;
    this._query = new Query(model);
  }

  get db(): string {
    return this._db ?? DEFAULT_DB_ALIAS;
  }

  get connection(): DatabaseWrapper {
    return getConnection(this._db ?? DEFAULT_DB_ALIAS);
  }

  get ordered(): boolean {
    return Boolean(this._query.ordering?.length || (this._query.ordering === null && this.model._meta.ordering.length));
  }

  /** Django's `qs.query`: `str()` gives the SELECT, `get_compiler(using)` the compiler. */
  get query(): Query {
    return this._query;
  }

  /** The compiler for this queryset's database. */
  private compiler(): SQLCompiler {
    return this._query.get_compiler(this.db);
  }

  /** Django 6.1: how instances of this queryset fetch deferred fields and related objects. */
  fetch_mode(mode: FetchMode): QuerySet<T> {
    if (!(mode instanceof FetchMode))
      throw new TypeError(`fetch_mode() expects FETCH_ONE, FETCH_PEERS or FETCH_RAISE, got ${repr(mode)}`);
    const qs = this._clone();
    qs._query.fetchMode = mode;
    return qs;
  }

  _clone(): QuerySet<T> {
    const qs = Object.create(Object.getPrototypeOf(this)) as QuerySet<T>;
    Object.assign(qs, this);
    qs._query = this._query.clone();
    qs._result_cache = null;
    return qs;
  }

  // -- chaining -------------------------------------------------------------------------------------

  all(): QuerySet<T> {
    return this._clone();
  }

  none(): QuerySet<T> {
    const qs = this._clone();
    qs._query.none = true;
    return qs;
  }

  using(alias: string | null): QuerySet<T> {
    const qs = this._clone();
    qs._db = alias;
    return qs;
  }

  private addWhere(args: Array<Q | Kwargs>, negate: boolean): QuerySet<T> {
    if (this._query.low !== 0 || this._query.high !== null)
      throw new TypeError('Cannot filter a query once a slice has been taken.');
    const qs = this._clone();
    const qs_: Q[] = [];
    for (const a of args) {
      if (a instanceof Q) qs_.push(a);
      else if (a && typeof a === 'object' && !Array.isArray(a)) qs_.push(new Q(a as Kwargs));
      else throw new TypeError(`cannot unpack non-iterable ${typeName(a)} object`);
    }
    let q = qs_.length === 1 ? qs_[0]! : new Q(qs_);
    if (negate) q = q.not();
    const where = qs._query.where.copy();
    if (!q.negated && q.connector === 'AND') where.children.push(...q.children);
    else where.children.push(q);
    qs._query.where = where;
    // Resolve now so that unknown fields fail at filter() time, as in Django (the result is cached).
    qs.compiler().compileWhere();
    return qs;
  }

  filter(...args: Array<Q | Kwargs>): QuerySet<T> {
    return this.addWhere(args, false);
  }

  exclude(...args: Array<Q | Kwargs>): QuerySet<T> {
    return this.addWhere(args, true);
  }

  order_by(...fields: string[]): QuerySet<T> {
    if (this._query.low !== 0 || this._query.high !== null)
      throw new TypeError('Cannot reorder a query once a slice has been taken.');
    const invalid = fields.filter((f) => typeof f !== 'string');
    if (invalid.length) throw new FieldError(`Invalid order_by arguments: ${repr(invalid)}`);
    for (const f of fields) if (f !== '?') this.compiler().orderingReader(f.replace(/^-/, ''));
    const qs = this._clone();
    qs._query.ordering = [...fields];
    qs._query.standardOrdering = true;
    return qs;
  }

  reverse(): QuerySet<T> {
    if (this._query.low !== 0 || this._query.high !== null)
      throw new TypeError('Cannot reverse a query once a slice has been taken.');
    const qs = this._clone();
    qs._query.standardOrdering = !qs._query.standardOrdering;
    return qs;
  }

  distinct(...fields: string[]): QuerySet<T> {
    if (fields.length) throw new NotSupportedError('DISTINCT ON fields is not supported by this database backend');
    const qs = this._clone();
    qs._query.distinct = true;
    return qs;
  }

  select_related(...fields: string[]): QuerySet<T> {
    if (this._query.valuesMode) throw new TypeError('Cannot call select_related() after .values() or .values_list()');
    const qs = this._clone();
    if (fields.length === 1 && fields[0] === null) qs._query.selectRelated = null;
    else if (!fields.length) qs._query.selectRelated = true;
    else {
      for (const name of fields) {
        const field = this.model._meta.find_field(name.split(LOOKUP_SEP)[0]!);
        if (!(field instanceof RelatedField) || field.many_to_many) {
          const choices =
            this.model._meta.fields
              .filter((f) => f instanceof RelatedField)
              .map((f) => f.name)
              .join(', ') || '(none)';
          throw new FieldError(`Invalid field name(s) given in select_related: '${name}'. Choices are: ${choices}`);
        }
      }
      qs._query.selectRelated = [...(Array.isArray(qs._query.selectRelated) ? qs._query.selectRelated : []), ...fields];
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
    qs._query.forUpdate = { nowait, skip_locked, of: [...(options.of ?? [])] };
    return qs;
  }

  only(...fields: string[]): QuerySet<T> {
    if (fields.length === 1 && fields[0] === null) throw new TypeError('Cannot pass None as an argument to only().');
    for (const name of fields) checkLoadingPath(this.model, name);
    const qs = this._clone();
    qs._query.addImmediateLoading(fields);
    return qs;
  }

  defer(...fields: string[]): QuerySet<T> {
    const qs = this._clone();
    if (fields.length === 1 && fields[0] === null) {
      qs._query.clearDeferredLoading();
      return qs;
    }
    for (const name of fields) checkLoadingPath(this.model, name);
    qs._query.addDeferredLoading(fields);
    return qs;
  }

  values(...fields: string[]): QuerySet<Record<string, any>> {
    const qs = this._clone() as unknown as QuerySet<Record<string, any>>;
    for (const f of fields) qs.compiler().valuesReader(f);
    qs._query.valuesFields = fields;
    qs._query.valuesMode = 'dict';
    return qs;
  }

  values_list(...args: Array<string | { flat?: boolean; named?: boolean }>): QuerySet<any> {
    const options = (
      args.length && typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null ? args.pop() : {}
    ) as { flat?: boolean; named?: boolean };
    const fields = args as string[];
    if (options.flat && options.named) throw new TypeError("'flat' and 'named' can't be used together.");
    if (options.flat && fields.length > 1)
      throw new TypeError("'flat' is not valid when values_list is called with more than one field.");
    const qs = this._clone() as unknown as QuerySet<any>;
    for (const f of fields) qs.compiler().valuesReader(f);
    qs._query.valuesFields = fields;
    qs._query.valuesMode = options.flat ? 'flat' : options.named ? 'named' : 'list';
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
    const low = qs._query.low + (start ?? 0);
    let high = stop === null || stop === undefined ? qs._query.high : qs._query.low + stop;
    if (qs._query.high !== null && high !== null) high = Math.min(high, qs._query.high);
    qs._query.low = qs._query.high !== null ? Math.min(low, qs._query.high) : low;
    qs._query.high = high;
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

  _fetch(): T[] {
    return this.compiler().results() as T[];
  }

  /** Whether this queryset is its model's plain, unfiltered set of rows. */
  get _isUnfiltered(): boolean {
    const s = this._query;
    return !s.where.children.length && !s.none && !s.low && s.high === null && !s.valuesMode && !s.distinct;
  }

  /** INSERTs without calling save() or sending signals; MTI models are refused, as in Django. */
  bulk_create(objs: Iterable<T>): T[] {
    const model = this.model;
    const meta = model._meta;
    for (const parent of meta.get_parent_list()) {
      if (parent._meta.concrete_model !== meta.concrete_model)
        throw new ValueError("Can't bulk create a multi-table inherited model");
    }
    const list = [...objs];
    const db = this.connection;
    const concrete = meta.concrete_model;
    if (!list.length) return list;
    // Django inserts the batch inside atomic(savepoint=False).
    atomic(
      () => {
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
      },
      { using: this.db, savepoint: false },
    );
    return list;
  }

  abulk_create(objs: Iterable<T>): Promise<T[]> {
    return runStep(
      () => this.describe('abulk_create', []),
      () => this.bulk_create(objs),
    );
  }

  // -- single-object and aggregate methods -------------------------------------------------------------

  get(...args: Array<Q | Kwargs>): T {
    const fast = this.compiler().getByPk(args);
    if (fast !== NOT_APPLICABLE) return fast as T;
    let clone = args.length ? this.filter(...args) : this._clone();
    if (clone._query.low === 0 && clone._query.high === null) {
      clone = clone.order_by();
      clone._query.high = MAX_GET_RESULTS;
    }
    const results = clone._fetch_all();
    const num = results.length;
    if (num === 1) return results[0]!;
    const name = this.model._meta.object_name;
    if (!num) throw new this.model.DoesNotExist(`${name} matching query does not exist.`);
    const count = num < MAX_GET_RESULTS ? String(num) : `more than ${MAX_GET_RESULTS - 1}`;
    throw new this.model.MultipleObjectsReturned(`get() returned more than one ${name} -- it returned ${count}!`);
  }

  create(kwargs: Kwargs = {}): T {
    const obj = new this.model(kwargs);
    // Django: obj._state.fetch_mode = self._fetch_mode
    if (this._query.fetchMode) obj._state.fetch_mode = this._query.fetchMode;
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
      throw new ValueError(
        "earliest() and latest() require either fields as positional arguments or 'get_latest_by' in the model's Meta.",
      );
    }
    if (this._query.low !== 0 || this._query.high !== null)
      throw new TypeError('Cannot change a query once a slice has been taken.');
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
    return this.compiler().count();
  }

  exists(): boolean {
    if (this._result_cache) return this._result_cache.length > 0;
    return this.compiler().exists();
  }

  contains(obj: Model): boolean {
    if (!(obj instanceof (this.model._meta.concrete_model as unknown as Function))) {
      throw new TypeError(`'obj' must be a model instance of ${this.model._meta.concrete_model._meta.label}`);
    }
    if (!obj._is_pk_set()) throw new ValueError('QuerySet.contains() cannot be used on unsaved objects.');
    if (this._result_cache)
      return this._result_cache.some((o) => o === (obj as unknown) || (o as unknown as Model).pk === obj.pk);
    return this.filter({ pk: obj.pk }).exists();
  }

  in_bulk(id_list: Iterable<unknown> | null = null, options: { field_name?: string } = {}): Map<unknown, T> {
    if (this._query.low !== 0 || this._query.high !== null) throw new TypeError("Cannot use 'limit' or 'offset' with in_bulk().");
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
    if (this._query.low !== 0 || this._query.high !== null)
      throw new TypeError('Cannot update a query once a slice has been taken.');
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

  /** INSERT of one object's local fields into the model's table; returns the values RETURNING gives back. */
  _insert(values: Array<[Field, unknown]>, _instance: Model): Record<string, unknown> {
    const returned = insertObject(this.connection, this.model, values);
    return returned ? { [returned[0]]: returned[1] } : {};
  }

  delete(): DeleteResult {
    if (this._query.low !== 0 || this._query.high !== null) throw new TypeError("Cannot use 'limit' or 'offset' with delete().");
    if (this._query.distinct) throw new TypeError('Cannot call delete() after .distinct().');
    if (this._query.valuesMode) throw new TypeError('Cannot call delete() after .values() or .values_list()');
    const collector = new Collector(this.db, this);
    const delQuery = this.order_by();
    // Django's Collector.collect(queryset): a model nothing depends on is deleted by one
    // DELETE ... WHERE, without loading the rows first (a WHERE over joins still loads them here).
    if (canFastDelete(this.model) && delQuery.compiler().hasSimpleWhere())
      collector.fast_deletes.push(delQuery as unknown as QuerySet<Model>);
    else collector.collect(delQuery.list() as unknown as Model[]);
    return collector.delete();
  }

  /** Writes `values` to every matching row; returns the new values of each updated row. */
  /** `returning`: an instance's save() reads expression values back, as Django 6.0+ does with RETURNING. */
  _update(values: Array<[Field, unknown]>, returning = false): Array<Record<string, unknown>> {
    return this.compiler().update(values, returning);
  }

  /** Django's QuerySet._raw_delete(): one DELETE with the queryset's WHERE; no signals, no collection. */
  _raw_delete(): number {
    return this.compiler().rawDelete();
  }

  /** Values for `pk__in=queryset`: the queryset's single column, or its pks; no query is logged. */
  _subqueryValues(): unknown[] {
    return this.compiler().subqueryValues();
  }

  // -- async twins: each runs its sync twin through runStep() (sync_to_async, or one scheduler step) --------

  /** `Cart.aget(pk=1)`, for scheduler timelines. */
  private describe(name: string, args: readonly unknown[]): string {
    return describeCall(`${this.model._meta.object_name}.${name}`, args, repr);
  }

  aget(...args: Array<Q | Kwargs>): Promise<T> {
    return runStep(
      () => this.describe('aget', args),
      () => this.get(...args),
    );
  }
  acreate(kwargs: Kwargs = {}): Promise<T> {
    return runStep(
      () => this.describe('acreate', [kwargs]),
      () => this.create(kwargs),
    );
  }
  aget_or_create(kwargs: Kwargs & { defaults?: Kwargs } = {}): Promise<[T, boolean]> {
    return runStep(
      () => this.describe('aget_or_create', [kwargs]),
      () => this.get_or_create(kwargs),
    );
  }
  aupdate_or_create(kwargs: Kwargs & { defaults?: Kwargs; create_defaults?: Kwargs } = {}): Promise<[T, boolean]> {
    return runStep(
      () => this.describe('aupdate_or_create', [kwargs]),
      () => this.update_or_create(kwargs),
    );
  }
  acount(): Promise<number> {
    return runStep(
      () => this.describe('acount', []),
      () => this.count(),
    );
  }
  aexists(): Promise<boolean> {
    return runStep(
      () => this.describe('aexists', []),
      () => this.exists(),
    );
  }
  afirst(): Promise<T | null> {
    return runStep(
      () => this.describe('afirst', []),
      () => this.first(),
    );
  }
  alast(): Promise<T | null> {
    return runStep(
      () => this.describe('alast', []),
      () => this.last(),
    );
  }
  aearliest(...fields: string[]): Promise<T> {
    return runStep(
      () => this.describe('aearliest', fields),
      () => this.earliest(...fields),
    );
  }
  alatest(...fields: string[]): Promise<T> {
    return runStep(
      () => this.describe('alatest', fields),
      () => this.latest(...fields),
    );
  }
  aupdate(kwargs: Kwargs): Promise<number> {
    return runStep(
      () => this.describe('aupdate', [kwargs]),
      () => this.update(kwargs),
    );
  }
  adelete(): Promise<DeleteResult> {
    return runStep(
      () => this.describe('adelete', []),
      () => this.delete(),
    );
  }
  ain_bulk(id_list: Iterable<unknown> | null = null, options: { field_name?: string } = {}): Promise<Map<unknown, T>> {
    return runStep(
      () => this.describe('ain_bulk', [id_list, options]),
      () => this.in_bulk(id_list, options),
    );
  }
  acontains(obj: Model): Promise<boolean> {
    return runStep(
      () => this.describe('acontains', [obj]),
      () => this.contains(obj),
    );
  }
  alist(): Promise<T[]> {
    return runStep(
      () => this.describe('alist', []),
      () => this.list(),
    );
  }
}
