// django.db.models.manager: Manager proxies QuerySet methods; subclasses override get_queryset()
// or add their own methods. `static objects = new models.Manager(this)` gives a typed manager.
import type { FetchMode } from './fetch_modes';
import { runStep } from '../backends/steps';
import { AttributeError } from '../../python/builtins';
import { DEFAULT_DB_ALIAS } from '../backends/base';
import { QuerySet } from './query';
import type { Q } from './query_utils';
import type { Kwargs, Model, ModelClass } from './base';

export class Manager<T extends Model = Model> {
  name = '';
  auto_created = false;
  _db: string | null = null;
  private _model: ModelClass | null = null;

  /** Pass the model class (`this` in a static initializer) to get a typed manager before first use. */
  constructor(model?: abstract new (...args: any[]) => T) {
    if (model) this._model = model as unknown as ModelClass;
  }

  get model(): ModelClass<T> {
    const model = this._model;
    // Reading _meta prepares the model class, which binds its declared managers (and names this one).
    if (model && !this.name) void model._meta;
    if (!model) {
      // A manager declared as `static objects = new Manager()` learns its model when the class is
      // first prepared; `new Manager(this)` binds it at once.
      throw new AttributeError(
        `'${this.constructor.name}' object has no attribute 'model' (declare it as \`new ${this.constructor.name}(this)\` or use the model class once before)`,
      );
    }
    const meta = model._meta;
    if (meta.abstract) throw new AttributeError(`Manager isn't available; ${model.name} is abstract`);
    return model as ModelClass<T>;
  }

  get isBound(): boolean {
    return this._model !== null;
  }

  contribute_to_class(model: ModelClass, name: string): void {
    this._model = model;
    this.name = this.name || name;
  }

  _copy(): this {
    const copy = Object.create(Object.getPrototypeOf(this)) as this;
    Object.assign(copy, this);
    copy._model = null;
    return copy;
  }

  get db(): string {
    return this._db ?? DEFAULT_DB_ALIAS;
  }

  /** The QuerySet every other method starts from; override it to change what the manager sees. */
  get_queryset(): QuerySet<T> {
    return new QuerySet<T>(this.model, { using: this._db });
  }

  db_manager(using: string | null = null): this {
    const copy = Object.create(Object.getPrototypeOf(this)) as this;
    Object.assign(copy, this);
    copy._db = using ?? this._db;
    return copy;
  }

  __repr__(): string {
    return `<${this.constructor.name === 'Manager' ? 'django.db.models.manager.Manager' : this.constructor.name}: ${this._model?.name ?? ''}>`;
  }
  toString(): string {
    return this._model ? `${this._model._meta.label}.${this.name}` : `<${this.constructor.name}>`;
  }

