import sys
import types

from django.apps import apps
from django.conf import settings
from django.core.exceptions import AppRegistryNotReady

# en: The blog package, as blog/__init__.py on disk would give it.
# ru: Пакет blog, каким его дал бы blog/__init__.py на диске.
# es: El paquete blog, tal como lo definiría blog/__init__.py en el disco.
blog = types.ModuleType("blog")
blog.__file__ = "blog/__init__.py"
sys.modules["blog"] = blog
# en: This shell has already run django.setup(); empty the registry as a new process has it.
# ru: Оболочка уже вызвала django.setup(); опустошаем реестр, как в новом процессе.
# es: Este shell ya ejecutó django.setup(); se vacía el registro para dejarlo como en un proceso nuevo.
apps.app_configs = {}
apps.loading = apps.apps_ready = apps.models_ready = apps.ready = False

# en: A standalone script asks the registry for a model before Django is set up.
# ru: Отдельный скрипт просит у реестра модель до того, как Django настроен.
# es: Un script independiente pide un modelo al registro antes de que Django esté configurado.
INSTALLED_APPS = ["blog"]
settings.INSTALLED_APPS = INSTALLED_APPS
try:
    apps.get_model("blog", "Entry")
except AppRegistryNotReady as error:
    print(repr(error))

# en: django.setup() fills the registry from INSTALLED_APPS; after that it answers.
# ru: django.setup() заполняет реестр по INSTALLED_APPS; после этого он отвечает.
# es: django.setup() llena el registro a partir de INSTALLED_APPS; a partir de ahí responde.
apps.populate(INSTALLED_APPS)
print(apps.ready, apps.get_app_config("blog").label)
