// django.conf: `settings`, starting from global_settings. Assigning `settings.X = ...` works as in
// a Django shell and stays until changed back; override_settings() (django/test) changes a
// setting for a block of code.
import { AttributeError } from '../python/exceptions';
import { typeName } from '../python/repr';
import { ImproperlyConfigured } from '../core/exceptions';
import * as global_settings from './global_settings';

export type DatabaseSettings = (typeof global_settings.DATABASES)[string];

export interface Settings {
  DATABASES: Record<string, DatabaseSettings>;
  USE_TZ: boolean;
  DEBUG: boolean;
  DEFAULT_AUTO_FIELD: 'django.db.models.AutoField' | 'django.db.models.BigAutoField';
  [key: string]: unknown;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  if (value !== null && typeof value === 'object') return structuredClone(value);
  return value;
}

export const settings = {} as Settings;
const store = settings as Record<string, unknown>;

/**
 * Puts every setting back to its default and drops the ones a snippet added (the playground and
 * the tests call this between runs).
 */
export function reset_settings(): void {
  for (const name of Object.keys(store)) delete store[name];
  for (const [name, value] of Object.entries(global_settings)) store[name] = copy(value);
}
reset_settings();

/** Settings Django's Settings() insists are lists or tuples. */
const LIST_SETTINGS = new Set(['ALLOWED_HOSTS', 'INSTALLED_APPS', 'TEMPLATE_DIRS', 'LOCALE_PATHS', 'SECRET_KEY_FALLBACKS']);

/** settings.NAME, raising Python's AttributeError for a setting that does not exist. */
export function get_setting(name: string): unknown {
  if (!(name in store)) throw new AttributeError(`'Settings' object has no attribute '${name}'`);
  const value = store[name];
  if (LIST_SETTINGS.has(name) && !Array.isArray(value)) {
    throw new ImproperlyConfigured(`The ${name} setting must be a list or a tuple.`);
  }
  return value;
}

/** A list setting, e.g. ALLOWED_HOSTS (ImproperlyConfigured when it is not a list). */
export function get_list_setting(name: string): readonly unknown[] {
  return get_setting(name) as readonly unknown[];
}

/**
 * Python's iteration over a setting that should be a list: a string iterates over its
 * characters, as it does in Django (so MIDDLEWARE = 'a.B' fails the way Django fails).
 */
export function iterate_setting(name: string): unknown[] {
  const value = get_setting(name);
  if (typeof value === 'string') return Array.from(value);
  if (Array.isArray(value)) return [...value];
  if (value instanceof Set) return [...value];
  throw new TypeError(`'${typeName(value)}' object is not iterable`);
}

/**
 * Python's `count <op> limit` for the DATA_UPLOAD_* limits: None means no limit, and a value that
 * is not a number fails with the TypeError Python raises for the comparison Django makes.
 */
export function exceeds_limit(count: number, name: string, op: '>' | '<' = '>'): boolean {
  const limit = get_setting(name);
  if (limit === null || limit === undefined) return false;
  if (typeof limit === 'number' || typeof limit === 'boolean') return count > Number(limit);
  // Django writes `count > limit` for sizes and `limit < count` for parse_qsl's field count.
  const [left, right] = op === '>' ? ['int', typeName(limit)] : [typeName(limit), 'int'];
  throw new TypeError(`'${op}' not supported between instances of '${left}' and '${right}'`);
}
