// django.db.models.deletion: on_delete handlers and the Collector that finds everything a
// delete() must remove or update, then deletes it in dependency order.
import { IntegrityError } from '../utils';
import { pythonClass } from '../../python/exceptions';
import { tuple } from '../../python/types';
import { getConnection, rowKey, type DatabaseWrapper } from '../backends/base';
import { atomic } from '../transaction';
import { quoteValue } from '../backends/sqlite3/operations';
import { ManyToManyField, RelatedField, isModelInstance, type ForeignObjectRel } from './fields/related';
import { m2m_changed, post_delete, pre_delete } from './signals';
import { baseTable, pkColumn, qn } from './sql/datastructures';
import { compareValues } from './lookups';
import type { Field } from './fields';
import type { Model, ModelClass } from './base';
import type { QuerySet } from './query';

/** What delete() returns: Python's `(total, {label: count})` tuple. */
export type DeleteResult = readonly [number, Record<string, number>];

export type OnDelete = ((collector: Collector, field: RelatedField, sub_objs: Model[], using: string) => void) & {
  deconstruct?: () => unknown;
};

export class ProtectedError extends IntegrityError {
  readonly protected_objects: Set<Model>;
  constructor(msg: string, protected_objects: Iterable<Model>) {
    const objs = new Set(protected_objects);
    super(msg, objs);
    this.protected_objects = objs;
  }
}

export class RestrictedError extends IntegrityError {
  readonly restricted_objects: Set<Model>;
  constructor(msg: string, restricted_objects: Iterable<Model>) {
    const objs = new Set(restricted_objects);
    super(msg, objs);
    this.restricted_objects = objs;
  }
}

pythonClass(ProtectedError, 'django.db.models.deletion');
pythonClass(RestrictedError, 'django.db.models.deletion');

export const CASCADE: OnDelete = function CASCADE(collector, field, sub_objs) {
  collector.collect(sub_objs, { source: field.remote_model(), nullable: field.null, fail_on_restricted: false });
};

export const PROTECT: OnDelete = function PROTECT(_collector, field, sub_objs) {
  throw new ProtectedError(
    `Cannot delete some instances of model '${field.remote_model().name}' because they are referenced through a protected foreign key: '${sub_objs[0]!.constructor.name}.${field.name}'`,
    sub_objs,
  );
};

export const RESTRICT: OnDelete = function RESTRICT(collector, field, sub_objs) {
  collector.add_restricted_objects(field, sub_objs);
  collector.add_dependency(field.remote_model(), field.model);
};

export const SET_NULL: OnDelete = function SET_NULL(collector, field, sub_objs) {
  collector.add_field_update(field, null, sub_objs);
};

export const SET_DEFAULT: OnDelete = function SET_DEFAULT(collector, field, sub_objs) {
  collector.add_field_update(field, field.get_default(), sub_objs);
};

export function SET(value: unknown): OnDelete {
  const handler: OnDelete = (collector, field, sub_objs) => {
    collector.add_field_update(field, typeof value === 'function' ? (value as () => unknown)() : value, sub_objs);
  };
  return handler;
}

export const DO_NOTHING: OnDelete = function DO_NOTHING() {};

type Origin = Model | { model: ModelClass };

export class Collector {
  /** Instances to delete, per model, in collection order. */
  data = new Map<ModelClass, Set<Model>>();
  /** Querysets deleted with one DELETE each, without loading their rows (Django's fast deletes). */
  fast_deletes: Array<QuerySet<Model>> = [];
  /** Primary keys already collected, per model (an instance counts once even if loaded twice). */
  private collectedKeys = new Map<ModelClass, Set<unknown>>();
  field_updates: Array<{ field: Field; value: unknown; objs: Model[] }> = [];
  restricted = new Map<RelatedField, Set<Model>>();
  dependencies = new Map<ModelClass, Set<ModelClass>>();

  readonly using: string;
  readonly origin: Origin | null;
  constructor(using: string, origin: Origin | null = null) {
    this.using = using;
    this.origin = origin;
  }

  /**
   * Django's Collector.can_fast_delete(objs, from_field=None): an instance (its model) or a
   * queryset whose rows can be deleted without fetching them first.
   */
  can_fast_delete(objs: unknown, from_field: Field | null = null): boolean {
    const o = objs as { _meta?: { model?: ModelClass }; model?: ModelClass; _raw_delete?: unknown } | null;
    let model: ModelClass | undefined;
    if (isModelInstance(objs)) model = (objs as Model).constructor as ModelClass;
    else if (o?._meta?.model)
      model = o._meta.model; // a model class
    else if (o?.model && typeof o._raw_delete === 'function') model = o.model; // a queryset
    return model ? canFastDelete(model, from_field) : false;
  }

