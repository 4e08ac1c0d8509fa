// django.db.models.fields.related_descriptors: `entry.blog`, `blog.entry_set`,
// `place.restaurant` and `pizza.toppings`, installed as accessors on the model prototypes.
import { MAX_GET_RESULTS } from '../constants';
import { FETCH_ONE, FETCH_RAISE, fetchBlocked } from '../fetch_modes';
import { AttributeError, ValueError, repr } from '../../../python/builtins';
import { defineException } from '../../../python/exceptions';
import { getConnection, rowKey } from '../../backends/base';
import { quoteValue } from '../../backends/sqlite3/operations';
import { DEFAULT_DB_ALIAS } from '../../backends/base';
import { Field } from './index';
import { ForeignObjectRel, ManyToManyField, RelatedField, checkAssignable, isModelInstance } from './related';
import { Manager } from '../manager';
import { m2m_changed } from '../signals';
import { QuerySet } from '../query';
import { atomic } from '../../transaction';
import { qn } from '../sql/datastructures';
import type { Kwargs, Model, ModelClass } from '../base';
import { tuple, type Tuple } from '../../../python/types';

type Attrs = Record<string, unknown>;

function setOwnValue(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The parent object of a multi-table child, built from the child's own values, or undefined. */
function parentFromChild(instance: Model, field: RelatedField): Model | undefined {
  if (!(field as { parent_link?: boolean }).parent_link) return undefined;
  const parentModel = field.remote_model();
  const attnames = parentModel._meta.concrete_fields.map((f) => f.attname);
  const deferred = instance.get_deferred_fields();
  if (attnames.some((attname) => deferred.has(attname))) return undefined;
  const values = instance as unknown as Attrs;
  const parent = new parentModel(Object.fromEntries(attnames.map((attname) => [attname, values[attname]])));
  parent._state.adding = instance._state.adding;
  parent._state.db = instance._state.db;
  return parent;
}

export function installRelationDescriptors(field: RelatedField): void {
  if (field instanceof ManyToManyField) installManyToMany(field);
  else installForward(field);
  const remote = field.remote_model();
  const rel = new ForeignObjectRel(field);
  (field as { remote_field: ForeignObjectRel | null }).remote_field = rel;
  remote._meta.related_objects.push(rel);
  remote._meta.invalidate();
  // Django puts the reverse accessor on the concrete model (a proxy shares its related objects).
  remote._meta.concrete_model._meta.invalidate();
  if (rel.is_hidden()) return;
  const accessor = rel.get_accessor_name();
  if (field instanceof ManyToManyField) installReverseManyToMany(rel, accessor);
  else if (field.one_to_one) installReverseOneToOne(rel, accessor);
  else installReverseMany(rel, accessor);
}

function installForward(field: RelatedField): void {
  const name = field.name;
  const attname = field.attname;
  Object.defineProperty(field.model.prototype, name, {
    configurable: true,
    enumerable: false,
    get(this: Model) {
      const self = this as unknown as Attrs;
      const value = self[attname];
      const cache = this._state.fields_cache;
      let obj = cache[name] as Model | null | undefined;
      const target = field.target_field.attname;
      if (
        obj !== undefined &&
        (obj === null ? value === null || value === undefined : (obj as unknown as Attrs)[target] === value)
      ) {
        // cached and still matching the id
      } else if (value === null || value === undefined) {
        obj = null;
      } else if ((obj = parentFromChild(this, field)) !== undefined) {
        // A multi-table child holds all of its parent's fields: no query (Django's ForwardOneToOneDescriptor).
        cache[name] = obj;
      } else if ((obj = cachedOnAncestor(this, field, value)) !== undefined) {
        cache[name] = obj;
      } else {
        if (this._state.fetch_mode === FETCH_RAISE) throw fetchBlocked(field.model._meta.object_name, name);
        const remote = field.remote_model();
        let qs = remote._base_manager.db_manager(this._state.db ?? DEFAULT_DB_ALIAS).get_queryset();
        // The related instance is fetched in the instance's fetch mode, as Django does.
        if (this._state.fetch_mode !== FETCH_ONE) qs = qs.fetch_mode(this._state.fetch_mode);
        obj = qs.get({ [target]: value }) as Model;
        cache[name] = obj;
      }
      if (obj === null && !field.null) {
        const Rodne = field.RelatedObjectDoesNotExist();
        throw new Rodne(`${field.model.name} has no ${name}.`);
      }
      return obj;
    },
    set(this: Model, value: unknown) {
      if (value instanceof Field) return;
      checkAssignable(field, value ?? null);
      const cache = this._state.fields_cache;
      if (value === null || value === undefined) {
        setOwnValue(this, attname, null);
        cache[name] = null;
        return;
      }
      const obj = value as Model;
      if (obj._state.db && this._state.db && obj._state.db !== this._state.db) {
        throw new ValueError(`Cannot assign "${repr(obj)}": the current database router prevents this relation.`);
      }
      setOwnValue(this, attname, (obj as unknown as Attrs)[field.target_field.attname] ?? null);
      cache[name] = obj;
      // A one-to-one also caches the reverse side.
      if (field.one_to_one && field.remote_field) obj._state.fields_cache[field.remote_field.get_accessor_name()] = this;
    },
  });
}

/**
 * Django's ForwardManyToOneDescriptor: a relation inherited from a multi-table parent may already
 * be cached on the parent instance this child was reached from (grand_parent.parent.place).
 */
function cachedOnAncestor(instance: Model, field: RelatedField, value: unknown): Model | undefined {
  const link = ancestorLink((instance.constructor as ModelClass)._meta, field.model);
  const ancestor = link ? (instance._state.fields_cache[link.name] as Model | null | undefined) : undefined;
  const cached = ancestor ? (ancestor._state.fields_cache[field.name] as Model | null | undefined) : undefined;
  return cached && (cached as unknown as Attrs)[field.target_field.attname] === value ? cached : undefined;
}

/** Options.get_ancestor_link(): the field of `meta`'s model that leads towards `ancestor`. */
function ancestorLink(meta: ModelClass['_meta'], ancestor: ModelClass): Field | null {
  if (meta.parents.has(ancestor)) return meta.parents.get(ancestor) ?? null;
  for (const [parent, link] of meta.parents) {
    const found = ancestorLink(parent._meta, ancestor);
    if (found) return link ?? found;
  }
  return null;
}

function reverseDoesNotExist(rel: ForeignObjectRel): new (message: string) => Error {
  const cache = rel as unknown as { _rodne?: new (message: string) => Error };
  cache._rodne ??= defineException('RelatedObjectDoesNotExist', [rel.related_model.DoesNotExist, AttributeError], {
    qualname: `${rel.model.name}.${rel.name}.RelatedObjectDoesNotExist`,
    module: `${rel.model._meta.app_label}.models`,
  }) as unknown as new (message: string) => Error;
  return cache._rodne;
}

function installReverseOneToOne(rel: ForeignObjectRel, accessor: string): void {
  const field = rel.field;
  Object.defineProperty(rel.model._meta.concrete_model.prototype, accessor, {
    configurable: true,
    enumerable: false,
    get(this: Model) {
      const cache = this._state.fields_cache;
      let obj = cache[accessor] as Model | null | undefined;
      if (obj === undefined) {
        const value = (this as unknown as Attrs)[field.target_field.attname];
        if (value === null || value === undefined) obj = null;
        else {
          const found = rel.related_model._base_manager
            .db_manager(this._state.db ?? DEFAULT_DB_ALIAS)
            .filter({ [field.name]: value })
            .slice(0, MAX_GET_RESULTS)
            .list();
          obj = (found[0] as Model | undefined) ?? null;
          if (obj) obj._state.fields_cache[field.name] = this;
        }
        cache[accessor] = obj;
      }
      if (obj === null) {
        const Rodne = reverseDoesNotExist(rel);
        throw new Rodne(`${this.constructor.name} has no ${accessor}.`);
      }
      return obj;
    },
    set(this: Model, value: unknown) {
      if (value instanceof Field) return;
      if (value === null || value === undefined) {
        const current = this._state.fields_cache[accessor] as Model | undefined;
        if (current) {
          (current as unknown as Attrs)[field.name] = null;
        }
        this._state.fields_cache[accessor] = null;
        return;
      }
      if (!(value instanceof (rel.related_model as unknown as Function))) {
        throw new ValueError(
          `Cannot assign "${repr(value)}": "${this.constructor.name}.${accessor}" must be a "${rel.related_model.name}" instance.`,
        );
      }
      (value as unknown as Attrs)[field.name] = this;
      this._state.fields_cache[accessor] = value;
    },
  });
}

function installReverseMany(rel: ForeignObjectRel, accessor: string): void {
  Object.defineProperty(rel.model._meta.concrete_model.prototype, accessor, {
    configurable: true,
    enumerable: false,
    get(this: Model) {
      return new RelatedManager(rel, this);
    },
    set(this: Model, value: unknown) {
      if (value instanceof Field) return;
      throw new TypeError(`Direct assignment to the reverse side of a related set is prohibited. Use ${accessor}.set() instead.`);
    },
  });
}

function installManyToMany(field: ManyToManyField): void {
  Object.defineProperty(field.model.prototype, field.name, {
    configurable: true,
    enumerable: false,
    get(this: Model) {
      return new ManyRelatedManager(field, this, false);
    },
    set(this: Model, value: unknown) {
      if (value instanceof Field) return;
      throw new TypeError(
        `Direct assignment to the forward side of a many-to-many set is prohibited. Use ${field.name}.set() instead.`,
      );
    },
  });
}

function installReverseManyToMany(rel: ForeignObjectRel, accessor: string): void {
  Object.defineProperty(rel.model._meta.concrete_model.prototype, accessor, {
    configurable: true,
    enumerable: false,
    get(this: Model) {
      return new ManyRelatedManager(rel.field as ManyToManyField, this, true, accessor);
    },
    set(this: Model, value: unknown) {
      if (value instanceof Field) return;
      throw new TypeError(
        `Direct assignment to the reverse side of a many-to-many set is prohibited. Use ${accessor}.set() instead.`,
      );
    },
  });
}

/** `blog.entry_set`: the entries whose foreign key points at this blog. */
export class RelatedManager<T extends Model = Model> extends Manager<T> {
  readonly field: RelatedField;
  readonly rel: ForeignObjectRel;
  readonly instance: Model;
  constructor(rel: ForeignObjectRel, instance: Model) {
    super(rel.related_model as ModelClass<T>);
    this.rel = rel;
    this.instance = instance;
    this.field = rel.field;
    this.name = rel.get_accessor_name();
    this._db = instance._state.db;
  }

  private checkSaved(): void {
    if (!this.instance._is_pk_set()) {
      throw new ValueError(
        `'${this.instance.constructor.name}' instance needs to have a primary key value before this relationship can be used.`,
      );
    }
  }

  override get_queryset(): QuerySet<T> {
    this.checkSaved();
    const value = (this.instance as unknown as Attrs)[this.field.target_field.attname];
    return this.model._default_manager
      .db_manager(this._db)
      .get_queryset()
      .filter({ [this.field.name]: value }) as QuerySet<T>;
  }

  override create(kwargs: Kwargs = {}): T {
    this.checkSaved();
    return this.model._default_manager.db_manager(this._db).create({ ...kwargs, [this.field.name]: this.instance }) as T;
  }

  override get_or_create(kwargs: Kwargs & { defaults?: Kwargs } = {}): [T, boolean] {
    this.checkSaved();
    return this.get_queryset().get_or_create({ ...kwargs, [this.field.name]: this.instance });
  }

  add(...args: Array<T | { bulk?: boolean }>): void {
    this.checkSaved();
    const objs = args.filter(isModelInstance) as T[];
    const bulk = (args.find((a) => !isModelInstance(a)) as { bulk?: boolean } | undefined)?.bulk ?? true;
    for (const obj of objs) {
      if (!(obj instanceof (this.model as unknown as Function))) {
        throw new TypeError(`'${this.model._meta.object_name}' instance expected, got ${repr(obj)}`);
      }
    }
    if (bulk) {
      for (const obj of objs) {
        if (obj._state.adding || !obj._is_pk_set()) {
          throw new ValueError(`${repr(obj)} instance isn't saved. Use bulk=False or save the object first.`);
        }
      }
      const pks = objs.map((o) => o.pk);
      for (const obj of objs) (obj as unknown as Attrs)[this.field.name] = this.instance;
      this.model._base_manager
        .using(this._db)
        .filter({ pk__in: pks })
        .update({ [this.field.name]: this.instance });
    } else {
      for (const obj of objs) {
        (obj as unknown as Attrs)[this.field.name] = this.instance;
        obj.save();
      }
    }
  }

  remove(...args: Array<T | { bulk?: boolean }>): void {
    if (!this.field.null) throw new AttributeError(`'RelatedManager' object has no attribute 'remove'`);
    const objs = args.filter(isModelInstance) as T[];
    const value = (this.instance as unknown as Attrs)[this.field.target_field.attname];
    for (const obj of objs) {
      if ((obj as unknown as Attrs)[this.field.attname] !== value) {
        throw new this.model.DoesNotExist(`${repr(obj)} is not related to ${repr(this.instance)}.`);
      }
    }
    this.get_queryset()
      .filter({ pk__in: objs.map((o) => o.pk) })
      .update({ [this.field.name]: null });
    for (const obj of objs) (obj as unknown as Attrs)[this.field.name] = null;
  }

  clear(_options: { bulk?: boolean } = {}): void {
    if (!this.field.null) throw new AttributeError(`'RelatedManager' object has no attribute 'clear'`);
    this.get_queryset().update({ [this.field.name]: null });
  }

  set(objs: Iterable<T>, options: { bulk?: boolean; clear?: boolean } = {}): void {
    const list = [...objs];
    if (this.field.null) {
      if (options.clear) {
        this.clear();
        this.add(...list, { bulk: options.bulk ?? true });
        return;
      }
      const current = this.get_queryset().list();
      const keep = new Set(list.map((o) => rowKey(o.pk)));
      const remove = current.filter((o) => !keep.has(rowKey(o.pk)));
      if (remove.length) this.remove(...remove);
      const have = new Set(current.map((o) => rowKey(o.pk)));
      const add = list.filter((o) => !have.has(rowKey(o.pk)));
      if (add.length) this.add(...add, { bulk: options.bulk ?? true });
    } else this.add(...list, { bulk: options.bulk ?? true });
  }

  override __repr__(): string {
    return `<django.db.models.fields.related_descriptors.create_reverse_many_to_one_manager.<locals>.RelatedManager object>`;
  }
}

/** `pizza.toppings` and `topping.pizza_set`: rows of the auto-created join table. */
export class ManyRelatedManager<T extends Model = Model> extends Manager<T> {
  readonly field: ManyToManyField;
  readonly instance: Model;
  readonly isReverse: boolean;
  constructor(field: ManyToManyField, instance: Model, reverse: boolean, accessor?: string) {
    super((reverse ? field.model : field.remote_model()) as ModelClass<T>);
    this.field = field;
    this.instance = instance;
    this.isReverse = reverse;
    this.name = accessor ?? field.name;
    this._db = instance._state.db;
    if (!instance._is_pk_set()) {
      throw new ValueError(
        `"${repr(instance)}" needs to have a value for field "${(instance.constructor as ModelClass)._meta.pk.attname}" before this many-to-many relationship can be used.`,
      );
    }
  }

  /**
   * The instance's value the join rows hold: its key on the model the relation is declared on
   * (forward) or points to (reverse), which is not its own pk when a child declares another one.
   */
  private get sourceValue(): unknown {
    const model = this.isReverse ? this.field.remote_model() : this.field.model;
    return (this.instance as unknown as Record<string, unknown>)[model._meta.pk.attname];
  }

  /** Django's related_val: the source values, as a tuple. */
  get related_val(): Tuple<unknown> {
    return tuple(this.sourceValue);
  }

  private get sourceColumn(): string {
    return this.isReverse ? this.field.to_column : this.field.from_column;
  }
  private get targetColumn(): string {
    return this.isReverse ? this.field.from_column : this.field.to_column;
  }
  private get store() {
    return getConnection(this._db ?? DEFAULT_DB_ALIAS);
  }

  private targetIds(): unknown[] {
    const pk = this.sourceValue;
    const out: unknown[] = [];
    for (const row of this.store.rows(this.field.through_table))
      if (row[this.sourceColumn] === pk) out.push(row[this.targetColumn]);
    return out;
  }

  override get_queryset(): QuerySet<T> {
    const query = this.isReverse ? this.field.name : `${this.field.related_query_name()}`;
    return this.model._default_manager
      .db_manager(this._db)
      .get_queryset()
      .filter({ [query]: this.sourceValue }) as QuerySet<T>;
  }

  private ids(objs: Array<T | unknown>): unknown[] {
    return objs.map((o) => {
      if (isModelInstance(o)) {
        if (!o._is_pk_set()) {
          throw new ValueError(`Cannot add "${repr(o)}": instance is on database "default", value is on database "None"`);
        }
        return o.pk;
      }
      return o;
    });
  }

  private sendSignal(action: string, pk_set: Set<unknown> | null): void {
    const sender = this.field.through;
    if (m2m_changed.has_listeners(sender)) {
      m2m_changed.send(sender, {
        instance: this.instance,
        action,
        reverse: this.isReverse,
        model: this.model,
        pk_set,
        using: this._db ?? DEFAULT_DB_ALIAS,
      });
    }
  }

  /**
   * As Django's _add_items(): with no m2m_changed receiver the rows go in at once with INSERT OR
   * IGNORE (inside bulk_create's transaction); with one, the ids already linked are looked up
   * first, so that pk_set holds only the new ones.
   */
  add(...objs: Array<T | unknown>): void {
    const db = this.store;
    const table = this.field.through_table;
    const targetIds = [...new Map(this.ids(objs).map((id) => [rowKey(id), id])).values()];
    if (!targetIds.length) return;
    const source = this.sourceValue;
    const insert = (ids: unknown[]) => {
      const existing = new Set(this.targetIds().map(rowKey));
      for (const id of ids) {
        if (existing.has(rowKey(id))) continue;
        const pk = db.nextPk(table);
        db.insertRow(table, pk, { id: pk, [this.sourceColumn]: source, [this.targetColumn]: id });
      }
      db.log(
        `INSERT OR IGNORE INTO ${qn(table)} (${qn(this.sourceColumn)}, ${qn(this.targetColumn)}) VALUES ${ids.map((id) => `(${quoteValue(source)}, ${quoteValue(id)})`).join(', ')}`,
      );
    };
    if (!m2m_changed.has_listeners(this.field.through)) {
      atomic({ using: this._db, savepoint: false }, () => insert(targetIds));
      return;
    }
    const existing = new Set(this.targetIds().map(rowKey));
    db.log(
      `SELECT ${qn(table)}.${qn(this.targetColumn)} FROM ${qn(table)} WHERE (${qn(table)}.${qn(this.sourceColumn)} = ${quoteValue(source)} AND ${qn(table)}.${qn(this.targetColumn)} IN (${targetIds.map(quoteValue).join(', ')}))`,
    );
    const missing = targetIds.filter((id) => !existing.has(rowKey(id)));
    atomic({ using: this._db, savepoint: false }, () => {
      this.sendSignal('pre_add', new Set(missing));
      if (missing.length) insert(missing);
      this.sendSignal('post_add', new Set(missing));
    });
  }

  remove(...objs: Array<T | unknown>): void {
    const ids = new Set(this.ids(objs).map(rowKey));
    this.sendSignal('pre_remove', new Set(this.ids(objs)));
    this.deleteRows(
      (row) => ids.has(rowKey(row[this.targetColumn])),
      ` AND ${qn(this.field.through_table)}.${qn(this.targetColumn)} IN (${this.ids(objs).map(quoteValue).join(', ')})`,
    );
    this.sendSignal('post_remove', new Set(this.ids(objs)));
  }

  clear(): void {
    this.sendSignal('pre_clear', null);
    this.deleteRows(() => true, '');
    this.sendSignal('post_clear', null);
  }

  private deleteRows(match: (row: Record<string, unknown>) => boolean, extraSql: string): void {
    const db = this.store;
    const table = this.field.through_table;
    const pk = this.sourceValue;
    for (const row of [...db.rows(table)]) if (row[this.sourceColumn] === pk && match(row)) db.deleteRow(table, row.id);
    const where = `${qn(table)}.${qn(this.sourceColumn)} = ${quoteValue(pk)}`;
    db.log(`DELETE FROM ${qn(table)} WHERE ${extraSql ? `(${where}${extraSql})` : where}`);
  }

  set(objs: Iterable<T | unknown>, options: { clear?: boolean } = {}): void {
    const list = [...objs];
    if (options.clear) {
      this.clear();
      this.add(...list);
      return;
    }
    const wanted = new Set(this.ids(list).map(rowKey));
    const current = this.targetIds();
    const remove = current.filter((id) => !wanted.has(rowKey(id)));
    if (remove.length) this.remove(...remove);
    this.add(...list);
  }

  override create(kwargs: Kwargs = {}): T {
    const obj = this.model._default_manager.db_manager(this._db).create(kwargs) as T;
    this.add(obj);
    return obj;
  }
}
