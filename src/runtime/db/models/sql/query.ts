// django.db.models.sql.query: the Query a QuerySet builds (its WHERE, ordering, limits, deferred
// fields…) and the resolution of names like `blog__name` into paths over stored rows. The
// QuerySet only describes; SQLCompiler (compiler.ts) turns a Query into SQL and rows.
import { FieldError } from '../../../core/exceptions';
import { ValueError } from '../../../python/exceptions';
import { DEFAULT_DB_ALIAS, getConnection, rowKey, type DatabaseWrapper, type Row } from '../../backends/base';
import { LOOKUP_SEP } from '../constants';
import { Field } from '../fields';
import { ForeignObjectRel, ManyToManyField, RelatedField } from '../fields/related';
import { Q } from '../query_utils';
import type { FetchMode } from '../fetch_modes';
import type { ModelClass } from '../base';
import { SQLCompiler } from './compiler';
import { baseTable, columnSql, fieldReader, parentJoins, pkColumn, qn, tableOf } from './datastructures';

export type ValuesMode = null | 'dict' | 'list' | 'flat' | 'named';

/** select_for_update()'s options. */
export interface ForUpdate {
  nowait: boolean;
  skip_locked: boolean;
  of: string[];
}

/** The WHERE of an unfiltered queryset; never mutated (filter() copies before adding). */
const EMPTY_WHERE = new Q();
const NO_DEFER: Set<string> = new Set();

/** What a QuerySet asks the database for. Clones share the sets, which are replaced, never mutated. */
export class Query {
  where: Q = EMPTY_WHERE;
  ordering: string[] | null = null;
  standardOrdering = true;
  low = 0;
  high: number | null = null;
  distinct = false;
  valuesFields: string[] | null = null;
  valuesMode: ValuesMode = null;
  only: Set<string> | null = null;
  defer: Set<string> = NO_DEFER;
  selectRelated: string[] | true | null = null;
  /** none(): Django's NothingNode, a WHERE that matches nothing. */
  none = false;
  forUpdate: false | ForUpdate = false;
  /** Django 6.1's fetch mode given to the instances (null: FETCH_ONE). */
  fetchMode: FetchMode | null = null;

  constructor(readonly model: ModelClass) {}

  clone(): Query {
    return Object.assign(Object.create(Query.prototype) as Query, this);
  }

  /** defer(None): nothing deferred. */
  clearDeferredLoading(): void {
    this.only = null;
    this.defer = NO_DEFER;
  }

  /**
   * defer(): Django's add_deferred_loading. After only(), the names leave the fields to load;
   * when none is left, the names not among them are deferred instead (only('a').defer('a', 'b')
   * defers 'b'), and an empty set defers nothing.
   */
  addDeferredLoading(fields: readonly string[]): void {
    if (this.only === null) {
      this.defer = new Set([...this.defer, ...fields]);
      return;
    }
    const existing = this.only;
    const left = new Set([...existing].filter((name) => !fields.includes(name)));
    this.clearDeferredLoading();
    if (left.size > 0) this.only = left;
    else this.defer = new Set(fields.filter((name) => !existing.has(name)));
  }

  /** only(): Django's add_immediate_loading. After defer(), the deferred names are left out; after only(), replaced. */
  addImmediateLoading(fields: readonly string[]): void {
    const pkName = this.model._meta.pk?.name;
    const names = new Set(fields.map((name) => (name === 'pk' && pkName ? pkName : name)));
    const deferred = this.only === null ? this.defer : NO_DEFER;
    const only = new Set([...names].filter((name) => !deferred.has(name)));
    this.clearDeferredLoading();
    // An empty set of names to load is no mask at all, as in Django's get_select_mask().
    if (only.size > 0) this.only = only;
  }

  /** As Django's Query.get_compiler(using=None, connection=None). */
  get_compiler(using?: string | null, connection?: DatabaseWrapper | null): SQLCompiler {
    if ((using === undefined || using === null) && (connection === undefined || connection === null)) {
      throw new ValueError('Need either using or connection');
    }
    const alias = using ?? connection!.alias;
    return new SQLCompiler(this, connection ?? getConnection(alias), alias);
  }