  // Proxied QuerySet methods.
  all(): QuerySet<T> {
    return this.get_queryset();
  }
  none(): QuerySet<T> {
    return this.get_queryset().none();
  }
  using(alias: string | null): QuerySet<T> {
    return this.get_queryset().using(alias);
  }
  filter(...args: Array<Q | Kwargs>): QuerySet<T> {
    return this.get_queryset().filter(...args);
  }
  exclude(...args: Array<Q | Kwargs>): QuerySet<T> {
    return this.get_queryset().exclude(...args);
  }
  get(...args: Array<Q | Kwargs>): T {
    return this.get_queryset().get(...args);
  }
  create(kwargs: Kwargs = {}): T {
    return this.get_queryset().create(kwargs);
  }
  get_or_create(kwargs: Kwargs & { defaults?: Kwargs } = {}): [T, boolean] {
    return this.get_queryset().get_or_create(kwargs);
  }
  update_or_create(kwargs: Kwargs & { defaults?: Kwargs; create_defaults?: Kwargs } = {}): [T, boolean] {
    return this.get_queryset().update_or_create(kwargs);
  }
  first(): T | null {
    return this.get_queryset().first();
  }
  last(): T | null {
    return this.get_queryset().last();
  }
  earliest(...fields: string[]): T {
    return this.get_queryset().earliest(...fields);
  }
  latest(...fields: string[]): T {
    return this.get_queryset().latest(...fields);
  }
  exists(): boolean {
    return this.get_queryset().exists();
  }
  count(): number {
    return this.get_queryset().count();
  }
  order_by(...fields: string[]): QuerySet<T> {
    return this.get_queryset().order_by(...fields);
  }
  values(...fields: string[]): QuerySet<Record<string, any>> {
    return this.get_queryset().values(...fields);
  }
  values_list(...args: Array<string | { flat?: boolean; named?: boolean }>): QuerySet<any> {
    return this.get_queryset().values_list(...args);
  }
  only(...fields: string[]): QuerySet<T> {
    return this.get_queryset().only(...fields);
  }
  defer(...fields: string[]): QuerySet<T> {
    return this.get_queryset().defer(...fields);
  }
  update(kwargs: Kwargs): number {
    return this.get_queryset().update(kwargs);
  }
  in_bulk(id_list: Iterable<unknown> | null = null, options: { field_name?: string } = {}): Map<unknown, T> {
    return this.get_queryset().in_bulk(id_list, options);
  }
  select_related(...fields: string[]): QuerySet<T> {
    return this.get_queryset().select_related(...fields);
  }
  prefetch_related(...fields: string[]): QuerySet<T> {
    return this.get_queryset().prefetch_related(...fields);
  }
  distinct(...fields: string[]): QuerySet<T> {
    return this.get_queryset().distinct(...fields);
  }
  reverse(): QuerySet<T> {
    return this.get_queryset().reverse();
  }
  fetch_mode(mode: FetchMode): QuerySet<T> {
    return this.get_queryset().fetch_mode(mode);
  }

  select_for_update(options: { nowait?: boolean; skip_locked?: boolean; of?: string[]; no_key?: boolean } = {}): QuerySet<T> {
    return this.get_queryset().select_for_update(options);
  }
  /** INSERTs without calling save() or sending signals, as Django's bulk_create() does. */
  bulk_create(objs: Iterable<T>): T[] {
    return this.get_queryset().bulk_create(objs);
  }
  slice(start?: number | null, stop?: number | null): QuerySet<T> {
    return this.get_queryset().slice(start, stop);
  }
  [Symbol.iterator](): Iterator<T> {
    throw new TypeError("'Manager' object is not iterable");
  }

  aget(...args: Array<Q | Kwargs>): Promise<T> {
    return this.get_queryset().aget(...args);
  }
  acreate(kwargs: Kwargs = {}): Promise<T> {
    return this.get_queryset().acreate(kwargs);
  }
  aget_or_create(kwargs: Kwargs & { defaults?: Kwargs } = {}): Promise<[T, boolean]> {
    return this.get_queryset().aget_or_create(kwargs);
  }
  aupdate_or_create(kwargs: Kwargs & { defaults?: Kwargs; create_defaults?: Kwargs } = {}): Promise<[T, boolean]> {
    return this.get_queryset().aupdate_or_create(kwargs);
  }
  acount(): Promise<number> {
    return this.get_queryset().acount();
  }
  aexists(): Promise<boolean> {
    return this.get_queryset().aexists();
  }
  afirst(): Promise<T | null> {
    return this.get_queryset().afirst();
  }
  alast(): Promise<T | null> {
    return this.get_queryset().alast();
  }
  alatest(...fields: string[]): Promise<T> {
    return this.get_queryset().alatest(...fields);
  }
  aearliest(...fields: string[]): Promise<T> {
    return this.get_queryset().aearliest(...fields);
  }
  ain_bulk(id_list: Iterable<unknown> | null = null): Promise<Map<unknown, T>> {
    return this.get_queryset().ain_bulk(id_list);
  }
  abulk_create(objs: Iterable<T>): Promise<T[]> {
    return runStep(
      () => `${this.model._meta.object_name}.abulk_create()`,
      () => this.bulk_create(objs),
    );
  }
}
