// Relation fields (ForeignKey, OneToOneField, ManyToManyField), the reverse-relation objects
// (ForeignObjectRel) and the descriptors that turn `entry.blog` / `blog.entry_set` into queries.
import { FieldError, ValidationError } from '../../../core/exceptions';
import { AttributeError, ValueError } from '../../../python/builtins';
import { LookupError, defineException } from '../../../python/exceptions';
import { apps } from '../../../apps/registry';
import { Field, type FieldOptions } from './index';
import { pyrepr } from '../utils';
import { MODEL_BRAND } from '../constants';
import type { Model, ModelClass } from '../base';
import type { OnDelete } from '../deletion';

export type RelationTarget<T extends Model = Model> = ModelClass<T> | string;

export interface RelatedOptions extends FieldOptions {
  on_delete?: OnDelete;
  related_name?: string;
  related_query_name?: string;
  to_field?: string;
  db_constraint?: boolean;
  parent_link?: boolean;
  limit_choices_to?: unknown;
}

/** A reverse relation: what the target model sees of a ForeignKey/OneToOne/M2M pointing at it. */
export class ForeignObjectRel {
  readonly is_relation = true;
  readonly concrete = false;
  readonly auto_created = true;
  readonly many_to_many: boolean;
  readonly one_to_many: boolean;
  readonly one_to_one: boolean;
  readonly many_to_one = false;
  readonly field: RelatedField;
  constructor(field: RelatedField) {
    this.field = field;
    this.many_to_many = field.many_to_many;
    this.one_to_one = field.one_to_one;
    this.one_to_many = field.many_to_one;
  }
  get on_delete(): OnDelete {
    return this.field.on_delete!;
  }
  /** The model the relation points at (the "one" side). */
  get model(): ModelClass {
    return this.field.remote_model();
  }
  /** The model declaring the field. */
  get related_model(): ModelClass {
    return this.field.model;
  }
  get related_name(): string | null {
    return this.field.related_name;
  }
  /** The name used in lookups from the target model: `blog.objects.filter(entry__headline=...)`. */
  get name(): string {
    return this.field.related_query_name();
  }
  is_hidden(): boolean {
    return (this.related_name ?? '').endsWith('+');
  }
  get_accessor_name(): string {
    if (this.field.related_name) return this.field.related_name;
    const base = this.field.model._meta.model_name;
    return this.one_to_one ? base : `${base}_set`;
  }
  toString(): string {
    return `<${this.one_to_one ? 'OneToOneRel' : this.many_to_many ? 'ManyToManyRel' : 'ManyToOneRel'}: ${this.field.model._meta.label_lower}>`;
  }
}

export abstract class RelatedField extends Field {
  override is_relation = true;
  readonly to: RelationTarget;
  on_delete: OnDelete | null = null;
  related_name: string | null = null;
  private _related_query_name: string | null = null;
  private _remote: ModelClass | null = null;
  /** Per-field RelatedObjectDoesNotExist, made on first use. */
  private _rodne: (new (message: string) => Error) | null = null;

  constructor(to: RelationTarget, options?: RelatedOptions) {
    super(options);
    this.to = to;
  }

  get relOptions(): RelatedOptions {
    return this.options as RelatedOptions;
  }

  override setup(): void {
    super.setup();
    this.on_delete = this.relOptions.on_delete ?? null;
    this.related_name = this.relOptions.related_name ?? null;
    this._related_query_name = this.relOptions.related_query_name ?? null;
  }

  override contribute_to_class(cls: ModelClass, name: string): void {
    super.contribute_to_class(cls, name);
    // Django fills in %(class)s, %(model_name)s and %(app_label)s once the field belongs to a
    // concrete model, so a relation declared on an abstract model gets one name per child.
    const meta = cls._meta;
    if (meta.abstract) return;
    const values: Record<string, string> = {
      class: cls.name.toLowerCase(),
      model_name: meta.model_name,
      app_label: meta.app_label.toLowerCase(),
    };
    const fill = (template: string) =>
      template.replace(/%\((\w+)\)s|%%/g, (all, key?: string) => (key === undefined ? '%' : (values[key] ?? all)));
    const related_name = this.related_name ?? meta.default_related_name ?? null;
    if (related_name) this.related_name = fill(related_name);
    if (this._related_query_name) this._related_query_name = fill(this._related_query_name);
  }

  /** Resolves the target model: a class, "self", "Model" or "app_label.Model". */
  remote_model(): ModelClass {
    if (this._remote) return this._remote;
    const to = this.to;
    if (typeof to !== 'string') return (this._remote = to);
    if (to === 'self') return (this._remote = this.model);
    const found = lookupModel(to, this.model._meta.app_label);
    if (!found) {
      throw new ValueError(`Related model '${to}' cannot be resolved`);
    }
    return (this._remote = found);
  }

  related_query_name(): string {
    const def = this.model._meta.default_related_name;
    return this._related_query_name ?? this.related_name ?? def ?? this.model._meta.model_name;
  }

  get target_field(): Field {
    const to_field = this.relOptions.to_field;
    const meta = this.remote_model()._meta;
    return to_field ? (meta.get_field(to_field) as Field) : meta.pk;
  }

