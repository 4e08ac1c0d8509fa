// django.conf.settings, reduced to what the model layer reads.

// django.__version__ of the release the runtime follows, checked by the oracle (oracle/requirements.txt).
export const DJANGO_VERSION = '6.1.3';

export interface DatabaseSettings {
  ENGINE?: string;
  NAME?: string;
  [key: string]: unknown;
}

export interface Settings {
  DATABASES: Record<string, DatabaseSettings>;
  USE_TZ: boolean;
  DEBUG: boolean;
  DEFAULT_AUTO_FIELD: 'django.db.models.AutoField' | 'django.db.models.BigAutoField';
  [key: string]: unknown;
}

export const settings: Settings = {
  DATABASES: { default: { ENGINE: 'django.db.backends.sqlite3', NAME: ':memory:' } },
  USE_TZ: false,
  DEBUG: true,
  DEFAULT_AUTO_FIELD: 'django.db.models.BigAutoField',
};
