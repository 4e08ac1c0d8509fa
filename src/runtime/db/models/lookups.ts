// django.db.models.lookups: the field lookups (`__gt`, `__icontains`...) and the date transforms
// (`__year`, `__month`...), each as an in-memory test plus the SQL SQLite would receive.
import { FieldError } from '../../core/exceptions';
import { ValueError } from '../../python/builtins';
import { date, datetime } from '../../python/datetime';
import { quoteValue } from '../backends/sqlite3/operations';
import type { Field } from './fields';
import { valuesEqual } from './fields';

/** SQLite's ordering of values of mixed types: NULL, then numbers, then text, then the rest. */
export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return 0;
  if (ra === 1) {
    const x = toNumber(a);
    const y = toNumber(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = toText(a);
  const y = toText(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function rank(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return 1;
  if (typeof v === 'object' && (v as { constructor?: { name?: string } }).constructor?.name === 'Decimal') return 1;
  return 2;
}

function toNumber(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  return Number(typeof v === 'object' ? String(v) : v);
}

/** Dates and datetimes compare as the ISO text SQLite stores. */
function toText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof datetime) return v.isoformat(' ');
  if (v instanceof date) return v.isoformat();
  return String(v);
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface LookupSpec {
  /** Builds the test over one stored value; `rhs` is already converted by the field. */
  test(rhs: unknown): (value: unknown) => boolean;
  sql(column: string, rhs: unknown): string;
  /** Whether the right-hand side is a list (in, range) converted item by item. */
  iterable?: boolean;
  /** Lookups whose value must not go through the field's conversion (isnull, regex). */
  raw?: boolean;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? null : toText(v));

function likeLookup(kind: 'contains' | 'startswith' | 'endswith' | 'exact', insensitive: boolean): LookupSpec {
  return {
    test(rhs) {
      const needle = insensitive ? String(rhs).toLowerCase() : String(rhs);
      return (value) => {
        const text = asText(value);
        if (text === null || rhs === null) return false;
        const hay = insensitive ? text.toLowerCase() : text;
        if (kind === 'contains') return hay.includes(needle);
        if (kind === 'startswith') return hay.startsWith(needle);
        if (kind === 'endswith') return hay.endsWith(needle);
        return hay === needle;
      };
    },
    sql(column, rhs) {
      const text = likeEscape(String(rhs));
      const pattern =
        kind === 'contains' ? `%${text}%` : kind === 'startswith' ? `${text}%` : kind === 'endswith' ? `%${text}` : text;
      return `${column} LIKE ${quoteValue(pattern)} ESCAPE '\\'`;
    },
  };
}

function comparison(op: '>' | '>=' | '<' | '<='): LookupSpec {
  return {
    test(rhs) {
      return (value) => {
        if (value === null || value === undefined || rhs === null) return false;
        const c = compareValues(value, rhs);
        return op === '>' ? c > 0 : op === '>=' ? c >= 0 : op === '<' ? c < 0 : c <= 0;
      };
    },
    sql: (column, rhs) => `${column} ${op} ${quoteValue(rhs)}`,
  };
}

export const LOOKUPS: Record<string, LookupSpec> = {
  exact: {
    test(rhs) {
      if (rhs === null) return (v) => v === null || v === undefined;
      if (typeof rhs !== 'object') return (v) => v === rhs || (typeof v === 'object' && v !== null && valuesEqual(v, rhs));
      return (v) => valuesEqual(v, rhs);
    },
    sql(column, rhs) {
      if (rhs === null) return `${column} IS NULL`;
      // Booleans compare as integers on SQLite: "flag" = 1, "flag" = 0 (Django 6.1).
      return `${column} = ${quoteValue(rhs)}`;
    },
  },
  iexact: likeLookup('exact', true),
  contains: likeLookup('contains', false),
  icontains: likeLookup('contains', true),
  startswith: likeLookup('startswith', false),
  istartswith: likeLookup('startswith', true),
  endswith: likeLookup('endswith', false),
  iendswith: likeLookup('endswith', true),
  gt: comparison('>'),
  gte: comparison('>='),
  lt: comparison('<'),
  lte: comparison('<='),
  in: {
    iterable: true,
    test(rhs) {
      const items = (rhs as unknown[]).filter((v) => v !== null);
      const primitives = new Set<unknown>(items.filter((v) => typeof v !== 'object'));
      const objects = items.filter((v) => typeof v === 'object');
      return (v) => primitives.has(v) || (objects.length > 0 && objects.some((o) => valuesEqual(v, o)));
    },
    sql: (column, rhs) =>
      `${column} IN (${[...new Set((rhs as unknown[]).filter((v) => v !== null))].map(quoteValue).join(', ')})`,
  },
  range: {
    iterable: true,
    test(rhs) {
      const [lo, hi] = rhs as [unknown, unknown];
      return (v) => v !== null && v !== undefined && compareValues(v, lo) >= 0 && compareValues(v, hi) <= 0;
    },
    sql: (column, rhs) => `${column} BETWEEN ${quoteValue((rhs as unknown[])[0])} AND ${quoteValue((rhs as unknown[])[1])}`,
  },
  isnull: {
    raw: true,
    test(rhs) {
      return rhs ? (v) => v === null || v === undefined : (v) => v !== null && v !== undefined;
    },
    sql: (column, rhs) => `${column} ${rhs ? 'IS NULL' : 'IS NOT NULL'}`,
  },
  regex: {
    raw: true,
    test(rhs) {
      const re = new RegExp(String(rhs));
      return (v) => v !== null && v !== undefined && re.test(toText(v));
    },
    sql: (column, rhs) => `${column} REGEXP ${quoteValue(rhs)}`,
  },
  iregex: {
    raw: true,
    test(rhs) {
      const re = new RegExp(String(rhs), 'i');
      return (v) => v !== null && v !== undefined && re.test(toText(v));
    },
    sql: (column, rhs) => `${column} REGEXP '(?i)' || ${quoteValue(rhs)}`,
  },
};

/** Lookups a field type offers, for the "Unsupported lookup" message and its suggestions. */
/** The lookups relation fields register (RelatedExact, RelatedIn, ...). */
export const RELATED_LOOKUPS = ['exact', 'in', 'gt', 'gte', 'lt', 'lte', 'isnull'];

export function lookupsFor(field: Field): string[] {
  if (field.is_relation) return RELATED_LOOKUPS;
  const type = field.get_internal_type();
  const names = Object.keys(LOOKUPS);
  if (type === 'DateField' || type === 'DateTimeField') return [...names, ...Object.keys(dateTransforms(type))];
  return names;
}

export interface TransformSpec {
  apply(value: unknown): unknown;
  sql(column: string): string;
  /** `__year=2005` is rendered as a BETWEEN over the year's bounds, as Django does. */
  yearBounds?: boolean;
}

function extract(kind: string, get: (d: date | datetime) => number, type: string): TransformSpec {
  const fn = type === 'DateTimeField' ? 'django_datetime_extract' : 'django_date_extract';
  return {
    apply: (v) => (v instanceof date ? get(v) : null),
    sql: (column) => (type === 'DateTimeField' ? `${fn}('${kind}', ${column}, NULL, NULL)` : `${fn}('${kind}', ${column})`),
    yearBounds: kind === 'year',
  };
}

export function dateTransforms(type: string): Record<string, TransformSpec> {
  const out: Record<string, TransformSpec> = {
    year: extract('year', (d) => d.year, type),
    month: extract('month', (d) => d.month, type),
    day: extract('day', (d) => d.day, type),
    week_day: extract('week_day', (d) => ((d.weekday() + 1) % 7) + 1, type),
    iso_week_day: extract('iso_week_day', (d) => d.isoweekday(), type),
    quarter: extract('quarter', (d) => Math.ceil(d.month / 3), type),
  };
  if (type === 'DateTimeField') {
    out.hour = extract('hour', (d) => (d as datetime).hour, type);
    out.minute = extract('minute', (d) => (d as datetime).minute, type);
    out.second = extract('second', (d) => (d as datetime).second, type);
    out.date = {
      apply: (v) => (v instanceof datetime ? v.date() : null),
      sql: (column) => `django_datetime_cast_date(${column}, NULL, NULL)`,
    };
  }
  return out;
}

/** SQL for `__year` lookups: Django compares the column with the year's first and last moment. */
export function yearLookupSql(column: string, type: string, lookup: string, year: number): string | null {
  const first = type === 'DateTimeField' ? `${year}-01-01 00:00:00` : `${year}-01-01`;
  const last = type === 'DateTimeField' ? `${year}-12-31 23:59:59.999999` : `${year}-12-31`;
  switch (lookup) {
    case 'exact':
      return `${column} BETWEEN ${quoteValue(first)} AND ${quoteValue(last)}`;
    case 'gt':
      return `${column} > ${quoteValue(last)}`;
    case 'gte':
      return `${column} >= ${quoteValue(first)}`;
    case 'lt':
      return `${column} < ${quoteValue(first)}`;
    case 'lte':
      return `${column} <= ${quoteValue(last)}`;
  }
  return null;
}

/** difflib.get_close_matches(word, possibilities), for "perhaps you meant" suggestions. */
export function closeMatches(word: string, possibilities: string[], n = 3, cutoff = 0.6): string[] {
  const scored = possibilities
    .map((p) => [ratio(word, p), p] as const)
    .filter(([score]) => score >= cutoff)
    .sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1));
  return scored.slice(0, n).map(([, p]) => p);
}

