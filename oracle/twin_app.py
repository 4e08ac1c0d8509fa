"""The app a twin's models belong to, as if they were written in `app/models.py`.

A twin is one script, but in a project its models would live in an app's models module and the
rest would be typed into `manage.py shell`. So the harness runs the script as `__main__` (its
own classes print bare in a traceback, as Python prints `__main__` names) and gives every model
it defines the module `app.models` of this app (`app.models.Entry.DoesNotExist`, as a project
prints it). `app` and `app.models` are module objects made by the harness, not files.
"""

import os
import sys
import types

from django.apps import AppConfig

APP_NAME = "app"
MODELS_MODULE = "app.models"


class TwinAppConfig(AppConfig):
    name = APP_NAME
    label = APP_NAME
    path = os.path.dirname(os.path.abspath(__file__))


def install_app_package():
    """Makes `import app` work before django.setup() looks for the app."""
    package = types.ModuleType(APP_NAME)
    package.__path__ = []
    sys.modules[APP_NAME] = package


def models_live_in_app(twin_module):
    """Models the twin defines get `app.models` as their module; pickle finds them there."""
    from django.db.models.base import ModelBase

    sys.modules[MODELS_MODULE] = twin_module
    sys.modules[APP_NAME].models = twin_module
    define_model = ModelBase.__new__

    def define_in_app(cls, name, bases, attrs, **kwargs):
        if attrs.get("__module__") == "__main__":
            attrs["__module__"] = MODELS_MODULE
        return define_model(cls, name, bases, attrs, **kwargs)

    ModelBase.__new__ = define_in_app
