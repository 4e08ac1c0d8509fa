// django.core.cache.backends.locmem.LocMemCache on the virtual clock (python/time), with
// BaseCache's timeout rules: the default is 300 s, `null` keeps an entry forever, 0 (or a
// negative number) expires it at once. Values are kept as given (Django pickles them, so a
// cached model instance comes back as a copy there: do not mutate what get() returns).

import { ValueError } from '../../python/exceptions';
import { repr } from '../../python/repr';
import { time } from '../../python/time';
import { runStep } from '../../db/backends/steps';

/** Marks "use the cache's default timeout" (Django's DEFAULT_TIMEOUT sentinel). */
export const DEFAULT_TIMEOUT: unique symbol = Symbol('DEFAULT_TIMEOUT');
export type Timeout = number | null | typeof DEFAULT_TIMEOUT;

interface Entry {
  value: unknown;
  /** Expiry time on the virtual clock; null = never. */
  expires: number | null;
}

export interface CacheOptions {
  /** TIMEOUT: seconds, or null for forever (default 300). */
  timeout?: number | null;
  /** KEY_PREFIX (default ''). */
  key_prefix?: string;
  /** VERSION (default 1). */
  version?: number;
}

/** One cache entry as the scheduler's timeline shows it. */
export interface CacheEntrySnapshot {
  key: string;
  value: string;
  expires: number | null;
}

export class LocMemCache {
  default_timeout: number | null;
  key_prefix: string;
  version: number;
  private readonly data = new Map<string, Entry>();

  constructor(options: CacheOptions = {}) {
    this.default_timeout = options.timeout === undefined ? 300 : options.timeout;
    this.key_prefix = options.key_prefix ?? '';
    this.version = options.version ?? 1;
  }

  /** BaseCache.make_key: `prefix:version:key`. */
  make_key(key: string, version: number | null = null): string {
    return `${this.key_prefix}:${version ?? this.version}:${key}`;
  }

  /** BaseCache.get_backend_timeout: an absolute expiry time, -1 for "already expired", null for never. */
  get_backend_timeout(timeout: Timeout = DEFAULT_TIMEOUT): number | null {
    const seconds = timeout === DEFAULT_TIMEOUT ? this.default_timeout : timeout;
    if (seconds === null) return null;
    if (seconds === 0) return -1;
    return time() + seconds;
  }

