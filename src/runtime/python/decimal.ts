// Python's decimal.Decimal: a sign, an integer coefficient and a power-of-ten exponent, so
// "1.50" stays "1.50". Addition, subtraction and multiplication are exact up to the default
// context's 28 significant digits (then rounded half-even, like Python); division rounds to 28.
// JS has no operator overloading: use add/sub/mul/div, compare()/eq(); valueOf() gives a JS number
// (lossy) so `<` works for ordinary values.

import { ArithmeticError, ZeroDivisionError, pythonClass } from './exceptions';

/** decimal.InvalidOperation (Python prints the signal list as its message). */
export class InvalidOperation extends ArithmeticError {}
/** decimal.DivisionByZero. */
export class DivisionByZero extends ZeroDivisionError {}
pythonClass(InvalidOperation, 'decimal');
pythonClass(DivisionByZero, 'decimal');

export const ROUND_HALF_EVEN = 'ROUND_HALF_EVEN';
export const ROUND_HALF_UP = 'ROUND_HALF_UP';
export const ROUND_HALF_DOWN = 'ROUND_HALF_DOWN';
export const ROUND_UP = 'ROUND_UP';
export const ROUND_DOWN = 'ROUND_DOWN';
export const ROUND_CEILING = 'ROUND_CEILING';
export const ROUND_FLOOR = 'ROUND_FLOOR';
export type Rounding =
  | typeof ROUND_HALF_EVEN
  | typeof ROUND_HALF_UP
  | typeof ROUND_HALF_DOWN
  | typeof ROUND_UP
  | typeof ROUND_DOWN
  | typeof ROUND_CEILING
  | typeof ROUND_FLOOR;

/** Python's default context precision. */
export const DEFAULT_PRECISION = 28;

type Special = 'NaN' | 'sNaN' | 'Infinity' | null;

const SYNTAX = /^([+-])?(?:(\d+(?:_\d+)*)?(?:\.(\d+(?:_\d+)*)?)?(?:e([+-]?\d+(?:_\d+)*))?|(inf(?:inity)?)|(s?nan)(\d*))$/i;
const MODULUS = (1n << 61n) - 1n;

