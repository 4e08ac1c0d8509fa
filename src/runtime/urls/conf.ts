// django.urls.conf: path() and include().

import { ImproperlyConfigured } from '../core/exceptions';
import { ValueError } from '../python/exceptions';
import { import_module, type ModuleNamespace } from '../utils/module_loading';
import { RoutePattern, URLPattern, URLResolver, type IncludedURLconf, type Kwargs, type View } from './resolvers';

const INCLUDED: unique symbol = Symbol('include()');

export interface PathOptions {
  name?: string;
  /** Extra keyword arguments passed to the view (Django's `kwargs=`). */
  kwargs?: Kwargs;
}

/**
 * include(urlconf, { namespace }): another URLconf under this route. `urlconf` is a registered
 * module name ("blog.urls"), a module object with `urlpatterns` (and optionally `app_name`), a
 * list of patterns, or a [patterns, app_name] pair.
 */
export function include(arg: unknown, options: { namespace?: string } = {}): IncludedURLconf {
  let urlconf: unknown = arg;
  let app_name: string | null = null;
  let namespace = options.namespace ?? null;
  if (Array.isArray(arg) && arg.length === 2 && typeof arg[1] === 'string' && Array.isArray(arg[0])) {
    if (namespace) {
      throw new ImproperlyConfigured('Cannot override the namespace for a dynamic module that provides a namespace.');
    }
    [urlconf, app_name] = arg as [unknown, string];
  }
  const module = typeof urlconf === 'string' ? import_module(urlconf) : urlconf;
  if (typeof module === 'object' && module !== null && !Array.isArray(module)) {
    app_name = ((module as ModuleNamespace).app_name as string | undefined) ?? app_name;
  }
  if (namespace && !app_name) {
    throw new ImproperlyConfigured(
      'Specifying a namespace in include() without providing an app_name is not supported. Set the app_name attribute in the included module, or pass a 2-tuple containing the list of patterns and app_name instead.',
    );
  }
  namespace = namespace ?? app_name;
  return Object.freeze({ [INCLUDED]: true, urlconf, app_name, namespace });
}

function isIncluded(value: unknown): value is IncludedURLconf {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[INCLUDED] === true;
}

/** path(route, view, { name, kwargs }): a URL pattern, or an include() under a prefix. */
export function path(
  route: string,
  view: View | IncludedURLconf | unknown[],
  options: PathOptions = {},
): URLPattern | URLResolver {
  const kwargs = options.kwargs ?? null;
  if (kwargs !== null && (typeof kwargs !== 'object' || Array.isArray(kwargs))) {
    throw new TypeError(`kwargs argument must be a dict, but got ${Array.isArray(kwargs) ? 'list' : typeof kwargs}.`);
  }
  if (isIncluded(view)) {
    return new URLResolver(new RoutePattern(route, { is_endpoint: false }), view.urlconf, kwargs, view.app_name, view.namespace);
  }
  if (Array.isArray(view)) {
    // Python unpacks a list here as (urlconf, app_name, namespace).
    if (view.length !== 3) {
      throw new ValueError(
        view.length > 3
          ? 'too many values to unpack (expected 3)'
          : `not enough values to unpack (expected 3, got ${view.length})`,
      );
    }
    const [urlconf, app_name, namespace] = view as [unknown, string | null, string | null];
    return new URLResolver(new RoutePattern(route, { is_endpoint: false }), urlconf, kwargs, app_name, namespace);
  }
  if (typeof view === 'function') {
    return new URLPattern(
      new RoutePattern(route, { name: options.name ?? null, is_endpoint: true }),
      view as View,
      kwargs,
      options.name ?? null,
    );
  }
  throw new TypeError('view must be a callable or a list/tuple in the case of include().');
}
