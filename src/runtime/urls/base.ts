// django.urls.base: resolve(), reverse() and the current URLconf.
//
// An example declares its URLconf as a module and points ROOT_URLCONF at it:
//
//   register_module('mysite.urls', { urlpatterns: [path('people/<int:pk>/', detail, { name: 'people-detail' })] });
//   settings.ROOT_URLCONF = 'mysite.urls';
//
// or in one step: install_urlconf('mysite.urls', { urlpatterns: [...] }).

import { settings } from '../conf';
import { get_setting } from '../conf';
import { NoReverseMatch } from './exceptions';
import { setting_changed } from '../core/signals';
import { repr } from '../python/repr';
import { register_module, type ModuleNamespace } from '../utils/module_loading';
import { root_resolver, type Kwargs, type ResolverMatch, type URLResolver, type View } from './resolvers';

const resolvers = new Map<unknown, URLResolver>();
let currentUrlconf: unknown = null;

/** Drops the cached resolvers (Django's clear_url_caches). */
export function clear_url_caches(): void {
  resolvers.clear();
}

setting_changed.connect(({ setting }) => {
  if (setting === 'ROOT_URLCONF') clear_url_caches();
});

/** The URLconf for this request (set by the handler from request.urlconf), or null for ROOT_URLCONF. */
export function set_urlconf(urlconf: unknown): void {
  currentUrlconf = urlconf;
}

export function get_urlconf(fallback: unknown = null): unknown {
  return currentUrlconf ?? fallback;
}

/** The root resolver of a URLconf; ROOT_URLCONF by default (AttributeError when unset). */
export function get_resolver(urlconf: unknown = null): URLResolver {
  const name = urlconf ?? get_setting('ROOT_URLCONF');
  let resolver = resolvers.get(name);
  if (!resolver) {
    resolver = root_resolver(name);
    resolvers.set(name, resolver);
  }
  return resolver;
}

/** resolve('/people/1/'): the view and its arguments; Resolver404 when nothing matches. */
export function resolve(path: string, urlconf: unknown = null): ResolverMatch {
  return get_resolver(urlconf ?? get_urlconf()).resolve(path);
}

export interface ReverseOptions {
  urlconf?: unknown;
  args?: unknown[];
  kwargs?: Kwargs;
  current_app?: string | null;
  /** Appended as a query string (Django 5.2+). */
  query?: Record<string, unknown>;
  fragment?: string;
}

export function get_script_prefix(): string {
  return '/';
}

/** reverse('people-detail', { kwargs: { pk: 1 } }) -> '/people/1/'; NoReverseMatch as Django words it. */
export function reverse(viewname: string | View, options: ReverseOptions = {}): string {
  let resolver = get_resolver(options.urlconf ?? get_urlconf());
  const args = options.args ?? [];
  const kwargs = options.kwargs ?? {};
  let view: string | View = viewname;
  const nsParts: Array<unknown> = [];
  let nsText = '';
  if (typeof viewname === 'string') {
    const pieces = viewname.split(':');
    view = pieces.pop()!;
    const resolved: string[] = [];
    for (const ns of pieces) {
      // An application namespace stands for its default instance (the one named like the app).
      let target = ns;
      const instances = resolver.app_dict.get(ns);
      if (instances && !instances.includes(ns) && !resolver.namespace_dict.has(ns)) target = instances[instances.length - 1]!;
      const entry = resolver.namespace_dict.get(target);
      if (!entry) {
        throw new NoReverseMatch(
          resolved.length
            ? `${repr(ns)} is not a registered namespace inside '${resolved.join(':')}'`
            : `${repr(ns)} is not a registered namespace`,
        );
      }
      resolved.push(ns);
      nsParts.push(...entry[0]);
      nsText += entry[1];
      resolver = entry[2];
    }
  }
  let url = resolver.reverse_with_prefix(view, get_script_prefix(), args, kwargs, nsParts as never, nsText);
  if (options.query && Object.keys(options.query).length) {
    url += `?${Object.entries(options.query)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join('&')}`;
  }
  if (options.fragment) url += `#${options.fragment}`;
  return url;
}

/** reverse_lazy: reverse() deferred until the value is used as a string. */
export function reverse_lazy(viewname: string | View, options: ReverseOptions = {}): { toString(): string; __str__(): string } {
  return { toString: () => reverse(viewname, options), __str__: () => reverse(viewname, options) };
}

/** Registers `module` as `name` and makes it the ROOT_URLCONF. Returns the module. */
export function install_urlconf<T extends ModuleNamespace>(name: string, module: T): T {
  register_module(name, module);
  (settings as Record<string, unknown>).ROOT_URLCONF = name;
  clear_url_caches();
  return module;
}

/** Does the path resolve? (Django's is_valid_path, used by APPEND_SLASH.) */
export function is_valid_path(path: string, urlconf: unknown = null): ResolverMatch | false {
  try {
    return resolve(path, urlconf);
  } catch (error) {
    if (error instanceof Error && error.name === 'Resolver404') return false;
    throw error;
  }
}
