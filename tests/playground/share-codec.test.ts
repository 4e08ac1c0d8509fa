import { Unzlib } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { MAX_PAYLOAD_CHARS, decodeCode, encodeCode, readShareFragment, shareFragment } from '../../src/playground/share-codec.ts';

const samples = [
  '',
  "print('hello')",
  "// Перечитываем запись из базы — «ёлочки» и всё такое\nprint('Ёж 🦔 и 🎄, 👩‍💻 ZWJ')",
  'a'.repeat(20_000),
  '\u0000\uFFFD\u{10FFFF} lone-free astral 𝕏',
];

describe('share codec', () => {
  it.each(samples.map((code) => [code.slice(0, 30), code]))('round-trips %j', async (_label, code) => {
    const payload = await encodeCode(code);
    expect(payload).toMatch(/^v1\.[A-Za-z0-9_-]*$/);
    expect(await decodeCode(payload)).toBe(code);
  });

  it('round-trips a whole fragment with the example id', async () => {
    const code = "const name = 'Ёлка 🎄';";
    const fragment = await shareFragment({ exampleId: 'instances/refresh-from-db', code });
    expect(await readShareFragment(fragment)).toEqual({ kind: 'ok', shared: { exampleId: 'instances/refresh-from-db', code } });
  });

  it('compresses repetitive code', async () => {
    expect((await encodeCode('Entry.objects.get({ pk: 1 });\n'.repeat(100))).length).toBeLessThan(200);
  });

  it('ignores fragments that are not share links', async () => {
    expect(await readShareFragment('')).toEqual({ kind: 'none' });
    expect(await readShareFragment('#running')).toEqual({ kind: 'none' });
  });

  it.each([
    ['a truncated payload', async () => (await encodeCode("print('Привет, мир')".repeat(5))).slice(0, 12)],
    ['a payload with a changed character', async () => flipMiddle(await encodeCode("print('Привет, мир 🎄')"))],
    ['characters outside base64url', async () => 'v1.@@@@'],
    ['an unknown version', async () => 'v9.AAAA'],
    ['valid deflate of invalid UTF-8', async () => encodeBytes(new Uint8Array([0xff, 0xfe, 0xfd]))],
  ])('reports %s as damaged, keeping the example id', async (_label, makePayload) => {
    const payload = await makePayload();
    const result = await readShareFragment(`#example=basics%2Fhello&code=${payload}`);
    expect(result).toEqual({ kind: 'damaged', exampleId: 'basics/hello' });
  });

  it('reports a link without code as damaged', async () => {
    expect(await readShareFragment('#example=basics%2Fhello')).toEqual({ kind: 'damaged', exampleId: 'basics/hello' });
  });

  it('refuses a payload that inflates beyond the size limit', async () => {
    await expect(decodeCode(await encodeCode('x'.repeat(300 * 1024)))).rejects.toThrow(/too large/);
  });

  it('refuses an overlong link before decoding it', async () => {
    await expect(decodeCode('v1.' + 'A'.repeat(MAX_PAYLOAD_CHARS))).rejects.toThrow(/too large/);
  });

  it('stops a deflate bomb at the cap, feeding the inflater in small slices', async () => {
    // 64 MB of zeros compresses to about 64 KB: a link well within the length cap.
    const bomb = await encodeBytes(new Uint8Array(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(MAX_PAYLOAD_CHARS);
    // Count the compressed bytes handed to the inflater, push by push.
    const push = vi.spyOn(Unzlib.prototype, 'push');
    let fed: number[];
    try {
      await expect(decodeCode(bomb)).rejects.toThrow(/too large/);
    } finally {
      fed = push.mock.calls.map(([chunk]) => chunk.length);
      push.mockRestore();
    }
    const compressedBytes = Buffer.from(bomb.slice(3), 'base64url').length;
    expect(Math.max(...fed)).toBeLessThanOrEqual(1024);
    // A 1 KB slice of zeros inflates to about 1 MB, past the 256 KB cap: nothing goes in after it,
    // however busy the machine.
    expect(fed).toHaveLength(1);
    expect(fed[0]).toBeLessThan(compressedBytes / 4);
  });
});

async function encodeBytes(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  const compressed = new Uint8Array(await new Response(stream).arrayBuffer());
  return 'v1.' + Buffer.from(compressed).toString('base64url');
}

function flipMiddle(payload: string): string {
  const middle = Math.floor(payload.length / 2);
  const replacement = payload[middle] === 'Q' ? 'R' : 'Q';
  return payload.slice(0, middle) + replacement + payload.slice(middle + 1);
}
