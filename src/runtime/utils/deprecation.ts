// django.utils.deprecation: the warning categories of Django's deprecation timeline, and
// MiddlewareMixin, the base of middleware written with hooks (process_request /
// process_response) instead of a __call__ of their own.

import { DeprecationWarning, PendingDeprecationWarning, ValueError, pythonClass } from '../python/exceptions';
import type { HttpRequest } from '../http/request';
import type { HttpResponseBase } from '../http/response';

/** Features removed in the next feature release. */
export class RemovedInNextVersionWarning extends DeprecationWarning {}
pythonClass(RemovedInNextVersionWarning, 'django.utils.deprecation');

/** Features removed in Django 2028 (the release after next): pending, silent by default. */
export class RemovedInDjango2028Warning extends PendingDeprecationWarning {}
pythonClass(RemovedInDjango2028Warning, 'django.utils.deprecation');

export type GetResponse = (request: HttpRequest) => HttpResponseBase;

export class MiddlewareMixin {
  readonly get_response: GetResponse;

  constructor(get_response: GetResponse) {
    if (get_response === undefined || get_response === null) throw new ValueError('get_response must be provided.');
    this.get_response = get_response;
  }

  process_request?(request: HttpRequest): HttpResponseBase | null | undefined;
  process_response?(request: HttpRequest, response: HttpResponseBase): HttpResponseBase;

  __call__(request: HttpRequest): HttpResponseBase {
    let response = this.process_request?.(request) ?? null;
    response = response ?? this.get_response(request);
    if (this.process_response) response = this.process_response(request, response);
    return response;
  }
}
