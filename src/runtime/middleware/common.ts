// django.middleware.common.CommonMiddleware, reduced: it validates the Host header on every
// request (request.get_host(), so a host outside ALLOWED_HOSTS fails with DisallowedHost) and,
// with APPEND_SLASH, redirects a 404 for "/path" to "/path/" when that URL exists.

import { get_setting } from '../conf';
import type { HttpRequest } from '../http/request';
import { HttpResponsePermanentRedirect, type HttpResponseBase } from '../http/response';
import { is_valid_path } from '../urls/base';
import { MiddlewareMixin } from '../utils/deprecation';
import { register_module } from '../utils/module_loading';

export class CommonMiddleware extends MiddlewareMixin {
  override process_request(request: HttpRequest): null {
    request.get_host();
    return null;
  }

  override process_response(request: HttpRequest, response: HttpResponseBase): HttpResponseBase {
    if (response.status_code === 404 && get_setting('APPEND_SLASH') && !request.path_info.endsWith('/')) {
      if (!is_valid_path(request.path_info, request.urlconf) && is_valid_path(`${request.path_info}/`, request.urlconf)) {
        const query = String(request.META.QUERY_STRING ?? '');
        return new HttpResponsePermanentRedirect(`${request.path}/${query ? `?${query}` : ''}`);
      }
    }
    return response;
  }
}

register_module('django.middleware.common', { CommonMiddleware });
