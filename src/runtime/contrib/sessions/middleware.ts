// django.contrib.sessions.middleware.SessionMiddleware: loads request.session from the cookie
// and saves it after the view. If the session was deleted meanwhile (a logout in a concurrent
// request), saving fails and the request ends with SessionInterrupted (a 400).

import { get_setting } from '../../conf';
import type { HttpRequest } from '../../http/request';
import type { HttpResponseBase } from '../../http/response';
import { MiddlewareMixin, type GetResponse } from '../../utils/deprecation';
import { import_module, register_module } from '../../utils/module_loading';
import { SessionInterrupted } from './exceptions';
import { UpdateError, type SessionBase } from './backends/base';
import './backends/cache';
import './backends/file';

type SessionStoreClass = new (key?: string | null) => SessionBase;

export class SessionMiddleware extends MiddlewareMixin {
  readonly SessionStore: SessionStoreClass;

  constructor(get_response: GetResponse) {
    super(get_response);
    this.SessionStore = import_module(String(get_setting('SESSION_ENGINE'))).SessionStore as SessionStoreClass;
  }

  override process_request(request: HttpRequest): null {
    const key = request.COOKIES[String(get_setting('SESSION_COOKIE_NAME'))] ?? null;
    request.session = new this.SessionStore(key);
    return null;
  }

  override process_response(request: HttpRequest, response: HttpResponseBase): HttpResponseBase {
    const session = request.session as SessionBase | undefined;
    if (!session) return response;
    const cookieName = String(get_setting('SESSION_COOKIE_NAME'));
    const empty = session.is_empty();
    if (cookieName in request.COOKIES && empty) {
      response.delete_cookie(cookieName, { path: String(get_setting('SESSION_COOKIE_PATH')) });
      return response;
    }
    if ((session.modified || get_setting('SESSION_SAVE_EVERY_REQUEST')) && !empty && response.status_code < 500) {
      try {
        session.save();
      } catch (error) {
        if (error instanceof UpdateError) {
          throw new SessionInterrupted(
            "The request's session was deleted before the request completed. The user may have logged out in a concurrent request, for example.",
          ).withContext(error);
        }
        throw error;
      }
      const max_age = session.get_expire_at_browser_close() ? null : session.get_expiry_age();
      response.set_cookie(cookieName, session.session_key ?? '', { max_age, path: String(get_setting('SESSION_COOKIE_PATH')) });
    }
    return response;
  }
}

register_module('django.contrib.sessions.middleware', { SessionMiddleware });
