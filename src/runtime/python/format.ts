// Python's printf-style `fmt % params`, which Django uses to render messages such as
// "Value %(value)r is not a valid choice." with a params dict.

import { KeyError, ValueError } from './exceptions';
import { repr, str, typeName } from './repr';
import { isDict, isFloatObject } from './types';

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.?)/y;

/**
 * `percentFormat(fmt, params)` is Python's `fmt % params`.
 * - a plain object or Map supplies `%(name)s`-style keys (a missing key raises KeyError);
 * - an array (tuple or list) supplies positional `%s`, `%r`, `%d` arguments in order;
 * - any other value is a single positional argument (wrap a list in an array to print it whole).
 * Supported conversions: s r a d i u f F e E g G x X o c and `%%`, with flags, width and precision.
 * Mismatched counts raise TypeError with Python's messages.
 */
export function percentFormat(fmt: string, params?: unknown): string {
  const mapping = isDict(params) ? params : undefined;
  const positional: unknown[] = Array.isArray(params) ? [...params] : mapping || params === undefined ? [] : [params];
  let next = 0;
  let out = '';
  let index = 0;

  const take = (): unknown => {
    if (next >= positional.length) {
      // Python formats the mapping itself for a lone positional spec.
      if (mapping && next === 0) {
        next += 1;
        return mapping;
      }
      throw new TypeError('not enough arguments for format string');
    }
    return positional[next++];
  };

  while (index < fmt.length) {
    const at = fmt.indexOf('%', index);
    if (at < 0) {
      out += fmt.slice(index);
      break;
    }
    out += fmt.slice(index, at);
    SPEC.lastIndex = at;
    const match = SPEC.exec(fmt);
    const [whole = '', key, flags = '', widthSpec, precisionSpec, conversion = ''] = match ?? [];
    if (conversion === '') throw new ValueError('incomplete format');
    index = at + whole.length;
    if (conversion === '%') {
      out += '%';
      continue;
    }
    let value: unknown;
    if (key !== undefined) {
      if (!mapping) throw new TypeError('format requires a mapping');
      value = lookup(mapping, key);
    }
    const width = widthSpec === '*' ? Number(take()) : widthSpec === undefined ? undefined : Number(widthSpec);
    const precision = precisionSpec === '*' ? Number(take()) : precisionSpec === undefined ? undefined : Number(precisionSpec);
    if (key === undefined) value = take();
    out += convert(value, conversion, flags, width, precision, at);
  }
  if (!mapping && next < positional.length) {
    throw new TypeError('not all arguments converted during string formatting');
  }
  return out;
}

function lookup(mapping: Record<string, unknown> | Map<unknown, unknown>, key: string): unknown {
  if (mapping instanceof Map) {
    if (!mapping.has(key)) throw new KeyError(key);
    return mapping.get(key);
  }
  if (!Object.prototype.hasOwnProperty.call(mapping, key)) throw new KeyError(key);
  return mapping[key];
}

function toNumber(value: unknown, conversion: string): number | bigint {
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isFloatObject(value)) return value.valueOf();
  if (value !== null && typeof value === 'object') {
    for (const name of ['__int__', '__index__', '__float__']) {
      const m = (value as Record<string, unknown>)[name];
      if (typeof m === 'function') return Number(m.call(value));
    }
  }
  // Python words the integer and float conversions' errors differently.
  if ('diuxXoc'.includes(conversion)) {
    throw new TypeError(`%${conversion} format: a real number is required, not ${typeName(value)}`);
  }
  throw new TypeError(`must be real number, not ${typeName(value)}`);
}

function toInteger(value: unknown, conversion: string): bigint {
  const n = toNumber(value, conversion);
  if (typeof n === 'bigint') return n;
  if (!Number.isFinite(n)) throw new ValueError(`cannot convert float ${n > 0 ? 'infinity' : 'NaN'} to integer`);
  return BigInt(Math.trunc(n));
}

function convert(
  value: unknown,
  conversion: string,
  flags: string,
  width: number | undefined,
  precision: number | undefined,
  at: number,
): string {
  let body: string;
  let sign = '';
  let numeric = true;
  switch (conversion) {
    case 's':
    case 'r':
    case 'a': {
      numeric = false;
      body = conversion === 's' ? str(value) : repr(value);
      if (precision !== undefined) body = [...body].slice(0, precision).join('');
      break;
    }
    case 'c': {
      numeric = false;
      body = typeof value === 'string' ? value : String.fromCodePoint(Number(toInteger(value, 'c')));
      break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      const n = toInteger(value, conversion);
      const abs = n < 0n ? -n : n;
      const radix = conversion === 'x' || conversion === 'X' ? 16 : conversion === 'o' ? 8 : 10;
      body = abs.toString(radix);
      if (conversion === 'X') body = body.toUpperCase();
      if (precision !== undefined) body = body.padStart(precision, '0');
      if (flags.includes('#') && radix !== 10) body = (radix === 8 ? '0o' : conversion === 'X' ? '0X' : '0x') + body;
      sign = n < 0n ? '-' : '';
      break;
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
      const n = Number(toNumber(value, conversion));
      body = formatFloatSpec(Math.abs(n), conversion, precision ?? 6, flags.includes('#'));
      sign = n < 0 || Object.is(n, -0) ? '-' : '';
      break;
    }
    default:
      throw new ValueError(
        `unsupported format character '${conversion}' (0x${(conversion.codePointAt(0) ?? 0).toString(16)}) at index ${at + 1}`,
      );
  }
  if (numeric && sign === '') sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const text = sign + body;
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width, ' ');
  if (numeric && flags.includes('0')) return sign + body.padStart(width - sign.length, '0');
  return text.padStart(width, ' ');
}

function fixExponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

function formatFloatSpec(abs: number, conversion: string, precision: number, alternate: boolean): string {
  const upper = conversion === conversion.toUpperCase();
  let body: string;
  if (!Number.isFinite(abs)) {
    body = Number.isNaN(abs) ? 'nan' : 'inf';
  } else if (conversion === 'f' || conversion === 'F') {
    body = abs.toFixed(precision);
  } else if (conversion === 'e' || conversion === 'E') {
    body = fixExponent(abs.toExponential(precision));
  } else {
    // %g: exponent form when the exponent is < -4 or >= precision; trailing zeros dropped.
    const p = precision === 0 ? 1 : precision;
    const exponent = abs === 0 ? 0 : Math.floor(Math.log10(Number(abs.toExponential(p - 1))));
    if (exponent < -4 || exponent >= p) {
      body = fixExponent(abs.toExponential(p - 1));
      if (!alternate) body = body.replace(/\.?0+e/, 'e');
    } else {
      body = abs.toFixed(Math.max(p - 1 - exponent, 0));
      if (!alternate && body.includes('.')) body = body.replace(/\.?0+$/, '');
    }
  }
  return upper ? body.toUpperCase() : body;
}
