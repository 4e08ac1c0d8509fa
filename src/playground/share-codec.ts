/**
 * Share links: the edited code travels in the URL fragment (never sent to a server), UTF-8
 * encoded, compressed and base64url-encoded: `#example=<id>&code=<payload>`. The zlib format
 * ('deflate', not 'deflate-raw') carries an Adler-32 checksum, so a link damaged in transit is
 * reported instead of opening with quietly altered code.
 */
import { MAX_SHARED_CODE_BYTES } from '../sandbox/limits';

/** Bumped if the payload format ever changes, so old links can still be told apart. */
const PAYLOAD_VERSION = 'v1.';

export interface SharedExample {
  exampleId: string;
  code: string;
}

export type ShareDecodeResult =
  | { kind: 'none' }
  | { kind: 'ok'; shared: SharedExample }
  | { kind: 'damaged'; exampleId: string | undefined };

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
  const inflater = new DecompressionStream('deflate');
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let overLimit = false;
  const drained = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      total += value.length;
      if (total > limit) {
        overLimit = true;
        throw new RangeError('payload too large');
      }
      chunks.push(value);
    }
  })();
  // Its failure is read below; until then it must not count as unhandled.
  drained.catch(() => undefined);
  try {
    for (let start = 0; start < compressed.length && !overLimit; start += INFLATE_SLICE_BYTES) {
      await writer.write(compressed.subarray(start, start + INFLATE_SLICE_BYTES) as Uint8Array<ArrayBuffer>);
      // Let the reader take what this slice produced before the next one goes in.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (!overLimit) await writer.close();
    await drained;
  } catch (error) {
    void writer.abort().catch(() => undefined);
    void reader.cancel().catch(() => undefined);
    await drained.catch(() => undefined);
    throw error;
  }
  if (overLimit) throw new RangeError('payload too large');
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
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