  /**
   * `str(qs.query)`: the SELECT Django would send, compiled for the default database. As in
   * Django, a WHERE that can match nothing (`pk__in=[]`) raises EmptyResultSet.
   */
  toString(): string {
    return this.get_compiler(DEFAULT_DB_ALIAS).as_sql()[0];
  }

  __str__(): string {
    return this.toString();
  }
}

export function fieldChoices(model: ModelClass): string {
  const names = new Set<string>();
  const meta = model._meta;
  // As get_fields(): a hidden reverse relation (related_name ending in "+") is no choice.
  for (const rel of meta.all_related_objects) if (!rel.is_hidden()) names.add(rel.name);
  for (const f of meta.fields) {
    names.add(f.name);
    names.add(f.attname);
  }
  for (const f of meta.many_to_many) names.add(f.name);
  return [...names].sort().join(', ');
}

export function cannotResolve(name: string, model: ModelClass): never {
  throw new FieldError(`Cannot resolve keyword '${name}' into field. Choices are: ${fieldChoices(model)}`);
}

type Mapper = (row: Row) => Row | Row[] | null | undefined;

export interface ResolvedPath {
  field: Field;
  model: ModelClass;
  lookups: string[];
  multi: boolean;
  read: (row: Row) => unknown;
  column: string;
  joins: string[];
}

const pathCache = new WeakMap<DatabaseWrapper, WeakMap<ModelClass, Map<string, ResolvedPath>>>();

/** Resolves `blog__name` (and friends) from `model` into a reader over the model's base rows. */
export function resolvePath(db: DatabaseWrapper, model: ModelClass, parts: string[], joins: string[] = []): ResolvedPath {
  const key = parts.join(LOOKUP_SEP);
  let perDb = pathCache.get(db);
  if (!perDb) pathCache.set(db, (perDb = new WeakMap()));
  let perModel = perDb.get(model);
  if (!perModel) perDb.set(model, (perModel = new Map()));
  const cached = perModel.get(key);
  if (cached) {
    joins.push(...cached.joins);
    return cached;
  }
  const own: string[] = [];
  const resolved = resolvePathUncached(db, model, parts, own);
  joins.push(...own);
  // Paths through reverse relations keep an index of the related rows, so they are not reused.
  if (!resolved.multi) perModel.set(key, resolved);
  return resolved;
}

