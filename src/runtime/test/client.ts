// django.test.client: RequestFactory and the test Client.
//
//   const client = new Client();
//   const response = client.get('/people/1/');                 // a response; never a network call
//   client.post('/upload/', { title: 'x', file: new SimpleUploadedFile('a.txt', 'hi') });
//   client.get('/old/', {}, { follow: true }).redirect_chain;   // [('/new/', 302)]
//
// As in Django, an exception a view raises that would become a 500 is raised again by the
// client (raise_request_exception), while Http404, PermissionDenied, BadRequest and
// SuspiciousOperation come back as 404/403/400 responses. Following a redirect loop raises
// RedirectCycleError.

import { settings } from '../conf';
import { got_request_exception } from '../core/signals';
import { UploadedFile } from '../core/files/uploadedfile';
import { WSGIRequest, type Environ } from '../core/handlers/wsgi';
import { BaseHandler } from '../core/handlers/base';
import { request_finished, request_started } from '../core/signals';
import { BytesIO, type InputStream } from '../http/request';
import { json_dumps, type HttpResponse, type HttpResponseBase } from '../http/response';
import { get_setting } from '../conf';
import { resolve } from '../urls/base';
import { import_string } from '../utils/module_loading';
import { RedirectCycleError } from './client_errors';
import { tuple } from '../python/types';

export { RedirectCycleError };

export const BOUNDARY = 'BoUnDaRyStRiNg';
export const MULTIPART_CONTENT = `multipart/form-data; boundary=${BOUNDARY}`;

const encoder = new TextEncoder();

type FormValue = string | number | boolean | UploadedFile | null | undefined;
export type FormData = Record<string, FormValue | FormValue[]>;

/** Django's encode_multipart: the body the test client posts for form data and files. */
export function encode_multipart(boundary: string, data: FormData): Uint8Array {
  const chunks: Uint8Array[] = [];
  const text = (s: string) => chunks.push(encoder.encode(s));
  for (const [key, raw] of Object.entries(data)) {
    if (raw === null || raw === undefined) {
      throw new TypeError(
        `Cannot encode None for key '${key}' as POST data. Did you mean to pass an empty string or omit the value?`,
      );
    }
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      text(`--${boundary}\r\n`);
      if (value instanceof UploadedFile) {
        text(`Content-Disposition: form-data; name="${key}"; filename="${value.name ?? ''}"\r\n`);
        text(`Content-Type: ${value.content_type ?? 'application/octet-stream'}\r\n\r\n`);
        chunks.push(value.read());
        text('\r\n');
      } else {
        text(`Content-Disposition: form-data; name="${key}"\r\n\r\n${String(value)}\r\n`);
      }
    }
  }
  text(`--${boundary}--\r\n`);
  const body = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.length;
  }
  return body;
}

function urlencode(data: Record<string, unknown>): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return Object.entries(data)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((item) => `${enc(k)}=${enc(String(item))}`))
    .join('&');
}

export interface RequestOptions {
  /** Headers by their HTTP names: { Host: 'example.com' } -> HTTP_HOST. */
  headers?: Record<string, string>;
  query_params?: Record<string, unknown>;
  content_type?: string;
  follow?: boolean;
  secure?: boolean;
  /** Further environ entries (Python's **extra), e.g. HTTP_HOST or 'wsgi.input'. */
  [environKey: string]: unknown;
}

function headersToEnviron(headers: Record<string, string> = {}): Environ {
  const environ: Environ = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toUpperCase().replace(/-/g, '_');
    environ[key === 'CONTENT_TYPE' || key === 'CONTENT_LENGTH' ? key : `HTTP_${key}`] = value;
  }
  return environ;
}

const OPTION_KEYS = new Set(['headers', 'query_params', 'content_type', 'follow', 'secure']);

function extraEnviron(options: RequestOptions): Environ {
  return Object.fromEntries(Object.entries(options).filter(([k]) => !OPTION_KEYS.has(k)));
}

