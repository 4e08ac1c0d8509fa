// django.contrib.sessions.backends.file: one "file" per session, named after its key, in an
// in-memory folder. A key with characters outside [a-z0-9] could name a path outside the
// folder, so it is refused with InvalidSessionKey. Stored data is signed; tampered data is
// logged on "django.security.SuspiciousSession" and replaced by an empty session.

import { OSError, RuntimeError } from '../../../python/exceptions';
import { get_setting } from '../../../conf';
import { SuspiciousOperation } from '../../../core/exceptions';
import { register_module } from '../../../utils/module_loading';
import { InvalidSessionKey } from '../exceptions';
import { CreateError, SessionBase, UpdateError, VALID_KEY_CHARS, type SessionData } from './base';

/** The session folder's files: path -> content. */
export const session_files = new Map<string, string>();

export class SessionStore extends SessionBase {
  get storage_path(): string {
    const setting = (() => {
      try {
        return get_setting('SESSION_FILE_PATH');
      } catch {
        return null;
      }
    })();
    return String(setting ?? '/tmp');
  }

  /** The file for a key; InvalidSessionKey for characters that could escape the folder. */
  key_to_file(session_key: string | null = null): string {
    const key = session_key ?? this.session_key;
    if (key === null) throw new RuntimeError('No session key to map to a file.');
    if (![...key].every((ch) => VALID_KEY_CHARS.includes(ch))) throw new InvalidSessionKey('Invalid characters in session key');
    return `${this.storage_path}/${String(get_setting('SESSION_COOKIE_NAME'))}${key}`;
  }

  load(): SessionData {
    try {
      const path = this.key_to_file();
      const content = session_files.get(path);
      if (content === undefined) throw new OSError(2, 'No such file or directory', path);
      return content ? this.decode(content) : {};
    } catch (error) {
      if (error instanceof OSError || error instanceof SuspiciousOperation) {
        this._session_key = null;
        return {};
      }
      throw error;
    }
  }

  create(): void {
    for (;;) {
      this._session_key = this.get_new_session_key();
      try {
        this.save(true);
      } catch (error) {
        if (error instanceof CreateError) continue;
        throw error;
      }
      this.modified = true;
      return;
    }
  }

  save(must_create = false): void {
    if (this.session_key === null) return this.create();
    const path = this.key_to_file();
    if (must_create && session_files.has(path)) throw new CreateError();
    if (!must_create && !session_files.has(path)) throw new UpdateError();
    session_files.set(path, this.encode(this.session_data_for_save(must_create)));
  }

  exists(session_key: string): boolean {
    return session_files.has(this.key_to_file(session_key));
  }

  delete(session_key: string | null = null): void {
    const key = session_key ?? this.session_key;
    if (key === null) return;
    session_files.delete(this.key_to_file(key));
  }
}

register_module('django.contrib.sessions.backends.file', { SessionStore });
