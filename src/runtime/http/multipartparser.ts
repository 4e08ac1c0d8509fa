// django.http.multipartparser: reads a multipart/form-data body into POST fields and FILES,
// enforcing DATA_UPLOAD_MAX_NUMBER_FIELDS, DATA_UPLOAD_MAX_NUMBER_FILES and
// DATA_UPLOAD_MAX_MEMORY_SIZE, as Django 6.1 does: the same LazyStream, BoundaryIter and
// parse_boundary_stream steps, so odd bodies come out as they do in Django (a part without a
// Content-Disposition name is skipped; a header-less one is a raw part, counted as a field).
//
// LazyStream remembers the sizes pushed back since it last pulled a fresh chunk; when the same
// size keeps coming back (a parser going round in circles) it raises SuspiciousMultipartForm.
// Django's parser has no known input that loops, so this is a safety net a request rarely meets.
// Simplification: every uploaded file is kept in memory (no temporary files, no upload handlers).

import { RequestDataTooBig, SuspiciousMultipartForm, TooManyFieldsSent, TooManyFilesSent } from '../core/exceptions';
import { InMemoryUploadedFile } from '../core/files/uploadedfile';
import { exceeds_limit, get_setting } from '../conf';
import { Exception, StopIteration, pythonClass } from '../python/exceptions';
import { MultiValueDict } from '../utils/datastructures';
import { QueryDict, type InputStream } from './request';

/** The body is not valid multipart; the request handler answers 400. */
export class MultiPartParserError extends Exception {}
pythonClass(MultiPartParserError, 'django.http.multipartparser');

const CHUNK_SIZE = 64 * 1024;
const MAX_HEADER_SIZE = 1024;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

function toBinary(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}

function fromBinary(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** `value; key="v"; key2=v2` -> ['value', { key: 'v', key2: 'v2' }] (Django's parse_header_parameters). */
export function parse_header_parameters(line: string): [string, Record<string, string>] {
  const [head = '', ...rest] = line.split(';');
  const params: Record<string, string> = {};
  for (const item of rest) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq).trim().toLowerCase();
    let value = item.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    params[key] = value;
  }
  return [head.trim().toLowerCase(), params];
}

class InputStreamExhausted extends Error {}

/** A source of chunks; null is Python's StopIteration. */
interface Producer {
  next(): string | null;
}

/**
 * Django's LazyStream: reads chunks from a producer, and bytes can be pushed back (unget) to be
 * read first. It keeps the sizes pushed back since the last fresh chunk; when the same size
 * comes back more than 40 times in the last 50, the parser is going round in circles and it
 * raises SuspiciousMultipartForm. Internally the bytes are binary strings (one char per byte);
 * `__next__`, `read` and `unget` take and give bytes (Uint8Array).
 */
export class LazyStream {
  private producer: Producer;
  private leftover = '';
  private unget_history: number[] = [];
  position = 0;

  constructor(producer: Producer | Iterable<Uint8Array | string>) {
    if ('next' in producer && typeof producer.next === 'function' && !(Symbol.iterator in producer)) {
      this.producer = producer as Producer;
    } else {
      const iterator = (producer as Iterable<Uint8Array | string>)[Symbol.iterator]();
      this.producer = {
        next: () => {
          const item = iterator.next();
          if (item.done) return null;
          return typeof item.value === 'string' ? toBinary(new TextEncoder().encode(item.value)) : toBinary(item.value);
        },
      };
    }
  }

  tell(): number {
    return this.position;
  }

  /** The next chunk: what was pushed back, else a fresh one from the producer; null at the end. */
  nextChunk(): string | null {
    let output: string;
    if (this.leftover) {
      output = this.leftover;
      this.leftover = '';
    } else {
      const fresh = this.producer.next();
      if (fresh === null) return null;
      output = fresh;
      this.unget_history = [];
    }
    this.position += output.length;
    return output;
  }

