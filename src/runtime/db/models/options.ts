// Model._meta: what ModelBase learns about a model class when it prepares it.
import { FieldDoesNotExist } from '../../core/exceptions';
import type { Field } from './fields';
import type { ForeignObjectRel } from './fields/related';
import type { ModelClass } from './base';
import type { BaseConstraint } from './constraints';
import type { Manager } from './manager';

/** The `static Meta = {...}` options a model may declare. */
export interface MetaOptions {
  abstract?: boolean;
  proxy?: boolean;
  app_label?: string;
  db_table?: string;
  ordering?: readonly string[];
  unique_together?: readonly (readonly string[])[] | readonly string[];
  constraints?: readonly BaseConstraint[];
  select_on_save?: boolean;
  verbose_name?: string;
  verbose_name_plural?: string;
  get_latest_by?: string | readonly string[];
  default_manager_name?: string;
  base_manager_name?: string;
  indexes?: readonly unknown[];
  default_related_name?: string;
}

export const DEFAULT_APP_LABEL = 'app';

export class Options {
  readonly model: ModelClass;
  readonly object_name: string;
  readonly model_name: string;
  readonly app_label: string;
  readonly db_table: string;
  readonly abstract: boolean;
  readonly proxy: boolean;
  readonly ordering: readonly string[];
  readonly unique_together: ReadonlyArray<readonly string[]>;
  readonly constraints: BaseConstraint[];
  readonly select_on_save: boolean;
  readonly verbose_name: string;
  readonly verbose_name_plural: string;
  readonly get_latest_by: string | readonly string[] | null;
  readonly default_related_name: string | null;
  readonly original_attrs: MetaOptions;

  /** Fields declared on this class (plus copies from abstract parents), in declaration order. */
  local_fields: Field[] = [];
  local_many_to_many: Field[] = [];
  /** Concrete (non-abstract) parents, nearest first, each with the OneToOneField linking to it (null for proxies). */
  parents = new Map<ModelClass, Field | null>();
  /** For a proxy, the model it proxies; for others, null. */
  proxy_for_model: ModelClass | null = null;
  concrete_model!: ModelClass;
  pk!: Field;
  /** Reverse relations pointing at this model (ForeignKey / OneToOne / ManyToMany from other models). */
  related_objects: ForeignObjectRel[] = [];
  managers: Manager<any>[] = [];
  /** Plain accessors declared on the class, which the constructor accepts as keyword arguments. */
  _property_names = new Set<string>();

  private _fieldsCache: Field[] | null = null;
  private _concreteCache: Field[] | null = null;
  private _localConcreteCache: Field[] | null = null;
  private _nonPkCache: Field[] | null = null;
  private _insertCache: Field[] | null = null;
  private _relatedCache: ForeignObjectRel[] | null = null;
  private _fieldMap: Map<string, Field> | null = null;

  constructor(model: ModelClass, meta: MetaOptions, app_label?: string) {
    this.model = model;
    this.original_attrs = meta;
    this.object_name = model.name;
    this.model_name = model.name.toLowerCase();
    this.app_label = meta.app_label ?? app_label ?? DEFAULT_APP_LABEL;
    this.abstract = meta.abstract ?? false;
    this.proxy = meta.proxy ?? false;
    this.db_table = meta.db_table ?? `${this.app_label}_${this.model_name}`;
    this.ordering = meta.ordering ?? [];
    const ut = meta.unique_together ?? [];
    this.unique_together =
      ut.length && typeof ut[0] === 'string' ? [ut as readonly string[]] : (ut as ReadonlyArray<readonly string[]>);
    this.constraints = [...(meta.constraints ?? [])];
    this.select_on_save = meta.select_on_save ?? false;
    this.verbose_name = meta.verbose_name ?? model.name.replace(/(?<=[a-z0-9])([A-Z])/g, ' $1').toLowerCase();
    this.verbose_name_plural = meta.verbose_name_plural ?? `${this.verbose_name}s`;
    this.get_latest_by = meta.get_latest_by ?? null;
    this.default_related_name = meta.default_related_name ?? null;
  }

  get label(): string {
    return `${this.app_label}.${this.object_name}`;
  }

  get label_lower(): string {
    return `${this.app_label}.${this.model_name}`;
  }

  /** Every concrete field, parents' first (MTI), in Django's order. */
  get fields(): Field[] {
    if (this._fieldsCache) return this._fieldsCache;
    const out: Field[] = [];
    if (this.proxy) {
      out.push(...this.proxy_for_model!._meta.fields);
    } else {
      for (const parent of this.parents.keys()) out.push(...parent._meta.fields);
      out.push(...this.local_fields);
    }
    this._fieldsCache = out;
    return out;
  }

