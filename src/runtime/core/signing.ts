// django.core.signing, reduced: values signed with an HMAC-SHA256 keyed by SECRET_KEY and a
// salt, so a tampered session or cookie is detected (BadSignature). Pure TypeScript (the Web
// Crypto API is asynchronous, and signing must not be).

import { Exception, pythonClass } from '../python/exceptions';
import { get_setting } from '../conf';

export class BadSignature extends Exception {}
export class SignatureExpired extends BadSignature {}
pythonClass(BadSignature, 'django.core.signing');
pythonClass(SignatureExpired, 'django.core.signing');

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** SHA-256 of bytes (FIPS 180-4). */
export function sha256(data: Uint8Array): Uint8Array {
  const length = data.length;
  const padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 4, (length * 8) >>> 0);
  view.setUint32(padded.length - 8, Math.floor((length * 8) / 2 ** 32));
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i += 1) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i += 1) {
      const s0 = rotr(w[i - 15]!, 7) ^ rotr(w[i - 15]!, 18) ^ (w[i - 15]! >>> 3);
      const s1 = rotr(w[i - 2]!, 17) ^ rotr(w[i - 2]!, 19) ^ (w[i - 2]! >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!];
    for (let i = 0; i < 64; i += 1) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i += 1) h[i] = (h[i]! + next[i]!) >>> 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i += 1) outView.setUint32(i * 4, h[i]!);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function hmac_sha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  let block = key.length > 64 ? sha256(key) : key;
  block = concat(block, new Uint8Array(64 - block.length));
  const inner = block.map((x) => x ^ 0x36);
  const outer = block.map((x) => x ^ 0x5c);
  return sha256(concat(outer, sha256(concat(inner, message))));
}

export function b64_encode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function b64_decode(text: string): Uint8Array {
  const normal = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(normal + '='.repeat((4 - (normal.length % 4)) % 4));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** Django's salted_hmac: the key is derived from the salt and SECRET_KEY. */
export function salted_hmac(salt: string, value: string, secret?: string): Uint8Array {
  const key = sha256(encoder.encode(`${salt}${secret ?? String(get_setting('SECRET_KEY'))}`));
  return hmac_sha256(key, encoder.encode(value));
}

export class Signer {
  readonly salt: string;
  readonly sep = ':';
  constructor(options: { salt?: string } = {}) {
    this.salt = options.salt ?? 'django.core.signing.Signer';
  }

  signature(value: string): string {
    return b64_encode(salted_hmac(`${this.salt}signer`, value));
  }

  sign(value: string): string {
    return `${value}${this.sep}${this.signature(value)}`;
  }

  unsign(signed: string): string {
    const at = signed.lastIndexOf(this.sep);
    if (at < 0) throw new BadSignature(`No "${this.sep}" found in value`);
    const value = signed.slice(0, at);
    const sig = signed.slice(at + 1);
    if (sig !== this.signature(value)) throw new BadSignature(`Signature "${sig}" does not match`);
    return value;
  }
}

/** A JSON-serializable value as a signed, URL-safe string. */
export function dumps(obj: unknown, options: { salt?: string } = {}): string {
  return new Signer({ salt: options.salt ?? 'django.core.signing' }).sign(b64_encode(encoder.encode(JSON.stringify(obj))));
}

/** The value back from dumps(); BadSignature when it was changed. */
export function loads(signed: string, options: { salt?: string } = {}): unknown {
  const payload = new Signer({ salt: options.salt ?? 'django.core.signing' }).unsign(signed);
  return JSON.parse(decoder.decode(b64_decode(payload)));
}
