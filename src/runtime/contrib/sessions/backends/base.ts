// django.contrib.sessions.backends.base: the dict-like session object every backend extends.

import { get_setting } from '../../../conf';
import { BadSignature, dumps, loads } from '../../../core/signing';
import { Exception, KeyError, pythonClass } from '../../../python/exceptions';
import { getLogger } from '../../../python/logging';

/** A new session's key is already taken. */
export class CreateError extends Exception {}
/** The session to update no longer exists (another request deleted it). */
export class UpdateError extends Exception {}
pythonClass(CreateError, 'django.contrib.sessions.backends.base');
pythonClass(UpdateError, 'django.contrib.sessions.backends.base');

export const VALID_KEY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function random_key(length = 32): string {
  let key = '';
  for (let i = 0; i < length; i += 1) key += VALID_KEY_CHARS[Math.floor(Math.random() * VALID_KEY_CHARS.length)];
  return key;
}

export type SessionData = Record<string, unknown>;

export abstract class SessionBase {
  accessed = false;
  modified = false;
  protected _session_key: string | null = null;
  private cacheData: SessionData | null = null;

  constructor(session_key: string | null = null) {
    this._session_key = session_key;
  }

  get key_salt(): string {
    return `django.contrib.sessions.${this.constructor.name}`;
  }

  /** The key; a key shorter than 8 characters counts as none, as in Django. */
  get session_key(): string | null {
    return this._session_key;
  }

  set session_key(value: string | null) {
    this._session_key = value && value.length >= 8 ? value : null;
  }

  protected get_session(no_load = false): SessionData {
    this.accessed = true;
    if (this.cacheData === null) this.cacheData = this.session_key === null || no_load ? {} : this.load();
    return this.cacheData;
  }

  __getitem__(key: string): unknown {
    const data = this.get_session();
    if (!(key in data)) throw new KeyError(key);
    return data[key];
  }

  __setitem__(key: string, value: unknown): void {
    this.get_session()[key] = value;
    this.modified = true;
  }

  __delitem__(key: string): void {
    const data = this.get_session();
    if (!(key in data)) throw new KeyError(key);
    delete data[key];
    this.modified = true;
  }

  get(key: string, fallback: unknown = null): unknown {
    const data = this.get_session();
    return key in data ? data[key] : fallback;
  }

  has(key: string): boolean {
    return key in this.get_session();
  }

  pop(key: string, fallback?: unknown): unknown {
    const data = this.get_session();
    this.modified = this.modified || key in data;
    if (key in data) {
      const value = data[key];
      delete data[key];
      return value;
    }
    if (fallback === undefined) throw new KeyError(key);
    return fallback;
  }

  keys(): string[] {
    return Object.keys(this.get_session());
  }

  items(): Array<[string, unknown]> {
    return Object.entries(this.get_session());
  }

  clear(): void {
    this.cacheData = {};
    this.accessed = true;
    this.modified = true;
  }

  /** No key and nothing stored yet. */
  is_empty(): boolean {
    return this._session_key === null && (this.cacheData === null || Object.keys(this.cacheData).length === 0);
  }

  get_expiry_age(): number {
    return Number(get_setting('SESSION_COOKIE_AGE'));
  }

  get_expire_at_browser_close(): boolean {
    return Boolean(get_setting('SESSION_EXPIRE_AT_BROWSER_CLOSE'));
  }

  /** Deletes the stored session and starts an empty one with no key (logout does this). */
  flush(): void {
    this.clear();
    this.delete();
    this._session_key = null;
  }

  /** A new key for the same data (login does this, against session fixation). */
  cycle_key(): void {
    const data = this.get_session();
    const key = this.session_key;
    this.create();
    this.cacheData = data;
    if (key) this.delete(key);
  }

  /** The session data as a signed string. */
  encode(session_dict: SessionData): string {
    return dumps(session_dict, { salt: this.key_salt });
  }

  /** The data back from encode(); tampered data is logged as SuspiciousSession and dropped. */
  decode(session_data: string): SessionData {
    try {
      return loads(session_data, { salt: this.key_salt }) as SessionData;
    } catch (error) {
      if (error instanceof BadSignature) getLogger('django.security.SuspiciousSession').warning('Session data corrupted');
      return {};
    }
  }

  protected get_new_session_key(): string {
    for (;;) {
      const key = random_key();
      if (!this.exists(key)) return key;
    }
  }

  /** The data to store (loading it first unless a brand-new session is being created). */
  protected session_data_for_save(must_create: boolean): SessionData {
    return this.get_session(must_create);
  }

  abstract exists(session_key: string): boolean;
  abstract create(): void;
  abstract save(must_create?: boolean): void;
  abstract delete(session_key?: string | null): void;
  abstract load(): SessionData;
}
