// decimal.Decimal and uuid.UUID.
import { describe, expect, it } from 'vitest';
import { hash, repr, str } from 'python/builtins';
import { eq } from 'python/protocols';
import { formatException } from 'python/exceptions';
import { Decimal, InvalidOperation, ROUND_HALF_UP } from 'python/decimal';
import { UUID, uuid4 } from 'python/uuid';

describe('Decimal', () => {
  it('keeps the digits it was given', () => {
    expect(repr(new Decimal('1.50'))).toBe("Decimal('1.50')");
    expect(str(new Decimal('-0.000001'))).toBe('-0.000001');
    expect(str(new Decimal('0.0000001'))).toBe('1E-7');
    expect(str(new Decimal('1E+2'))).toBe('1E+2');
    expect(str(new Decimal('100'))).toBe('100');
    expect(str(new Decimal('  12_345.6  '))).toBe('12345.6');
    expect(str(new Decimal(12))).toBe('12');
    expect(str(new Decimal(0.5))).toBe('0.5');
    expect(str(new Decimal(0.1))).toBe('0.1000000000000000055511151231257827021181583404541015625');
    expect(str(new Decimal('-Infinity'))).toBe('-Infinity');
    expect(str(new Decimal('nan'))).toBe('NaN');
  });

  it('rejects bad text with InvalidOperation', () => {
    expect(() => new Decimal('fõo')).toThrow(InvalidOperation);
    expect(formatException(catchError(() => new Decimal('abc')))).toBe("InvalidOperation: [<class 'decimal.ConversionSyntax'>]");
  });

  it('exact + - * and rounded /', () => {
    expect(str(new Decimal('0.1').add('0.2'))).toBe('0.3');
    expect(str(new Decimal('1.50').sub('0.5'))).toBe('1.00');
    expect(str(new Decimal('1.5').mul('1.5'))).toBe('2.25');
    expect(str(new Decimal('1').div('4'))).toBe('0.25');
    expect(str(new Decimal('1').div('3'))).toBe('0.3333333333333333333333333333');
    expect(str(new Decimal('2').div('3'))).toBe('0.6666666666666666666666666667');
    expect(str(new Decimal('10').div('2'))).toBe('5');
  });

  it('quantize for decimal_places', () => {
    expect(str(new Decimal('1.005').quantize('0.01'))).toBe('1.00');
    expect(str(new Decimal('1.015').quantize('0.01'))).toBe('1.02');
    expect(str(new Decimal('1.005').quantize('0.01', ROUND_HALF_UP))).toBe('1.01');
    expect(str(new Decimal('3').quantize(new Decimal(1).scaleb(-2)))).toBe('3.00');
    expect(() => new Decimal('12345.6').quantize('0.01', undefined, 5)).toThrow(InvalidOperation);
  });

  it('as_tuple, comparison, equality and hash', () => {
    expect(new Decimal('-1.50').as_tuple()).toEqual({ sign: 1, digits: [1, 5, 0], exponent: -2 });
    expect(new Decimal('1.50').compare('1.5')).toBe(0);
    expect(eq(new Decimal('1.50'), new Decimal('1.5'))).toBe(true);
    expect(eq(new Decimal('1.5'), 1.5)).toBe(true);
    expect(eq(1, new Decimal('1.0'))).toBe(true);
    expect(hash(new Decimal('1.50'))).toBe(hash(1.5));
    expect(hash(new Decimal('7'))).toBe(7);
    expect(new Decimal('2').gt('1.99')).toBe(true);
    expect(new Decimal('0.5') < new Decimal('0.75')).toBe(true);
    expect(str(new Decimal('1.500').normalize())).toBe('1.5');
  });
});

describe('UUID', () => {
  const text = '12345678-1234-5678-1234-567812345678';

  it('repr, str and hex', () => {
    const u = new UUID(text);
    expect(repr(u)).toBe(`UUID('${text}')`);
    expect(str(u)).toBe(text);
    expect(u.hex).toBe('12345678123456781234567812345678');
    expect(repr(new UUID('{12345678123456781234567812345678}'))).toBe(`UUID('${text}')`);
    expect(eq(new UUID(text.toUpperCase()), u)).toBe(true);
    expect(() => new UUID('nope')).toThrow('badly formed hexadecimal UUID string');
  });

  it('uuid4 is random and version 4', () => {
    const a = uuid4();
    const b = uuid4();
    expect(a.version).toBe(4);
    expect(str(a)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(eq(a, b)).toBe(false);
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