  /** Exactly `size` bytes (fewer at the end), or everything when size is null. */
  readChunk(size: number | null = null): string {
    let out = '';
    if (size === null) {
      for (let chunk = this.nextChunk(); chunk !== null; chunk = this.nextChunk()) out += chunk;
      return out;
    }
    let remaining = size;
    while (remaining !== 0) {
      const chunk = this.nextChunk();
      if (chunk === null) break;
      const emitting = chunk.slice(0, remaining);
      this.ungetChunk(chunk.slice(remaining));
      remaining -= emitting.length;
      out += emitting;
    }
    return out;
  }

  ungetChunk(bytes: string): void {
    if (!bytes) return;
    this.update_unget_history(bytes.length);
    this.position -= bytes.length;
    this.leftover = bytes + this.leftover;
  }

  private update_unget_history(num_bytes: number): void {
    this.unget_history = [num_bytes, ...this.unget_history.slice(0, 49)];
    const number_equal = this.unget_history.filter((n) => n === num_bytes).length;
    if (number_equal > 40) {
      throw new SuspiciousMultipartForm(
        "The multipart parser got stuck, which shouldn't happen with normal uploaded files. Check for malicious upload activity; if there is none, report this to the Django developers.",
      );
    }
  }

  /** Python's next(stream): the next chunk of bytes; StopIteration at the end. */
  __next__(): Uint8Array {
    const chunk = this.nextChunk();
    if (chunk === null) throw new StopIteration();
    return fromBinary(chunk);
  }

  read(size: number | null = null): Uint8Array {
    return fromBinary(this.readChunk(size));
  }

  /** Pushes bytes back onto the front of the stream. */
  unget(bytes: Uint8Array | string): void {
    this.ungetChunk(typeof bytes === 'string' ? toBinary(new TextEncoder().encode(bytes)) : toBinary(bytes));
  }

  *[Symbol.iterator](): Generator<Uint8Array> {
    for (let chunk = this.nextChunk(); chunk !== null; chunk = this.nextChunk()) yield fromBinary(chunk);
  }
}
pythonClass(LazyStream, 'django.http.multipartparser');

/** Django's ChunkIter: the request body in chunks of `chunk_size`. */
function chunkIter(input: InputStream, chunk_size: number): Producer {
  return {
    next: () => {
      const data = input.read(chunk_size);
      return data.length ? toBinary(data) : null;
    },
  };
}

/** Django's BoundaryIter: the bytes of one part, up to the next boundary. */
class BoundaryIter implements Producer {
  private done = false;
  private readonly stream: LazyStream;
  private readonly boundary: string;
  private readonly rollback: number;

  constructor(stream: LazyStream, boundary: string) {
    this.stream = stream;
    this.boundary = boundary;
    // CRLF<boundary>[--CRLF]
    this.rollback = boundary.length + 6;
    const unused_char = stream.readChunk(1);
    if (!unused_char) throw new InputStreamExhausted();
    stream.ungetChunk(unused_char);
  }

  next(): string | null {
    if (this.done) return null;
    const stream = this.stream;
    const rollback = this.rollback;
    let bytes_read = 0;
    const chunks: string[] = [];
    let broke = false;
    for (let bytes = stream.nextChunk(); bytes !== null; bytes = stream.nextChunk()) {
      bytes_read += bytes.length;
      chunks.push(bytes);
      if (bytes_read > rollback || !bytes) {
        broke = true;
        break;
      }
    }
    if (!broke) this.done = true;
    if (!chunks.length) return null;
    const chunk = chunks.join('');
    const boundary = this.find_boundary(chunk);
    if (boundary) {
      const [end, next] = boundary;
      stream.ungetChunk(chunk.slice(next));
      this.done = true;
      return chunk.slice(0, end);
    }
    // A partial boundary (and its separators) at the end is not data yet.
    if (!chunk.slice(0, Math.max(0, chunk.length - rollback))) {
      this.done = true;
      return chunk;
    }
    stream.ungetChunk(chunk.slice(-rollback));
    return chunk.slice(0, -rollback);
  }

  /** [end of this part, start of the next] around the boundary, or null. */
  private find_boundary(data: string): [number, number] | null {
    const index = data.indexOf(this.boundary);
    if (index < 0) return null;
    let end = index;
    const next = index + this.boundary.length;
    // Back up over the CRLF before the boundary.
    if (data[Math.max(0, end - 1)] === '\n') end -= 1;
    if (data[Math.max(0, end - 1)] === '\r') end -= 1;
    return [end, next];
  }
}

