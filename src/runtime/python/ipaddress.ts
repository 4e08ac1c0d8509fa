// Python's ipaddress, the part Django's IP validation uses: IPv4Address and IPv6Address parsed
// with Python's rules (no leading zeros in an octet, one '::' at most, an IPv4 tail allowed, a
// '%scope' suffix), and str() of an IPv6 address compressed as Python writes it.
import { ValueError } from './exceptions';

class AddressValueError extends ValueError {}

const DECIMAL = /^[0-9]+$/;
const HEX = /^[0-9A-Fa-f]+$/;

function ipv4Int(text: string): number {
  if (text === '') throw new AddressValueError('Address cannot be empty');
  const octets = text.split('.');
  if (octets.length !== 4) throw new AddressValueError(`Expected 4 octets in '${text}'`);
  let value = 0;
  for (const octet of octets) {
    if (octet === '') throw new AddressValueError(`Empty octet not permitted in '${text}'`);
    if (!DECIMAL.test(octet) || octet.length > 3)
      throw new AddressValueError(`Only decimal digits permitted in '${octet}' in '${text}'`);
    if (octet.length > 1 && octet.startsWith('0'))
      throw new AddressValueError(`Leading zeros are not permitted in '${octet}' in '${text}'`);
    const number = Number(octet);
    if (number > 255) throw new AddressValueError(`Octet ${number} (> 255) not permitted in '${text}'`);
    value = value * 256 + number;
  }
  return value;
}

export class IPv4Address {
  readonly _ip: number;
  constructor(address: string | number) {
    if (typeof address === 'number') {
      if (!Number.isInteger(address) || address < 0 || address > 0xffffffff)
        throw new AddressValueError(`${address} (>= 2**32) is not permitted as an IPv4 address`);
      this._ip = address;
    } else if (typeof address === 'string') {
      this._ip = ipv4Int(address);
    } else {
      throw new AddressValueError(`${String(address)} does not appear to be an IPv4 address`);
    }
  }
  __str__(): string {
    return [24, 16, 8, 0].map((shift) => (this._ip >>> shift) & 0xff).join('.');
  }
  toString(): string {
    return this.__str__();
  }
}

function hextet(text: string, whole: string): bigint {
  if (!HEX.test(text) || text.length > 4)
    throw new AddressValueError(`At most 4 characters permitted in '${text}' in '${whole}'`);
  return BigInt(Number.parseInt(text, 16));
}

function ipv6Int(address: string): bigint {
  if (address === '') throw new AddressValueError('Address cannot be empty');
  let text = address;
  const percent = text.indexOf('%');
  if (percent !== -1) {
    const scope = text.slice(percent + 1);
    if (scope === '' || scope.includes('%')) throw new AddressValueError(`Invalid IPv6 address: '${address}'`);
    text = text.slice(0, percent);
  }
  const parts = text.split(':');
  if (parts.length < 3) throw new AddressValueError(`At least 3 parts expected in '${address}'`);
  const last = parts[parts.length - 1]!;
  if (last.includes('.')) {
    const ipv4 = ipv4Int(parts.pop()!);
    parts.push(((ipv4 >>> 16) & 0xffff).toString(16), (ipv4 & 0xffff).toString(16));
  }
  if (parts.length > 9) throw new AddressValueError(`At most 8 colons permitted in '${address}'`);
  let skipIndex: number | null = null;
  for (let index = 1; index < parts.length - 1; index += 1) {
    if (parts[index] !== '') continue;
    if (skipIndex !== null) throw new AddressValueError(`At most one '::' permitted in '${address}'`);
    skipIndex = index;
  }
  let partsHi: number;
  let partsLo: number;
  let skipped: number;
  if (skipIndex !== null) {
    partsHi = skipIndex;
    partsLo = parts.length - skipIndex - 1;
    if (parts[0] === '' && --partsHi !== 0)
      throw new AddressValueError(`Leading ':' only permitted as part of '::' in '${address}'`);
    if (parts[parts.length - 1] === '' && --partsLo !== 0)
      throw new AddressValueError(`Trailing ':' only permitted as part of '::' in '${address}'`);
    skipped = 8 - (partsHi + partsLo);
    if (skipped < 1) throw new AddressValueError(`Expected at most 7 other parts with '::' in '${address}'`);
  } else {
    if (parts.length !== 8) throw new AddressValueError(`Exactly 8 parts expected without '::' in '${address}'`);
    if (parts[0] === '') throw new AddressValueError(`Leading ':' only permitted as part of '::' in '${address}'`);
    if (parts[7] === '') throw new AddressValueError(`Trailing ':' only permitted as part of '::' in '${address}'`);
    partsHi = parts.length;
    partsLo = 0;
    skipped = 0;
  }
  let value = 0n;
  for (let index = 0; index < partsHi; index += 1) value = (value << 16n) | hextet(parts[index]!, address);
  value <<= 16n * BigInt(skipped);
  for (let index = parts.length - partsLo; index < parts.length; index += 1)
    value = (value << 16n) | hextet(parts[index]!, address);
  return value;
}

export class IPv6Address {
  readonly _ip: bigint;
  constructor(address: string | bigint) {
    if (typeof address === 'bigint') {
      if (address < 0n || address >= 1n << 128n)
        throw new AddressValueError(`${address} (>= 2**128) is not permitted as an IPv6 address`);
      this._ip = address;
    } else if (typeof address === 'string') {
      this._ip = ipv6Int(address);
    } else {
      throw new AddressValueError(`${String(address)} does not appear to be an IPv6 address`);
    }
  }
  /** The IPv4 address of an IPv4-mapped address (::ffff:a.b.c.d), else None. */
  get ipv4_mapped(): IPv4Address | null {
    return this._ip >> 32n === 0xffffn ? new IPv4Address(Number(this._ip & 0xffffffffn)) : null;
  }
  /** The longest run of two or more zero groups becomes '::', as Python writes it. */
  __str__(): string {
    const hextets = Array.from({ length: 8 }, (_, index) => ((this._ip >> BigInt(16 * (7 - index))) & 0xffffn).toString(16));
    let bestStart = -1;
    let bestLength = 0;
    for (let start = 0; start < 8;) {
      if (hextets[start] !== '0') {
        start += 1;
        continue;
      }
      let end = start;
      while (end < 8 && hextets[end] === '0') end += 1;
      if (end - start > bestLength) [bestStart, bestLength] = [start, end - start];
      start = end;
    }
    if (bestLength < 2) return hextets.join(':');
    const head = hextets.slice(0, bestStart).join(':');
    const tail = hextets.slice(bestStart + bestLength).join(':');
    return `${head}::${tail}`;
  }
  toString(): string {
    return this.__str__();
  }
}
