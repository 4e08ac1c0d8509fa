// django.contrib.admin.views.main: the change list's reading of its query string. Filters the
// ModelAdmin does not allow raise DisallowedModelAdminLookup; a `_to_field` it does not allow
// raises DisallowedModelAdminToField. Both are SuspiciousOperations, so a request ends in 400.
// A change list that passes both counts its rows as Django's get_results() does: the filtered
// rows, then (show_full_result_count) all of them: two COUNT queries.

import { DisallowedModelAdminLookup, DisallowedModelAdminToField } from '../exceptions';
import type { HttpRequest } from '../../../http/request';
import type { ModelAdmin } from '../options';

export const TO_FIELD_VAR = '_to_field';
/** Query parameters that are the change list's own, not filters. */
const IGNORED_PARAMS = new Set(['o', 'p', 'q', 'all', '_popup', TO_FIELD_VAR, 'e', '_facets']);
/** The page number and the error flag, which Django drops from params and filter_params. */
const NOT_PARAMS = new Set(['p', 'e']);

/** A query-string value as Django's prepare_lookup_value() hands it to filter(). */
function lookup_value(key: string, values: string[]): unknown {
  const value = values[values.length - 1] ?? '';
  if (key.endsWith('__in')) return value.split(',');
  if (key.endsWith('__isnull')) return !['', 'false', '0'].includes(value.toLowerCase());
  return value;
}

export class ChangeList {
  readonly to_field: string | null;
  /** The query string's values, last one per name (Django's ChangeList.params). */
  readonly params: Record<string, string>;
  /** Every value per name, the change list's own parameters included (ChangeList.filter_params). */
  readonly filter_params: Record<string, string[]>;
  /** The filters alone (runtime shorthand for get_filters_params()). */
  readonly filters: Record<string, string[]>;
  readonly root_queryset: any;
  readonly queryset: any;
  readonly result_count: number;
  readonly full_result_count: number | null;

  constructor(request: HttpRequest, model_admin: ModelAdmin) {
    const to_field = request.GET.get(TO_FIELD_VAR);
    if (to_field && !model_admin.to_field_allowed(request, to_field)) {
      throw new DisallowedModelAdminToField(`The field ${to_field} cannot be referenced.`);
    }
    this.to_field = to_field;
    this.params = {};
    this.filter_params = {};
    for (const [key, values] of request.GET.lists()) {
      if (NOT_PARAMS.has(key)) continue;
      this.filter_params[key] = values;
      this.params[key] = values[values.length - 1] ?? '';
    }
    this.filters = {};
    for (const [key, values] of Object.entries(this.filter_params)) {
      if (IGNORED_PARAMS.has(key)) continue;
      for (const value of values) {
        if (!model_admin.lookup_allowed(key, value, request))
          throw new DisallowedModelAdminLookup(`Filtering by ${key} not allowed`);
      }
      this.filters[key] = values;
    }
    this.root_queryset = model_admin.get_queryset(request);
    const lookups = Object.fromEntries(Object.entries(this.filters).map(([key, values]) => [key, lookup_value(key, values)]));
    this.queryset = Object.keys(lookups).length ? this.root_queryset.filter(lookups) : this.root_queryset;
    this.result_count = this.queryset.count();
    this.full_result_count = model_admin.show_full_result_count ? this.root_queryset.count() : null;
  }
}
