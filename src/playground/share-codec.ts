/**
 * Share links: the edited code travels in the URL fragment (never sent to a server), UTF-8
 * encoded, compressed and base64url-encoded: `#example=<id>&code=<payload>`. The zlib format
 * ('deflate', not 'deflate-raw') carries an Adler-32 checksum, so a link damaged in transit is
 * reported instead of opening with quietly altered code.
 */
import { Unzlib } from 'fflate';
import { MAX_SHARED_CODE_BYTES } from '../sandbox/limits';

/** Bumped if the payload format ever changes, so old links can still be told apart. */
const PAYLOAD_VERSION = 'v1.';

export interface SharedExample {
  exampleId: string;
  code: string;
}

export type ShareDecodeResult =
  { kind: 'none' } | { kind: 'ok'; shared: SharedExample } | { kind: 'damaged'; exampleId: string | undefined };

async function deflate(bytes: Uint8Array, transform: CompressionStream, limit: number): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > limit) throw new RangeError('payload too large');
    chunks.push(chunk);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

/** zlib's Adler-32 (RFC 1950). */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let start = 0; start < bytes.length; start += 5552) {
    // 5552 bytes is the most that can be summed before the modulo without overflowing.
    for (const byte of bytes.subarray(start, start + 5552)) {
      a += byte;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new SyntaxError('not base64url');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export async function encodeCode(code: string): Promise<string> {
  const utf8 = new TextEncoder().encode(code);
  return PAYLOAD_VERSION + toBase64Url(await deflate(utf8, new CompressionStream('deflate'), Number.POSITIVE_INFINITY));
}

/**
 * The longest payload a link may carry: deflate never makes code much longer than it was (a
 * stored block adds 5 bytes per 64 KB), base64 adds a third. Anything longer is refused before
 * it is decoded at all.
 */
export const MAX_PAYLOAD_CHARS = PAYLOAD_VERSION.length + Math.ceil(((MAX_SHARED_CODE_BYTES * 1.01 + 64) * 4) / 3);

/** Compressed input is fed to the inflater in slices this size, so no slice can inflate to much more than a megabyte. */
const INFLATE_SLICE_BYTES = 1024;

/**
 * Inflates in small slices and stops as soon as the output passes `limit`: a deflate bomb (a
 * small link that inflates to a gigabyte) costs at most one slice's work past the cap, never a
 * whole inflate in one task.
 */
async function inflateCapped(compressed: Uint8Array, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // fflate inflates synchronously inside push(): each slice's output is counted before the next
  // slice goes in, whatever else the machine is doing.
  const inflater = new Unzlib((chunk) => {
    total += chunk.length;
    chunks.push(chunk);
  });
  for (let start = 0; start < compressed.length; start += INFLATE_SLICE_BYTES) {
    const end = Math.min(start + INFLATE_SLICE_BYTES, compressed.length);
    try {
      inflater.push(compressed.subarray(start, end), end === compressed.length);
    } catch {
      throw new TypeError('not a deflate stream');
    }
    if (total > limit) throw new RangeError('payload too large');
    // Give the page a turn between slices, so even a cap's worth of work never blocks it.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  // fflate drops the zlib trailer unread: check its Adler-32 here, so damage is reported.
  const trailer = compressed.subarray(-4);
  const expected = ((trailer[0]! << 24) | (trailer[1]! << 16) | (trailer[2]! << 8) | trailer[3]!) >>> 0;
  if (compressed.length < 4 || adler32(joined) !== expected) throw new TypeError('checksum mismatch');
  return joined;
}

/** Rejects on anything but a payload this module produced: bad base64, bad deflate, bad UTF-8, too large. */
export async function decodeCode(payload: string): Promise<string> {
  if (!payload.startsWith(PAYLOAD_VERSION)) throw new SyntaxError('unknown payload version');
  if (payload.length > MAX_PAYLOAD_CHARS) throw new RangeError('payload too large');
  const compressed = fromBase64Url(payload.slice(PAYLOAD_VERSION.length));
  const utf8 = await inflateCapped(compressed, MAX_SHARED_CODE_BYTES);
  return new TextDecoder('utf-8', { fatal: true }).decode(utf8);
}

/** The fragment (with its `#`) that opens a page at this example with this code. */
export async function shareFragment(shared: SharedExample): Promise<string> {
  const params = new URLSearchParams({ example: shared.exampleId, code: await encodeCode(shared.code) });
  return `#${params.toString()}`;
}

/** Reads a location hash; anything that is not a share link is `none`, a broken one `damaged`. */
export async function readShareFragment(hash: string): Promise<ShareDecodeResult> {
  if (!hash.startsWith('#example=')) return { kind: 'none' };
  const params = new URLSearchParams(hash.slice(1));
  const exampleId = params.get('example') ?? undefined;
  const payload = params.get('code');
  if (!exampleId || payload === null) return { kind: 'damaged', exampleId };
  try {
    return { kind: 'ok', shared: { exampleId, code: await decodeCode(payload) } };
  } catch {
    return { kind: 'damaged', exampleId };
  }
}
