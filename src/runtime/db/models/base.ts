// django.db.models.base: Model, ModelState and the class preparation ModelBase.__new__ does.
//
// A model is a class whose fields are class fields: `name = models.CharField({ max_length: 30 })`.
// Field factories return Field objects, which the first construction of the class records
// ("discovery"). Afterwards every instance is a Proxy whose defineProperty trap discards those
// Field objects, so the values the base constructor stored stay. That works both for class
// fields with define semantics (esbuild, tsc) and for Sucrase's constructor assignments, because
// an assignment on a proxy ends in the same [[DefineOwnProperty]] call.
import {
  MultipleObjectsReturned as CoreMultipleObjectsReturned,
  NON_FIELD_ERRORS,
  ObjectDoesNotExist,
  ObjectNotUpdated,
  ValidationError,
} from '../../core/exceptions';
import { DatabaseError } from '../utils';
import { AttributeError, IndexError, NotImplemented, RuntimeWarning, ValueError, hash, repr, str } from '../../python/builtins';
import { defineException } from '../../python/exceptions';
import { eq } from '../../python/protocols';
import { warn } from '../../python/warnings';
import { frozenset } from '../../python/types';
import { __version__ } from '../../index';
import { DEFAULT_DB_ALIAS } from '../backends/base';
import { DEFERRED, LOOKUP_SEP, MODEL_BRAND, NOT_PROVIDED } from './constants';
import { BigAutoField, Field, isEmptyValue, valuesEqual } from './fields';
import {
  ForeignKey,
  ManyToManyField,
  OneToOneField,
  RelatedField,
  ForeignObjectRel,
  isModelInstance,
  remoteResolvable,
} from './fields/related';
import { installRelationDescriptors } from './fields/related_descriptors';
import { Options, type MetaOptions } from './options';
import { Manager } from './manager';
import { Collector, type DeleteResult } from './deletion';
import { CASCADE } from './deletion';
import { Q } from './query_utils';
import { insertObject, updateObject } from './sql/compiler';
import { getConnection } from '../backends/base';
import { runStep } from '../backends/steps';
import { atomic } from '../transaction';
import { FETCH_ONE, FETCH_PEERS, FETCH_RAISE, fetchBlocked, type FetchMode } from './fetch_modes';
import { apps } from '../../apps/registry';
import { isExpression } from './expressions';
import { model_prepared, post_init, post_save, pre_init, pre_save } from './signals';
import { FieldError } from '../../core/exceptions';
import { capfirst, get_text_list } from './utils';
import type { QuerySet } from './query';

/** A model class whose instances are T. */
export type ModelClass<T extends Model = Model> = Omit<typeof Model, 'prototype'> &
  (new (...args: any[]) => T) & { prototype: T };

export type Kwargs = Record<string, unknown>;

export class ModelState {
  db: string | null = null;
  adding = true;
  /** Related objects loaded through forward relations, keyed by field name. */
  fields_cache: Record<string, unknown> = {};
  /** How a missing field or relation is fetched (Django 6.1): FETCH_ONE, FETCH_PEERS or FETCH_RAISE. */
  fetch_mode: FetchMode = FETCH_ONE;
  /** The instances loaded by the same queryset, for FETCH_PEERS. */
  peers: readonly Model[] | null = null;

  __repr__(): string {
    return `<django.db.models.base.ModelState object>`;
  }
}

export interface SaveOptions {
  force_insert?: boolean | readonly ModelClass<any>[];
  force_update?: boolean;
  using?: string | null;
  update_fields?: Iterable<string> | null;
}

export interface DeleteOptions {
  using?: string | null;
  keep_parents?: boolean;
}

export interface RefreshOptions {
  using?: string | null;
  fields?: Iterable<string> | null;
  from_queryset?: QuerySet<any> | null;
}

export interface CleanOptions {
  exclude?: Iterable<string> | null;
}

export interface FullCleanOptions extends CleanOptions {
  validate_unique?: boolean;
  validate_constraints?: boolean;
}

type ErrorDict = Record<string, ValidationError[]>;

