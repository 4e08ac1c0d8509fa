// django.urls.resolvers: route patterns, URLPattern, URLResolver and ResolverMatch.
//
// A route such as "people/<int:pk>/" is turned into a regex the way Django does it, and the
// Python text of that regex is kept, because Django quotes it in NoReverseMatch messages
// ("1 pattern(s) tried: ['people/(?P<pk>[0-9]+)/\\Z']").

import { ImproperlyConfigured } from '../core/exceptions';
import { ValueError } from '../python/exceptions';
import { repr, typeName } from '../python/repr';
import { tuple } from '../python/types';
import { import_module, qualified_name, type ModuleNamespace } from '../utils/module_loading';
import { get_converters, type PathConverter } from './converters';
import { NoReverseMatch, Resolver404 } from './exceptions';
import { get_callable } from './utils';

export type View = (request: any, ...args: any[]) => unknown;
export type Kwargs = Record<string, unknown>;

/** Python's re.escape: which characters it backslash-escapes. */
function pyEscape(text: string): string {
  return text.replace(/[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, (ch) => `\\${ch}`);
}

/** The JS form of a regex written in Python syntax: named groups and \Z. */
function toJsRegex(pattern: string): RegExp {
  return new RegExp(pattern.replace(/\(\?P</g, '(?<').replace(/\\Z/g, '$'));
}

const PARAMETER = /<(?:([^>:]+):)?([^>]+)>/g;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A literal piece of a route, or a parameter. */
type RoutePart = string | { name: string; converter: PathConverter };

export class RoutePattern {
  readonly route: string;
  readonly name: string | null;
  readonly is_endpoint: boolean;
  readonly converters: Record<string, PathConverter> = {};
  readonly parts: RoutePart[] = [];
  /** The regex in Python syntax, e.g. "^people/(?P<pk>[0-9]+)/\\Z". */
  readonly regex_text: string;
  private readonly regex: RegExp;

  constructor(route: string, options: { name?: string | null; is_endpoint?: boolean } = {}) {
    this.route = route;
    this.name = options.name ?? null;
    this.is_endpoint = options.is_endpoint ?? false;
    const all = get_converters();
    let text = '^';
    let previousEnd = 0;
    for (const match of route.matchAll(PARAMETER)) {
      if (/\s/.test(match[0])) {
        throw new ImproperlyConfigured(`URL route ${repr(route)} cannot contain whitespace in angle brackets <…>.`);
      }
      const rawConverter = match[1] ?? 'str';
      const parameter = match[2]!;
      if (!IDENTIFIER.test(parameter)) {
        throw new ImproperlyConfigured(
          `URL route ${repr(route)} uses parameter name ${repr(parameter)} which isn't a valid Python identifier.`,
        );
      }
      const converter = all[rawConverter];
      if (!converter) throw new ImproperlyConfigured(`URL route ${repr(route)} uses invalid converter ${repr(rawConverter)}.`);
      this.converters[parameter] = converter;
      const literal = route.slice(previousEnd, match.index);
      if (literal) this.parts.push(literal);
      this.parts.push({ name: parameter, converter });
      text += `${pyEscape(literal)}(?P<${parameter}>${converter.regex})`;
      previousEnd = match.index + match[0].length;
    }
    const tail = route.slice(previousEnd);
    if (tail) this.parts.push(tail);
    text += pyEscape(tail);
    if (this.is_endpoint) text += '\\Z';
    this.regex_text = text;
    this.regex = toJsRegex(text);
  }

  /** [remaining path, args, kwargs], or null when the path does not match. */
  match(path: string): [string, unknown[], Kwargs] | null {
    if (Object.keys(this.converters).length > 0) {
      const found = this.regex.exec(path);
      if (!found) return null;
      const kwargs: Kwargs = {};
      for (const [key, value] of Object.entries(found.groups ?? {})) {
        try {
          kwargs[key] = this.converters[key]!.to_python(value!);
        } catch (error) {
          if (error instanceof ValueError) return null;
          throw error;
        }
      }
      return [path.slice(found[0].length), [], kwargs];
    }
    if (this.is_endpoint) return this.route === path ? ['', [], {}] : null;
    return path.startsWith(this.route) ? [path.slice(this.route.length), [], {}] : null;
  }

  describe(): string {
    return this.name ? `'${this.route}' [name='${this.name}']` : `'${this.route}'`;
  }

  toString(): string {
    return this.route;
  }
}

/** The root resolver's pattern: Django's RegexPattern(r'^/'). */
class RootPattern {
  readonly converters: Record<string, PathConverter> = {};
  readonly parts: RoutePart[] = [];
  readonly regex_text = '^/';
  match(path: string): [string, unknown[], Kwargs] | null {
    return path.startsWith('/') ? [path.slice(1), [], {}] : null;
  }
  describe(): string {
    return "'^/'";
  }
  toString(): string {
    return '^/';
  }
}

export class ResolverMatch {
  readonly func: View;
  readonly args: unknown[];
  readonly kwargs: Kwargs;
  readonly url_name: string | null;
  readonly app_names: string[];
  readonly namespaces: string[];
  readonly route: string;
  readonly tried: unknown[] | null;
  readonly captured_kwargs: Kwargs;
  readonly extra_kwargs: Kwargs;

  constructor(init: {
    func: View;
    args: unknown[];
    kwargs: Kwargs;
    url_name: string | null;
    app_names: string[];
    namespaces: string[];
    route: string;
    tried: unknown[] | null;
    captured_kwargs: Kwargs;
    extra_kwargs: Kwargs;
  }) {
    this.func = init.func;
    this.args = init.args;
    this.kwargs = init.kwargs;
    this.url_name = init.url_name;
    this.app_names = init.app_names.filter(Boolean);
    this.namespaces = init.namespaces.filter(Boolean);
    this.route = init.route;
    this.tried = init.tried;
    this.captured_kwargs = init.captured_kwargs;
    this.extra_kwargs = init.extra_kwargs;
  }

  get app_name(): string {
    return this.app_names.join(':');
  }

  get namespace(): string {
    return this.namespaces.join(':');
  }

  /** "module.function" for the view, as Django's _func_path. */
  get _func_path(): string {
    return qualified_name(this.func);
  }

  get view_name(): string {
    return [...this.namespaces, this.url_name ?? this._func_path].join(':');
  }

  __repr__(): string {
    const extra =
      (Object.keys(this.captured_kwargs).length ? `, captured_kwargs=${repr(this.captured_kwargs)}` : '') +
      (Object.keys(this.extra_kwargs).length ? `, extra_kwargs=${repr(this.extra_kwargs)}` : '');
    return (
      `ResolverMatch(func=${this._func_path}, args=${repr(tuple(...this.args))}, kwargs=${repr(this.kwargs)}, ` +
      `url_name=${repr(this.url_name)}, app_names=${repr(this.app_names)}, namespaces=${repr(this.namespaces)}, ` +
      `route=${repr(this.route)}${extra})`
    );
  }
}

export class URLPattern {
  readonly pattern: RoutePattern;
  readonly callback: View;
  readonly default_args: Kwargs;
  readonly name: string | null;

  constructor(pattern: RoutePattern, callback: View, default_args: Kwargs | null, name: string | null) {
    this.pattern = pattern;
    this.callback = callback;
    this.default_args = default_args ?? {};
    this.name = name;
  }

  resolve(path: string): ResolverMatch | null {
    const match = this.pattern.match(path);
    if (!match) return null;
    const [, args, captured] = match;
    return new ResolverMatch({
      func: this.callback,
      args,
      kwargs: { ...captured, ...this.default_args },
      url_name: this.pattern.name,
      app_names: [],
      namespaces: [],
      route: this.pattern.route,
      tried: null,
      captured_kwargs: captured,
      extra_kwargs: this.default_args,
    });
  }

  /** "module.function" of the callback. */
  get lookup_str(): string {
    return qualified_name(this.callback);
  }

  __repr__(): string {
    return `<URLPattern ${this.pattern.describe()}>`;
  }
}

/** What include() returns and path() takes in place of a view. */
export interface IncludedURLconf {
  readonly urlconf: unknown;
  readonly app_name: string | null;
  readonly namespace: string | null;
}

/** One way reverse() can build a URL: the route's pieces from the root down. */
interface ReverseCandidate {
  parts: RoutePart[];
  pattern_text: string;
  defaults: Kwargs;
}

function isModuleNamespace(value: unknown): value is ModuleNamespace {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class URLResolver {
  readonly pattern: RoutePattern | RootPattern;
  readonly urlconf_name: unknown;
  readonly default_kwargs: Kwargs;
  readonly app_name: string | null;
  readonly namespace: string | null;
  private populated: {
    reverse: Map<string | View, ReverseCandidate[]>;
    namespaces: Map<string, [RoutePart[], string, URLResolver]>;
    apps: Map<string, string[]>;
  } | null = null;

  constructor(
    pattern: RoutePattern | RootPattern,
    urlconf_name: unknown,
    default_kwargs: Kwargs | null = null,
    app_name: string | null = null,
    namespace: string | null = null,
  ) {
    this.pattern = pattern;
    this.urlconf_name = urlconf_name;
    this.default_kwargs = default_kwargs ?? {};
    this.app_name = app_name;
    this.namespace = namespace;
  }

  get urlconf_module(): unknown {
    return typeof this.urlconf_name === 'string' ? import_module(this.urlconf_name) : this.urlconf_name;
  }

  /** The URLconf's urlpatterns; ImproperlyConfigured when it has none (Django's message). */
  get url_patterns(): Array<URLPattern | URLResolver> {
    const module = this.urlconf_module;
    const patterns = isModuleNamespace(module) && 'urlpatterns' in module ? module.urlpatterns : module;
    if (!Array.isArray(patterns)) {
      const name = typeof this.urlconf_name === 'string' ? this.urlconf_name : repr(this.urlconf_name);
      // Django tries iter(patterns) and raises from the TypeError it gets.
      const notIterable = new TypeError(
        `'${patterns === module && isModuleNamespace(module) ? 'module' : typeName(patterns)}' object is not iterable`,
      );
      throw new ImproperlyConfigured(
        `The included URLconf '${name}' does not appear to have any patterns in it. If you see the 'urlpatterns' variable with valid patterns in the file then the issue is probably caused by a circular import.`,
      ).withCause(notIterable);
    }
    for (const entry of patterns) check_pattern_entry(entry);
    return patterns as Array<URLPattern | URLResolver>;
  }

  __repr__(): string {
    const conf = Array.isArray(this.urlconf_name)
      ? `<${this.urlconf_name.length ? 'URLPattern' : 'list'} list>`
      : typeof this.urlconf_name === 'string'
        ? this.urlconf_name
        : repr(this.urlconf_name);
    return `<URLResolver ${conf} (${this.app_name ?? 'None'}:${this.namespace ?? 'None'}) ${this.pattern.describe()}>`;
  }

  resolve(path: string): ResolverMatch {
    const tried: unknown[][] = [];
    const match = this.pattern.match(path);
    if (!match) throw new Resolver404({ path });
    const [newPath, args, captured] = match;
    for (const pattern of this.url_patterns) {
      let sub: ResolverMatch | null;
      try {
        sub = pattern.resolve(newPath);
      } catch (error) {
        if (!(error instanceof Resolver404)) throw error;
        const subTried = (error.args[0] as { tried?: unknown[][] }).tried;
        if (subTried) for (const t of subTried) tried.push([pattern, ...t]);
        else tried.push([pattern]);
        continue;
      }
      if (sub) {
        const kwargs = { ...captured, ...this.default_kwargs, ...sub.kwargs };
        const subTried = sub.tried ?? [];
        return new ResolverMatch({
          func: sub.func,
          args: Object.keys(sub.kwargs).length ? [] : [...args, ...sub.args],
          kwargs,
          url_name: sub.url_name,
          app_names: [this.app_name ?? '', ...sub.app_names],
          namespaces: [this.namespace ?? '', ...sub.namespaces],
          route: `${this.pattern instanceof RootPattern ? '' : this.pattern.route}${sub.route}`,
          tried: [...tried, ...(subTried.length ? (subTried as unknown[][]).map((t) => [pattern, ...t]) : [[pattern]])],
          captured_kwargs: { ...captured, ...sub.captured_kwargs },
          extra_kwargs: { ...this.default_kwargs, ...sub.extra_kwargs },
        });
      }
      tried.push([pattern]);
    }
    throw new Resolver404({ tried, path: newPath });
  }

  /** Walks the patterns once, indexing them by name and by view for reverse(). */
  private populate(): NonNullable<URLResolver['populated']> {
    if (this.populated) return this.populated;
    const reverse = new Map<string | View, ReverseCandidate[]>();
    const namespaces = new Map<string, [RoutePart[], string, URLResolver]>();
    const apps = new Map<string, string[]>();
    const add = (key: string | View, candidate: ReverseCandidate) => {
      const list = reverse.get(key) ?? [];
      list.push(candidate);
      reverse.set(key, list);
    };
    for (const entry of this.url_patterns) {
      const ownText = entry.pattern.regex_text.replace(/^\^/, '');
      if (entry instanceof URLPattern) {
        const candidate = { parts: entry.pattern.parts, pattern_text: ownText, defaults: entry.default_args };
        add(entry.callback, candidate);
        if (entry.name !== null) add(entry.name, candidate);
      } else if (entry.namespace) {
        namespaces.set(entry.namespace, [entry.pattern.parts, ownText, entry]);
        const list = apps.get(entry.app_name ?? entry.namespace) ?? [];
        list.push(entry.namespace);
        apps.set(entry.app_name ?? entry.namespace, list);
      } else {
        const sub = entry.populate();
        for (const [key, candidates] of sub.reverse) {
          for (const c of candidates) {
            add(key, {
              parts: [...entry.pattern.parts, ...c.parts],
              pattern_text: ownText + c.pattern_text,
              defaults: { ...entry.default_kwargs, ...c.defaults },
            });
          }
        }
        for (const [ns, [parts, text, resolver]] of sub.namespaces) {
          namespaces.set(ns, [[...entry.pattern.parts, ...parts], ownText + text, resolver]);
        }
        for (const [app, list] of sub.apps) apps.set(app, [...(apps.get(app) ?? []), ...list]);
      }
    }
    this.populated = { reverse, namespaces, apps };
    return this.populated;
  }

  get namespace_dict(): Map<string, [RoutePart[], string, URLResolver]> {
    return this.populate().namespaces;
  }

  get app_dict(): Map<string, string[]> {
    return this.populate().apps;
  }

  /**
   * Django's _reverse_with_prefix: the first pattern whose parameters fit the arguments and
   * whose converters accept them, else NoReverseMatch with the patterns tried.
   */
  reverse_with_prefix(
    lookup: string | View,
    prefix: string,
    args: unknown[],
    kwargs: Kwargs,
    nsParts: RoutePart[] = [],
    nsText = '',
  ): string {
    if (args.length && Object.keys(kwargs).length) throw new ValueError("Don't mix *args and **kwargs in call to reverse()!");
    const possibilities = (this.populate().reverse.get(lookup) ?? []).map((c) => ({
      parts: [...nsParts, ...c.parts],
      pattern_text: nsText + c.pattern_text,
      defaults: c.defaults,
    }));
    for (const candidate of possibilities) {
      const params = candidate.parts.filter((p): p is Exclude<RoutePart, string> => typeof p !== 'string');
      const paramNames = params.map((p) => p.name);
      let subs: Kwargs;
      if (args.length) {
        if (args.length !== params.length) continue;
        subs = Object.fromEntries(paramNames.map((name, i) => [name, args[i]]));
      } else {
        const given = Object.keys(kwargs);
        const symmetricDifference = [
          ...given.filter((k) => !paramNames.includes(k)),
          ...paramNames.filter((k) => !given.includes(k)),
        ];
        if (symmetricDifference.some((k) => !(k in candidate.defaults))) continue;
        const defaultsAgree = Object.entries(candidate.defaults).every(
          ([k, v]) => paramNames.includes(k) || !(k in kwargs) || kwargs[k] === v,
        );
        if (!defaultsAgree) continue;
        subs = kwargs;
      }
      const text: Record<string, string> = {};
      let converted = true;
      for (const param of params) {
        try {
          text[param.name] = param.converter.to_url(subs[param.name]);
        } catch (error) {
          if (error instanceof ValueError) {
            converted = false;
            break;
          }
          throw error;
        }
      }
      if (!converted) continue;
      const url = prefix + candidate.parts.map((p) => (typeof p === 'string' ? p : text[p.name]!)).join('');
      // The built URL must match the pattern, so a value the converter's regex refuses fails.
      if (!toJsRegex(`^${pyEscape(prefix)}${candidate.pattern_text}`).test(url)) continue;
      return escape_leading_slashes(quote(url));
    }
    const lookupText = typeof lookup === 'string' ? lookup : qualified_name(lookup);
    const patterns = possibilities.map((c) => c.pattern_text);
    if (patterns.length) {
      const argText = args.length
        ? `arguments '${repr(tuple(...args))}'`
        : Object.keys(kwargs).length
          ? `keyword arguments '${repr(kwargs)}'`
          : 'no arguments';
      throw new NoReverseMatch(
        `Reverse for '${lookupText}' with ${argText} not found. ${patterns.length} pattern(s) tried: ${repr(patterns)}`,
      );
    }
    throw new NoReverseMatch(
      `Reverse for '${lookupText}' not found. '${lookupText}' is not a valid view function or pattern name.`,
    );
  }

  /** The view for handler400/403/404/500: the URLconf's own, else Django's default. */
  resolve_error_handler(view_type: 400 | 403 | 404 | 500): View {
    const module = this.urlconf_module;
    const own = isModuleNamespace(module) ? module[`handler${view_type}`] : undefined;
    return get_callable(own ?? DEFAULT_ERROR_HANDLERS[view_type]) as View;
  }
}

const DEFAULT_ERROR_HANDLERS = {
  400: 'django.views.defaults.bad_request',
  403: 'django.views.defaults.permission_denied',
  404: 'django.views.defaults.page_not_found',
  500: 'django.views.defaults.server_error',
} as const;

/** Python's urllib.parse.quote with the characters Django keeps (RFC 3986 sub-delims, "/~:@"). */
function quote(url: string): string {
  return url.replace(/[^A-Za-z0-9_.\-~!$&'()*+,;=/:@]/g, (ch) => encodeURIComponent(ch));
}

/** "//evil.com" would be a scheme-relative URL; Django escapes the second slash. */
export function escape_leading_slashes(url: string): string {
  return url.startsWith('//') ? `/%2F${url.slice(2)}` : url;
}

/**
 * An entry that is not path()/re_path()/include(). Django reports it through the system check
 * urls.E004 before serving; the runtime has no check run, so it raises ImproperlyConfigured with
 * the check's text when the URLconf is first used.
 */
export function check_pattern_entry(entry: unknown): void {
  if (entry instanceof URLPattern || entry instanceof URLResolver) return;
  let hint: string | null = null;
  if (typeof entry === 'string') {
    hint = `Try removing the string '${entry}'. The list of urlpatterns should not have a prefix string as the first element.`;
  } else if (Array.isArray(entry)) {
    hint = 'Try using path() instead of a tuple.';
  }
  const shown = Array.isArray(entry) ? repr(tuple(...entry)) : repr(entry);
  const error = new ImproperlyConfigured(
    `Your URL pattern ${shown} is invalid. Ensure that urlpatterns is a list of path() and/or re_path() instances.`,
  );
  Object.assign(error, { hint, id: 'urls.E004' });
  throw error;
}

export function root_resolver(urlconf: unknown): URLResolver {
  return new URLResolver(new RootPattern(), urlconf);
}
