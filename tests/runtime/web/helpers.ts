// Shared set-up for the web runtime tests: clean settings, URLconfs, sessions and captured stderr.
import { reset_settings } from 'django/conf';
import { clear_url_caches, set_urlconf } from 'django/urls';
import { cache } from 'django/core/cache';
import { session_files } from 'django/contrib/sessions/backends/file';
import { apps } from 'django/apps';
import { settings } from 'django/conf';
import { StringIO, setStderr, sys } from 'python/sys';

export function resetWeb(): void {
  reset_settings();
  settings.DEBUG = true;
  clear_url_caches();
  set_urlconf(null);
  cache.clear();
  session_files.clear();
  apps.reset();
}

/** Runs fn with sys.stderr captured; returns its result and what was written. */
export function withStderr<T>(fn: () => T): { result: T; stderr: string } {
  const sink = new StringIO();
  const previous = setStderr(sink);
  try {
    return { result: fn(), stderr: sink.getvalue() };
  } finally {
    setStderr(previous);
  }
}

// The model tests' exception assertions serve here too.
export { raises, raisesAsync } from '../models/helpers.ts';

export { sys };
