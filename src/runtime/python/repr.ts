// Python's repr() and str() for JS values.
//
//   null / undefined -> None          true / false -> True / False
//   integral number  -> int           other number -> Python float ("1e-05", "nan", "inf")
//   float(1)         -> 1.0           bigint       -> int
//   string           -> 'quoted' with Python's quote choice and escapes
//   Array            -> [list]        tuple(...)   -> (tuple,)
//   plain object/Map -> {dict}        Set          -> {set} / set()      FrozenSet -> frozenset({...})
//   Uint8Array       -> b'bytes'      JS Error     -> TypeError('msg')
// Objects with __repr__() / __str__() methods are asked first.

import { classFullName, classQualname, className, nativeErrorInstanceName } from './names';
import { isFloatObject, isFrozenSet, isPlainObject, isTuple } from './types';

interface ReprProtocol {
  __repr__(): string;
}
interface StrProtocol {
  __str__(): string;
}

function hasMethod<K extends string>(value: object, name: K): value is Record<K, () => string> {
  return typeof (value as Record<string, unknown>)[name] === 'function';
}

export function repr(value: unknown): string {
  return reprValue(value, []);
}

/** Python's str(): strings unchanged, __str__ if defined, JS errors by message, otherwise repr(). */
export function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') {
    if (hasMethod(value, '__str__')) return (value as StrProtocol).__str__();
    if (value instanceof Error && !hasMethod(value, '__repr__')) return value.message;
  }
  return repr(value);
}

function reprValue(value: unknown, active: object[]): string {
  switch (typeof value) {
    case 'undefined':
      return 'None';
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
      return formatNumber(value);
    case 'bigint':
      return value.toString();
    case 'string':
      return reprString(value);
    case 'symbol':
      return `<${value.toString()}>`;
    case 'function':
      return reprFunction(value);
  }
  if (value === null) return 'None';
  const obj = value as object;
  if (hasMethod(obj, '__repr__')) return (obj as ReprProtocol).__repr__();
  if (isFloatObject(obj)) return formatFloat(obj.valueOf());
  if (obj instanceof Error) return reprNativeError(obj, active);
  if (obj instanceof Uint8Array) return reprBytes(obj);
  if (active.includes(obj)) return recursionMarker(obj);
  active.push(obj);
  try {
    return reprContainer(obj, active);
  } finally {
    active.pop();
  }
}

function recursionMarker(obj: object): string {
  if (isTuple(obj)) return '(...)';
  if (Array.isArray(obj)) return '[...]';
  return '{...}';
}

function reprContainer(obj: object, active: object[]): string {
  const item = (v: unknown) => reprValue(v, active);
  if (isTuple(obj)) {
    const parts = obj.map(item);
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }
  if (Array.isArray(obj)) return `[${obj.map(item).join(', ')}]`;
  if (obj instanceof Map) {
    return `{${[...obj.entries()].map(([k, v]) => `${item(k)}: ${item(v)}`).join(', ')}}`;
  }
  if (obj instanceof Set) {
    const inner = [...obj].map(item).join(', ');
    if (isFrozenSet(obj)) return obj.size === 0 ? 'frozenset()' : `frozenset({${inner}})`;
    return obj.size === 0 ? 'set()' : `{${inner}}`;
  }
  if (isPlainObject(obj)) {
    return `{${Object.entries(obj)
      .map(([k, v]) => `${reprString(k)}: ${item(v)}`)
      .join(', ')}}`;
  }
  const ctor = Object.getPrototypeOf(obj)?.constructor as Function | undefined;
  return `<${ctor ? classFullName(ctor) : 'object'} object>`;
}

function reprNativeError(err: Error, active: object[]): string {
  const name = nativeErrorInstanceName(err) ?? classQualname(err.constructor);
  const shortName = name.slice(name.lastIndexOf('.') + 1);
  return err.message === '' ? `${shortName}()` : `${shortName}(${reprValue(err.message, active)})`;
}

function reprFunction(fn: Function): string {
  if (isClass(fn)) return `<class '${classFullName(fn)}'>`;
  return `<function ${fn.name || '<lambda>'}>`;
}

function isClass(fn: Function): boolean {
  if (fn === Error || Object.prototype.isPrototypeOf.call(Error, fn)) return true;
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

/** Python's __name__ of a value's type: 'int', 'str', 'list', 'NoneType', or the class name. */
export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  switch (typeof value) {
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
    case 'function':
      return isClass(value) ? 'type' : 'function';
    case 'symbol':
      return 'symbol';
  }
  if (isFloatObject(value)) return 'float';
  if (isTuple(value)) return 'tuple';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Map || isPlainObject(value)) return 'dict';
  if (isFrozenSet(value)) return 'frozenset';
  if (value instanceof Set) return 'set';
  if (value instanceof Uint8Array) return 'bytes';
  if (value instanceof Error) {
    const native = nativeErrorInstanceName(value);
    if (native) return native;
  }
  const ctor = Object.getPrototypeOf(value)?.constructor as Function | undefined;
  return ctor ? className(ctor) : 'object';
}

// ---- numbers ----------------------------------------------------------------

/** A JS number as Python prints it: integral values as ints, the rest as floats. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) {
    // -0 is integral in JS; Python's int has no negative zero.
    if (Object.is(n, -0)) return '0';
    // Past 2**53 JS prints shortest digits; the int a double holds is exact, so print all of it.
    return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
  }
  return formatFloat(n);
}

/**
 * Python's float repr: the shortest round-tripping digits (the same digits JS picks), written in
 * exponent form when the exponent is below -4 or at least 16, with a two-digit exponent ("1e-05").
 */
export function formatFloat(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  if (abs < 1e-4 || abs >= 1e16) {
    const [mantissa, exponent = '0'] = n.toExponential().split('e');
    const sign = exponent.startsWith('-') ? '-' : '+';
    const digits = exponent.replace(/^[+-]/, '').padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
  }
  const text = String(n);
  return Number.isInteger(n) ? `${text}.0` : text;
}

// ---- strings ------------------------------------------------------------------

const nonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Python's str repr: single quotes unless the text has a single quote and no double quote. */
export function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    out += escapeChar(ch, quote);
  }
  return out + quote;
}

function escapeChar(ch: string, quote: string): string {
  switch (ch) {
    case '\\':
      return '\\\\';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case quote:
      return `\\${quote}`;
    case ' ':
      return ' ';
  }
  if (!nonPrintable.test(ch)) return ch;
  const code = ch.codePointAt(0) ?? 0;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

/** Python's bytes repr, b'...'. */
export function reprBytes(bytes: Uint8Array): string {
  const hasSingle = bytes.includes(0x27);
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'";
  let out = `b${quote}`;
  for (const b of bytes) {
    if (b === 0x5c) out += '\\\\';
    else if (b === quote.charCodeAt(0)) out += `\\${quote}`;
    else if (b === 0x09) out += '\\t';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += `\\x${b.toString(16).padStart(2, '0')}`;
    else out += String.fromCharCode(b);
  }
  return out + quote;
}
