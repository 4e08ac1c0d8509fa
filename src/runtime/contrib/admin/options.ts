// django.contrib.admin.options.ModelAdmin, reduced to the two checks that guard the admin's
// query string: lookup_allowed() for filters (?author__password__startswith=...) and
// to_field_allowed() for the `_to_field` parameter.

import type { AdminSite } from './sites';
import type { HttpRequest } from '../../http/request';
import { ChangeList } from './views/main';

const LOOKUP_SEP = '__';

/** What the checks read from the model layer's fields and _meta. */
interface FieldLike {
  name: string;
  is_relation?: boolean;
  primary_key?: boolean;
  related_model?: ModelLike | null;
  remote_model?: () => ModelLike;
  relOptions?: { to_field?: string };
  model?: ModelLike;
  concrete?: boolean;
}

interface OptionsLike {
  get_field(name: string): FieldLike;
  fields?: FieldLike[];
  pk?: FieldLike;
}

export type ModelLike = Function & { _meta: OptionsLike };

function findField(meta: OptionsLike, name: string): FieldLike | null {
  try {
    return meta.get_field(name);
  } catch (error) {
    if (error instanceof Error && error.name === 'FieldDoesNotExist') return null;
    throw error;
  }
}

function target_model(field: FieldLike): ModelLike | null {
  return field.related_model ?? field.remote_model?.() ?? null;
}

export class ModelAdmin {
  readonly model: ModelLike;
  readonly admin_site: AdminSite;
  list_filter: string[] = [];
  date_hierarchy: string | null = null;
  inlines: Array<{ model: ModelLike }> = [];
  show_full_result_count = true;

  constructor(model: ModelLike, admin_site: AdminSite) {
    this.model = model;
    this.admin_site = admin_site;
  }

  /** The rows the admin may show: the model's default manager's queryset. */
  get_queryset(_request: unknown): any {
    return (this.model as unknown as { _default_manager: { get_queryset(): unknown } })._default_manager.get_queryset();
  }

  /** The change list for a request to /admin/<app>/<model>/?...; checks its query string first. */
  get_changelist_instance(request: unknown): ChangeList {
    // unknown: RequestFactory's methods are typed loosely (the test Client returns responses).
    return new ChangeList(request as HttpRequest, this);
  }

  get_list_filter(_request: unknown): string[] {
    return this.list_filter;
  }

  /**
   * Django's rule: a filter on the model's own fields, or across one relation, is always
   * allowed; a filter that crosses two or more relations must be listed in list_filter (or be
   * the date_hierarchy), so the query string cannot probe fields the admin does not show.
   */
  lookup_allowed(lookup: string, _value: unknown, request: unknown = null): boolean {
    let model: ModelLike | null = this.model;
    const relationParts: string[] = [];
    let previous: FieldLike | null = null;
    let lastPart = '';
    for (const part of lookup.split(LOOKUP_SEP)) {
      lastPart = part;
      const field: FieldLike | null = model ? findField(model._meta, part) : null;
      // Unknown names are transforms or lookups (startswith, ...): they end the walk.
      if (!field) break;
      if (!previous || (previous.is_relation && (field.is_relation || !field.primary_key))) relationParts.push(part);
      if (!field.is_relation) break;
      previous = field;
      model = target_model(field);
    }
    if (relationParts.length <= 1) return true;
    const valid = new Set<string | null>([this.date_hierarchy, ...this.get_list_filter(request)]);
    return valid.has(relationParts.join(LOOKUP_SEP)) || valid.has([...relationParts, lastPart].join(LOOKUP_SEP));
  }

  /**
   * May another admin page refer to this model by `to_field`? Only the primary key, or a field
   * that a foreign key of a registered model points at.
   */
  to_field_allowed(_request: unknown, to_field: string): boolean {
    const field = findField(this.model._meta, to_field);
    if (!field) return false;
    if (field.primary_key) return true;
    for (const registered of this.admin_site.registered_models()) {
      for (const candidate of registered._meta.fields ?? []) {
        if (!candidate.is_relation || target_model(candidate) !== this.model) continue;
        const targeted = candidate.relOptions?.to_field ?? this.model._meta.pk?.name;
        if (targeted === to_field) return true;
      }
    }
    return false;
  }
}