function matchingCharacters(a: string, b: string): number {
  if (!a || !b) return 0;
  let bestI = 0;
  let bestJ = 0;
  let bestSize = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > bestSize) [bestI, bestJ, bestSize] = [i, j, k];
    }
  }
  if (bestSize === 0) return 0;
  return (
    bestSize +
    matchingCharacters(a.slice(0, bestI), b.slice(0, bestJ)) +
    matchingCharacters(a.slice(bestI + bestSize), b.slice(bestJ + bestSize))
  );
}

function ratio(a: string, b: string): number {
  return (2 * matchingCharacters(a, b)) / (a.length + b.length);
}

export function unsupportedLookup(name: string, field: Field): never {
  const options = lookupsFor(field);
  const suggestions = closeMatches(name, options);
  const suffix = suggestions.length ? `, perhaps you meant ${suggestions.join(' or ')}?` : '.';
  throw new FieldError(
    `Unsupported lookup '${name}' for ${field.get_internal_type() === 'BigAutoField' ? 'BigAutoField' : field.constructor.name} or join on the field not permitted${suffix}`,
  );
}

export function checkLookupValue(lookup: string, value: unknown): void {
  if (
    (lookup === 'in' || lookup === 'range') &&
    (typeof value !== 'object' || value === null || !(Symbol.iterator in (value as object)))
  ) {
    if (lookup === 'range')
      throw new ValueError(`The QuerySet value for an exact lookup must be limited to one result using slicing.`);
  }
}