  private live(key: string): Entry | undefined {
    const entry = this.data.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires !== null && entry.expires <= time()) {
      this.data.delete(key);
      return undefined;
    }
    return entry;
  }

  get<T = unknown>(key: string, fallback: T | null = null, version: number | null = null): T | null {
    const entry = this.live(this.make_key(key, version));
    return entry === undefined ? fallback : (entry.value as T);
  }

  set(key: string, value: unknown, timeout: Timeout = DEFAULT_TIMEOUT, version: number | null = null): void {
    this.data.set(this.make_key(key, version), { value, expires: this.get_backend_timeout(timeout) });
  }

  /** Stores only if the key is absent (or expired); returns whether it stored. */
  add(key: string, value: unknown, timeout: Timeout = DEFAULT_TIMEOUT, version: number | null = null): boolean {
    const full = this.make_key(key, version);
    if (this.live(full) !== undefined) return false;
    this.data.set(full, { value, expires: this.get_backend_timeout(timeout) });
    return true;
  }

  /** Returns whether a live key was deleted. */
  delete(key: string, version: number | null = null): boolean {
    const full = this.make_key(key, version);
    const existed = this.live(full) !== undefined;
    this.data.delete(full);
    return existed;
  }

  has_key(key: string, version: number | null = null): boolean {
    return this.live(this.make_key(key, version)) !== undefined;
  }

  /** Sets a new expiry for a live key; returns whether the key was there. */
  touch(key: string, timeout: Timeout = DEFAULT_TIMEOUT, version: number | null = null): boolean {
    const entry = this.live(this.make_key(key, version));
    if (entry === undefined) return false;
    entry.expires = this.get_backend_timeout(timeout);
    return true;
  }

  /** Adds `delta` to a live integer; a missing key raises ValueError("Key 'x' not found"). */
  incr(key: string, delta = 1, version: number | null = null): number {
    const entry = this.live(this.make_key(key, version));
    if (entry === undefined) throw new ValueError(`Key ${repr(key)} not found`);
    const value = (entry.value as number) + delta;
    entry.value = value;
    return value;
  }

  decr(key: string, delta = 1, version: number | null = null): number {
    return this.incr(key, -delta, version);
  }

  /** The cached value, or `fallback` (called if it is a function) stored with add() and returned. */
  get_or_set<T>(
    key: string,
    fallback: T | (() => T),
    timeout: Timeout = DEFAULT_TIMEOUT,
    version: number | null = null,
  ): T | null {
    const missing = Symbol('missing');
    const found = this.get<T | typeof missing>(key, missing, version);
    if (found !== missing) return found as T;
    const value = typeof fallback === 'function' ? (fallback as () => T)() : fallback;
    this.add(key, value, timeout, version);
    // Django reads again: the entry may have been added meanwhile, or expired at once (timeout 0).
    return this.get<T>(key, value, version);
  }

  get_many(keys: Iterable<string>, version: number | null = null): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const entry = this.live(this.make_key(key, version));
      if (entry !== undefined) out[key] = entry.value;
    }
    return out;
  }

  /** Returns the keys that failed to be stored (always none here). */
  set_many(data: Record<string, unknown>, timeout: Timeout = DEFAULT_TIMEOUT, version: number | null = null): string[] {
    for (const [key, value] of Object.entries(data)) this.set(key, value, timeout, version);
    return [];
  }

  delete_many(keys: Iterable<string>, version: number | null = null): void {
    for (const key of keys) this.delete(key, version);
  }

  clear(): void {
    this.data.clear();
  }

  /** Live entries (unprefixed keys when the prefix and version are the defaults), for timelines. */
  snapshot(): CacheEntrySnapshot[] {
    const now = time();
    const prefix = `${this.key_prefix}:${this.version}:`;
    const out: CacheEntrySnapshot[] = [];
    for (const [key, entry] of this.data) {
      if (entry.expires !== null && entry.expires <= now) continue;
      out.push({
        key: key.startsWith(prefix) ? key.slice(prefix.length) : key,
        value: repr(entry.value),
        expires: entry.expires,
      });
    }
    return out;
  }

  // The async twins (BaseCache.aget …): inside the scheduler each one is a step.

  aget<T = unknown>(key: string, fallback: T | null = null, version: number | null = null): Promise<T | null> {
    return runStep(`cache.get(${repr(key)})`, () => this.get<T>(key, fallback, version));
  }
  aset(key: string, value: unknown, timeout: Timeout = DEFAULT_TIMEOUT, version: number | null = null): Promise<void> {
    return runStep(`cache.set(${repr(key)}, ${repr(value)})`, () => this.set(key, value, timeout, version));
  }
  aadd(key: string, value: unknown, timeout: Timeout = DEFAULT_TIMEOUT, version: number | null = null): Promise<boolean> {
    return runStep(`cache.add(${repr(key)}, ${repr(value)})`, () => this.add(key, value, timeout, version));
  }
  adelete(key: string, version: number | null = null): Promise<boolean> {
    return runStep(`cache.delete(${repr(key)})`, () => this.delete(key, version));
  }
  ahas_key(key: string, version: number | null = null): Promise<boolean> {
    return runStep(`cache.has_key(${repr(key)})`, () => this.has_key(key, version));
  }
  atouch(key: string, timeout: Timeout = DEFAULT_TIMEOUT, version: number | null = null): Promise<boolean> {
    return runStep(`cache.touch(${repr(key)})`, () => this.touch(key, timeout, version));
  }
  aincr(key: string, delta = 1, version: number | null = null): Promise<number> {
    return runStep(`cache.incr(${repr(key)}, ${delta})`, () => this.incr(key, delta, version));
  }
  adecr(key: string, delta = 1, version: number | null = null): Promise<number> {
    return runStep(`cache.decr(${repr(key)}, ${delta})`, () => this.decr(key, delta, version));
  }
  aget_or_set<T>(
    key: string,
    fallback: T | (() => T),
    timeout: Timeout = DEFAULT_TIMEOUT,
    version: number | null = null,
  ): Promise<T | null> {
    return runStep(`cache.get_or_set(${repr(key)})`, () => this.get_or_set(key, fallback, timeout, version));
  }
  aget_many(keys: Iterable<string>, version: number | null = null): Promise<Record<string, unknown>> {
    const list = [...keys];
    return runStep(`cache.get_many(${repr(list)})`, () => this.get_many(list, version));
  }
  aset_many(data: Record<string, unknown>, timeout: Timeout = DEFAULT_TIMEOUT, version: number | null = null): Promise<string[]> {
    return runStep(`cache.set_many(${repr(data)})`, () => this.set_many(data, timeout, version));
  }
  adelete_many(keys: Iterable<string>, version: number | null = null): Promise<void> {
    const list = [...keys];
    return runStep(`cache.delete_many(${repr(list)})`, () => this.delete_many(list, version));
  }
  aclear(): Promise<void> {
    return runStep('cache.clear()', () => this.clear());
  }
}