/** Builds WSGIRequest objects without running them through a handler. */
export class RequestFactory {
  readonly defaults: Environ;
  readonly cookies: Record<string, string> = {};

  constructor(defaults: Environ = {}) {
    this.defaults = defaults;
  }

  protected base_environ(request: Environ): Environ {
    const cookie = Object.entries(this.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    return {
      HTTP_COOKIE: cookie,
      PATH_INFO: '/',
      REMOTE_ADDR: '127.0.0.1',
      REQUEST_METHOD: 'GET',
      SCRIPT_NAME: '',
      SERVER_NAME: 'testserver',
      SERVER_PORT: '80',
      SERVER_PROTOCOL: 'HTTP/1.1',
      'wsgi.url_scheme': 'http',
      'wsgi.input': new BytesIO(),
      ...this.defaults,
      ...request,
    };
  }

  /** Runs a built environ; the factory returns the request itself. */
  request(environ: Environ): unknown {
    return new WSGIRequest(this.base_environ(environ));
  }

  generic(
    method: string,
    path: string,
    data: Uint8Array | string = '',
    content_type = 'application/octet-stream',
    options: RequestOptions = {},
  ): unknown {
    const url = new URL(path, 'http://testserver');
    const body = typeof data === 'string' ? encoder.encode(data) : data;
    const environ: Environ = {
      PATH_INFO: decodeURIComponent(url.pathname),
      REQUEST_METHOD: method,
      SERVER_PORT: options.secure ? '443' : '80',
      'wsgi.url_scheme': options.secure ? 'https' : 'http',
      ...headersToEnviron(options.headers),
    };
    if (body.length) {
      environ.CONTENT_LENGTH = String(body.length);
      environ.CONTENT_TYPE = content_type;
      environ['wsgi.input'] = new BytesIO(body);
    }
    let query = url.search.replace(/^\?/, '');
    if (options.query_params) query = urlencode(options.query_params);
    if (query && !('QUERY_STRING' in options)) environ.QUERY_STRING = query;
    Object.assign(environ, extraEnviron(options));
    return this.request(environ);
  }

  get(path: string, data: Record<string, unknown> = {}, options: RequestOptions = {}): unknown {
    const query = urlencode(data);
    return this.generic('GET', path, '', 'application/octet-stream', { ...(query ? { QUERY_STRING: query } : {}), ...options });
  }

  post(path: string, data: FormData | string | Record<string, unknown> = {}, options: RequestOptions = {}): unknown {
    const contentType = options.content_type ?? MULTIPART_CONTENT;
    let body: Uint8Array | string;
    if (typeof data === 'string') body = data;
    else if (contentType === MULTIPART_CONTENT) body = encode_multipart(BOUNDARY, data as FormData);
    else if (/^application\/(.+\+)?json/.test(contentType)) body = json_dumps(data);
    else if (contentType === 'application/x-www-form-urlencoded') body = urlencode(data);
    else body = String(data);
    return this.generic('POST', path, body, contentType, options);
  }
}

/** The handler behind the test client: a WSGI handler that hands back the request too. */
export class ClientHandler extends BaseHandler {
  handle(environ: Environ): HttpResponseBase {
    request_started.send(this.constructor, { environ });
    const request = new WSGIRequest(environ);
    try {
      const response = this.get_response(request);
      (response as HttpResponseBase & { wsgi_request: WSGIRequest }).wsgi_request = request;
      return response;
    } finally {
      request_finished.send(this.constructor);
    }
  }
}

const REDIRECT_CODES = [301, 302, 303, 307, 308];

export type ClientResponse = HttpResponse & { wsgi_request: WSGIRequest; client: Client };

export class Client extends RequestFactory {
  readonly handler = new ClientHandler();
  raise_request_exception: boolean;
  private exception: { value: unknown } | null = null;

  constructor(options: { raise_request_exception?: boolean; defaults?: Environ } = {}) {
    super(options.defaults ?? {});
    this.raise_request_exception = options.raise_request_exception ?? true;
  }

