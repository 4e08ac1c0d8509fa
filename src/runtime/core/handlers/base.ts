// django.core.handlers.base.BaseHandler: builds the middleware chain from settings.MIDDLEWARE,
// resolves the URL, calls the view and checks what it returned.
//
// Middleware is named by dotted path (register_module('mysite.middleware', { Timing })) and is
// either a class taking get_response whose instances have __call__(request), or a factory
// function returning a function of the request. A factory that raises MiddlewareNotUsed is
// skipped, which Django logs at DEBUG level on "django.request".

import { settings } from '../../conf';
import { ImproperlyConfigured, MiddlewareNotUsed } from '../exceptions';
import { iterate_setting } from '../../conf';
import type { HttpRequest } from '../../http/request';
import { HttpResponseBase } from '../../http/response';
import { AttributeError, ValueError } from '../../python/exceptions';
import { str, typeName } from '../../python/repr';
import { get_resolver, set_urlconf } from '../../urls/base';
import type { ResolverMatch, View } from '../../urls/resolvers';
import { import_string, qualified_name } from '../../utils/module_loading';
import { log_response, request_logger } from '../../utils/log';
import { convert_exception_to_response, type GetResponse } from './exception';

type ViewMiddleware = (
  request: HttpRequest,
  view: View,
  args: unknown[],
  kwargs: Record<string, unknown>,
) => HttpResponseBase | null | undefined;
type ExceptionMiddleware = (request: HttpRequest, exception: unknown) => HttpResponseBase | null | undefined;

interface MiddlewareInstance {
  __call__?: (request: HttpRequest) => HttpResponseBase;
  process_view?: ViewMiddleware;
  process_exception?: ExceptionMiddleware;
}

function isClass(fn: Function): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

/** Instantiates a middleware class, or calls a middleware factory. */
function build_middleware(factory: unknown, get_response: GetResponse): unknown {
  if (typeof factory !== 'function') throw new TypeError(`'${typeName(factory)}' object is not callable`);
  return isClass(factory)
    ? new (factory as new (g: GetResponse) => unknown)(get_response)
    : (factory as (g: GetResponse) => unknown)(get_response);
}

/** The instance as a function of the request. */
function as_handler(instance: unknown, path: string): GetResponse {
  if (typeof instance === 'function') return instance as GetResponse;
  const call = (instance as MiddlewareInstance).__call__;
  if (typeof call !== 'function') throw new TypeError(`'${path.split('.').pop()}' object is not callable`);
  return (request) => call.call(instance, request);
}

export class BaseHandler {
  protected middleware_chain: GetResponse | null = null;
  protected view_middleware: ViewMiddleware[] = [];
  protected exception_middleware: ExceptionMiddleware[] = [];

  /** Builds the chain from settings.MIDDLEWARE, innermost (the view) first. */
  load_middleware(): void {
    this.view_middleware = [];
    this.exception_middleware = [];
    let handler = convert_exception_to_response((request) => this.get_response_inner(request));
    for (const path of iterate_setting('MIDDLEWARE').reverse()) {
      const dotted = String(path);
      const middleware = import_string(dotted);
      let instance: unknown;
      try {
        instance = build_middleware(middleware, handler);
      } catch (error) {
        if (error instanceof MiddlewareNotUsed) {
          if (settings.DEBUG) {
            if (str(error)) request_logger.debug('MiddlewareNotUsed(%r): %s', dotted, error);
            else request_logger.debug('MiddlewareNotUsed: %r', dotted);
          }
          continue;
        }
        throw error;
      }
      if (instance === null || instance === undefined) {
        throw new ImproperlyConfigured(`Middleware factory ${dotted} returned None.`);
      }
      const hooks = instance as MiddlewareInstance;
      if (typeof hooks.process_view === 'function') this.view_middleware.unshift(hooks.process_view.bind(instance));
      if (typeof hooks.process_exception === 'function') this.exception_middleware.push(hooks.process_exception.bind(instance));
      handler = convert_exception_to_response(as_handler(instance, dotted));
    }
    this.middleware_chain = handler;
  }

  /** Returns a response for the request; never raises for what the view raised. */
  get_response(request: HttpRequest): HttpResponseBase {
    if (!this.middleware_chain) this.load_middleware();
    set_urlconf(settings.ROOT_URLCONF ?? null);
    const response = this.middleware_chain!(request);
    if (!(response instanceof HttpResponseBase)) {
      // Django touches response._resource_closers here, which fails for anything else.
      throw new AttributeError(`'${typeName(response)}' object has no attribute '_resource_closers'`);
    }
    if (response.status_code >= 400) log_response('%s: %s', [response.reason_phrase, request.path], { response, request });
    return response;
  }

  /** Resolves the view (request.urlconf overrides ROOT_URLCONF) and records the match on the request. */
  resolve_request(request: HttpRequest): ResolverMatch {
    let match: ResolverMatch;
    if (request.urlconf) {
      set_urlconf(request.urlconf);
      match = get_resolver(request.urlconf).resolve(request.path_info);
    } else {
      match = get_resolver().resolve(request.path_info);
    }
    request.resolver_match = match;
    return match;
  }

  /** Calls the view with Django's convention: keyword arguments if any, else positional ones. */
  static call_view(callback: View, request: HttpRequest, match: ResolverMatch): unknown {
    const kwargs = match.kwargs;
    return Object.keys(kwargs).length ? callback(request, kwargs) : callback(request, ...match.args);
  }

  protected get_response_inner(request: HttpRequest): HttpResponseBase {
    const match = this.resolve_request(request);
    const callback = match.func;
    let response: unknown = null;
    for (const hook of this.view_middleware) {
      response = hook(request, callback, match.args, match.kwargs);
      if (response) break;
    }
    if (!response) {
      try {
        response = BaseHandler.call_view(callback, request, match);
      } catch (error) {
        response = this.process_exception_by_middleware(error, request);
        if (!response) throw error;
      }
    }
    BaseHandler.check_response(response, callback);
    return response as HttpResponseBase;
  }

  protected process_exception_by_middleware(exception: unknown, request: HttpRequest): HttpResponseBase | null {
    for (const hook of this.exception_middleware) {
      const response = hook(request, exception);
      if (response) return response;
    }
    return null;
  }

  /** ValueError when a view returned nothing (None) or an unawaited coroutine (a promise). */
  static check_response(response: unknown, callback: Function, name?: string): void {
    const isPromise = response instanceof Promise;
    if (!(response === null || response === undefined || isPromise)) return;
    const label = name ?? `The view ${qualified_name(callback)}`;
    if (!isPromise) throw new ValueError(`${label} didn't return an HttpResponse object. It returned None instead.`);
    // Keep the rejected promise from surfacing as an unhandled rejection.
    (response as Promise<unknown>).catch(() => undefined);
    throw new ValueError(
      `${label} didn't return an HttpResponse object. It returned an unawaited coroutine instead. You may need to add an 'await' into your view.`,
    );
  }
}
