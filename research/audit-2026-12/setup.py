"""Shared set-up for the audit probes: Django 6.1.3 (oracle/.venv) on two in-memory SQLite
databases ('default' and 'other'), sessions in the local-memory cache, security loggers printed.

Importing this module configures Django, so a probe imports it before its models (run a probe
from this directory: `../../oracle/.venv/bin/python probe_instances_page.py`).
"""

import logging
import os
import sys
import types

import django
from django.apps import AppConfig
from django.conf import settings

# The probes' models declare app_label = "probe": an installed app with no module of its own, so
# that models declared after the first query get their relations (as in a project).
sys.modules["probe"] = types.ModuleType("probe")
sys.modules["probe"].__path__ = []


class ProbeConfig(AppConfig):
    name = label = "probe"
    path = os.path.dirname(os.path.abspath(__file__))


settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.sessions", "setup.ProbeConfig"],
    DATABASES={
        "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"},
        "other": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"},
    },
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    SESSION_ENGINE="django.contrib.sessions.backends.cache",
    SECRET_KEY="probe",
    USE_TZ=False,
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    ALLOWED_HOSTS=["testserver"],
)
django.setup()

from django.db import connections  # noqa: E402  (needs the settings above)

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("  log %(name)s %(levelname)s: %(message)s"))
for name in ("django.security", "django.request"):
    logging.getLogger(name).addHandler(handler)

print("django", django.get_version(), "python", sys.version.split()[0])


def create_tables(*models, using=("default",)):
    """Creates the tables of models declared in a probe, on each database named."""
    for alias in using:
        with connections[alias].schema_editor() as editor:
            for model in models:
                editor.create_model(model)


def case(title, fn):
    """Runs fn and prints its result, or the exception it raised with its module and class."""
    try:
        r = fn()
        print(f"{title}: OK -> {r!r}")
    except Exception as e:
        print(f"{title}: {type(e).__module__}.{type(e).__qualname__}: {e}")
