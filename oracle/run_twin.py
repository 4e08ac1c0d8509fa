"""Runs one example's Python twin on real Django and writes what it printed and the SQL it sent.

    python -X no_debug_ranges oracle/run_twin.py src/examples/instances/save-force.py OUT SQL

The twin is a plain script, as a reader would paste into `manage.py shell`: models first, then
code. This module gives it what a project would: settings matching the runtime's starting
settings (oracle/settings.py), an app "app" whose models module holds the models it defines
(oracle/twin_app.py) (tables are
created as each model is defined, as a migration would have), a fresh in-memory database (or a
fresh PostgreSQL database when the twin starts with `# @database postgresql`), and a
`django.db.backends` log of every statement, BEGIN/COMMIT/SAVEPOINT included. stderr is
stdout, so warnings and log lines land where they happen; an uncaught exception ends the run
with Python's own traceback.
"""

import linecache
import logging
import os
import re
import sys
import traceback
import types

HERE = os.path.dirname(os.path.abspath(__file__))
TWIN_APP_LABEL = "app"


TAGGED_COMMENT = re.compile(r"^(\s*)# ([a-z]{2}): ?(.*)$")


def english_source(source):
    """The twin as the English page shows it: `# en:` comments kept, other languages' and
    directive lines dropped. Each comment pair becomes one line, as in the TypeScript examples,
    so a traceback's line numbers are the ones every language's reader sees."""
    shown = []
    for line in source.split("\n"):
        if line.startswith("# @"):
            continue
        tagged = TAGGED_COMMENT.match(line)
        if tagged is None:
            shown.append(line)
        elif tagged.group(2) == "en":
            shown.append(f"{tagged.group(1)}# {tagged.group(3)}".rstrip())
    return "\n".join(shown)


def directives(source):
    """`# @name value` lines at the top of a twin (the site shows the twin without them)."""
    found = {}
    for line in source.splitlines():
        if not line.startswith("# @"):
            break
        name, _, value = line[3:].partition(" ")
        found[name] = value.strip()
    return found


class StatementLog(logging.Handler):
    """Collects the SQL of every statement Django logs while `recording` is on."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.statements = []
        self.threads = {}
        self.recording = True

    def emit(self, record):
        sql = getattr(record, "sql", None)
        if self.recording and sql is not None:
            self.statements.append(self.numbered_savepoints(sql))

    def numbered_savepoints(self, sql):
        """Savepoint names carry the thread's ident ("s140686772947840_x1"), which changes from
        run to run; the recording numbers the threads 1, 2, ... in the order they appear, as
        the runtime does ("s1_x1"), so that it is the same on every machine."""

        def renumber(match):
            thread = self.threads.setdefault(match.group(1), len(self.threads) + 1)
            return f'"s{thread}_x{match.group(2)}"'

        return re.sub(r'"s(\d+)_x(\d+)"', renumber, sql)


def configure(database):
    sys.path.insert(0, HERE)
    import django
    import settings as oracle_settings  # oracle/settings.py
    import twin_app
    from django.conf import settings

    twin_app.install_app_package()
    values = {
        name: getattr(oracle_settings, name) for name in dir(oracle_settings) if name.isupper()
    }
    if database == "postgresql":
        values["DATABASES"] = oracle_settings.postgresql_databases()
    settings.configure(**values)
    django.setup()


def create_tables_as_models_are_defined(statement_log):
    """Every concrete model of the twin gets its table when it is registered, unlogged."""
    from django.apps import apps
    from django.db import connection

    created = set()
    register_model = apps.register_model

    def create_missing():
        statement_log.recording = False
        # The schema statements stay out of connection.queries too, as after a migration.
        logged = len(connection.queries_log)
        try:
            existing = set(connection.introspection.table_names())
            for model in list(apps.all_models[TWIN_APP_LABEL].values()):
                meta = model._meta
                if meta.proxy or not meta.managed or meta.db_table in created | existing:
                    continue
                if meta.auto_created and meta.auto_created._meta.db_table not in created | existing:
                    continue  # created with the model that owns it
                with connection.schema_editor() as editor:
                    editor.create_model(model)
                existing = set(connection.introspection.table_names())
                created.update(existing)
        finally:
            statement_log.recording = True
            while len(connection.queries_log) > logged:
                connection.queries_log.pop()

    def register_and_create(app_label, model):
        register_model(app_label, model)
        if app_label == TWIN_APP_LABEL:
            create_missing()

    apps.register_model = register_and_create


class FramesElsewhere(traceback.StackSummary):
    """A part raised wholly inside Django or Python (the cause of a chained exception): its frames
    print as one `  ...` line, so it keeps its `Traceback (most recent call last):` header, as
    Python and the runtime print it."""

    def format(self, **kwargs):
        return ["  ...\n"]


def twin_traceback(error, filename):
    """Python's traceback text with only the twin's own frames.

    Frames inside Django and Python are left out: their paths and lines depend on where and
    which Python runs the recorder, and the recording must be the same on every machine.
    """
    report = traceback.TracebackException.from_exception(error)
    pending = [report]
    while pending:
        part = pending.pop()
        kept = [frame for frame in part.stack if frame.filename == filename]
        if kept or not part.stack:
            part.stack = traceback.StackSummary.from_list(kept)
        else:
            part.stack = FramesElsewhere(part.stack[-1:])
        pending.extend(
            chained for chained in (part.__cause__, part.__context__) if chained is not None
        )
    return report.format()


def run(twin_path, out_path, sql_path):
    with open(twin_path, encoding="utf-8") as file:
        source = file.read()
    shown = english_source(source)
    # Frames name the twin by its file name alone, as the runtime names the example.
    os.chdir(os.path.dirname(os.path.abspath(twin_path)))
    filename = os.path.basename(twin_path)
    database = directives(source).get("database", "sqlite")

    out = open(out_path, "w", encoding="utf-8")
    sys.stdout = sys.stderr = out  # before Django's logging captures stderr
    configure(database)
    # A logged exception (django.request, django.security) shows the twin's frames only, too.
    logging.Formatter.formatException = lambda self, exc_info: "".join(
        twin_traceback(exc_info[1], filename)
    ).rstrip("\n")

    statement_log = StatementLog()
    db_logger = logging.getLogger("django.db.backends")
    db_logger.setLevel(logging.DEBUG)
    db_logger.addHandler(statement_log)
    db_logger.propagate = False
    from django.db import connections

    for connection in connections.all():
        connection.force_debug_cursor = True
    create_tables_as_models_are_defined(statement_log)

    # The twin runs as __main__ in a module of its own, so pickle finds its classes there.
    module = types.ModuleType("__main__")
    # Tracebacks quote the lines the reader sees, not the file's comment pairs.
    linecache.cache[filename] = (len(shown), None, shown.splitlines(True), filename)
    module.__file__ = filename
    sys.modules["__main__"] = module
    import twin_app

    twin_app.models_live_in_app(module)
    try:
        exec(compile(shown, filename, "exec"), module.__dict__)
    except BaseException as error:  # noqa: BLE001 - the transcript shows it as Python would
        out.write("".join(twin_traceback(error, filename)))
    out.flush()
    with open(sql_path, "w", encoding="utf-8") as file:
        file.write("".join(f"{sql}\n" for sql in statement_log.statements))


if __name__ == "__main__":
    run(*sys.argv[1:4])
