// django.http.request: HttpRequest, QueryDict and the host checks.
//
// A request's body is read from an input stream (anything with `read(size?)` returning bytes).
// A stream that fails with OSError stands for a client that went away mid-upload: reading the
// body then raises UnreadablePostError, as it does under WSGI.

import { DisallowedHost, RequestDataTooBig, TooManyFieldsSent } from '../core/exceptions';
import { exceeds_limit, get_list_setting, get_setting } from '../conf';
import { settings } from '../conf';
import { AttributeError, Exception, OSError, ValueError, pythonClass } from '../python/exceptions';
import { repr } from '../python/repr';
import { MultiValueDict } from '../utils/datastructures';
import { UnreadablePostError } from './exceptions';
import { MultiPartParser } from './multipartparser';
import type { InMemoryUploadedFile } from '../core/files/uploadedfile';

export { UnreadablePostError };

/** The body was asked for after the stream had been read another way. */
export class RawPostDataException extends Exception {}
pythonClass(RawPostDataException, 'django.http.request');

export interface InputStream {
  read(size?: number): Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An in-memory byte stream (Python's io.BytesIO). */
export class BytesIO implements InputStream {
  private position = 0;
  private readonly data: Uint8Array;
  constructor(data: Uint8Array | string = new Uint8Array()) {
    this.data = typeof data === 'string' ? encoder.encode(data) : data;
  }

  read(size = -1): Uint8Array {
    const end = size < 0 ? this.data.length : Math.min(this.data.length, this.position + size);
    const out = this.data.subarray(this.position, end);
    this.position = end;
    return out;
  }
}

/**
 * A body whose client stops sending: the first `bytesBeforeFailure` bytes arrive; a read that
 * asks for more fails with
 * OSError('request data read error'), which is how a WSGI server reports a dropped upload.
 */
export class InterruptedStream implements InputStream {
  private readonly inner: BytesIO;
  private remaining: number;
  private readonly reason: string;
  constructor(data: Uint8Array | string, bytesBeforeFailure: number, reason = 'request data read error') {
    this.inner = new BytesIO(data);
    this.remaining = bytesBeforeFailure;
    this.reason = reason;
  }

  read(size = -1): Uint8Array {
    // A read reaching past the bytes that arrived hits the dropped connection.
    if (size < 0 || size > this.remaining) throw new OSError(this.reason);
    const out = this.inner.read(size);
    this.remaining -= out.length;
    return out;
  }
}

function decodeComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // Python's unquote leaves invalid escapes as they are.
    return spaced.replace(/%([0-9a-fA-F]{2})/g, (m, hex: string) => {
      try {
        return decodeURIComponent(`%${hex}`);
      } catch {
        return m;
      }
    });
  }
}

/**
 * A query string or form body as a MultiValueDict. Immutable unless built with
 * `{ mutable: true }` or copied, as in Django (request.GET / request.POST are immutable).
 */
export class QueryDict extends MultiValueDict<string> {
  private mutable = true;
  readonly encoding: string;

  constructor(query_string: string | Uint8Array | null = null, options: { mutable?: boolean; encoding?: string } = {}) {
    super();
    this.encoding = options.encoding ?? String(settings.DEFAULT_CHARSET ?? 'utf-8');
    const text = query_string === null ? '' : typeof query_string === 'string' ? query_string : decoder.decode(query_string);
    // Python's parse_qsl(max_num_fields=...): counts fields before parsing, then Django turns
    // its ValueError into TooManyFieldsSent.
    const fieldCount = text ? 1 + (text.match(/&/g)?.length ?? 0) : 0;
    if (exceeds_limit(fieldCount, 'DATA_UPLOAD_MAX_NUMBER_FIELDS', '<')) {
      throw new TooManyFieldsSent('The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.').withCause(
        new ValueError('Max number of fields exceeded'),
      );
    }
    for (const pair of text.split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      const value = eq < 0 ? '' : pair.slice(eq + 1);
      super.appendlist(decodeComponent(key), decodeComponent(value));
    }
    this.mutable = options.mutable ?? false;
  }

  /** QueryDict.fromkeys(['a', 'b'], 'x'). */
  static fromkeys(keys: Iterable<string>, value = '', options: { mutable?: boolean } = {}): QueryDict {
    const q = new QueryDict(null, { mutable: true });
    for (const key of keys) q.appendlist(key, value);
    q.mutable = options.mutable ?? false;
    return q;
  }

  private assertMutable(): void {
    if (!this.mutable) throw new AttributeError('This QueryDict instance is immutable');
  }

  /** Makes the dict immutable (what Django does to request.GET/POST once built). */
  freeze(): this {
    this.mutable = false;
    return this;
  }