  add(objs: Model[], source: ModelClass | null = null, nullable = false, reverse_dependency = false): Model[] {
    if (!objs.length) return [];
    const model = objs[0]!.constructor as ModelClass;
    let set = this.data.get(model);
    if (!set) this.data.set(model, (set = new Set()));
    let keys = this.collectedKeys.get(model);
    if (!keys) this.collectedKeys.set(model, (keys = new Set()));
    const added: Model[] = [];
    for (const obj of objs) {
      const key = rowKey(obj.pk);
      if (!set.has(obj) && !keys.has(key)) {
        set.add(obj);
        keys.add(key);
        added.push(obj);
      }
    }
    if (source && !nullable) {
      if (reverse_dependency) this.add_dependency(model, source);
      else this.add_dependency(source, model);
    }
    return added;
  }

  add_dependency(model: ModelClass, dependency: ModelClass): void {
    const key = model._meta.concrete_model;
    let set = this.dependencies.get(key);
    if (!set) this.dependencies.set(key, (set = new Set()));
    set.add(dependency._meta.concrete_model);
    // As Django's data.setdefault(): the dependency takes part in sorting even with no instances
    // of its own collected (e.g. rows a fast delete removes).
    if (!this.data.has(dependency)) this.data.set(dependency, new Set());
  }

  add_field_update(field: Field, value: unknown, objs: Model[]): void {
    this.field_updates.push({ field, value, objs });
  }

  add_restricted_objects(field: RelatedField, objs: Model[]): void {
    let set = this.restricted.get(field);
    if (!set) this.restricted.set(field, (set = new Set()));
    for (const o of objs) set.add(o);
  }

  /**
   * The objects that point at `objs` through `rel`. As Django's collector does, when nothing
   * listens to their deletion only the fields other rows may reference are loaded (the pk and
   * the targets of relations to them): the rest would never be seen.
   */
  private related_objects(rel: ForeignObjectRel, objs: Model[]): Model[] {
    const field = rel.field;
    const related = rel.related_model;
    const values = objs.map((o) => (o as unknown as Record<string, unknown>)[field.target_field.attname]);
    let query = related._base_manager.using(this.using).filter({ [`${field.name}__in`]: values });
    if (!pre_delete.has_listeners(related) && !post_delete.has_listeners(related)) {
      const referenced = new Set(candidateRelations(related).map((candidate) => candidate.field.target_field.attname));
      // A many-to-many join table refers to the primary key (Django sees its hidden foreign key).
      if (m2mColumns(related).length) referenced.add(related._meta.pk.attname);
      // only() of nothing loads everything, as in Django.
      if (referenced.size) query = query.only(...referenced);
    }
    return query.list();
  }

