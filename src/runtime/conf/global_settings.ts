// django.conf.global_settings: the default of every setting the runtime reads. Where a value
// differs from Django's default, the comment says why; each matches what the oracle's settings.py
// gives real Django, so the live examples and their Python twins start alike.

// Django's default is False; the runtime shows SQL, which Django records only when DEBUG is on.
export const DEBUG = true;
export const DEBUG_PROPAGATE_EXCEPTIONS = false;
// Django's default is True (since 5.0); the examples print naive datetimes.
export const USE_TZ = false;
export const DATABASES: Record<string, { ENGINE?: string; NAME?: string; [key: string]: unknown }> = {
  default: { ENGINE: 'django.db.backends.sqlite3', NAME: ':memory:' },
};
export const DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField';
// Django's default is []; the runtime starts as Django's test environment does
// (setup_test_environment() appends "testserver", the test client's host).
export const ALLOWED_HOSTS = ['testserver'];
export const INSTALLED_APPS: string[] = [];
export const MIDDLEWARE: string[] = [];
// Django's default is ''; signing (sessions) needs a key, so the runtime ships a throwaway one.
export const SECRET_KEY = 'django-insecure-runtime-examples-only';
export const SECRET_KEY_FALLBACKS: string[] = [];
export const DEFAULT_CHARSET = 'utf-8';
export const APPEND_SLASH = true;
export const USE_X_FORWARDED_HOST = false;
export const USE_X_FORWARDED_PORT = false;
export const DATA_UPLOAD_MAX_MEMORY_SIZE = 2621440;
export const DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000;
export const DATA_UPLOAD_MAX_NUMBER_FILES = 100;
export const FILE_UPLOAD_MAX_MEMORY_SIZE = 2621440;
// Django's default engine is the database one; the runtime's sessions live in its in-memory cache.
export const SESSION_ENGINE = 'django.contrib.sessions.backends.cache';
export const SESSION_COOKIE_NAME = 'sessionid';
export const SESSION_COOKIE_AGE = 60 * 60 * 24 * 7 * 2;
export const SESSION_COOKIE_PATH = '/';
export const SESSION_SAVE_EVERY_REQUEST = false;
export const SESSION_EXPIRE_AT_BROWSER_CLOSE = false;
