// django.http.response: HttpResponse and its subclasses, JsonResponse and the redirect checks.

import { settings } from '../conf';
import { DisallowedRedirect } from '../core/exceptions';
import { KeyError, ValueError, pythonClass } from '../python/exceptions';
import { repr } from '../python/repr';
import { Http404 } from './exceptions';

export { Http404 };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Django's MAX_URL_REDIRECT_LENGTH (django.utils.http). */
export const MAX_URL_REDIRECT_LENGTH = 16384;

const REASON_PHRASES: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  410: 'Gone',
  413: 'Request Entity Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

export interface CookieOptions {
  max_age?: number | null;
  expires?: string | null;
  path?: string;
  domain?: string | null;
  secure?: boolean;
  httponly?: boolean;
  samesite?: string | null;
}

export interface Cookie extends CookieOptions {
  value: string;
}

export interface ResponseOptions {
  content_type?: string;
  status?: number;
  reason?: string;
  charset?: string;
  headers?: Record<string, string>;
}

/** Python's `'/caf\xe9'` -> `/caf%C3%A9`: non-ASCII and unsafe characters are percent-encoded. */
export function iri_to_uri(iri: string): string {
  return iri.replace(/[^A-Za-z0-9\-._~/#%[\]=:;$&()+,!?*@']/g, (ch) => encodeURIComponent(ch));
}

/** The scheme Python's urlsplit() finds, lower-cased, or ''. */
export function url_scheme(url: string): string {
  // As Python's urlsplit(): leading C0 control characters and spaces are stripped.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const stripped = url.replace(/^[\x00-\x20]+/, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(stripped);
  return match ? match[1]!.toLowerCase() : '';
}

export class HttpResponseBase {
  status_code = 200;
  private reason: string | null = null;
  readonly headers = new Map<string, [string, string]>();
  readonly cookies = new Map<string, Cookie>();
  charset: string;
  /** Set by the test client: the request environment, the redirects followed, the view's exception. */
  request: Record<string, unknown> = {};
  redirect_chain: Array<readonly [string, number]> = [];
  /** The ResolverMatch of the view that produced the response (test client). */
  resolver_match: unknown = null;

  constructor(options: ResponseOptions = {}) {
    if (options.status !== undefined) {
      if (!Number.isInteger(options.status)) throw new TypeError('HTTP status code must be an integer.');
      if (options.status < 100 || options.status > 599)
        throw new ValueError('HTTP status code must be an integer from 100 to 599.');
      this.status_code = options.status;
    }
    if (options.reason !== undefined) this.reason = options.reason;
    this.charset = options.charset ?? String(settings.DEFAULT_CHARSET ?? 'utf-8');
    for (const [key, value] of Object.entries(options.headers ?? {})) this.__setitem__(key, value);
    if (!this.has_header('Content-Type'))
      this.__setitem__('Content-Type', options.content_type ?? `text/html; charset=${this.charset}`);
  }

  get reason_phrase(): string {
    return this.reason ?? REASON_PHRASES[this.status_code] ?? 'Unknown Status Code';
  }

  set reason_phrase(value: string) {
    this.reason = value;
  }

  /** `response['Location']`; KeyError when the header is not set. */
  __getitem__(header: string): string {
    const found = this.headers.get(header.toLowerCase());
    if (!found) throw new KeyError(header);
    return found[1];
  }

  __setitem__(header: string, value: string): void {
    this.headers.set(header.toLowerCase(), [header, value]);
  }

  get(header: string, fallback: string | null = null): string | null {
    return this.headers.get(header.toLowerCase())?.[1] ?? fallback;
  }

  has_header(header: string): boolean {
    return this.headers.has(header.toLowerCase());
  }

  delete_header(header: string): void {
    this.headers.delete(header.toLowerCase());
  }

  set_cookie(key: string, value = '', options: CookieOptions = {}): void {
    this.cookies.set(key, { path: '/', ...options, value });
  }

  delete_cookie(key: string, options: { path?: string; domain?: string | null } = {}): void {
    this.cookies.set(key, {
      value: '',
      max_age: 0,
      expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
      path: options.path ?? '/',
      domain: options.domain ?? null,
    });
  }

  __repr__(): string {
    return `<${this.constructor.name} status_code=${this.status_code}, ${repr(this.get('Content-Type'))}>`;
  }
}

export class HttpResponse extends HttpResponseBase {
  private bytes: Uint8Array = new Uint8Array();

  constructor(content: string | Uint8Array = '', options: ResponseOptions = {}) {
    super(options);
    this.content = content;
  }

  get content(): Uint8Array {
    return this.bytes;
  }

  set content(value: string | Uint8Array) {
    this.bytes = typeof value === 'string' ? encoder.encode(value) : value;
  }

  /** The content decoded with the response's charset (Django 5.0's response.text). */
  get text(): string {
    return decoder.decode(this.bytes);
  }

  /** The test client's response.json(). */
  json(): unknown {
    return JSON.parse(this.text);
  }

  write(content: string): void {
    const extra = encoder.encode(content);
    const joined = new Uint8Array(this.bytes.length + extra.length);
    joined.set(this.bytes);
    joined.set(extra, this.bytes.length);
    this.bytes = joined;
  }
}

export interface RedirectOptions extends ResponseOptions {
  /** 307/308 instead of 302/301: the client repeats the method and body. */
  preserve_request?: boolean;
  /** Longest Location allowed; null turns the check off. */
  max_length?: number | null;
}

export class HttpResponseRedirectBase extends HttpResponse {
  static allowed_schemes = ['http', 'https', 'ftp'];
  protected static status_code_preserve_request = 307;

  constructor(redirect_to: string, options: RedirectOptions = {}) {
    super('', options);
    this.__setitem__('Location', iri_to_uri(String(redirect_to)));
    const target = String(redirect_to);
    const maxLength = options.max_length === undefined ? MAX_URL_REDIRECT_LENGTH : options.max_length;
    if (maxLength !== null && target.length > maxLength) {
      throw new DisallowedRedirect(`Unsafe redirect exceeding ${maxLength} characters`);
    }
    const cls = this.constructor as typeof HttpResponseRedirectBase;
    if (options.preserve_request) this.status_code = cls.status_code_preserve_request;
    const scheme = url_scheme(target);
    if (scheme && !cls.allowed_schemes.includes(scheme)) {
      throw new DisallowedRedirect(`Unsafe redirect to URL with protocol '${scheme}'`);
    }
  }

  get url(): string {
    return this.__getitem__('Location');
  }

  override __repr__(): string {
    return `<${this.constructor.name} status_code=${this.status_code}, ${repr(this.get('Content-Type'))}, url=${repr(this.url)}>`;
  }
}

export class HttpResponseRedirect extends HttpResponseRedirectBase {
  override status_code = 302;
  constructor(redirect_to: string, options: RedirectOptions = {}) {
    super(redirect_to, options);
    if (options.preserve_request) this.status_code = 307;
  }
}

export class HttpResponsePermanentRedirect extends HttpResponseRedirectBase {
  override status_code = 301;
  constructor(redirect_to: string, options: RedirectOptions = {}) {
    super(redirect_to, options);
    if (options.preserve_request) this.status_code = 308;
  }
}

/** A response with a fixed status code. */
function fixedStatus(code: number) {
  return class extends HttpResponse {
    override status_code = code;
  };
}

export class HttpResponseNotModified extends fixedStatus(304) {}
export class HttpResponseBadRequest extends fixedStatus(400) {}
export class HttpResponseNotFound extends fixedStatus(404) {}
export class HttpResponseForbidden extends fixedStatus(403) {}
export class HttpResponseGone extends fixedStatus(410) {}
export class HttpResponseServerError extends fixedStatus(500) {}

export class HttpResponseNotAllowed extends HttpResponse {
  override status_code = 405;
  constructor(permitted_methods: string[], content = '', options: ResponseOptions = {}) {
    super(content, options);
    this.__setitem__('Allow', permitted_methods.join(', '));
  }
}

/** Python's json.dumps with its default separators and ensure_ascii. */
export function json_dumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return String(value);
  }
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (Array.isArray(value)) return `[${value.map(json_dumps).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${json_dumps(k)}: ${json_dumps(v)}`)
      .join(', ')}}`;
  }
  throw new TypeError(`Object of type ${typeof value} is not JSON serializable`);
}

export class JsonResponse extends HttpResponse {
  constructor(data: unknown, options: ResponseOptions & { safe?: boolean } = {}) {
    const safe = options.safe ?? true;
    const isDict = typeof data === 'object' && data !== null && !Array.isArray(data);
    if (safe && !isDict) {
      throw new TypeError('In order to allow non-dict objects to be serialized set the safe parameter to False.');
    }
    super(json_dumps(data), { content_type: 'application/json', ...options });
  }
}

for (const cls of [
  HttpResponseBase,
  HttpResponse,
  HttpResponseRedirectBase,
  HttpResponseRedirect,
  HttpResponsePermanentRedirect,
  HttpResponseNotModified,
  HttpResponseBadRequest,
  HttpResponseNotFound,
  HttpResponseForbidden,
  HttpResponseGone,
  HttpResponseServerError,
  HttpResponseNotAllowed,
  JsonResponse,
]) {
  pythonClass(cls, 'django.http.response');
}