  collect(
    objs: Model[],
    options: {
      source?: ModelClass | null;
      nullable?: boolean;
      collect_related?: boolean;
      reverse_dependency?: boolean;
      keep_parents?: boolean;
      fail_on_restricted?: boolean;
    } = {},
  ): void {
    const newObjs = this.add(objs, options.source ?? null, options.nullable ?? false, options.reverse_dependency ?? false);
    if (!newObjs.length) return;
    const model = newObjs[0]!.constructor as ModelClass;
    const keepParents = options.keep_parents ?? false;
    if (!keepParents) {
      // Parents (MTI) are deleted too, without collecting their relations separately.
      for (const [parent, link] of model._meta.concrete_model._meta.parents) {
        if (!link) continue;
        const parentObjs = newObjs.map((o) => (o as unknown as Record<string, unknown>)[link.name] as Model).filter(Boolean);
        void parent;
        this.collect(parentObjs, { source: model, collect_related: false, reverse_dependency: true, fail_on_restricted: false });
      }
    }
    if (options.collect_related === false) return;
    const parents = keepParents ? new Set(model._meta.get_parent_list()) : new Set<ModelClass>();
    const protectedObjects = new Map<string, Model[]>();
    for (const rel of candidateRelations(model)) {
      // Preserve parent reverse relationships (a relation to a parent's proxy included, as in Django).
      if (keepParents && parents.has(rel.model._meta.concrete_model)) continue;
      const field = rel.field;
      const on_delete = field.on_delete ?? CASCADE;
      if (on_delete === DO_NOTHING) continue;
      if (on_delete === CASCADE && canFastDelete(rel.related_model, field)) {
        // Nothing hangs off these rows and nothing listens: one DELETE by the foreign key, no SELECT.
        const values = newObjs.map((o) => (o as unknown as Record<string, unknown>)[field.target_field.attname]);
        this.fast_deletes.push(
          rel.related_model._base_manager.using(this.using).filter({ [`${field.name}__in`]: values }) as QuerySet<Model>,
        );
        continue;
      }
      const subObjs = this.related_objects(rel, newObjs);
      if (!subObjs.length) continue;
      try {
        on_delete(this, field, subObjs, this.using);
      } catch (error) {
        if (!(error instanceof ProtectedError)) throw error;
        const key = `'${field.model.name}.${field.name}'`;
        protectedObjects.set(key, [...(protectedObjects.get(key) ?? []), ...error.protected_objects]);
      }
    }
    if (protectedObjects.size) {
      throw new ProtectedError(
        `Cannot delete some instances of model '${model.name}' because they are referenced through protected foreign keys: ${[...protectedObjects.keys()].join(', ')}.`,
        [...protectedObjects.values()].flat(),
      );
    }
    if (options.fail_on_restricted ?? true) {
      // Restricted objects that are deleted anyway through another CASCADE path are fine.
      for (const [field, objs] of this.restricted) {
        for (const obj of [...objs]) if (this.isCollected(obj)) objs.delete(obj);
        if (!objs.size) this.restricted.delete(field);
      }
      // ...and so are those a fast delete will remove: Django asks the database which (a SELECT).
      for (const qs of this.fast_deletes) {
        const fields = [...this.restricted].filter(
          ([field]) => field.model._meta.concrete_model === qs.model._meta.concrete_model,
        );
        if (!fields.length) continue;
        const pks = fields.flatMap(([, objs]) => [...objs].map((obj) => obj.pk));
        const doomed = new Set(
          qs
            .filter({ pk__in: pks })
            .list()
            .map((obj) => rowKey(obj.pk)),
        );
        for (const [field, objs] of fields) {
          for (const obj of [...objs]) if (doomed.has(rowKey(obj.pk))) objs.delete(obj);
          if (!objs.size) this.restricted.delete(field);
        }
      }
      const restricted = new Map<string, Model[]>();
      for (const [field, objs] of this.restricted) {
        const key = `'${field.model.name}.${field.name}'`;
        restricted.set(key, [...(restricted.get(key) ?? []), ...objs]);
      }
      if (restricted.size) {
        throw new RestrictedError(
          `Cannot delete some instances of model '${model.name}' because they are referenced through restricted foreign keys: ${[...restricted.keys()].join(', ')}.`,
          [...restricted.values()].flat(),
        );
      }
    }
  }

  private isCollected(obj: Model): boolean {
    const model = obj.constructor as ModelClass;
    return !!this.data.get(model)?.has(obj) || !!this.collectedKeys.get(model)?.has(rowKey(obj.pk));
  }

  /** Orders models so that dependents are deleted before what they point at. */
  private sort(): ModelClass[] {
    const models = [...this.data.keys()];
    const sorted: ModelClass[] = [];
    const done = new Set<ModelClass>();
    while (sorted.length < models.length) {
      let found = false;
      for (const model of models) {
        if (sorted.includes(model)) continue;
        const deps = this.dependencies.get(model._meta.concrete_model);
        if (!deps || [...deps].every((d) => done.has(d))) {
          sorted.push(model);
          done.add(model._meta.concrete_model);
          found = true;
        }
      }
      if (!found) return models;
    }
    return sorted;
  }

  delete(): DeleteResult {
    const db = getConnection(this.using);
    const counter: Record<string, number> = {};
    const bump = (label: string, n: number) => {
      if (n) counter[label] = (counter[label] ?? 0) + n;
    };
    const order = this.sort();
    const instances = new Map<ModelClass, Model[]>();
    for (const model of order) {
      instances.set(
        model,
        [...this.data.get(model)!].sort((a, b) => compareValues(a.pk, b.pk)),
      );
    }
    // Django's shortcut for a single object nothing depends on: one DELETE, no signals.
    if (this.data.size === 1 && !this.fast_deletes.length) {
      const [model, objs] = [...instances][0]!;
      if (objs.length === 1 && canFastDelete(model)) {
        const obj = objs[0]!;
        const table = baseTable(model);
        const count = db.markForRollbackOnError(() => {
          db.log(`DELETE FROM ${qn(table)} WHERE ${qn(table)}.${qn(pkColumn(model))} IN (${quoteValue(obj.pk)})`);
          return db.deleteRow(table, obj.pk) ? 1 : 0;
        });
        Object.defineProperty(obj, model._meta.pk.attname, { value: null, writable: true, enumerable: true, configurable: true });
        return tuple(count, { [model._meta.label]: count }) as unknown as DeleteResult;
      }
    }
    // Everything else is one transaction, as Django's `atomic(savepoint=False)` makes it.
    // Models that only took part in the ordering (no instances of their own) have nothing to delete.
    for (const [model, objs] of instances) if (!objs.length) instances.delete(model);
    atomic(() => this.deleteCollected(db, instances, bump), { using: this.using, savepoint: false });
    return tuple(
      Object.values(counter).reduce((a, b) => a + b, 0),
      counter,
    ) as unknown as DeleteResult;
  }

