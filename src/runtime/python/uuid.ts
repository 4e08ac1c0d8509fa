// Python's uuid.UUID and uuid4(). Randomness comes from crypto.getRandomValues, which
// browsers, Web Workers and Node 22 all provide as a global.

import { ValueError, pythonClass } from './exceptions';
import { hash } from './protocols';

export class UUID {
  /** 32 lowercase hex digits. */
  readonly hex: string;

  /**
   * Accepts the forms Python does: "12345678-1234-5678-1234-567812345678", 32 bare hex digits,
   * "{...}" and "urn:uuid:..." (hyphens anywhere are ignored).
   */
  constructor(text: string) {
    const hex = String(text)
      .replace(/^urn:uuid:/i, '')
      .replace(/^\{|\}$/g, '')
      .replace(/-/g, '');
    if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new ValueError('badly formed hexadecimal UUID string');
    this.hex = hex.toLowerCase();
    Object.freeze(this);
  }

  static fromBytes(bytes: Uint8Array): UUID {
    if (bytes.length !== 16) throw new ValueError('bytes is not a 16-char string');
    return new UUID([...bytes].map((b) => b.toString(16).padStart(2, '0')).join(''));
  }

  /** The 128-bit value (Python's `.int`). */
  get int(): bigint {
    return BigInt(`0x${this.hex}`);
  }

  get bytes(): Uint8Array {
    const out = new Uint8Array(16);
    for (let i = 0; i < 16; i += 1) out[i] = parseInt(this.hex.slice(i * 2, i * 2 + 2), 16);
    return out;
  }

  /** The version number for RFC 4122 UUIDs, else null. */
  get version(): number | null {
    const variantBits = parseInt(this.hex.charAt(16), 16) & 0xc;
    return variantBits === 0x8 ? parseInt(this.hex.charAt(12), 16) : null;
  }

  get urn(): string {
    return `urn:uuid:${this.__str__()}`;
  }

  __str__(): string {
    const h = this.hex;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  __repr__(): string {
    return `UUID('${this.__str__()}')`;
  }

  __eq__(other: unknown): boolean {
    return other instanceof UUID && other.hex === this.hex;
  }

  __hash__(): number {
    return hash(this.hex);
  }

  toString(): string {
    return this.__str__();
  }

  toJSON(): string {
    return this.__str__();
  }
}
pythonClass(UUID, 'uuid');

/** A random (version 4) UUID. */
export function uuid4(): UUID {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return UUID.fromBytes(bytes);
}