function resolvePathUncached(db: DatabaseWrapper, model: ModelClass, parts: string[], joins: string[]): ResolvedPath {
  let current = model;
  let mapper: Mapper | null = null;
  let multi = false;
  let final: Field | null = null;
  let i = 0;
  const compose = (next: (row: Row) => Row | Row[] | null | undefined) => {
    const prev = mapper;
    if (!prev) {
      mapper = next;
      return;
    }
    mapper = (row) => {
      const r = prev(row);
      if (!r) return null;
      if (Array.isArray(r))
        return r.flatMap((x) => {
          const y = next(x);
          return y ? (Array.isArray(y) ? y : [y]) : [];
        });
      return next(r);
    };
  };
  while (i < parts.length) {
    const name = parts[i]!;
    const meta = current._meta;
    const found = name === 'pk' ? meta.pk : meta.find_field(name);
    if (!found) {
      if (i === 0) cannotResolve(name, current);
      break;
    }
    if (found instanceof ForeignObjectRel) {
      const rel = found;
      const fk = rel.field;
      const related = rel.related_model;
      const from = current;
      if (fk instanceof ManyToManyField) {
        // Reverse many-to-many: through rows whose "to" column is this object.
        const through = fk.through_table;
        const pkRead = fieldReader(db, from, from._meta.pk);
        const index = lazyIndex(db, through, fk.to_column);
        const relTable = baseTable(related);
        joins.push(
          `INNER JOIN ${qn(through)} ON (${qn(baseTable(from))}.${qn(pkColumn(from))} = ${qn(through)}.${qn(fk.to_column)})`,
        );
        joins.push(
          `INNER JOIN ${qn(relTable)} ON (${qn(through)}.${qn(fk.from_column)} = ${qn(relTable)}.${qn(pkColumn(related))})`,
        );
        compose((row) =>
          (index().get(rowKey(pkRead(row))) ?? [])
            .map((t) => db.getRow(relTable, t[fk.from_column]))
            .filter((r): r is Row => !!r),
        );
      } else {
        const targetRead = fieldReader(db, from, fk.target_field);
        const relTable = tableOf(fk);
        const index = lazyIndex(db, relTable, fk.column);
        joins.push(
          `INNER JOIN ${qn(relTable)} ON (${qn(baseTable(from))}.${qn(fk.target_field.column)} = ${qn(relTable)}.${qn(fk.column)})`,
        );
        const base = baseTable(related);
        compose((row) => {
          const hits = index().get(rowKey(targetRead(row))) ?? [];
          return base === relTable ? hits : hits.map((h) => db.getRow(base, h[pkColumn(related)])).filter((r): r is Row => !!r);
        });
      }
      multi = true;
      current = related;
      i++;
      continue;
    }
    const field = found as Field;
    if (field instanceof ManyToManyField) {
      const remote = field.remote_model();
      const through = field.through_table;
      const pkRead = fieldReader(db, current, current._meta.pk);
      const index = lazyIndex(db, through, field.from_column);
      const relTable = baseTable(remote);
      joins.push(
        `INNER JOIN ${qn(through)} ON (${qn(baseTable(current))}.${qn(pkColumn(current))} = ${qn(through)}.${qn(field.from_column)})`,
      );
      joins.push(
        `INNER JOIN ${qn(relTable)} ON (${qn(through)}.${qn(field.to_column)} = ${qn(relTable)}.${qn(pkColumn(remote))})`,
      );
      compose((row) =>
        (index().get(rowKey(pkRead(row))) ?? []).map((t) => db.getRow(relTable, t[field.to_column])).filter((r): r is Row => !!r),
      );
      multi = true;
      current = remote;
      i++;
      continue;
    }
    if (field instanceof RelatedField) {
      const remote = field.remote_model();
      const next = parts[i + 1];
      const nextField = next === undefined ? null : next === 'pk' ? remote._meta.pk : remote._meta.find_field(next);
      const targetName = field.target_field.name;
      const isTargetOnly =
        nextField &&
        (next === 'pk' || next === targetName) &&
        !(nextField instanceof ForeignObjectRel) &&
        (parts[i + 2] === undefined || !remote._meta.find_field(parts[i + 2]!));
      if (!nextField || isTargetOnly) {
        final = field;
        joins.push(...parentJoins(current, field));
        i += isTargetOnly ? 2 : 1;
        break;
      }
      // Forward hop: the related row is found by its primary key in O(1).
      joins.push(...parentJoins(current, field));
      const fkRead = fieldReader(db, current, field);
      const relTable = baseTable(remote);
      joins.push(`INNER JOIN ${qn(relTable)} ON (${columnSql(field)} = ${qn(relTable)}.${qn(field.target_field.column)})`);
      compose((row) => {
        const v = fkRead(row);
        return v === null || v === undefined ? null : db.getRow(relTable, v);
      });
      current = remote;
      i++;
      continue;
    }
    final = field;
    joins.push(...parentJoins(current, field));
    i++;
    break;
  }
  if (!final) final = current._meta.pk;
  const reader = fieldReader(db, current, final);
  const m = mapper as Mapper | null;
  let read: (row: Row) => unknown;
  if (!m) read = reader;
  else if (multi)
    read = (row) => {
      const r = m(row);
      if (!r) return [];
      return (Array.isArray(r) ? r : [r]).map(reader);
    };
  else
    read = (row) => {
      const r = m(row) as Row | null | undefined;
      return r ? reader(r) : null;
    };
  return { field: final, model: current, lookups: parts.slice(i), multi, read, column: columnSql(final), joins };
}

function lazyIndex(db: DatabaseWrapper, table: string, column: string): () => Map<unknown, Row[]> {
  let index: Map<unknown, Row[]> | null = null;
  return () => {
    if (!index) {
      index = new Map();
      for (const row of db.rows(table)) {
        const key = rowKey(row[column]);
        const list = index.get(key);
        if (list) list.push(row);
        else index.set(key, [row]);
      }
    }
    return index;
  };
}
