"""The settings every twin starts with: the runtime's starting settings, as a Django project."""

import os

DEBUG = True
USE_TZ = False
SECRET_KEY = "django-insecure-runtime-examples-only"
ALLOWED_HOSTS = ["testserver"]  # as after setup_test_environment(), like the runtime
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
INSTALLED_APPS = ["twin_app.TwinAppConfig"]
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
# One in-memory database shared by every connection of the process, as Django's test runner
# sets it up: async code (adelete(), sync_to_async) runs queries on another thread's connection.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": "file:twin?mode=memory&cache=shared",
        "OPTIONS": {"uri": True},
    }
}


def postgresql_databases():
    """A database of the throwaway cluster the recorder starts (oracle/record.py)."""
    return {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": os.environ["ORACLE_PG_DATABASE"],
            "USER": os.environ["ORACLE_PG_USER"],
            "HOST": os.environ["ORACLE_PG_HOST"],
            "PORT": os.environ["ORACLE_PG_PORT"],
        }
    }
