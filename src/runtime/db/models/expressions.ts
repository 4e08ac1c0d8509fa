// django.db.models.expressions: F() and arithmetic on it. Python operators become methods:
// `F('rating') + 1` is `F('rating').add(1)`; also sub, mul, div, mod, pow, and r-versions.
import { repr } from '../../python/builtins';

export type ColumnReader = (name: string) => unknown;
export type ColumnRenderer = (name: string) => string;

/**
 * Arithmetic results are typed as `CombinedExpression & number` so that `obj.x = F('x').add(1)`
 * type-checks against a numeric field without a cast, as Django allows the assignment.
 */
export type NumericExpression = CombinedExpression & number;

export abstract class Combinable {
  abstract evaluate(read: ColumnReader): unknown;
  abstract as_sql(render: ColumnRenderer, quote: (v: unknown) => string): string;
  /** Lets save() and update() recognise expression values (Django checks `resolve_expression`). */
  resolve_expression(): this {
    return this;
  }
  /** Django's Combinable._combine: `reversed` puts the other operand first (`1 + F('x')`). */
  private combine(connector: string, other: unknown, reversed = false): NumericExpression {
    const expression = reversed ? new CombinedExpression(other, connector, this) : new CombinedExpression(this, connector, other);
    return expression as NumericExpression;
  }
  add(other: unknown): NumericExpression {
    return this.combine('+', other);
  }
  sub(other: unknown): NumericExpression {
    return this.combine('-', other);
  }
  mul(other: unknown): NumericExpression {
    return this.combine('*', other);
  }
  div(other: unknown): NumericExpression {
    return this.combine('/', other);
  }
  mod(other: unknown): NumericExpression {
    return this.combine('%%', other);
  }
  pow(other: unknown): NumericExpression {
    return this.combine('^', other);
  }
  radd(other: unknown): NumericExpression {
    return this.combine('+', other, true);
  }
  rsub(other: unknown): NumericExpression {
    return this.combine('-', other, true);
  }
  rmul(other: unknown): NumericExpression {
    return this.combine('*', other, true);
  }
}

function evaluateOperand(value: unknown, read: ColumnReader): unknown {
  return value instanceof Combinable ? value.evaluate(read) : value;
}

function arithmetic(a: unknown, op: string, b: unknown): unknown {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  const ao = a as { add?: (x: unknown) => unknown; sub?: (x: unknown) => unknown };
  if (typeof a === 'object' && op === '+' && typeof ao.add === 'function') return ao.add(b);
  if (typeof a === 'object' && op === '-' && typeof ao.sub === 'function') return ao.sub(b);
  if (typeof a === 'string' || typeof b === 'string') return op === '+' ? `${a}${b}` : null;
  const x = Number(a);
  const y = Number(b);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      // SQLite divides integers as integers.
      if (y === 0) return null;
      return Number.isInteger(x) && Number.isInteger(y) ? Math.trunc(x / y) : x / y;
    case '%%':
      return y === 0 ? null : x % y;
    case '^':
      return x ** y;
  }
  return null;
}

export class CombinedExpression extends Combinable {
  readonly lhs: unknown;
  readonly connector: string;
  readonly rhs: unknown;
  constructor(lhs: unknown, connector: string, rhs: unknown) {
    super();
    this.lhs = lhs;
    this.connector = connector;
    this.rhs = rhs;
  }
  evaluate(read: ColumnReader): unknown {
    return arithmetic(evaluateOperand(this.lhs, read), this.connector, evaluateOperand(this.rhs, read));
  }
  as_sql(render: ColumnRenderer, quote: (v: unknown) => string): string {
    const side = (v: unknown) => (v instanceof Combinable ? v.as_sql(render, quote) : quote(v));
    const op = this.connector === '%%' ? '%' : this.connector;
    return `(${side(this.lhs)} ${op} ${side(this.rhs)})`;
  }
  __repr__(): string {
    const side = (v: unknown) =>
      v instanceof Combinable ? (v as unknown as { __repr__(): string }).__repr__() : `Value(${repr(v)})`;
    return `<CombinedExpression: ${side(this.lhs)} ${this.connector === '%%' ? '%%' : this.connector} ${side(this.rhs)}>`;
  }
}

class FExpression extends Combinable {
  readonly name: string;
  constructor(name: string) {
    super();
    this.name = name;
  }
  evaluate(read: ColumnReader): unknown {
    return read(this.name);
  }
  as_sql(render: ColumnRenderer): string {
    return render(this.name);
  }
  __repr__(): string {
    return `F(${this.name})`;
  }
  override toString(): string {
    return this.__repr__();
  }
}

export type F = FExpression;

/** `F('rating')`, with or without `new`. */
export const F = function F(name: string): FExpression {
  return new FExpression(name);
} as unknown as { (name: string): FExpression; new (name: string): FExpression; prototype: FExpression };
F.prototype = FExpression.prototype;

/** A literal wrapped as an expression (django.db.models.Value). */
export class Value extends Combinable {
  readonly value: unknown;
  constructor(value: unknown) {
    super();
    this.value = value;
  }
  evaluate(): unknown {
    return this.value;
  }
  as_sql(_render: ColumnRenderer, quote: (v: unknown) => string): string {
    return quote(this.value);
  }
  __repr__(): string {
    return `Value(${repr(this.value)})`;
  }
}

export function isExpression(value: unknown): value is Combinable {
  return value instanceof Combinable;
}