  override __setitem__(key: string, value: string): void {
    this.assertMutable();
    super.__setitem__(key, value);
  }

  override setlist(key: string, values: string[]): void {
    this.assertMutable();
    super.setlist(key, values);
  }

  override appendlist(key: string, value: string): void {
    this.assertMutable();
    super.appendlist(key, value);
  }

  /** A mutable copy. */
  copy(): QueryDict {
    const q = new QueryDict(null, { mutable: true });
    for (const [key, values] of this.lists()) q.setlist(key, values);
    return q;
  }

  urlencode(): string {
    const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
    return this.lists()
      .flatMap(([k, vs]) => vs.map((v) => `${enc(k)}=${enc(v)}`))
      .join('&');
  }
}

/** request.headers: case-insensitive access to the HTTP headers in META. */
export class HttpHeaders {
  private readonly values = new Map<string, [string, string]>();
  constructor(META: Record<string, unknown>) {
    for (const [key, value] of Object.entries(META)) {
      let name: string | null = null;
      if (key.startsWith('HTTP_')) name = key.slice(5);
      else if (key === 'CONTENT_TYPE' || key === 'CONTENT_LENGTH') name = key;
      if (name === null || typeof value !== 'string') continue;
      const title = name
        .split('_')
        .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
        .join('-');
      this.values.set(title.toLowerCase(), [title, value]);
    }
  }