type PartKind = 'field' | 'file' | 'raw';
type PartHeaders = Record<string, [string, Record<string, string>]>;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Django's parse_boundary_stream: one part's kind and headers, and its stream. */
function parse_boundary_stream(stream: LazyStream, max_header_size: number): [PartKind, PartHeaders, LazyStream] {
  // The headers must fit in one chunk; look in 1024 bytes, then in twice as many, up to the maximum.
  let headers_chunk_size = 1024;
  let chunk: string;
  let header_end: number;
  for (;;) {
    if (headers_chunk_size > max_header_size) throw new MultiPartParserError('Request max total header size exceeded.');
    chunk = stream.readChunk(headers_chunk_size);
    header_end = chunk.indexOf('\r\n\r\n');
    if (header_end !== -1) break;
    // No headers: the part is passed on as it is.
    stream.ungetChunk(chunk);
    if (chunk.length < headers_chunk_size) return ['raw', {}, stream];
    headers_chunk_size *= 2;
  }
  const header = chunk.slice(0, header_end);
  stream.ungetChunk(chunk.slice(header_end + 4));
  let kind: PartKind = 'raw';
  const outdict: PartHeaders = {};
  for (const line of header.split('\r\n')) {
    let text: string;
    try {
      text = strictUtf8.decode(fromBinary(line));
    } catch {
      continue;
    }
    const colon = text.indexOf(':');
    if (colon < 0) continue;
    const name = text.slice(0, colon).toLowerCase().replace(/ +$/, '');
    const [value, params] = parse_header_parameters(text.slice(colon + 1).replace(/^ +/, ''));
    if (name === 'content-disposition') {
      kind = 'field';
      if (params.filename) kind = 'file';
    }
    outdict[name] = [value, params];
  }
  if (kind === 'raw') stream.ungetChunk(chunk);
  return [kind, outdict, stream];
}

/** Django's Parser: each part of the body, as [kind, headers, stream]. */
function* partsOf(stream: LazyStream, boundary: string): Generator<[PartKind, PartHeaders, LazyStream]> {
  const separator = `--${boundary}`;
  for (;;) {
    let sub_stream: LazyStream;
    try {
      sub_stream = new LazyStream(new BoundaryIter(stream, separator));
    } catch (error) {
      if (error instanceof InputStreamExhausted) return;
      throw error;
    }
    yield parse_boundary_stream(sub_stream, MAX_HEADER_SIZE);
  }
}