  /** Runs the request through the handler (middleware, URL resolution, the view). */
  override request(environ: Environ): ClientResponse {
    const full = this.base_environ(environ);
    const uid = `request-exception-${Math.random()}`;
    got_request_exception.connect(
      ({ exception }) => {
        this.exception = { value: exception };
      },
      { dispatch_uid: uid },
    );
    let response: ClientResponse;
    try {
      response = this.handler.handle(full) as ClientResponse;
    } finally {
      got_request_exception.disconnect(null, { dispatch_uid: uid });
    }
    if (this.exception) {
      const { value } = this.exception;
      this.exception = null;
      if (this.raise_request_exception) throw value;
    }
    response.client = this;
    response.request = full;
    const urlconf = response.wsgi_request.urlconf;
    try {
      response.resolver_match = resolve(String(full.PATH_INFO), urlconf);
    } catch {
      response.resolver_match = null;
    }
    for (const [name, cookie] of response.cookies) {
      if (cookie.max_age === 0) delete this.cookies[name];
      else this.cookies[name] = cookie.value;
    }
    return response;
  }

  override generic(
    method: string,
    path: string,
    data: Uint8Array | string = '',
    content_type = 'application/octet-stream',
    options: RequestOptions = {},
  ): ClientResponse {
    const response = super.generic(method, path, data, content_type, options) as ClientResponse;
    return options.follow ? this.handle_redirects(response, options) : response;
  }

  override get(path: string, data: Record<string, unknown> = {}, options: RequestOptions = {}): ClientResponse {
    return super.get(path, data, options) as ClientResponse;
  }

  override post(
    path: string,
    data: FormData | string | Record<string, unknown> = {},
    options: RequestOptions = {},
  ): ClientResponse {
    return super.post(path, data, options) as ClientResponse;
  }

  /** Follows redirects like Django: RedirectCycleError on a loop or after 20 hops. */
  private handle_redirects(first: ClientResponse, options: RequestOptions): ClientResponse {
    let response = first;
    const chain: Array<readonly [string, number]> = [];
    response.redirect_chain = chain;
    while (REDIRECT_CODES.includes(response.status_code)) {
      const location = response.__getitem__('Location');
      chain.push(tuple(location, response.status_code) as unknown as readonly [string, number]);
      const url = new URL(location, `http://testserver${String(response.request.PATH_INFO ?? '/')}`);
      const extra: RequestOptions = { ...options, follow: false };
      if (url.host && url.host !== 'testserver') extra.HTTP_HOST = url.host;
      const preserve =
        (response.status_code === 307 || response.status_code === 308) &&
        !['GET', 'HEAD'].includes(String(response.request.REQUEST_METHOD));
      if (preserve) {
        const input = response.request['wsgi.input'] as InputStream;
        response = this.generic(
          String(response.request.REQUEST_METHOD),
          url.pathname + url.search,
          input.read(),
          String(response.request.CONTENT_TYPE ?? ''),
          extra,
        );
      } else {
        response = this.generic('GET', url.pathname + url.search, '', 'application/octet-stream', {
          ...extra,
          headers: options.headers,
        });
      }
      response.redirect_chain = chain;
      const last = chain[chain.length - 1]!;
      if (chain.slice(0, -1).some(([u, code]) => u === last[0] && code === last[1])) {
        throw new RedirectCycleError('Redirect loop detected.', response);
      }
      if (chain.length > 20) throw new RedirectCycleError('Too many redirects.', response);
    }
    return response;
  }

  /** The session of the client's session cookie (a new saved one if there is none). */
  get session(): { session_key: string | null; save(): void; [key: string]: any } {
    const engine = import_string(`${String(get_setting('SESSION_ENGINE'))}.SessionStore`) as new (key?: string | null) => {
      session_key: string | null;
      save(): void;
    };
    const name = String(settings.SESSION_COOKIE_NAME);
    const existing = this.cookies[name];
    if (existing) return new engine(existing);
    const session = new engine();
    session.save();
    this.cookies[name] = session.session_key!;
    return session;
  }
}
