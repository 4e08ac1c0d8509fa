// Tables, columns and joins as the SQL names them (django.db.models.sql.datastructures), and how
// a stored row of a model's base table reaches its MTI parents' columns.
import { quote_name } from '../../backends/sqlite3/operations';
import type { DatabaseWrapper, Row } from '../../backends/base';
import type { Field } from '../fields';
import type { ModelClass } from '../base';

export const qn = quote_name;

export function baseTable(model: ModelClass): string {
  return model._meta.concrete_model._meta.db_table;
}

export function pkColumn(model: ModelClass): string {
  return model._meta.concrete_model._meta.pk.column;
}

export function columnSql(field: Field): string {
  return `${qn(field.model._meta.concrete_model._meta.db_table)}.${qn(field.column)}`;
}

/** The table that stores a field: the concrete model that declared it. */
export function tableOf(field: Field): string {
  return field.model._meta.concrete_model._meta.db_table;
}

/** Reads one field of an object given the row of the object's base table (follows MTI parents by pk). */
export function fieldReader(db: DatabaseWrapper, model: ModelClass, field: Field): (row: Row) => unknown {
  const table = tableOf(field);
  const column = field.column;
  if (table === baseTable(model)) return (row) => row[column];
  const pk = pkColumn(model);
  return (row) => db.getRow(table, row[pk])?.[column] ?? null;
}

/** SQL joins needed to reach a parent table's column from a child's base table. */
export function parentJoins(model: ModelClass, field: Field): string[] {
  const joins: string[] = [];
  let current = model._meta.concrete_model;
  const target = tableOf(field);
  while (current._meta.db_table !== target) {
    const [parent, link] = [...current._meta.parents.entries()][0] ?? [];
    if (!parent || !link) break;
    joins.push(
      `INNER JOIN ${qn(parent._meta.db_table)} ON (${qn(current._meta.db_table)}.${qn(link.column)} = ${qn(parent._meta.db_table)}.${qn(parent._meta.pk.column)})`,
    );
    current = parent;
  }
  return joins;
}
