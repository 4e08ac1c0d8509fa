"""When two exception classes appeared (audit findings b12, b13). Needs no set-up; run it with
several Django releases, e.g. in throwaway venvs: `python -m venv /tmp/dj && /tmp/dj/bin/pip
install Django==4.1.7 && /tmp/dj/bin/python probe_versions.py`."""

import django
import django.core.exceptions as exceptions

print(
    django.get_version(),
    "FullResultSet:",
    hasattr(exceptions, "FullResultSet"),
    "TooManyFilesSent:",
    hasattr(exceptions, "TooManyFilesSent"),
)
