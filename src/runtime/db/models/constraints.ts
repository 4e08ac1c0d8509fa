// django.db.models.constraints: UniqueConstraint and CheckConstraint, validated by
// Model.validate_constraints() and enforced by the in-memory database on write.
import { ValidationError } from '../../core/exceptions';
import { ValueError } from '../../python/builtins';
import { getConnection } from '../backends/base';
import { Q } from './query_utils';
import { qn } from './sql/datastructures';
import { compileWhere } from './sql/where';
import { quoteValue } from '../backends/sqlite3/operations';
import type { Field } from './fields';
import type { Model, ModelClass } from './base';

export interface ConstraintOptions {
  name: string;
  violation_error_message?: string;
  violation_error_code?: string;
}

export abstract class BaseConstraint {
  readonly name: string;
  readonly violation_error_message: string | null;
  readonly violation_error_code: string | null;
  static default_violation_error_message = 'Constraint “%(name)s” is violated.';

  constructor(options: ConstraintOptions) {
    if (!options?.name) throw new TypeError(`${new.target.name}.__init__() missing 1 required keyword-only argument: 'name'`);
    this.name = options.name;
    this.violation_error_message = options.violation_error_message ?? null;
    this.violation_error_code = options.violation_error_code ?? null;
  }

  get_violation_error_message(): string {
    return (this.violation_error_message ?? BaseConstraint.default_violation_error_message).replace('%(name)s', this.name);
  }

  violation(): ValidationError {
    return new ValidationError(this.get_violation_error_message(), { code: this.violation_error_code });
  }

  abstract validate(model: ModelClass, instance: Model, options?: { exclude?: Set<string>; using?: string }): void;
}

/** The instance's values as a stored row, so a Q can be tested against it in memory. */
function instanceRow(model: ModelClass, instance: Model): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const f of model._meta.concrete_fields) {
    const v = (instance as unknown as Record<string, unknown>)[f.attname];
    row[f.column] = v === undefined ? null : f.get_prep_value(v);
  }
  return row;
}

function referencedFields(q: Q): string[] {
  const out: string[] = [];
  for (const c of q.children) {
    if (c instanceof Q) out.push(...referencedFields(c));
    else out.push(c[0].split('__')[0]!);
  }
  return out;
}

/**
 * The query Django (4.1+) runs for Q.check(): the instance's values inlined in place of the
 * columns, `SELECT 1 AS "_check" WHERE COALESCE((condition), 1) = 1` on SQLite (1 is True).
 */
function checkSql(model: ModelClass, conditionSql: string, row: Record<string, unknown>): string {
  let sql = conditionSql;
  for (const f of model._meta.concrete_fields) {
    const column = `${qn(f.model._meta.concrete_model._meta.db_table)}.${qn(f.column)}`;
    sql = sql.split(column).join(quoteValue(row[f.column]));
  }
  const wrapped = /^\(.*\)$/.test(sql) && balanced(sql.slice(1, -1)) ? sql : `(${sql})`;
  return `SELECT 1 AS "_check" WHERE COALESCE(${wrapped}, 1) = 1`;
}

/** True when the parentheses of `text` never close more than they opened. */
function balanced(text: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

export class CheckConstraint extends BaseConstraint {
  readonly condition: Q;
  constructor(options: ConstraintOptions & { condition?: Q; check?: Q }) {
    super(options);
    const condition = options.condition ?? options.check;
    if (!(condition instanceof Q)) throw new TypeError('CheckConstraint.condition must be a Q instance or boolean expression.');
    this.condition = condition;
  }

  validate(model: ModelClass, instance: Model, options: { exclude?: Set<string>; using?: string } = {}): void {
    const exclude = options.exclude ?? new Set();
    if (referencedFields(this.condition).some((f) => exclude.has(f))) return;
    const row = instanceRow(model, instance);
    const db = getConnection(options.using);
    const joins: string[] = [];
    const cond = compileWhere(db, model, this.condition, joins);
    if (!joins.length) db.log(checkSql(model, cond.sql, row));
    // NULL in a compared column makes SQL's CHECK pass.
    const refs = referencedFields(this.condition).map((n) =>
      n === 'pk' ? model._meta.pk : (model._meta.find_field(n) as Field | null),
    );
    if (refs.some((f) => f && row[f.column] === null)) return;
    if (!cond.test(row)) throw this.violation();
  }

  __repr__(): string {
    return `<CheckConstraint: condition=${this.condition.__str__()} name='${this.name}'>`;
  }
}

export class UniqueConstraint extends BaseConstraint {
  readonly fields: readonly string[];
  readonly condition: Q | null;
  constructor(options: ConstraintOptions & { fields?: readonly string[]; condition?: Q | null; nulls_distinct?: boolean }) {
    super(options);
    if (!options.fields?.length)
      throw new ValueError('At least one field or expression is required to define a unique constraint.');
    this.fields = [...options.fields];
    this.condition = options.condition ?? null;
  }

  validate(model: ModelClass, instance: Model, options: { exclude?: Set<string>; using?: string } = {}): void {
    const exclude = options.exclude ?? new Set();
    if (this.fields.some((f) => exclude.has(f))) return;
    if (this.condition && referencedFields(this.condition).some((f) => exclude.has(f))) return;
    const meta = model._meta;
    const fields = this.fields.map((n) => meta.get_field(n) as Field);
    const self = instance as unknown as Record<string, unknown>;
    const values = fields.map((f) => self[f.attname]);
    if (values.some((v) => v === null || v === undefined)) return;
    const db = getConnection(options.using);
    const row = instanceRow(model, instance);
    // A conditional constraint covers only the rows its condition matches.
    if (this.condition && !compileWhere(db, model, this.condition, []).test(row)) return;
    const lookup: Record<string, unknown> = {};
    this.fields.forEach((n, i) => (lookup[n] = values[i]));
    let qs = model._default_manager.using(options.using ?? null).filter(lookup);
    if (this.condition) qs = qs.filter(this.condition);
    if (!instance._state.adding && instance._is_pk_set()) qs = qs.exclude({ pk: instance.pk });
    if (qs.exists()) {
      // With fields and the default message, Django reports it like `unique` / `unique_together`.
      if (!this.condition && this.violation_error_message === null) throw instance.unique_error_message(model, this.fields);
      throw this.violation();
    }
  }

  __repr__(): string {
    return `<UniqueConstraint: fields=(${this.fields.map((f) => `'${f}'`).join(', ')}${this.fields.length === 1 ? ',' : ''}) name='${this.name}'>`;
  }
}
