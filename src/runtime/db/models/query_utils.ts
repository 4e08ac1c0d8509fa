// django.db.models.query_utils: Q objects. Python's `&`, `|` and `~` become `.and()`, `.or()`
// and `.not()`; `Q.and(a, b, c)` / `Q.or(...)` combine several at once.
import { repr } from '../../python/builtins';

export type QChild = Q | readonly [string, unknown];

export class Q {
  static readonly AND = 'AND';
  static readonly OR = 'OR';
  static readonly XOR = 'XOR';
  children: QChild[];
  connector: 'AND' | 'OR' | 'XOR';
  negated: boolean;

  /** `new Q({ name: 'x', rating__gt: 3 })`, or `new Q(q1, q2, { connector: 'OR' })`-style children. */
  constructor(
    kwargs: Record<string, unknown> | QChild[] = {},
    options: { connector?: 'AND' | 'OR' | 'XOR'; negated?: boolean } = {},
  ) {
    this.children = Array.isArray(kwargs) ? [...kwargs] : Object.entries(kwargs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.connector = options.connector ?? 'AND';
    this.negated = options.negated ?? false;
  }

  private combine(other: Q, connector: 'AND' | 'OR' | 'XOR'): Q {
    if (!(other instanceof Q)) throw new TypeError(repr(other));
    if (other.children.length === 0 && !other.negated) return this.copy();
    if (this.children.length === 0 && !this.negated) return other.copy();
    // Like tree.Node.add(): operands with the same connector (or a single child) are flattened.
    const children: QChild[] = [];
    for (const q of [this, other]) {
      if (!q.negated && (q.connector === connector || q.children.length === 1)) children.push(...q.children);
      else children.push(q);
    }
    return new Q(children, { connector });
  }

  and(other: Q): Q {
    return this.combine(other, 'AND');
  }

  or(other: Q): Q {
    return this.combine(other, 'OR');
  }

  xor(other: Q): Q {
    return this.combine(other, 'XOR');
  }

  /** Python's `~q`. */
  not(): Q {
    const q = this.copy();
    q.negated = !q.negated;
    return q;
  }

  copy(): Q {
    return new Q([...this.children], { connector: this.connector, negated: this.negated });
  }

  static and(...qs: Q[]): Q {
    return qs.reduce((a, b) => a.and(b), new Q());
  }

  static or(...qs: Q[]): Q {
    return qs.reduce((a, b) => a.or(b), new Q());
  }

  /** Python's str(q): `(AND: ('a', 1), (OR: ...))`, `(NOT (AND: ...))` when negated. */
  __str__(): string {
    const inner = this.children.map((c) => (c instanceof Q ? c.__str__() : `(${repr(c[0])}, ${repr(c[1])})`)).join(', ');
    return this.negated ? `(NOT (${this.connector}: ${inner}))` : `(${this.connector}: ${inner})`;
  }

  __repr__(): string {
    return `<Q: ${this.__str__()}>`;
  }

  toString(): string {
    return this.__str__();
  }
}