  private deleteCollected(
    db: DatabaseWrapper,
    instances: Map<ModelClass, Model[]>,
    bump: (label: string, n: number) => void,
  ): void {
    for (const [model, objs] of instances) {
      if (pre_delete.has_listeners(model))
        for (const obj of objs) pre_delete.send(model, { instance: obj, using: this.using, origin: this.origin });
    }
    for (const qs of this.fast_deletes) bump(qs.model._meta.label, qs._raw_delete());
    // Join-table rows of many-to-many relations go first, like Django's fast deletes.
    for (const [model, objs] of instances) {
      for (const [field, column] of m2mColumns(model)) {
        const pks = new Set(objs.map((o) => o.pk));
        const table = field.through_table;
        let n = 0;
        for (const row of [...db.rows(table)]) {
          if (!pks.has(row[column])) continue;
          db.deleteRow(table, row.id);
          n++;
        }
        db.log(`DELETE FROM ${qn(table)} WHERE ${qn(table)}.${qn(column)} IN (${[...pks].map(quoteValue).join(', ')})`);
        bump(`${field.model._meta.app_label}.${field.model.name}_${field.name}`, n);
      }
    }
    for (const { field, value, objs } of this.field_updates) {
      const model = field.model;
      const pks = objs.map((o) => o.pk);
      const table = field.model._meta.concrete_model._meta.db_table;
      db.log(
        `UPDATE ${qn(table)} SET ${qn(field.column)} = ${quoteValue(value)} WHERE ${qn(table)}.${qn(pkColumn(model))} IN (${pks.map(quoteValue).join(', ')})`,
      );
      for (const pk of pks) db.updateRow(table, pk, { [field.column]: value });
      for (const obj of objs) (obj as unknown as Record<string, unknown>)[field.attname] = value;
    }
    for (const [model, objs] of instances) {
      const pks = objs.map((o) => o.pk).reverse();
      const table = baseTable(model);
      const pkCol = pkColumn(model);
      let n = 0;
      for (let i = 0; i < pks.length; i += 100) {
        const chunk = pks.slice(i, i + 100);
        db.log(`DELETE FROM ${qn(table)} WHERE ${qn(table)}.${qn(pkCol)} IN (${chunk.map(quoteValue).join(', ')})`);
        for (const pk of chunk) if (db.deleteRow(table, pk)) n++;
      }
      bump(model._meta.label, n);
      if (post_delete.has_listeners(model))
        for (const obj of [...objs].reverse()) post_delete.send(model, { instance: obj, using: this.using, origin: this.origin });
    }
    for (const [model, objs] of instances) {
      for (const obj of objs)
        Object.defineProperty(obj, model._meta.pk.attname, { value: null, writable: true, enumerable: true, configurable: true });
    }
  }
}

/**
 * Django's Collector.can_fast_delete() for a model: no delete or m2m signal receivers, no
 * concrete parent other than through `from_field`, nothing pointing at it except DO_NOTHING
 * relations (a many-to-many's join table counts: its rows cascade).
 */
export function canFastDelete(model: ModelClass, from_field: Field | null = null): boolean {
  if (pre_delete.has_listeners(model) || post_delete.has_listeners(model) || m2m_changed.has_listeners(model)) return false;
  for (const link of model._meta.concrete_model._meta.parents.values()) if (link && link !== from_field) return false;
  if (candidateRelations(model).some((rel) => (rel.field.on_delete ?? CASCADE) !== DO_NOTHING)) return false;
  return m2mColumns(model).length === 0;
}

/** Reverse relations whose rows must be looked at when objects of `model` are deleted. */
function candidateRelations(model: ModelClass): ForeignObjectRel[] {
  // As Django's get_fields(): a parent's reverse parent link (Place -> Restaurant) is not one of
  // the child's relations; it belongs to the parent alone.
  const concrete = model._meta.concrete_model;
  return model._meta.all_related_objects.filter(
    (rel) =>
      !rel.many_to_many &&
      rel.field.concrete &&
      !((rel.field as { parent_link?: boolean }).parent_link && rel.model !== concrete),
  );
}

/** Join tables that reference `model` (both directions), with the column pointing at it. */
function m2mColumns(model: ModelClass): Array<[ManyToManyField, string]> {
  const out: Array<[ManyToManyField, string]> = [];
  for (const f of model._meta.many_to_many) if (f instanceof ManyToManyField) out.push([f, f.from_column]);
  for (const rel of model._meta.all_related_objects) {
    if (rel.many_to_many && rel.field instanceof ManyToManyField) out.push([rel.field, rel.field.to_column]);
  }
  return out;
}

export { RelatedField };