  get(name: string, fallback: string | null = null): string | null {
    return this.values.get(name.toLowerCase())?.[1] ?? fallback;
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  keys(): string[] {
    return [...this.values.values()].map(([title]) => title);
  }
}

const HOST_PATTERN = /^([a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(?::([0-9]+))?$/;

/** Django's split_domain_port: ('', '') when the host is not well formed. */
export function split_domain_port(host: string): [string, string] {
  const lowered = host.toLowerCase();
  const match = HOST_PATTERN.exec(lowered);
  if (!match) return ['', ''];
  const domain = match[1]!;
  return [domain.endsWith('.') ? domain.slice(0, -1) : domain, match[2] ?? ''];
}

/** Django's is_same_domain: ".example.com" matches example.com and its subdomains. */
export function is_same_domain(host: string, pattern: string): boolean {
  if (!pattern) return false;
  const p = pattern.toLowerCase();
  return (p.startsWith('.') && (host.endsWith(p) || host === p.slice(1))) || host === p;
}

export function validate_host(host: string, allowed_hosts: readonly unknown[]): boolean {
  return allowed_hosts.some((pattern) => pattern === '*' || is_same_domain(host, String(pattern)));
}

/** The parsed POST data and uploads. */
type PostData = [QueryDict, MultiValueDict<InMemoryUploadedFile>];

export class HttpRequest {
  method: string | null = null;
  path = '';
  path_info = '';
  META: Record<string, unknown> = {};
  COOKIES: Record<string, string> = {};
  /** Set by the URL resolver once the view is known. */
  resolver_match: unknown = null;
  /** Set by SessionMiddleware. */
  session: any = undefined;
  /** A per-request URLconf (Django lets middleware set request.urlconf). */
  urlconf: string | null = null;
  encoding: string | null = null;

  protected stream: InputStream = new BytesIO();
  protected readStarted = false;
  private bodyBytes: Uint8Array | undefined;
  private postData: PostData | undefined;
  private getData: QueryDict | undefined;

  /** The query string's parameters (built on first use). */
  get GET(): QueryDict {
    this.getData ??= this.build_get();
    return this.getData;
  }

  set GET(value: QueryDict) {
    this.getData = value;
  }

  /** A plain HttpRequest starts with an empty, mutable GET, as in Django. */
  protected build_get(): QueryDict {
    return new QueryDict(null, { mutable: true });
  }

  get headers(): HttpHeaders {
    return new HttpHeaders(this.META);
  }

  /** Sets the stream the body is read from. */
  set_stream(stream: InputStream): void {
    this.stream = stream;
    this.readStarted = false;
    this.bodyBytes = undefined;
    this.postData = undefined;
  }

  __repr__(): string {
    if (this.method === null || !this.get_full_path()) return `<${this.constructor.name}>`;
    return `<${this.constructor.name}: ${this.method} ${repr(this.get_full_path())}>`;
  }

  get_full_path(): string {
    const query = String(this.META.QUERY_STRING ?? '');
    return `${this.path}${query ? `?${query}` : ''}`;
  }

  get scheme(): string {
    return String(this.META['wsgi.url_scheme'] ?? 'http');
  }

  is_secure(): boolean {
    return this.scheme === 'https';
  }

  /** The Host header (or SERVER_NAME and port), before validation. */
  private raw_host(): string {
    if (get_setting('USE_X_FORWARDED_HOST') && 'HTTP_X_FORWARDED_HOST' in this.META)
      return String(this.META.HTTP_X_FORWARDED_HOST);
    if ('HTTP_HOST' in this.META) return String(this.META.HTTP_HOST);
    const name = String(this.META.SERVER_NAME ?? '');
    const port = String(this.META.SERVER_PORT ?? '');
    return port && port !== (this.is_secure() ? '443' : '80') ? `${name}:${port}` : name;
  }

  /** The host, checked against ALLOWED_HOSTS: DisallowedHost when it is not allowed. */
  get_host(): string {
    const host = this.raw_host();
    let allowed = get_list_setting('ALLOWED_HOSTS');
    // With DEBUG on and no ALLOWED_HOSTS, Django accepts the local addresses.
    if (settings.DEBUG && allowed.length === 0) allowed = ['.localhost', '127.0.0.1', '[::1]'];
    const [domain] = split_domain_port(host);
    if (domain && validate_host(domain, allowed)) return host;
    let message = `Invalid HTTP_HOST header: ${repr(host)}.`;
    message += domain
      ? ` You may need to add ${repr(domain)} to ALLOWED_HOSTS.`
      : ' The domain name provided is not valid according to RFC 1034/1035.';
    throw new DisallowedHost(message);
  }

  get_port(): string {
    return String(this.META.SERVER_PORT ?? '');
  }

  build_absolute_uri(location?: string): string {
    const base = `${this.scheme}://${this.get_host()}`;
    if (location === undefined) return base + this.get_full_path();
    if (/^[a-z][a-z0-9+.-]*:/i.test(location)) return location;
    if (location.startsWith('/')) return base + location;
    return base + this.path.replace(/[^/]*$/, '') + location;
  }

  /** Reads from the body stream; a failing stream becomes UnreadablePostError. */
  read(size?: number): Uint8Array {
    this.readStarted = true;
    try {
      return this.stream.read(size);
    } catch (error) {
      if (error instanceof OSError) throw new UnreadablePostError(...error.args).withCause(error);
      throw error;
    }
  }

  /** The raw body; RequestDataTooBig past DATA_UPLOAD_MAX_MEMORY_SIZE (by Content-Length). */
  get body(): Uint8Array {
    if (this.bodyBytes === undefined) {
      if (this.readStarted) throw new RawPostDataException("You cannot access body after reading from request's data stream");
      const length = Number.parseInt(String(this.META.CONTENT_LENGTH ?? '0'), 10) || 0;
      if (exceeds_limit(length, 'DATA_UPLOAD_MAX_MEMORY_SIZE')) {
        throw new RequestDataTooBig('Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.');
      }
      try {
        this.bodyBytes = this.read();
      } catch (error) {
        // As in Django, body wraps what read() raised once more: UnreadablePostError is an OSError.
        if (error instanceof OSError) throw new UnreadablePostError(...error.args).withCause(error);
        throw error;
      }
      this.stream = new BytesIO(this.bodyBytes);
    }
    return this.bodyBytes;
  }

  get content_type(): string {
    return String(this.META.CONTENT_TYPE ?? '')
      .split(';')[0]!
      .trim();
  }

  /**
   * After a parse error the handler marks POST and FILES empty, so a later read (an error view,
   * a logger) does not raise again.
   */
  mark_post_parse_error(): void {
    this.postData = [new QueryDict(), new MultiValueDict()];
  }

  private load_post_and_files(): PostData {
    if (this.postData) return this.postData;
    if (this.method !== 'POST') {
      this.postData = [new QueryDict(), new MultiValueDict()];
      return this.postData;
    }
    if (this.readStarted && this.bodyBytes === undefined) {
      this.mark_post_parse_error();
      return this.postData!;
    }
    if (this.content_type === 'multipart/form-data') {
      const input: InputStream =
        this.bodyBytes !== undefined ? new BytesIO(this.bodyBytes) : { read: (n?: number) => this.read(n) };
      try {
        this.postData = new MultiPartParser(this.META, input).parse();
      } catch (error) {
        this.mark_post_parse_error();
        throw error;
      }
    } else if (this.content_type === 'application/x-www-form-urlencoded') {
      this.postData = [new QueryDict(this.body), new MultiValueDict()];
    } else {
      this.postData = [new QueryDict(), new MultiValueDict()];
    }
    return this.postData;
  }

  get POST(): QueryDict {
    return this.load_post_and_files()[0];
  }

  set POST(value: QueryDict) {
    this.postData = [value, this.postData?.[1] ?? new MultiValueDict()];
  }

  get FILES(): MultiValueDict<InMemoryUploadedFile> {
    return this.load_post_and_files()[1];
  }
}
pythonClass(HttpRequest, 'django.http.request');
pythonClass(QueryDict, 'django.http.request');
