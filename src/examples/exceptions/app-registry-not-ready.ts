import { apps } from 'django/apps';
import { AppRegistryNotReady } from 'django/core/exceptions';
import { settings } from 'django/conf';
import { print, repr } from 'python/builtins';

// en: A standalone script asks the registry for a model before Django is set up.
// ru: Отдельный скрипт просит у реестра модель до того, как Django настроен.
// es: Un script independiente pide un modelo al registro antes de que Django esté configurado.
const INSTALLED_APPS = ['blog'];
settings.INSTALLED_APPS = INSTALLED_APPS;
try {
  apps.get_model('blog', 'Entry');
} catch (error) {
  if (!(error instanceof AppRegistryNotReady)) throw error;
  print(repr(error));
}

// en: django.setup() fills the registry from INSTALLED_APPS; after that it answers.
// ru: django.setup() заполняет реестр по INSTALLED_APPS; после этого он отвечает.
// es: django.setup() llena el registro a partir de INSTALLED_APPS; a partir de ahí responde.
apps.populate(INSTALLED_APPS);
print(apps.ready, apps.get_app_config('blog').label);