function digitCount(n: bigint): number {
  return n === 0n ? 1 : n.toString().length;
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

export interface DecimalTuple {
  sign: 0 | 1;
  digits: number[];
  /** An integer, or 'n' / 'N' / 'F' for NaN, sNaN and Infinity as in Python. */
  exponent: number | 'n' | 'N' | 'F';
}

export type DecimalInput = Decimal | string | number | bigint;

export class Decimal {
  /** 1 for negative values (including -0), 0 otherwise. */
  readonly sign: 0 | 1;
  readonly coefficient: bigint;
  readonly exponent: number;
  readonly special: Special;

  /** `new Decimal('1.50')`; a JS number is converted exactly, like Python's Decimal(0.1). */
  constructor(value: DecimalInput = '0') {
    if (value instanceof Decimal) {
      [this.sign, this.coefficient, this.exponent, this.special] = [value.sign, value.coefficient, value.exponent, value.special];
    } else if (typeof value === 'bigint') {
      [this.sign, this.coefficient, this.exponent, this.special] = [value < 0n ? 1 : 0, value < 0n ? -value : value, 0, null];
    } else if (typeof value === 'number') {
      [this.sign, this.coefficient, this.exponent, this.special] = fromNumber(value);
    } else {
      [this.sign, this.coefficient, this.exponent, this.special] = fromString(value);
    }
    Object.freeze(this);
  }

  private static of(sign: 0 | 1, coefficient: bigint, exponent: number, special: Special = null): Decimal {
    const d = Object.create(Decimal.prototype) as { -readonly [K in keyof Decimal]: Decimal[K] };
    d.sign = sign;
    d.coefficient = coefficient;
    d.exponent = exponent;
    d.special = special;
    return Object.freeze(d) as Decimal;
  }

  private static fromSigned(value: bigint, exponent: number, negativeZero = false): Decimal {
    return Decimal.of(value < 0n || (value === 0n && negativeZero) ? 1 : 0, value < 0n ? -value : value, exponent);
  }

  /** Python's Decimal.from_float: the exact binary value of the float. */
  static from_float(value: number): Decimal {
    return new Decimal(value);
  }

  private get signed(): bigint {
    return this.sign ? -this.coefficient : this.coefficient;
  }

  is_finite(): boolean {
    return this.special === null;
  }

  is_nan(): boolean {
    return this.special === 'NaN' || this.special === 'sNaN';
  }

  is_infinite(): boolean {
    return this.special === 'Infinity';
  }

  is_signed(): boolean {
    return this.sign === 1;
  }

  is_zero(): boolean {
    return this.special === null && this.coefficient === 0n;
  }

  /** The exponent of the most significant digit: Decimal('123.45').adjusted() is 2. */
  adjusted(): number {
    return this.exponent + digitCount(this.coefficient) - 1;
  }

  as_tuple(): DecimalTuple {
    const exponent = this.special === null ? this.exponent : this.special === 'NaN' ? 'n' : this.special === 'sNaN' ? 'N' : 'F';
    const digits = this.special === 'Infinity' ? [0] : [...this.coefficient.toString()].map(Number);
    return { sign: this.sign, digits, exponent };
  }

  add(other: DecimalInput): Decimal {
    const b = toDecimal(other);
    const special = combineSpecial(this, b, '+');
    if (special) return special;
    const exponent = Math.min(this.exponent, b.exponent);
    const sum = this.signed * pow10(this.exponent - exponent) + b.signed * pow10(b.exponent - exponent);
    return Decimal.fromSigned(sum, exponent, sum === 0n && this.sign === 1 && b.sign === 1).roundSignificant(DEFAULT_PRECISION);
  }

  sub(other: DecimalInput): Decimal {
    return this.add(toDecimal(other).neg());
  }

  mul(other: DecimalInput): Decimal {
    const b = toDecimal(other);
    const special = combineSpecial(this, b, '*');
    if (special) return special;
    const sign = (this.sign ^ b.sign) as 0 | 1;
    return Decimal.of(sign, this.coefficient * b.coefficient, this.exponent + b.exponent).roundSignificant(DEFAULT_PRECISION);
  }

  /** Division, exact when the quotient fits in 28 digits, else rounded half-even to 28. */
  div(other: DecimalInput): Decimal {
    const b = toDecimal(other);
    const special = combineSpecial(this, b, '/');
    if (special) return special;
    const sign = (this.sign ^ b.sign) as 0 | 1;
    if (b.coefficient === 0n) {
      if (this.coefficient === 0n) throw new InvalidOperation(`[<class 'decimal.DivisionUndefined'>]`);
      throw new DivisionByZero(`[<class 'decimal.DivisionByZero'>]`);
    }
    const ideal = this.exponent - b.exponent;
    if (this.coefficient === 0n) return Decimal.of(sign, 0n, ideal);
    const shift = Math.max(0, DEFAULT_PRECISION + 2 + digitCount(b.coefficient) - digitCount(this.coefficient));
    const numerator = this.coefficient * pow10(shift);
    let quotient = numerator / b.coefficient;
    const remainder = numerator % b.coefficient;
    let exponent = ideal - shift;
    if (remainder === 0n) {
      while (exponent < ideal && quotient % 10n === 0n) {
        quotient /= 10n;
        exponent += 1;
      }
    } else if (quotient % 5n === 0n) {
      // A nonzero remainder means the true value is past this digit: keep it off exact ties.
      quotient += 1n;
    }
    return Decimal.of(sign, quotient, exponent).roundSignificant(DEFAULT_PRECISION);
  }

  neg(): Decimal {
    return Decimal.of(this.sign ? 0 : 1, this.coefficient, this.exponent, this.special);
  }

  abs(): Decimal {
    return this.sign ? this.neg() : this;
  }

  /** Rounds to `precision` significant digits (what a decimal context with prec=precision does). */
  roundSignificant(precision: number, rounding: Rounding = ROUND_HALF_EVEN): Decimal {
    if (this.special !== null) return this;
    const excess = digitCount(this.coefficient) - precision;
    if (excess <= 0) return this;
    const rounded = Decimal.rescale(this, this.exponent + excess, rounding);
    // Rounding up can add a digit (999 -> 1000): drop the extra zero.
    if (digitCount(rounded.coefficient) > precision) return Decimal.rescale(rounded, rounded.exponent + 1, rounding);
    return rounded;
  }

  private static rescale(d: Decimal, exponent: number, rounding: Rounding): Decimal {
    if (exponent <= d.exponent) return Decimal.of(d.sign, d.coefficient * pow10(d.exponent - exponent), exponent);
    const divisor = pow10(exponent - d.exponent);
    let q = d.coefficient / divisor;
    const r = d.coefficient % divisor;
    if (r !== 0n && roundsAway(q, r, divisor, d.sign, rounding)) q += 1n;
    return Decimal.of(d.sign, q, exponent);
  }

  /**
   * Python's quantize: the value rounded to `exp`'s exponent, e.g. quantize('0.01') for two places.
   * With `precision` (a context's prec), a result with more digits raises InvalidOperation.
   */
  quantize(exp: DecimalInput, rounding: Rounding = ROUND_HALF_EVEN, precision = DEFAULT_PRECISION): Decimal {
    const target = toDecimal(exp);
    if (this.special !== null || target.special !== null) {
      if (this.is_infinite() && target.is_infinite()) return this;
      throw new InvalidOperation(`[<class 'decimal.InvalidOperation'>]`);
    }
    const result = Decimal.rescale(this, target.exponent, rounding);
    if (digitCount(result.coefficient) > precision) throw new InvalidOperation(`[<class 'decimal.InvalidOperation'>]`);
    return result;
  }

  /** Multiplies by 10**n without touching the digits. */
  scaleb(n: number): Decimal {
    return this.special !== null ? this : Decimal.of(this.sign, this.coefficient, this.exponent + n);
  }

  /** Strips trailing zeros: Decimal('1.500').normalize() is Decimal('1.5'); zero becomes Decimal('0'). */
  normalize(): Decimal {
    if (this.special !== null) return this;
    if (this.coefficient === 0n) return Decimal.of(this.sign, 0n, 0);
    let c = this.coefficient;
    let e = this.exponent;
    while (c % 10n === 0n) {
      c /= 10n;
      e += 1;
    }
    return Decimal.of(this.sign, c, e);
  }

  /** -1, 0 or 1; NaN for a NaN operand. */
  compare(other: DecimalInput): number {
    const b = toDecimal(other);
    if (this.is_nan() || b.is_nan()) return NaN;
    const rank = (d: Decimal) => (d.is_infinite() ? (d.sign ? -1 : 1) : 0);
    if (rank(this) || rank(b)) return Math.sign(rank(this) - rank(b));
    const exponent = Math.min(this.exponent, b.exponent);
    const x = this.signed * pow10(this.exponent - exponent);
    const y = b.signed * pow10(b.exponent - exponent);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  lt(other: DecimalInput): boolean {
    return this.orderedCompare(other) < 0;
  }

  le(other: DecimalInput): boolean {
    return this.orderedCompare(other) <= 0;
  }

  gt(other: DecimalInput): boolean {
    return this.orderedCompare(other) > 0;
  }

  ge(other: DecimalInput): boolean {
    return this.orderedCompare(other) >= 0;
  }

  private orderedCompare(other: DecimalInput): number {
    const c = this.compare(other);
    if (Number.isNaN(c)) throw new InvalidOperation(`[<class 'decimal.InvalidOperation'>]`);
    return c;
  }

  /** Equal by value: Decimal('1.50') == Decimal('1.5') == 1.5. */
  __eq__(other: unknown): boolean {
    if (typeof other === 'boolean') return this.compare(other ? 1 : 0) === 0;
    if (!(other instanceof Decimal) && typeof other !== 'number' && typeof other !== 'bigint') return false;
    return this.compare(other) === 0;
  }

  /** Matches hash() of equal ints and floats, as Python guarantees. */
  __hash__(): number {
    if (this.special === 'Infinity') return this.sign ? -314159 : 314159;
    if (this.special !== null) return 0;
    let h: bigint;
    const c = this.coefficient % MODULUS;
    if (this.exponent >= 0) h = (c * modPow(10n, BigInt(this.exponent), MODULUS)) % MODULUS;
    else h = (c * modPow(modPow(10n, MODULUS - 2n, MODULUS), BigInt(-this.exponent), MODULUS)) % MODULUS;
    if (this.sign) h = -h;
    return h === -1n ? -2 : Number(h);
  }

  valueOf(): number {
    return Number(this.__str__());
  }

  /** Python's to-sci-string: "1.50", "0.000001", "1E-7", "1E+2", "NaN", "-Infinity". */
  __str__(): string {
    const sign = this.sign ? '-' : '';
    if (this.special !== null) return sign + this.special;
    const digits = this.coefficient.toString();
    const adjusted = this.adjusted();
    if (this.exponent <= 0 && adjusted >= -6) {
      if (this.exponent === 0) return sign + digits;
      const point = digits.length + this.exponent;
      if (point > 0) return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
      return `${sign}0.${'0'.repeat(-point)}${digits}`;
    }
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
  }

  __repr__(): string {
    return `Decimal('${this.__str__()}')`;
  }

  toString(): string {
    return this.__str__();
  }

  toJSON(): string {
    return this.__str__();
  }
}
pythonClass(Decimal, 'decimal');

function toDecimal(value: DecimalInput): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

function combineSpecial(a: Decimal, b: Decimal, op: '+' | '*' | '/'): Decimal | null {
  if (a.special === null && b.special === null) return null;
  if (a.is_nan() || b.is_nan()) return new Decimal('NaN');
  // Infinity arithmetic is rare in the runtime; the defined cases follow IEEE rules.
  if (op === '+') {
    if (a.is_infinite() && b.is_infinite() && a.sign !== b.sign)
      throw new InvalidOperation(`[<class 'decimal.InvalidOperation'>]`);
    return a.is_infinite() ? a : b;
  }
  const sign = a.sign ^ b.sign ? '-' : '';
  if (op === '/' && b.is_infinite()) {
    if (a.is_infinite()) throw new InvalidOperation(`[<class 'decimal.InvalidOperation'>]`);
    return new Decimal(`${sign}0`);
  }
  if ((a.is_zero() || b.is_zero()) && op === '*') throw new InvalidOperation(`[<class 'decimal.InvalidOperation'>]`);
  return new Decimal(`${sign}Infinity`);
}

function roundsAway(q: bigint, r: bigint, divisor: bigint, sign: 0 | 1, rounding: Rounding): boolean {
  const twice = r * 2n;
  switch (rounding) {
    case ROUND_DOWN:
      return false;
    case ROUND_UP:
      return true;
    case ROUND_CEILING:
      return sign === 0;
    case ROUND_FLOOR:
      return sign === 1;
    case ROUND_HALF_UP:
      return twice >= divisor;
    case ROUND_HALF_DOWN:
      return twice > divisor;
    default:
      return twice > divisor || (twice === divisor && q % 2n === 1n);
  }
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

function fromString(text: string): [0 | 1, bigint, number, Special] {
  const m = SYNTAX.exec(String(text).trim());
  if (!m || (m[2] === undefined && m[3] === undefined && !m[5] && !m[6])) {
    throw new InvalidOperation(`[<class 'decimal.ConversionSyntax'>]`);
  }
  const [, signText, whole = '', fraction = '', exponentText, infinity, nan] = m;
  const sign = signText === '-' ? 1 : 0;
  if (infinity) return [sign, 0n, 0, 'Infinity'];
  if (nan) return [sign, 0n, 0, nan.toLowerCase() === 'snan' ? 'sNaN' : 'NaN'];
  const digits = (whole + fraction).replace(/_/g, '');
  const exponent = Number((exponentText ?? '0').replace(/_/g, '')) - fraction.replace(/_/g, '').length;
  return [sign, BigInt(digits), exponent, null];
}

function fromNumber(value: number): [0 | 1, bigint, number, Special] {
  const sign = value < 0 || Object.is(value, -0) ? 1 : 0;
  if (Number.isNaN(value)) return [0, 0n, 0, 'NaN'];
  if (!Number.isFinite(value)) return [sign, 0n, 0, 'Infinity'];
  let m = Math.abs(value);
  if (Number.isInteger(m)) return [sign, BigInt(m), 0, null];
  // m = n / 2**k exactly; n / 2**k = n * 5**k / 10**k.
  let k = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    k += 1;
  }
  return [sign, BigInt(m) * 5n ** BigInt(k), -k, null];
}