function exhaust(stream: LazyStream): void {
  while (stream.nextChunk() !== null);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** base64.b64decode(data, validate=True) on a binary string; null for binascii.Error. */
function b64decode(data: string): string | null {
  return BASE64.test(data) ? atob(data) : null;
}

export class MultiPartParser {
  private readonly boundary: string;
  private readonly input: InputStream;
  private readonly contentLength: number;

  constructor(META: Record<string, unknown>, input: InputStream) {
    const contentType = String(META.CONTENT_TYPE ?? '');
    if (!contentType.startsWith('multipart/')) throw new MultiPartParserError(`Invalid Content-Type: ${contentType}`);
    const [, opts] = parse_header_parameters(contentType);
    const boundary = opts.boundary;
    if (!boundary || !/^[ -~]{0,200}[!-~]$/.test(boundary)) {
      throw new MultiPartParserError(`Invalid boundary in multipart: ${boundary ?? 'None'}`);
    }
    const length = Number.parseInt(String(META.CONTENT_LENGTH ?? 0), 10);
    this.contentLength = Number.isNaN(length) ? 0 : length;
    if (this.contentLength < 0) throw new MultiPartParserError(`Invalid content length: ${this.contentLength}`);
    this.boundary = boundary;
    this.input = input;
  }

  /** (POST, FILES), as Django's parse() returns them, read part by part as Django reads them. */
  parse(): [QueryDict, MultiValueDict<InMemoryUploadedFile>] {
    const files = new MultiValueDict<InMemoryUploadedFile>();
    if (this.contentLength === 0) return [new QueryDict(), files];
    const post = new QueryDict(null, { mutable: true });
    const stream = new LazyStream(chunkIter(this.input, CHUNK_SIZE));
    // A file is complete only when the next part starts.
    let pending: { field_name: string; file: () => InMemoryUploadedFile } | null = null;
    let num_bytes_read = 0;
    let num_post_keys = 0;
    let num_files = 0;
    for (const [item_type, meta_data, field_stream] of partsOf(stream, this.boundary)) {
      if (pending) {
        files.appendlist(pending.field_name, pending.file());
        pending = null;
      }
      if (item_type !== 'file' && get_setting('DATA_UPLOAD_MAX_NUMBER_FIELDS') !== null) {
        num_post_keys += 1;
        // Two more are allowed: the empty raw parts before the first and after the last boundary.
        if (exceeds_limit(num_post_keys - 2, 'DATA_UPLOAD_MAX_NUMBER_FIELDS')) {
          throw new TooManyFieldsSent('The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.');
        }
      }
      // A part without a Content-Disposition name is skipped.
      const disposition = meta_data['content-disposition']?.[1];
      if (disposition?.name === undefined) continue;
      const field_name = disposition.name.trim();
      const transfer_encoding = meta_data['content-transfer-encoding']?.[0].trim() ?? null;
      if (item_type === 'field') {
        const limit = get_setting('DATA_UPLOAD_MAX_MEMORY_SIZE') as number | null;
        const read_size = limit === null ? null : limit - num_bytes_read;
        let data = field_stream.readChunk(read_size);
        num_bytes_read += data.length;
        if (transfer_encoding === 'base64') data = b64decode(data) ?? data;
        // Plus two, as the urlencoded check counts '&' and '='.
        num_bytes_read += field_name.length + 2;
        if (exceeds_limit(num_bytes_read, 'DATA_UPLOAD_MAX_MEMORY_SIZE')) {
          throw new RequestDataTooBig('Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.');
        }
        post.appendlist(field_name, utf8.decode(fromBinary(data)));
      } else if (item_type === 'file') {
        num_files += 1;
        if (exceeds_limit(num_files, 'DATA_UPLOAD_MAX_NUMBER_FILES')) {
          throw new TooManyFilesSent('The number of files exceeded settings.DATA_UPLOAD_MAX_NUMBER_FILES.');
        }
        const file_name = sanitize_file_name(disposition.filename ?? '');
        if (!file_name) continue;
        const [content_type, content_type_extra] = meta_data['content-type'] ?? ['', {}];
        let content = '';
        let base64_remainder = '';
        for (let chunk = field_stream.nextChunk(); chunk !== null; chunk = field_stream.nextChunk()) {
          if (transfer_encoding === 'base64') {
            // Decoded in multiples of 4 bytes, whitespace ignored; the rest waits for the next chunk.
            const stripped = base64_remainder + chunk.replace(/[ \t\n\r\f\v]+/g, '');
            const aligned = Math.floor(stripped.length / 4) * 4;
            base64_remainder = stripped.slice(aligned);
            if (!aligned) continue;
            const decoded = b64decode(stripped.slice(0, aligned));
            if (decoded === null) throw new MultiPartParserError('Could not decode base64 data.');
            chunk = decoded;
          }
          content += chunk;
        }
        if (base64_remainder) throw new MultiPartParserError('Could not decode base64 data.');
        const bytes = fromBinary(content);
        const charset = content_type_extra.charset ?? null;
        pending = {
          field_name,
          file: () => new InMemoryUploadedFile(bytes, file_name, content_type.trim(), charset, field_name),
        };
      } else {
        exhaust(field_stream);
      }
    }
    // Whatever is left of the body is read and dropped.
    while (this.input.read(16384).length);
    post.freeze();
    return [post, files];
  }
}

/** Keeps only the last path segment of an uploaded file's name; null for "", "." and "..". */
export function sanitize_file_name(fileName: string): string | null {
  let name = fileName
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  name = name.split('/').pop()!.split('\\').pop()!;
  name = [...name].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');
  return name === '' || name === '.' || name === '..' ? null : name;
}