/** Raised by the Python-style argument checks: a JS call that does not fit the signature. */
function checkKeywordCall(fname: string, args: IArguments, allowed: readonly string[]): void {
  const first = args[0];
  if (
    args.length > 1 ||
    (first !== undefined && (typeof first !== 'object' || first === null || Array.isArray(first) || isModelInstance(first)))
  ) {
    const given = args.length + 1;
    throw new TypeError(`${fname}() takes 1 positional argument but ${given} were given`);
  }
  if (first) {
    for (const key of Object.keys(first)) {
      if (!allowed.includes(key)) throw new TypeError(`${fname}() got an unexpected keyword argument '${key}'`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Class preparation

const metas = new WeakMap<Function, Options>();
let discoveryTarget: Function | null = null;
/** Every class-field definition of the discovery construction, in order; null for a value that is not a Field. */
let discovered: Array<[string, Field | null]> = [];
/** Each prepared class's discovered definitions, to tell a child's redeclaration from its parent's. */
const discoveredBy = new WeakMap<Function, Array<[string, Field | null]>>();
/** Whether the discovery construction defined anything besides fields (plain class fields). */
let discoveredOther = false;

/** Proxy handler of every model instance: class-field definitions holding Field objects are dropped. */
const instanceHandler: ProxyHandler<object> = {
  defineProperty(target, key, descriptor) {
    if (descriptor.value instanceof Field) return true;
    return Reflect.defineProperty(target, key, descriptor);
  },
  // Python's `del obj.field`: the field becomes deferred and the next read reloads it.
  deleteProperty(target, key) {
    if (typeof key === 'string') {
      const field = prepare(target.constructor as ModelClass)
        .attnameMap()
        .get(key);
      if (field) {
        if (!Reflect.deleteProperty(target, key)) return false;
        deferField(target, field);
        return true;
      }
    }
    return Reflect.deleteProperty(target, key);
  },
};

/** Handler used once per class, to record its field declarations in order. */
const discoveryHandler: ProxyHandler<object> = {
  defineProperty(target, key, descriptor) {
    if (descriptor.value instanceof Field && typeof key === 'string') {
      discovered.push([key, descriptor.value]);
      return true;
    }
    discoveredOther = true;
    if (typeof key === 'string') discovered.push([key, null]);
    return Reflect.defineProperty(target, key, descriptor);
  },
};

function isModelClass(value: unknown): value is ModelClass {
  return typeof value === 'function' && (value === Model || value.prototype instanceof Model);
}

function ownMeta(cls: Function): MetaOptions | undefined {
  return Object.hasOwn(cls, 'Meta') ? ((cls as unknown as { Meta: MetaOptions }).Meta ?? {}) : undefined;
}

/** ModelBase.__new__ + Options.contribute_to_class + _prepare, run once per class on first use. */
export function prepare(cls: ModelClass): Options {
  const existing = metas.get(cls);
  if (existing) return existing;
  if ((cls as Function) === Model) throw new AttributeError("type object 'Model' has no attribute '_meta'");
  const parent = Object.getPrototypeOf(cls) as ModelClass;
  const parentMeta = parent === (Model as unknown) ? null : prepare(parent);

  // Meta: declared on the class, or else an abstract parent's Meta (minus abstract); a concrete
  // parent passes on ordering and get_latest_by. A declared Meta replaces an abstract parent's,
  // as `class Meta:` does in Django; `{ ...Parent.Meta, ... }` is `class Meta(Parent.Meta)`.
  let metaAttrs = ownMeta(cls);
  if (metaAttrs === undefined) {
    if (parentMeta?.abstract) metaAttrs = { ...parentMeta.original_attrs, abstract: false };
    else if (parentMeta) {
      const { ordering, get_latest_by } = parentMeta.original_attrs;
      metaAttrs = { ...(ordering ? { ordering } : {}), ...(get_latest_by ? { get_latest_by } : {}) };
    } else metaAttrs = {};
  }
  const meta = new Options(cls, metaAttrs, parentMeta?.original_attrs.app_label);
  metas.set(cls, meta);
  parentMeta?.children.add(cls);

  // Discovery: construct once with a recording proxy to learn the declared fields.
  const previousTarget = discoveryTarget;
  const previousFields = discovered;
  const previousOther = discoveredOther;
  discoveryTarget = cls;
  discovered = [];
  discoveredOther = false;
  let declared: Array<[string, Field | null]>;
  try {
    new (cls as unknown as new () => unknown)();
    declared = discovered;
    discoveredBy.set(cls, declared);
    // Instances loaded from the database may skip the constructor chain when running it would
    // only re-create field objects (no other class fields, no hand-written constructor).
    fastConstruct.set(cls, !discoveredOther && !hasOwnConstructor(cls));
  } finally {
    discoveryTarget = previousTarget;
    discovered = previousFields;
    discoveredOther = previousOther;
  }

  // The nearest non-abstract parent; links and parents go to its concrete model (Django's
  // ModelBase uses base._meta.concrete_model, so a child of a proxy links to the proxied table).
  const directParent = parentMeta && !parentMeta.abstract ? parent : null;
  const concreteParent = directParent ? directParent._meta.concrete_model : null;
  const inheritedNames = new Set<string>();
  if (concreteParent) {
    for (const f of [...concreteParent._meta.fields, ...concreteParent._meta.many_to_many]) inheritedNames.add(f.name);
  }
  const ownFields = ownFieldsOf(cls, declared, inheritedNames, directParent);

  if (meta.proxy) {
    if (parentMeta?.abstract && parentMeta.local_fields.length) {
      throw new TypeError(`Abstract base class containing model fields not permitted for proxy model '${cls.name}'.`);
    }
    if (!concreteParent) throw new TypeError(`Proxy model '${cls.name}' has no non-abstract model base class.`);
    if (ownFields.length) throw new TypeError(`Proxy model '${cls.name}' contains model fields.`);
    (meta as { db_table: string }).db_table = concreteParent._meta.db_table;
    meta.proxy_for_model = directParent;
    meta.concrete_model = concreteParent;
    meta.parents.set(concreteParent, null);
    meta.pk = concreteParent._meta.pk;
  } else {
    meta.concrete_model = cls;
    if (concreteParent) {
      // Multi-table inheritance: a OneToOneField to the parent is the child's primary key.
      let link = ownFields.find(
        ([, f]) => f instanceof OneToOneField && (f.options as { parent_link?: boolean }).parent_link && f.to === concreteParent,
      )?.[1];
      if (!link) {
        // The link is the primary key unless the child declares its own (Django's Options._prepare).
        link = new OneToOneField(concreteParent, {
          on_delete: CASCADE,
          parent_link: true,
          primary_key: !ownFields.some(([, f]) => f.options.primary_key),
          related_name: undefined,
        } as never);
        link.auto_created = true;
        addField(meta, cls, `${concreteParent._meta.model_name}_ptr`, link);
      }
      meta.parents.set(concreteParent, link);
    }
  }

  if (!meta.proxy) {
    for (const [name, field] of ownFields) addField(meta, cls, name, field);
    if (!meta.abstract) {
      const pk = meta.local_fields.find((f) => f.primary_key);
      if (pk) meta.pk = pk;
      else if (concreteParent) {
        // An explicit parent link without primary_key becomes the primary key, as in Django.
        const link = meta.parents.get(concreteParent)!;
        link.primary_key = link.unique = true;
        meta.pk = link;
      } else {
        const auto = new BigAutoField({ verbose_name: 'ID', primary_key: true });
        auto.auto_created = true;
        addField(meta, cls, 'id', auto);
        meta.local_fields.unshift(meta.local_fields.pop()!);
        meta.pk = auto;
      }
    }
  }
  meta.invalidate();

  // Accessors for every local concrete field: reading a missing value loads it (deferred fields).
  const proto = cls.prototype as object;
  if (!meta.abstract) {
    void proto;
    installChoiceAndDateHelpers(cls, meta);
    for (const name of propertyNames(cls)) meta._property_names.add(name);
  } else {
    for (const [name, field] of ownFields) if (field.choices || field instanceof Field) void name;
  }

  if (meta.abstract) guardAbstractManagers(cls);
  if (!meta.abstract) {
    makeExceptions(cls, meta, directParent);
    registerWithApps(cls, meta.app_label);
    bindManagers(cls, meta);
    for (const field of [...meta.local_fields, ...meta.local_many_to_many]) {
      if (field instanceof RelatedField) whenResolvable(field, () => installRelationDescriptors(field));
    }
    if (meta.proxy) {
      // A proxy shares its concrete model's reverse relations.
      meta.related_objects = meta.concrete_model._meta.related_objects;
    }
    runPending(cls);
    // Signal receivers connected with a 'app_label.ModelName' sender waited for this class.
    model_prepared(cls);
  }
  return meta;
}

/**
 * The fields a class adds, from its discovery (base classes' class fields first). As in
 * ModelBase.__new__: a concrete parent's field is inherited, and declaring it again is a
 * FieldError; for the rest the last definition wins, so a child may override an abstract
 * parent's field, or remove it with a plain value or a method of the same name. Fields are
 * ordered by their last definition (Django orders them by creation).
 */
function ownFieldsOf(
  cls: ModelClass,
  declared: Array<[string, Field | null]>,
  inheritedNames: Set<string>,
  directParent: ModelClass | null,
): Array<[string, Field]> {
  const last = new Map<string, [number, Field | null]>();
  declared.forEach(([name, field], i) => last.set(name, [i, field]));
  if (directParent) {
    const fieldCount = (defs: Array<[string, Field | null]>, name: string) => defs.filter(([n, f]) => n === name && f).length;
    const parentDefs = discoveredBy.get(directParent) ?? [];
    for (const f of directParent._meta.local_fields) {
      if (fieldCount(declared, f.name) > fieldCount(parentDefs, f.name)) {
        throw new FieldError(
          `Local field '${f.name}' in class '${cls.name}' clashes with field of the same name from base class '${directParent.name}'.`,
        );
      }
    }
  }
  return [...last]
    .filter(([name, [, field]]) => field && !inheritedNames.has(name) && !Object.hasOwn(cls.prototype, name))
    .sort(([, [a]], [, [b]]) => a - b)
    .map(([name, [, field]]) => [name, field!]);
}

const fastConstruct = new WeakMap<Function, boolean>();

function hasOwnConstructor(cls: Function): boolean {
  for (let c = cls; c && c !== Model; c = Object.getPrototypeOf(c)) {
    if (/\bconstructor\s*\([^)]*\)\s*\{/.test(Function.prototype.toString.call(c))) return true;
  }
  return false;
}

function addField(meta: Options, cls: ModelClass, name: string, field: Field): void {
  field.contribute_to_class(cls, name);
  if (field instanceof ManyToManyField) meta.local_many_to_many.push(field);
  else meta.local_fields.push(field);
}

// Relations to models that are not prepared yet wait here, keyed by the lowercased label.
const pending: Array<{ field: RelatedField; run: () => void }> = [];

function whenResolvable(field: RelatedField, run: () => void): void {
  if (remoteResolvable(field)) run();
  else pending.push({ field, run });
}

function runPending(_cls: ModelClass): void {
  for (let i = pending.length - 1; i >= 0; i--) {
    const item = pending[i]!;
    if (remoteResolvable(item.field)) {
      pending.splice(i, 1);
      item.run();
    }
  }
}

/** Marks the getter of a deferred field's accessor. */
const DEFERRED_GETTER: unique symbol = Symbol('deferred field');

/**
 * Makes a field deferred on one instance: an own accessor that loads the value on first read
 * (refresh_from_db(fields=[attname])) and turns back into a plain value on assignment. Loaded
 * fields are plain own properties, so reading and writing them costs nothing extra.
 */
export function deferField(instance: object, field: Field): void {
  const attname = field.attname;
  const get = function (this: Model) {
    return loadDeferred(this, field);
  };
  (get as unknown as Record<symbol, boolean>)[DEFERRED_GETTER] = true;
  Object.defineProperty(instance, attname, {
    configurable: true,
    enumerable: false,
    get,
    set(this: Model, value: unknown) {
      if (value instanceof Field) return;
      Object.defineProperty(this, attname, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

function isDeferred(instance: object, attname: string): boolean {
  const d = Object.getOwnPropertyDescriptor(instance, attname);
  return !d || (d.get !== undefined && (d.get as unknown as Record<symbol, boolean>)[DEFERRED_GETTER] === true);
}

/** The keyword-only arguments of Model.from_db(). */
export interface FromDbOptions {
  fetch_mode?: FetchMode | null;
}

/** Reading a deferred (or deleted) field reloads it from the database: refresh_from_db(fields=[attname]). */
function loadDeferred(instance: Model, field: Field): unknown {
  if (!instance._state) return undefined;
  if (!instance._is_pk_set()) {
    throw new AttributeError(`Cannot retrieve deferred field '${field.attname}' from an unsaved model.`);
  }
  const mode = instance._state.fetch_mode;
  if (mode === FETCH_RAISE) throw fetchBlocked(modelMeta(instance).object_name, field.name);
  if (mode === FETCH_PEERS && instance._state.peers) fetchPeers(instance, field);
  else instance.refresh_from_db({ fields: [field.attname] });
  const d = Object.getOwnPropertyDescriptor(instance, field.attname);
  return d && 'value' in d ? d.value : undefined;
}

/** FETCH_PEERS: one query loads the field for every peer that still has it deferred. */
function fetchPeers(instance: Model, field: Field): void {
  const peers = instance._state.peers!.filter((p) => p._is_pk_set() && isDeferred(p, field.attname));
  const cls = instance.constructor as ModelClass;
  const rows = cls._base_manager
    .db_manager(instance._state.db ?? DEFAULT_DB_ALIAS)
    .filter({ pk__in: peers.map((p) => p.pk) })
    .values_list('pk', field.attname)
    .list() as unknown as Array<[unknown, unknown]>;
  const byPk = new Map(rows.map(([pk, value]) => [pk, value]));
  for (const peer of peers) {
    if (byPk.has(peer.pk))
      Object.defineProperty(peer, field.attname, {
        value: byPk.get(peer.pk),
        writable: true,
        enumerable: true,
        configurable: true,
      });
  }
  if (isDeferred(instance, field.attname)) instance.refresh_from_db({ fields: [field.attname] });
}

/** Accessors declared in the class body (Python properties), which __init__ accepts as keywords. */
function propertyNames(cls: ModelClass): string[] {
  const names: string[] = [];
  for (let proto = cls.prototype as object; proto && proto !== Model.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      if (d && (d.get || d.set) && d.enumerable === false && key !== 'constructor') names.push(key);
    }
  }
  // Django's _property_names come from dir(model), so Model's own `pk` property is one of them
  // (Article(pk=1) and create(pk=...) are accepted).
  names.push('pk');
  return names;
}

function installChoiceAndDateHelpers(cls: ModelClass, meta: Options): void {
  const proto = cls.prototype as unknown as Record<string, unknown>;
  for (const field of meta.local_fields) {
    if (field.choices) {
      const method = `get_${field.name}_display`;
      // A method the user wrote on the class wins (Django keeps it too).
      if (!Object.hasOwn(proto, method)) {
        Object.defineProperty(proto, method, {
          configurable: true,
          writable: true,
          value(this: Model) {
            // The field is looked up by name when called, so a field redefined on a child of an
            // abstract model (with other choices) is the one used, as Django's override is.
            return this._get_FIELD_display((modelMeta(this).find_field(field.name) as Field | undefined) ?? field);
          },
        });
      }
    }
    const type = field.get_internal_type();
    if ((type === 'DateField' || type === 'DateTimeField') && !field.null) {
      for (const isNext of [true, false]) {
        const method = `get_${isNext ? 'next' : 'previous'}_by_${field.name}`;
        if (Object.hasOwn(proto, method)) continue;
        Object.defineProperty(proto, method, {
          configurable: true,
          writable: true,
          value(this: Model, kwargs: Kwargs = {}) {
            return this._get_next_or_previous_by_FIELD(field, isNext, kwargs);
          },
        });
      }
    }
  }
}

interface ModelExceptions {
  DoesNotExist: typeof ObjectDoesNotExist;
  MultipleObjectsReturned: typeof CoreMultipleObjectsReturned;
  NotUpdated: typeof ObjectNotUpdated;
}
const exceptions = new WeakMap<Function, ModelExceptions>();

function makeExceptions(cls: ModelClass, meta: Options, concreteParent: ModelClass | null): void {
  const module = `${meta.app_label}.models`;
  const spec = (name: string) => ({ qualname: `${cls.name}.${name}`, module });
  const parentExc = concreteParent ? exceptions.get(concreteParent)! : null;
  exceptions.set(cls, {
    DoesNotExist: defineException('DoesNotExist', [parentExc?.DoesNotExist ?? ObjectDoesNotExist], spec('DoesNotExist')),
    MultipleObjectsReturned: defineException(
      'MultipleObjectsReturned',
      [parentExc?.MultipleObjectsReturned ?? CoreMultipleObjectsReturned],
      spec('MultipleObjectsReturned'),
    ),
    NotUpdated: parentExc
      ? defineException('NotUpdated', [parentExc.NotUpdated], spec('NotUpdated'))
      : (defineException('NotUpdated', [ObjectNotUpdated, DatabaseError], spec('NotUpdated')) as typeof ObjectNotUpdated),
  });
}

function modelException<K extends keyof ModelExceptions>(cls: ModelClass, name: K): ModelExceptions[K] {
  if ((cls as Function) !== Model) {
    const meta = prepare(cls);
    if (!meta.abstract) return exceptions.get(cls)![name];
  }
  throw new AttributeError(`type object '${cls.name}' has no attribute '${name}'`);
}

/** Getters that replaced declared manager properties, mapped to the manager they stand for. */
const managerGetters = new WeakMap<Function, Manager<any>>();

/**
 * Managers declared as static properties become bound to the class; a default `objects` is added.
 * A declared manager property is turned into an accessor, so that a subclass reading it
 * (`Child.objects`, inherited in JS) gets its own copy bound to itself, as Django does.
 */
function bindManagers(cls: ModelClass, meta: Options): void {
  const seen = new Set<string>();
  for (let c: Function = cls; c && c !== Model; c = Object.getPrototypeOf(c)) {
    for (const key of Object.getOwnPropertyNames(c)) {
      if (seen.has(key)) continue;
      const d = Object.getOwnPropertyDescriptor(c, key);
      const value = d && 'value' in d ? d.value : d?.get ? managerGetters.get(d.get) : undefined;
      if (!(value instanceof Manager)) continue;
      seen.add(key);
      let manager = value as Manager<any>;
      if (c !== cls || (manager.isBound && manager.model !== cls)) manager = manager._copy();
      manager.contribute_to_class(cls, key);
      meta.managers.push(manager);
      const getter = function (this: Function): Manager<any> {
        if (this === cls) return manager;
        const sub = prepare(this as ModelClass);
        return sub.managers.find((m) => m.name === key) ?? manager;
      };
      defineManagerAccessor(cls, key, manager, getter);
    }
  }
  if (meta.managers.length === 0) {
    const manager = new Manager();
    manager.contribute_to_class(cls, 'objects');
    manager.auto_created = true;
    meta.managers.push(manager);
  }
}

/**
 * Managers declared on an abstract model: reading one raises Django's ManagerDescriptor error
 * (from the first use of the class on, since a static field cannot be intercepted before).
 * Concrete children still find the manager to copy.
 */
function guardAbstractManagers(cls: ModelClass): void {
  for (const key of Object.getOwnPropertyNames(cls)) {
    const d = Object.getOwnPropertyDescriptor(cls, key);
    const manager = d && 'value' in d ? d.value : undefined;
    if (!(manager instanceof Manager)) continue;
    const getter = function (this: Function): Manager<any> {
      const meta = prepare(this as ModelClass);
      if (meta.abstract) throw new AttributeError(`Manager isn't available; ${meta.object_name} is abstract`);
      return meta.managers.find((m) => m.name === key) ?? manager;
    };
    defineManagerAccessor(cls, key, manager, getter);
  }
}

/**
 * Puts a manager behind a class accessor (Django's ManagerDescriptor): `getter` decides what a
 * read returns for the class or a subclass; assigning replaces the accessor with a plain value.
 */
function defineManagerAccessor(
  cls: ModelClass,
  key: string,
  manager: Manager<any>,
  getter: (this: Function) => Manager<any>,
): void {
  managerGetters.set(getter, manager);
  Object.defineProperty(cls, key, {
    configurable: true,
    enumerable: true,
    get: getter,
    set(this: Function, value: unknown) {
      Object.defineProperty(this, key, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Model

export class Model {
  declare _state: ModelState;
  /** The automatic primary key; typed loosely because a model may declare its own `id`. */
  declare id: any;

  constructor(kwargs?: Kwargs);
  constructor(values: readonly unknown[], kwargs?: Kwargs);
  constructor(first?: Kwargs | readonly unknown[], second?: Kwargs) {
    const cls = new.target as unknown as ModelClass;
    if (discoveryTarget === cls) return new Proxy(this, discoveryHandler) as this;
    const meta = prepare(cls);
    if (meta.abstract) throw new TypeError('Abstract models cannot be instantiated.');
    return initInstance(cls, meta, this, first, second) as this;
  }

  // -- class-level API --------------------------------------------------------------------------

  static get _meta(): Options {
    return prepare(this as unknown as ModelClass);
  }

  /** The default manager. Declare `static override objects = new models.Manager(this)` for a typed one. */
  static get objects(): Manager<any> {
    const cls = this as unknown as ModelClass;
    if ((cls as Function) === Model) throw new AttributeError("type object 'Model' has no attribute 'objects'");
    const meta = prepare(cls);
    // Django adds no default manager to an abstract model, so the attribute does not exist.
    if (meta.abstract) throw new AttributeError(`type object '${cls.name}' has no attribute 'objects'`);
    const manager = meta.managers.find((m) => m.name === 'objects');
    if (!manager) throw new AttributeError(`type object '${cls.name}' has no attribute 'objects'`);
    return manager;
  }
  static set objects(manager: Manager<any>) {
    Object.defineProperty(this, 'objects', { value: manager, writable: true, configurable: true, enumerable: true });
  }

  static get _default_manager(): Manager<any> {
    const cls = this as unknown as ModelClass;
    const meta = prepare(cls);
    if (meta.abstract) throw new AttributeError(`Manager isn't available; ${cls.name} is abstract`);
    return meta.default_manager;
  }

  static get _base_manager(): Manager<any> {
    const cls = this as unknown as ModelClass;
    const meta = prepare(cls);
    let manager = baseManagers.get(cls);
    if (!manager) {
      manager = new Manager();
      manager.contribute_to_class(cls, '_base_manager');
      manager.auto_created = true;
      baseManagers.set(cls, manager);
    }
    void meta;
    return manager;
  }

  static get DoesNotExist(): typeof ObjectDoesNotExist {
    return modelException(this as unknown as ModelClass, 'DoesNotExist');
  }

  static get MultipleObjectsReturned(): typeof CoreMultipleObjectsReturned {
    return modelException(this as unknown as ModelClass, 'MultipleObjectsReturned');
  }

  static get NotUpdated(): typeof ObjectNotUpdated {
    return modelException(this as unknown as ModelClass, 'NotUpdated');
  }

  /** Builds an instance from a database row: `values` follow `field_names`; missing fields are deferred. */
  /**
   * `from_db(db, field_names, values, *, fetch_mode=None)` (Django 6.1): querysets pass their
   * fetch mode as the keyword-only `fetch_mode`, here `{ fetch_mode }`. An override written for
   * the older three-argument signature still works (6.1.1 keeps it, with a pending deprecation).
   */
  static from_db<T extends Model>(
    this: ModelClass<T>,
    db: string,
    field_names: readonly string[],
    values: readonly unknown[],
    options: FromDbOptions = {},
  ): T {
    const concrete = this._meta.concrete_fields;
    let row = values;
    if (values.length !== concrete.length) {
      const byName = new Map<string, unknown>();
      field_names.forEach((name, i) => byName.set(name, values[i]));
      row = concrete.map((f) => (byName.has(f.attname) ? byName.get(f.attname) : DEFERRED));
    }
    // cls(*values); when the class has nothing but fields, without running the class-field initializers.
    const instance = fastConstruct.get(this)
      ? (initInstance(this as unknown as ModelClass, this._meta, Object.create(this.prototype) as object, row) as T)
      : new this(row);
    instance._state.adding = false;
    instance._state.db = db;
    if (options.fetch_mode !== undefined && options.fetch_mode !== null) instance._state.fetch_mode = options.fetch_mode;
    return instance;
  }

  /** Python's `Model(*values)`: positional values in concrete-field order. */
  static fromValues<T extends Model>(this: ModelClass<T>, values: readonly unknown[], kwargs?: Kwargs): T {
    return new this(values, kwargs);
  }

  // -- pk ----------------------------------------------------------------------------------------

  get pk(): any {
    return (this as unknown as Record<string, unknown>)[modelMeta(this).pk.attname];
  }
  set pk(value: any) {
    const meta = modelMeta(this);
    for (const link of meta.parents.values()) {
      if (link && link !== meta.pk)
        (this as unknown as Record<string, unknown>)[(link as RelatedField).target_field.attname] = value;
    }
    setOwn(this, meta.pk.attname, value);
    // In MTI every ancestor's pk follows.
    for (let parent of meta.parents.keys()) {
      for (;;) {
        setOwn(this, parent._meta.pk.attname, value);
        const next = [...parent._meta.parents.keys()][0];
        if (!next) break;
        parent = next;
      }
    }
  }

  _is_pk_set(meta?: Options): boolean {
    const pk = (this as unknown as Record<string, unknown>)[(meta ?? modelMeta(this)).pk.attname];
    return pk !== null && pk !== undefined;
  }

  _get_pk_val(meta?: Options): unknown {
    return (this as unknown as Record<string, unknown>)[(meta ?? modelMeta(this)).pk.attname];
  }

  // -- Python protocol ------------------------------------------------------------------------------

  __str__(): string {
    return `${this.constructor.name} object (${str(this.pk ?? null)})`;
  }

  __repr__(): string {
    return `<${this.constructor.name}: ${str(this)}>`;
  }

  toString(): string {
    return str(this);
  }

  __eq__(other: unknown): boolean | typeof NotImplemented {
    if (!isModelInstance(other)) return NotImplemented;
    if (modelMeta(this).concrete_model !== modelMeta(other).concrete_model) return false;
    const pk = this.pk;
    if (pk === null || pk === undefined) return this === other;
    return eq(pk, other.pk);
  }

  __hash__(): number {
    const pk = this.pk;
    if (pk === null || pk === undefined) throw new TypeError('Model instances without primary key value are unhashable');
    return hash(pk);
  }

  /** The instance state pickle stores: field values, `_state`, and Django's version stamp. */
  __getstate__(): Record<string, unknown> {
    const state: Record<string, unknown> = {};
    for (const key of Object.keys(this)) state[key] = (this as unknown as Record<string, unknown>)[key];
    const s = this._state;
    // Django pickles the fetch mode too (FetchOne.__reduce__ names the FETCH_ONE global); peers are left out.
    state._state = { db: s.db, adding: s.adding, fields_cache: { ...s.fields_cache }, fetch_mode: s.fetch_mode.name };
    return state;
  }

  __reduce__(): [string, Record<string, unknown>] {
    const data = this.__getstate__();
    data._django_version = __version__;
    return [modelMeta(this).label, data];
  }

  __setstate__(state: Record<string, unknown>): void {
    const version = state._django_version;
    if (version) {
      if (version !== __version__) {
        warn(
          `Pickled model instance's Django version ${str(version)} does not match the current version ${__version__}.`,
          RuntimeWarning,
          2,
        );
      }
    } else {
      warn("Pickled model instance's Django version is not specified.", RuntimeWarning, 2);
    }
    const { _state, _django_version: _v, ...values } = state;
    const s = new ModelState();
    const { fetch_mode: mode, ...rest } = (_state ?? {}) as Record<string, unknown>;
    Object.assign(s, rest);
    s.fetch_mode = [FETCH_ONE, FETCH_PEERS, FETCH_RAISE].find((m) => m.name === mode) ?? FETCH_ONE;
    Object.defineProperty(this, '_state', { value: s, writable: true, configurable: true, enumerable: false });
    for (const [key, value] of Object.entries(values)) setOwn(this, key, value);
    for (const f of modelMeta(this).concrete_fields) if (!Object.hasOwn(this, f.attname)) deferField(this, f);
  }

  // -- loading -----------------------------------------------------------------------------------------

  get_deferred_fields(): Set<string> {
    const out = new Set<string>();
    for (const f of modelMeta(this).concrete_fields) if (isDeferred(this, f.attname)) out.add(f.attname);
    return out;
  }

  refresh_from_db(options: RefreshOptions = {}): void {
    // eslint-disable-next-line prefer-rest-params -- the check needs the call's own arguments: Python's keyword-only parameters
    checkKeywordCall('Model.refresh_from_db', arguments, ['using', 'fields', 'from_queryset']);
    const meta = modelMeta(this);
    let fields: Set<string> | null = null;
    if (options.fields !== undefined && options.fields !== null) {
      fields = new Set(typeof options.fields === 'string' ? [...options.fields] : options.fields);
      if (fields.size === 0) return;
      if ([...fields].some((f) => f.includes(LOOKUP_SEP))) {
        throw new ValueError(`Found "${LOOKUP_SEP}" in fields argument. Relations and transforms are not allowed in fields.`);
      }
    }
    const cls = this.constructor as ModelClass;
    let qs: QuerySet<any>;
    if (options.from_queryset) qs = options.using ? options.from_queryset.using(options.using) : options.from_queryset;
    else qs = cls._base_manager.db_manager(options.using ?? this._state.db ?? DEFAULT_DB_ALIAS).get_queryset();
    qs = qs.filter({ pk: this.pk ?? null });
    const deferred = this.get_deferred_fields();
    if (fields) qs = qs.only(...fields);
    else if (deferred.size) qs = qs.only(...meta.concrete_fields.filter((f) => !deferred.has(f.attname)).map((f) => f.attname));
    const fresh = qs.get() as Model;
    const notLoaded = fresh.get_deferred_fields();
    for (const field of meta.concrete_fields) {
      if (notLoaded.has(field.attname)) continue;
      setOwn(this, field.attname, (fresh as unknown as Record<string, unknown>)[field.attname]);
      if (field.is_relation) {
        if (field.name in fresh._state.fields_cache) this._state.fields_cache[field.name] = fresh._state.fields_cache[field.name];
        else delete this._state.fields_cache[field.name];
      }
    }
    // Cached reverse relations are cleared too.
    for (const rel of meta.all_related_objects) {
      const accessor = rel.get_accessor_name();
      if ((fields === null || fields.has(rel.name)) && accessor in this._state.fields_cache)
        delete this._state.fields_cache[accessor];
    }
    this._state.db = fresh._state.db;
  }

  arefresh_from_db(options: RefreshOptions = {}): Promise<void> {
    return runStep(
      () => `${modelMeta(this).object_name}.arefresh_from_db()`,
      () => this.refresh_from_db(options),
    );
  }

  /** Python's `del obj.field`: the next read reloads that field from the database. */
  _delattr(name: string): void {
    const meta = modelMeta(this);
    const field = meta.find_field(name) as Field | null;
    const key = field && !(field instanceof ForeignObjectRel) ? field.attname : name;
    if (!Object.hasOwn(this, key) || (field && !(field instanceof ForeignObjectRel) && isDeferred(this, key))) {
      throw new AttributeError(`'${this.constructor.name}' object has no attribute '${name}'`);
    }
    delete (this as unknown as Record<string, unknown>)[key];
    if (field && !(field instanceof ForeignObjectRel) && !Object.hasOwn(this, key)) deferField(this, field);
    if (field && field.is_relation) delete this._state.fields_cache[field.name];
  }

  serializable_value(field_name: string): unknown {
    const field = modelMeta(this).find_field(field_name);
    return (this as unknown as Record<string, unknown>)[
      field && !(field instanceof ForeignObjectRel) ? field.attname : field_name
    ];
  }

  // -- saving --------------------------------------------------------------------------------------------

  save(options: SaveOptions = {}): void {
    // eslint-disable-next-line prefer-rest-params -- the check needs the call's own arguments: Python's keyword-only parameters
    checkKeywordCall('Model.save', arguments, ['force_insert', 'force_update', 'using', 'update_fields']);
    const meta = modelMeta(this);
    this._prepare_related_fields_for_save('save');
    const using = options.using ?? this._state.db ?? DEFAULT_DB_ALIAS;
    const force_insert = options.force_insert ?? false;
    const force_update = options.force_update ?? false;
    let update_fields: Set<string> | null = null;
    if (options.update_fields !== undefined && options.update_fields !== null) {
      update_fields = new Set(typeof options.update_fields === 'string' ? [...options.update_fields] : options.update_fields);
    }
    if (force_insert && (force_update || update_fields))
      throw new ValueError('Cannot force both insert and updating in model saving.');
    if (update_fields !== null) {
      if (update_fields.size === 0) return;
      const names = new Set<string>();
      for (const f of meta.concrete_fields) {
        if (f.primary_key) continue;
        names.add(f.name);
        names.add(f.attname);
      }
      const invalid = [...update_fields].filter((n) => !names.has(n));
      if (invalid.length) {
        throw new ValueError(
          `The following fields do not exist in this model, are m2m fields, primary keys, or are non-concrete fields: ${invalid.join(', ')}`,
        );
      }
    } else if (!force_insert && using === this._state.db && this._is_pk_set() && this.get_deferred_fields().size) {
      const deferred = this.get_deferred_fields();
      const loaded = new Set<string>();
      for (const f of meta.concrete_fields) if (!f.primary_key && !deferred.has(f.attname)) loaded.add(f.attname);
      if (loaded.size) update_fields = loaded;
    }
    this.save_base({ using, force_insert, force_update, update_fields });
  }

  asave(options: SaveOptions = {}): Promise<void> {
    return runStep(
      () => `${modelMeta(this).object_name}.asave()`,
      () => this.save(options),
    );
  }

  _prepare_related_fields_for_save(operation_name: string): void {
    const meta = modelMeta(this);
    for (const field of meta.concrete_fields) {
      if (!field.is_relation || !(field.name in this._state.fields_cache)) continue;
      const obj = this._state.fields_cache[field.name] as Model | null;
      if (!obj) continue;
      const rel = field as RelatedField;
      if (!obj._is_pk_set()) {
        throw new ValueError(
          `${operation_name}() prohibited to prevent data loss due to unsaved related object '${field.name}'.`,
        );
      }
      const self = this as unknown as Record<string, unknown>;
      if (isEmptyValue(self[field.attname])) self[field.name] = obj;
      if (!valuesEqual((obj as unknown as Record<string, unknown>)[rel.target_field.attname], self[field.attname])) {
        delete this._state.fields_cache[field.name];
      }
    }
  }

  save_base(
    options: {
      using?: string;
      force_insert?: boolean | readonly ModelClass<any>[];
      force_update?: boolean;
      update_fields?: Set<string> | null;
      raw?: boolean;
    } = {},
  ): void {
    const using = options.using ?? DEFAULT_DB_ALIAS;
    const origin = this.constructor as ModelClass;
    const meta = origin._meta;
    const cls = meta.proxy ? meta.concrete_model : origin;
    const update_fields = options.update_fields ? frozenset(options.update_fields) : null;
    const raw = options.raw ?? false;
    if (pre_save.has_listeners(origin)) pre_save.send(origin, { instance: this, raw, using, update_fields });
    const saveTables = (): boolean => {
      // Validated inside the transaction, as Django does: a bad force_insert rolls it back.
      const force_insert = validateForceInsert(cls, options.force_insert ?? false);
      let parentInserted = false;
      if (cls._meta.parents.size) parentInserted = this._save_parents(cls, using, update_fields, force_insert, new Map());
      return this._save_table(
        raw,
        cls,
        force_insert.length > 0 || parentInserted,
        options.force_update ?? false,
        using,
        update_fields,
      );
    };
    // As Django: a model with concrete parents writes its tables in atomic(savepoint=False); any
    // other model under mark_for_rollback_on_error() (a failed write inside atomic breaks it).
    const updated = cls._meta.parents.size
      ? atomic(saveTables, { using, savepoint: false })
      : getConnection(using).markForRollbackOnError(saveTables);
    this._state.db = using;
    this._state.adding = false;
    if (post_save.has_listeners(origin)) post_save.send(origin, { instance: this, created: !updated, update_fields, raw, using });
  }

  _save_parents(
    cls: ModelClass,
    using: string,
    update_fields: ReadonlySet<string> | null,
    force_insert: readonly ModelClass<any>[],
    updated_parents: Map<ModelClass, boolean>,
  ): boolean {
    const meta = cls._meta;
    const self = this as unknown as Record<string, unknown>;
    let inserted = false;
    for (const [parent, link] of meta.parents) {
      if (!link) continue;
      const parentPk = parent._meta.pk.attname;
      if (
        (self[parentPk] === null || self[parentPk] === undefined) &&
        self[link.attname] !== null &&
        self[link.attname] !== undefined
      ) {
        setOwn(this, parentPk, self[link.attname]);
      }
      const parentUpdated = updated_parents.get(parent);
      if (parentUpdated === undefined) {
        const parentInserted = this._save_parents(parent, using, update_fields, force_insert, updated_parents);
        const forced = parentInserted || force_insert.some((m) => parent === m || parent.prototype instanceof m);
        const updated = this._save_table(false, parent, forced, false, using, update_fields);
        if (!updated) inserted = true;
        updated_parents.set(parent, updated);
      } else if (!parentUpdated) inserted = true;
      setOwn(this, link.attname, self[parentPk]);
      delete this._state.fields_cache[link.name];
    }
    return inserted;
  }

  _save_table(
    raw: boolean,
    cls: ModelClass,
    force_insert: boolean,
    force_update: boolean,
    using: string,
    update_fields: ReadonlySet<string> | null,
  ): boolean {
    const meta = cls._meta;
    const self = this as unknown as Record<string, unknown>;
    let fields = meta.local_non_pk_fields;
    if (update_fields) fields = fields.filter((f) => update_fields.has(f.name) || update_fields.has(f.attname));
    if (!this._is_pk_set(meta)) {
      const pk = meta.pk;
      if (pk.has_default() || pk.has_db_default()) setOwn(this, pk.attname, pk.get_default());
    }
    const pkSet = this._is_pk_set(meta);
    if (!pkSet && (force_update || update_fields)) throw new ValueError('Cannot force an update in save() with no primary key.');
    let updated = false;
    if (!raw && !force_insert && !force_update && this._state.adding && (meta.pk.has_default() || meta.pk.has_db_default())) {
      force_insert = true;
    }
    if (pkSet && !force_insert) {
      const base_qs = cls._base_manager.using(using);
      const values: Array<[Field, unknown]> = fields.map((f) => [f, raw ? self[f.attname] : f.pre_save(this, false)]);
      const forced = Boolean(update_fields) || force_update;
      const results = this._do_update(base_qs, using, self[meta.pk.attname], values, update_fields, forced);
      updated = results.length > 0;
      if (updated) {
        // Expressions (F() + 1) are read back, as RETURNING does on SQLite.
        const returned = results[0]!;
        for (const [field, value] of values) if (isExpression(value)) setOwn(this, field.attname, returned[field.attname]);
      } else if (force_update) {
        throw new cls.NotUpdated('Forced update did not affect any rows.');
      } else if (update_fields) {
        throw new cls.NotUpdated('Save with update_fields did not affect any rows.');
      }
    }
    if (!updated) {
      const insertFields = pkSet ? meta.local_concrete_fields : meta.local_insert_fields;
      const values: Array<[Field, unknown]> = new Array(insertFields.length);
      for (let i = 0; i < insertFields.length; i++) {
        const f = insertFields[i]!;
        values[i] = [f, raw ? self[f.attname] : f.pre_save(this, true)];
      }
      const returned = insertObject(getConnection(using), cls, values);
      if (returned) setOwn(this, returned[0], returned[1]);
    }
    return updated;
  }

  _do_update(
    base_qs: QuerySet<any>,
    _using: string,
    pk_val: unknown,
    values: Array<[Field, unknown]>,
    update_fields: ReadonlySet<string> | null,
    forced_update: boolean,
  ): Array<Record<string, unknown>> {
    const pkIsPlain = pk_val !== null && typeof pk_val !== 'object';
    if (values.length && pkIsPlain && base_qs._isUnfiltered && !(modelMeta(this).select_on_save && !forced_update)) {
      return updateObject(base_qs.connection, base_qs.model, pk_val, values);
    }
    const filtered = base_qs.filter({ pk: pk_val });
    if (values.length === 0) return update_fields !== null || filtered.exists() ? [{}] : [];
    if (modelMeta(this).select_on_save && !forced_update) {
      if (!filtered.exists()) return [];
      const results = filtered._update(values, true);
      return results.length ? results : [{}];
    }
    return filtered._update(values, true);
  }

  // -- deleting -------------------------------------------------------------------------------------------

  delete(options: DeleteOptions = {}): DeleteResult {
    // eslint-disable-next-line prefer-rest-params -- the check needs the call's own arguments: Python's keyword-only parameters
    checkKeywordCall('Model.delete', arguments, ['using', 'keep_parents']);
    const meta = modelMeta(this);
    if (!this._is_pk_set()) {
      throw new ValueError(
        `${meta.object_name} object can't be deleted because its ${meta.pk.attname} attribute is set to None.`,
      );
    }
    const collector = new Collector(options.using ?? this._state.db ?? DEFAULT_DB_ALIAS, this);
    collector.collect([this], { keep_parents: options.keep_parents ?? false });
    return collector.delete();
  }

  adelete(options: DeleteOptions = {}): Promise<DeleteResult> {
    return runStep(
      () => `${modelMeta(this).object_name}.adelete()`,
      () => this.delete(options),
    );
  }

  // -- validation ---------------------------------------------------------------------------------------

  clean(): void {}

  clean_fields(options: CleanOptions | Iterable<string> | null = {}): void {
    const exclude = excludeSet(options);
    const errors: ErrorDict = {};
    const self = this as unknown as Record<string, unknown>;
    for (const f of modelMeta(this).fields) {
      if (exclude.has(f.name) || f.generated) continue;
      const raw = self[f.attname];
      if (f.blank && isEmptyValue(raw)) continue;
      try {
        self[f.attname] = f.clean(raw, this);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        errors[f.name] = error.error_list as ValidationError[];
      }
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
  }

  full_clean(options: FullCleanOptions = {}): void {
    const exclude = new Set(options.exclude ?? []);
    let errors: ErrorDict = {};
    const merge = (error: unknown) => {
      if (!(error instanceof ValidationError)) throw error;
      errors = error.update_error_dict(errors) as ErrorDict;
    };
    try {
      this.clean_fields({ exclude });
    } catch (e) {
      merge(e);
    }
    try {
      this.clean();
    } catch (e) {
      merge(e);
    }
    const excludeFailed = () => {
      for (const name of Object.keys(errors)) if (name !== NON_FIELD_ERRORS) exclude.add(name);
    };
    if (options.validate_unique ?? true) {
      excludeFailed();
      try {
        this.validate_unique({ exclude });
      } catch (e) {
        merge(e);
      }
    }
    if (options.validate_constraints ?? true) {
      excludeFailed();
      try {
        this.validate_constraints({ exclude });
      } catch (e) {
        merge(e);
      }
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
  }

  validate_unique(options: CleanOptions | Iterable<string> | null = {}): void {
    const exclude = excludeSet(options);
    const [uniqueChecks, dateChecks] = this._get_unique_checks(exclude);
    const errors = this._perform_unique_checks(uniqueChecks);
    const dateErrors = this._perform_date_checks(dateChecks);
    for (const [k, v] of Object.entries(dateErrors)) (errors[k] ??= []).push(...v);
    if (Object.keys(errors).length) throw new ValidationError(errors);
  }

  _get_unique_checks(
    exclude: ReadonlySet<string> = new Set(),
  ): [Array<[ModelClass, string[]]>, Array<[ModelClass, string, string, string]>] {
    const cls = this.constructor as ModelClass;
    const classes: ModelClass[] = [cls, ...cls._meta.get_parent_list()];
    const unique: Array<[ModelClass, string[]]> = [];
    for (const c of classes) {
      for (const check of c._meta.unique_together) {
        if (!check.some((name) => exclude.has(name))) unique.push([c, [...check]]);
      }
    }
    const dates: Array<[ModelClass, string, string, string]> = [];
    for (const c of classes) {
      for (const f of c._meta.local_fields) {
        if (exclude.has(f.name) || f.generated) continue;
        if (f.unique) unique.push([c, [f.name]]);
        if (f.unique_for_date && !exclude.has(f.unique_for_date)) dates.push([c, 'date', f.name, f.unique_for_date]);
        if (f.unique_for_year && !exclude.has(f.unique_for_year)) dates.push([c, 'year', f.name, f.unique_for_year]);
        if (f.unique_for_month && !exclude.has(f.unique_for_month)) dates.push([c, 'month', f.name, f.unique_for_month]);
      }
    }
    return [unique, dates];
  }

  _perform_unique_checks(checks: Array<[ModelClass, string[]]>): ErrorDict {
    const errors: ErrorDict = {};
    const self = this as unknown as Record<string, unknown>;
    for (const [model, check] of checks) {
      const lookup: Kwargs = {};
      for (const name of check) {
        const f = model._meta.get_field(name) as Field;
        const value = self[f.attname];
        if (value === null || value === undefined) continue;
        if (f.primary_key && !this._state.adding) continue;
        lookup[name] = value;
      }
      if (Object.keys(lookup).length !== check.length) continue;
      let qs = model._default_manager.filter(lookup);
      if (!this._state.adding && this._is_pk_set(model._meta)) qs = qs.exclude({ pk: this._get_pk_val(model._meta) });
      if (qs.exists()) {
        const key = check.length === 1 ? check[0]! : NON_FIELD_ERRORS;
        (errors[key] ??= []).push(this.unique_error_message(model, check));
      }
    }
    return errors;
  }

  _perform_date_checks(checks: Array<[ModelClass, string, string, string]>): ErrorDict {
    const errors: ErrorDict = {};
    const self = this as unknown as Record<string, unknown>;
    for (const [model, lookupType, field, uniqueFor] of checks) {
      const d = self[uniqueFor] as { year: number; month: number; day: number } | null;
      if (d === null || d === undefined) continue;
      const lookup: Kwargs = {};
      if (lookupType === 'date') {
        lookup[`${uniqueFor}__day`] = d.day;
        lookup[`${uniqueFor}__month`] = d.month;
        lookup[`${uniqueFor}__year`] = d.year;
      } else lookup[`${uniqueFor}__${lookupType}`] = d[lookupType as 'year' | 'month'];
      lookup[field] = self[field];
      let qs = model._default_manager.filter(lookup);
      if (!this._state.adding && this._is_pk_set()) qs = qs.exclude({ pk: this.pk });
      if (qs.exists()) (errors[field] ??= []).push(this.date_error_message(lookupType, field, uniqueFor));
    }
    return errors;
  }

  date_error_message(lookup_type: string, field_name: string, unique_for: string): ValidationError {
    const meta = modelMeta(this);
    const field = meta.get_field(field_name) as Field;
    return new ValidationError(field.error_messages.unique_for_date!, {
      code: 'unique_for_date',
      params: {
        model: this,
        model_name: capfirst(meta.verbose_name),
        lookup_type,
        field: field_name,
        field_label: capfirst(field.verbose_name),
        date_field: unique_for,
        date_field_label: capfirst((meta.get_field(unique_for) as Field).verbose_name),
      },
    });
  }

  unique_error_message(model_class: ModelClass, unique_check: readonly string[]): ValidationError {
    const meta = model_class._meta;
    const params: Record<string, unknown> = {
      model: this,
      model_class,
      model_name: capfirst(meta.verbose_name),
      unique_check,
    };
    if (unique_check.length === 1) {
      const field = meta.get_field(unique_check[0]!) as Field;
      params.field_label = capfirst(field.verbose_name);
      return new ValidationError(field.error_messages.unique!, { code: 'unique', params });
    }
    params.field_labels = get_text_list(
      unique_check.map((n) => capfirst((meta.get_field(n) as Field).verbose_name)),
      'and',
    );
    return new ValidationError('%(model_name)s with this %(field_labels)s already exists.', { code: 'unique_together', params });
  }

  get_constraints(): Array<[ModelClass, Options['constraints']]> {
    const cls = this.constructor as ModelClass;
    const out: Array<[ModelClass, Options['constraints']]> = [[cls, cls._meta.constraints]];
    for (const parent of cls._meta.get_parent_list())
      if (parent._meta.constraints.length) out.push([parent, parent._meta.constraints]);
    return out;
  }

  validate_constraints(options: CleanOptions | Iterable<string> | null = {}): void {
    const exclude = excludeSet(options);
    let errors: ErrorDict = {};
    for (const [model, constraints] of this.get_constraints()) {
      for (const constraint of constraints) {
        try {
          constraint.validate(model, this, { exclude, using: this._state.db ?? DEFAULT_DB_ALIAS });
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          const fields = (constraint as { fields?: readonly string[] }).fields ?? [];
          if ((error as { code?: string | null }).code === 'unique' && fields.length === 1)
            (errors[fields[0]!] ??= []).push(error);
          else errors = error.update_error_dict(errors) as ErrorDict;
        }
      }
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
  }

  // -- helpers attached per field ------------------------------------------------------------------

  _get_FIELD_display(field: Field): unknown {
    const value = (this as unknown as Record<string, unknown>)[field.attname];
    const found = field.flatchoices.find(([choice]) => valuesEqual(choice, value));
    const label = found ? found[1] : value;
    return label === null || label === undefined ? (label ?? null) : str(label);
  }

  _get_next_or_previous_by_FIELD(field: Field, is_next: boolean, kwargs: Kwargs = {}): this {
    if (!this._is_pk_set()) throw new ValueError('get_next/get_previous cannot be used on unsaved objects.');
    const op = is_next ? 'gt' : 'lt';
    const order = is_next ? '' : '-';
    const param = (this as unknown as Record<string, unknown>)[field.attname];
    const q = new Q({ [field.name]: param, [`pk__${op}`]: this.pk }).or(new Q({ [`${field.name}__${op}`]: param }));
    const cls = this.constructor as ModelClass;
    const qs = cls._default_manager
      .using(this._state.db ?? DEFAULT_DB_ALIAS)
      .filter(kwargs)
      .filter(q)
      .order_by(`${order}${field.name}`, `${order}pk`);
    const found = qs.slice(0, 1).list();
    if (!found.length) throw new cls.DoesNotExist(`${cls._meta.object_name} matching query does not exist.`);
    return found[0] as this;
  }

  prepare_database_save(field: Field): unknown {
    if (this.pk === null || this.pk === undefined) {
      throw new ValueError(`Unsaved model instance ${repr(this)} cannot be used in an ORM query.`);
    }
    return (this as unknown as Record<string, unknown>)[(field as RelatedField).target_field?.attname ?? 'pk'];
  }
}

/** Model.__init__: stores the values on `target` and returns the proxy that stands for it. */
function initInstance(
  cls: ModelClass,
  meta: Options,
  instance: object,
  first?: Kwargs | readonly unknown[],
  second?: Kwargs,
): Model {
  const args: readonly unknown[] = Array.isArray(first) ? first : [];
  let kwargs: Kwargs | undefined = Array.isArray(first) ? second : (first as Kwargs | undefined);
  // Python's **kwargs is a fresh dict that pre_init receivers may change and that __init__ then
  // consumes (pops), so a receiver that kept it sees it empty afterwards.
  let sent: Kwargs | null = null;
  if (pre_init.has_listeners(cls)) {
    sent = { ...(kwargs ?? {}) };
    pre_init.send(cls, { args, kwargs: sent });
    kwargs = sent;
  }
  const self = new Proxy(instance, instanceHandler) as Model;
  Object.defineProperty(instance, '_state', { value: new ModelState(), writable: true, configurable: true, enumerable: false });
  Object.defineProperty(instance, RAW, { value: instance });
  const target = instance as Record<string, unknown>;
  const concrete = meta.concrete_fields;
  if (args.length > concrete.length) throw new IndexError('Number of args exceeds number of fields');
  // Keyword arguments are consumed by marking them used (no `delete`, which slows objects down).
  let remaining: Kwargs | null = null;
  if (kwargs && typeof kwargs === 'object')
    for (const _ in kwargs) {
      remaining = kwargs;
      break;
    }
  // Count the keyword arguments consumed; only a mismatch needs the slower search below.
  let usedCount = 0;
  let i = 0;
  for (; i < args.length; i++) {
    const field = concrete[i]!;
    const value = args[i];
    if (remaining && Object.hasOwn(remaining, field.name)) {
      throw new TypeError(`${cls.name}() got both positional and keyword arguments for field '${field.name}'.`);
    }
    if (value !== DEFERRED) target[field.attname] = value;
    else deferField(target, field);
  }
  for (; i < concrete.length; i++) {
    const field = concrete[i]!;
    if (remaining) {
      if (field.is_relation && Object.hasOwn(remaining, field.name)) {
        const rel = remaining[field.name];
        usedCount++;
        if (rel !== DEFERRED) (self as unknown as Record<string, unknown>)[field.name] = rel;
        else deferField(target, field);
        continue;
      }
      if (Object.hasOwn(remaining, field.attname)) {
        const value = remaining[field.attname];
        usedCount++;
        if (value !== DEFERRED) target[field.attname] = value;
        else deferField(target, field);
        continue;
      }
    }
    target[field.attname] = field.has_default() || field.has_db_default() ? field.get_default() : field.empty_default;
  }
  if (remaining && usedCount !== Object.keys(remaining).length) {
    const unexpected: string[] = [];
    const consumed = new Set<string>();
    for (const field of concrete.slice(args.length)) {
      if (field.is_relation && Object.hasOwn(remaining, field.name)) consumed.add(field.name);
      else if (Object.hasOwn(remaining, field.attname)) consumed.add(field.attname);
    }
    for (const key of Object.keys(remaining)) {
      if (consumed.has(key)) continue;
      if (meta._property_names.has(key) || meta.find_field(key)) {
        if (remaining[key] !== DEFERRED) (self as unknown as Record<string, unknown>)[key] = remaining[key];
      } else unexpected.push(key);
    }
    if (unexpected.length) {
      throw new TypeError(`${cls.name}() got unexpected keyword arguments: ${unexpected.map((k) => repr(k)).join(', ')}`);
    }
  }
  if (sent) for (const key of Object.keys(sent)) delete sent[key];
  if (post_init.has_listeners(cls)) post_init.send(cls, { instance: self });
  return self;
}

const baseManagers = new WeakMap<Function, Manager<any>>();

Object.defineProperty(Model.prototype, MODEL_BRAND, { value: true });
// Python: reading a manager from an instance is an AttributeError.
Object.defineProperty(Model.prototype, 'objects', {
  configurable: true,
  get(this: Model) {
    throw new AttributeError(`Manager isn't accessible via ${this.constructor.name} instances`);
  },
});

export function modelMeta(instance: Model): Options {
  return prepare(instance.constructor as ModelClass);
}

/** Stores a field value as an own property (bypassing accessors), as Python's __dict__ does. */
export function setOwn(instance: object, key: string, value: unknown): void {
  // Writing to the proxy's target skips the trap; a deferred field's accessor turns into a value.
  const raw = ((instance as Record<symbol, object>)[RAW] ?? instance) as Record<string, unknown>;
  raw[key] = value;
}

/** Python's `cls.__new__(cls)`: an instance that skipped __init__ (pickle uses it, then __setstate__). */
export function newInstance<T extends Model>(cls: ModelClass<T>): T {
  const target = Object.create(cls.prototype) as object;
  Object.defineProperty(target, RAW, { value: target });
  return new Proxy(target, instanceHandler) as T;
}

/** The object behind an instance's proxy, stored on itself (non-enumerable). */
const RAW: unique symbol = Symbol('raw instance');

function excludeSet(options: CleanOptions | Iterable<string> | null | undefined): Set<string> {
  if (!options) return new Set();
  if (typeof (options as Iterable<string>)[Symbol.iterator] === 'function') return new Set(options as Iterable<string>);
  return new Set((options as CleanOptions).exclude ?? []);
}

const NO_MODELS: readonly ModelClass<any>[] = Object.freeze([]);

function validateForceInsert(cls: ModelClass, force_insert: unknown): readonly ModelClass<any>[] {
  if (force_insert === false) return NO_MODELS;
  if (force_insert === true) return [cls];
  if (!Array.isArray(force_insert)) throw new TypeError('force_insert must be a bool or tuple.');
  for (const member of force_insert) {
    if (!isModelClass(member)) throw new TypeError(`Invalid force_insert member. ${repr(member)} must be a model subclass.`);
    if (!(cls === member || cls.prototype instanceof member)) {
      throw new TypeError(`Invalid force_insert member. ${member.name} must be a base of ${cls.name}.`);
    }
  }
  return force_insert as ModelClass<any>[];
}

export { DEFERRED, NOT_PROVIDED, isModelClass, ForeignKey };

/**
 * What Django's ModelBase does with apps.register_model(). Examples and tests declare a model of
 * the same name again and again, so the latest declaration replaces the earlier one instead of
 * raising Django's "Conflicting models" RuntimeError.
 */
function registerWithApps(cls: ModelClass, app_label: string): void {
  const models = apps.all_models_for(app_label);
  const name = cls._meta.model_name;
  if (models.get(name) !== cls) models.delete(name);
  apps.register_model(app_label, cls);
}