  RelatedObjectDoesNotExist(): new (message: string) => Error {
    if (!this._rodne) {
      this._rodne = defineException('RelatedObjectDoesNotExist', [this.remote_model().DoesNotExist, AttributeError], {
        qualname: `${this.model.name}.${this.name}.RelatedObjectDoesNotExist`,
        module: `${this.model._meta.app_label}.models`,
      }) as unknown as new (message: string) => Error;
    }
    return this._rodne;
  }
}

export class ForeignKey extends RelatedField {
  static override default_error_messages = {
    invalid: '%(model)s instance with %(field)s %(value)r is not a valid choice.',
  };
  override many_to_one = true;
  override empty_strings_allowed = false;
  override get_attname(): string {
    return `${this.name}_id`;
  }
  override get_prep_value(value: unknown): unknown {
    if (isModelInstance(value)) return (value as unknown as Record<string, unknown>)[this.target_field.attname];
    return this.target_field.get_prep_value(value);
  }
  override to_python(value: unknown): unknown {
    return this.target_field.to_python(value);
  }
  /**
   * Django's ForeignKey.validate(): a parent link is never validated (a multi-table child's
   * `place_ptr` is empty until save); otherwise the target row must exist, through the base
   * manager and within `limit_choices_to`.
   */
  override validate(value: unknown, instance: Model | null): void {
    if (this.relOptions.parent_link) return;
    super.validate(value, instance);
    if (value === null || value === undefined) return;
    const remote = this.remote_model();
    const field_name = this.target_field.name;
    let qs = remote._base_manager.using(instance?._state.db ?? 'default').filter({ [field_name]: value });
    let limit = this.relOptions.limit_choices_to;
    if (typeof limit === 'function') limit = (limit as () => unknown)();
    if (limit) qs = qs.filter(limit as Record<string, unknown>);
    if (!qs.exists()) {
      throw new ValidationError(this.error_messages.invalid!, {
        code: 'invalid',
        params: { model: remote._meta.verbose_name, pk: value, field: field_name, value },
      });
    }
  }
  override get_internal_type(): string {
    return 'ForeignKey';
  }
}

export class OneToOneField extends ForeignKey {
  override many_to_one = false;
  override one_to_one = true;
  override setup(): void {
    super.setup();
    this.unique = true;
  }
  get parent_link(): boolean {
    return this.relOptions.parent_link ?? false;
  }
  override get_internal_type(): string {
    return 'OneToOneField';
  }
}

export class ManyToManyField extends RelatedField {
  override many_to_many = true;
  override concrete = false;
  /** The auto-created join table: `app_pizza_toppings` with `pizza_id` and `topping_id`. */
  get through_table(): string {
    return this.relOptions.db_table ?? `${this.model._meta.db_table}_${this.name}`;
  }
  get from_column(): string {
    const remote = this.remote_model();
    return remote === this.model ? `from_${this.model._meta.model_name}_id` : `${this.model._meta.model_name}_id`;
  }
  get to_column(): string {
    const remote = this.remote_model();
    return remote === this.model ? `to_${remote._meta.model_name}_id` : `${remote._meta.model_name}_id`;
  }
  override get relOptions(): RelatedOptions & { db_table?: string } {
    return this.options as RelatedOptions & { db_table?: string };
  }
  override get_attname(): string {
    return this.name;
  }
  override get_internal_type(): string {
    return 'ManyToManyField';
  }
  private _through: { readonly __name__: string; readonly label: string; toString(): string } | null = null;
  /**
   * Stands for the auto-created through model (there is no model class for it here): a stable
   * object, so m2m_changed receivers can filter on `sender: Pizza._meta.get_field('toppings').through`.
   */
  get through(): { readonly __name__: string; readonly label: string; toString(): string } {
    if (!this._through) {
      const name = `${this.model.name}_${this.name}`;
      const label = `${this.model._meta.app_label}.${name}`;
      this._through = { __name__: name, label, toString: () => `<class '${label}'>` };
    }
    return this._through;
  }
}

/** A lazy model reference ("Team", "app.Team"), resolved through the app registry as Django does. */
function lookupModel(reference: string, defaultApp: string): ModelClass | undefined {
  const [app_label, model_name] = reference.includes('.') ? reference.split('.', 2) : [defaultApp, reference];
  try {
    return apps.get_registered_model(app_label!, model_name!) as ModelClass;
  } catch (error) {
    if (error instanceof LookupError) return undefined;
    throw error;
  }
}

export function isModelInstance(value: unknown): value is Model {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MODEL_BRAND] === true;
}

export function checkAssignable(field: RelatedField, value: unknown): void {
  const remote = field.remote_model();
  // Django accepts any instance of the concrete model, so a relation to a proxy takes the proxied model's instances.
  if (value !== null && !(value instanceof remote._meta.concrete_model)) {
    throw new ValueError(
      `Cannot assign "${pyrepr(value)}": "${field.model.name}.${field.name}" must be a "${remote.name}" instance.`,
    );
  }
}

export function relationFieldError(field: RelatedField, what: string): never {
  throw new FieldError(`${field} ${what}`);
}

/** Whether a relation's target can be resolved now (string references wait for their model). */
export function remoteResolvable(field: RelatedField): boolean {
  try {
    field.remote_model();
    return true;
  } catch {
    return false;
  }
}
