// django.core.handlers.exception: how an exception raised while handling a request becomes a
// response. Http404 -> 404, PermissionDenied -> 403, MultiPartParserError, BadRequest and every
// SuspiciousOperation -> 400 (the last also logged to "django.security.<ClassName>"), anything
// else -> 500 (logged to "django.request", and sent as got_request_exception).

import { settings } from '../../conf';
import {
  BadRequest,
  PermissionDenied,
  RequestDataTooBig,
  SuspiciousOperation,
  TooManyFieldsSent,
  TooManyFilesSent,
} from '../exceptions';
import { Http404 } from '../../http/exceptions';
import { MultiPartParserError } from '../../http/multipartparser';
import type { HttpRequest } from '../../http/request';
import type { HttpResponseBase } from '../../http/response';
import { className } from '../../python/names';
import { getLogger } from '../../python/logging';
import { str } from '../../python/repr';
import { get_resolver, get_urlconf } from '../../urls/base';
import type { URLResolver } from '../../urls/resolvers';
import { log_response } from '../../utils/log';
import { technical_404_response, technical_500_response } from '../../views/debug';
import '../../views/defaults';
import { got_request_exception } from '../signals';

export type GetResponse = (request: HttpRequest) => HttpResponseBase;

/** Wraps a handler or middleware so that no exception leaves it: each becomes a response. */
export function convert_exception_to_response(get_response: GetResponse): GetResponse {
  return (request) => {
    try {
      return get_response(request);
    } catch (exc) {
      return response_for_exception(request, exc);
    }
  };
}

export function response_for_exception(request: HttpRequest, exc: unknown): HttpResponseBase {
  let response: HttpResponseBase;
  if (exc instanceof Http404) {
    response = settings.DEBUG ? technical_404_response(request, exc) : get_exception_response(request, resolver(), 404, exc);
  } else if (exc instanceof PermissionDenied) {
    response = get_exception_response(request, resolver(), 403, exc);
    log_response('Forbidden (Permission denied): %s', [request.path], { response, request, exception: exc });
  } else if (exc instanceof MultiPartParserError) {
    response = get_exception_response(request, resolver(), 400, exc);
    log_response('Bad request (Unable to parse request body): %s', [request.path], { response, request, exception: exc });
  } else if (exc instanceof BadRequest) {
    response = settings.DEBUG ? technical_500_response(request, exc, 400) : get_exception_response(request, resolver(), 400, exc);
    log_response('%s: %s', [str(exc), request.path], { response, request, exception: exc });
  } else if (exc instanceof SuspiciousOperation) {
    if (exc instanceof RequestDataTooBig || exc instanceof TooManyFieldsSent || exc instanceof TooManyFilesSent) {
      // POST cannot be read again, or the same exception would be raised.
      request.mark_post_parse_error();
    }
    response = settings.DEBUG ? technical_500_response(request, exc, 400) : get_exception_response(request, resolver(), 400, exc);
    // Logged once, on "django.security.<ClassName>" only: the response counts as logged, so the
    // handler adds no "Bad Request" line on "django.request" (as in Django 6.1).
    const security_logger = getLogger(`django.security.${className(Object.getPrototypeOf(exc).constructor)}`);
    log_response(str(exc), [], { exception: exc, request, response, level: 'error', logger: security_logger });
  } else {
    got_request_exception.send(null, { request, exception: exc });
    response = handle_uncaught_exception(request, resolver(), exc);
    log_response('%s: %s', [response.reason_phrase, request.path], { response, request, exception: exc });
  }
  return response;
}

function resolver(): URLResolver {
  return get_resolver(get_urlconf());
}

/** The URLconf's error view for the status; if that view fails, a 500 instead. */
export function get_exception_response(
  request: HttpRequest,
  resolver: URLResolver,
  status_code: 400 | 403 | 404 | 500,
  exception: unknown,
): HttpResponseBase {
  try {
    const callback = resolver.resolve_error_handler(status_code);
    return callback(request, exception) as HttpResponseBase;
  } catch (error) {
    got_request_exception.send(null, { request, exception: error });
    return handle_uncaught_exception(request, resolver, error);
  }
}

/** A 500: the debug page with DEBUG on, else handler500. DEBUG_PROPAGATE_EXCEPTIONS re-raises. */
export function handle_uncaught_exception(request: HttpRequest, resolver: URLResolver, exc: unknown): HttpResponseBase {
  if (settings.DEBUG_PROPAGATE_EXCEPTIONS) throw exc;
  if (settings.DEBUG) return technical_500_response(request, exc);
  const callback = resolver.resolve_error_handler(500);
  return callback(request) as HttpResponseBase;
}