  get concrete_fields(): Field[] {
    return (this._concreteCache ??= this.fields.filter((f) => f.concrete));
  }

  /** Local concrete fields other than the primary key: what an UPDATE may write. */
  get local_non_pk_fields(): Field[] {
    return (this._nonPkCache ??= this.local_concrete_fields.filter((f) => !f.primary_key));
  }

  /** What an INSERT writes when the pk is not set: everything but an AutoField pk. */
  get local_insert_fields(): Field[] {
    return (this._insertCache ??= this.local_concrete_fields.filter(
      (f) => !(f.primary_key && f.get_internal_type().endsWith('AutoField')),
    ));
  }

  get local_concrete_fields(): Field[] {
    return (this._localConcreteCache ??= this.local_fields.filter((f) => f.concrete));
  }

  get many_to_many(): Field[] {
    if (this.proxy) return this.proxy_for_model!._meta.many_to_many;
    const out: Field[] = [];
    for (const parent of this.parents.keys()) out.push(...parent._meta.many_to_many);
    return [...out, ...this.local_many_to_many];
  }

  /** Reverse relations of this model and of its concrete parents. */
  get all_related_objects(): ForeignObjectRel[] {
    if (this._relatedCache) return this._relatedCache;
    const out = new Set(this.concrete_model._meta.related_objects);
    // As Django's get_fields(): a parent's reverse parent links (Place -> Supplier) belong to the
    // parent alone, so a Restaurant has no `supplier` (nor `restaurant`).
    for (const parent of this.get_parent_list()) {
      for (const rel of parent._meta.related_objects) if (!(rel.field as { parent_link?: boolean }).parent_link) out.add(rel);
    }
    for (const rel of this.related_objects) out.add(rel);
    return (this._relatedCache = [...out]);
  }

  /** Every concrete ancestor, nearest first (Django's get_parent_list / all_parents). */
  get_parent_list(): ModelClass[] {
    const out: ModelClass[] = [];
    for (const parent of this.parents.keys()) out.push(parent, ...parent._meta.get_parent_list());
    return out;
  }

  get_fields(): Array<Field | ForeignObjectRel> {
    return [...this.all_related_objects, ...this.fields, ...this.many_to_many];
  }

  /** Drops the cached field lists; called when fields or relations are added. */
  invalidate(): void {
    this._fieldsCache = null;
    this._fieldMap = null;
    this._concreteCache = null;
    this._localConcreteCache = null;
    this._nonPkCache = null;
    this._insertCache = null;
    this._relatedCache = null;
    this._attnameMap = null;
    for (const child of this.children) child._meta.invalidate();
  }

  /** Models whose _meta derives from this one (MTI children and proxies), to invalidate them too. */
  children = new Set<ModelClass>();

  private fieldMap(): Map<string, Field> {
    if (this._fieldMap) return this._fieldMap;
    const map = new Map<string, Field>();
    for (const f of [...this.fields, ...this.many_to_many]) {
      map.set(f.name, f);
      if (!map.has(f.attname)) map.set(f.attname, f);
    }
    this._fieldMap = map;
    return map;
  }

  private _attnameMap: Map<string, Field> | null = null;

  /** Concrete fields by attname. */
  attnameMap(): Map<string, Field> {
    return (this._attnameMap ??= new Map(this.concrete_fields.map((f) => [f.attname, f])));
  }

  /** Finds a field by name or attname, or a reverse relation by its query name. */
  get_field(name: string): Field | ForeignObjectRel {
    const found = this.fieldMap().get(name) ?? this.all_related_objects.find((r) => r.name === name);
    if (!found) throw new FieldDoesNotExist(`${this.object_name} has no field named '${name}'`);
    return found;
  }

  /** Like get_field(), but returns null instead of raising. */
  find_field(name: string): Field | ForeignObjectRel | null {
    return this.fieldMap().get(name) ?? this.all_related_objects.find((r) => r.name === name) ?? null;
  }

  get default_manager(): Manager<any> {
    const name = this.original_attrs.default_manager_name;
    return (name && this.managers.find((m) => m.name === name)) || this.managers[0]!;
  }

  get base_manager(): Manager<any> {
    return this.model._base_manager;
  }

  toString(): string {
    return `<Options for ${this.object_name}>`;
  }
}
