// django.db.backends.sqlite3.operations: how SQLite spells names and literal values in the SQL
// that `connection.queries` shows (quote_name, last_executed_query).

export function quote_name(name: string): string {
  return name.startsWith('"') && name.endsWith('"') ? name : `"${name}"`;
}

/** A parameter as sqlite's `QUOTE()` renders it in Django's `last_executed_query`. */
export function quoteValue(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isInteger(value) || !Number.isFinite(value) ? String(value) : String(value);
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  const text = dbString(value);
  return `'${text.replaceAll("'", "''")}'`;
}

/** Adapts an object value (date, datetime, Decimal, UUID) the way Django's SQLite adapters do. */
function dbString(value: object): string {
  const v = value as { isoformat?: (sep?: string) => string; hex?: string; constructor?: { name?: string } };
  const kind = v.constructor?.name;
  if (kind === 'UUID' && typeof v.hex === 'string') return v.hex;
  if (typeof v.isoformat === 'function') return kind === 'datetime' ? v.isoformat(' ') : v.isoformat();
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  return String(value);
}
