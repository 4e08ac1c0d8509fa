"""Runs the examples' Python twins on real Django: records their output, or checks the recordings.

    python oracle/record.py record [ID ...]   write <id>.django.out.txt / <id>.django.sql.txt
    python oracle/record.py check  [ID ...]   run again, fail if any committed recording differs

Each twin runs in a fresh interpreter (oracle/run_twin.py), two at a time. Twins that start with
`# @database postgresql` get a fresh database in a throwaway PostgreSQL cluster on a Unix socket,
started here and stopped at the end.
"""

import concurrent.futures
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(os.path.dirname(HERE), "src", "examples")
sys.path.insert(0, HERE)

from postgresql_cluster import Cluster  # noqa: E402
from run_twin import directives  # noqa: E402


def twin_ids():
    found = []
    for root, _, files in os.walk(EXAMPLES):
        for name in files:
            if name.endswith(".py"):
                found.append(
                    os.path.relpath(os.path.join(root, name[:-3]), EXAMPLES).replace(os.sep, "/")
                )
    return sorted(found)


def needs_postgresql(twin_id):
    with open(os.path.join(EXAMPLES, twin_id + ".py"), encoding="utf-8") as file:
        return directives(file.read()).get("database") == "postgresql"


def run_twin(twin_id, out_path, sql_path, cluster):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", TZ="UTC")
    if cluster is not None and needs_postgresql(twin_id):
        env.update(cluster.fresh_database_env(twin_id))
    subprocess.run(
        [
            sys.executable,
            "-X",
            "no_debug_ranges",
            os.path.join(HERE, "run_twin.py"),
            os.path.join(EXAMPLES, twin_id + ".py"),
            out_path,
            sql_path,
        ],
        env=env,
        check=True,
        timeout=120,
    )
    # As for the runtime's recordings, an example that sent no SQL has no SQL file.
    if os.path.getsize(sql_path) == 0:
        os.remove(sql_path)


def recording_paths(twin_id, folder=EXAMPLES):
    base = os.path.join(folder, twin_id)
    return base + ".django.out.txt", base + ".django.sql.txt"


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as file:
        return file.read()


def main(argv):
    if not argv or argv[0] not in ("record", "check"):
        print(__doc__.strip())
        return 2
    mode, ids = argv[0], argv[1:] or twin_ids()
    unknown = [
        twin_id for twin_id in ids if not os.path.exists(os.path.join(EXAMPLES, twin_id + ".py"))
    ]
    if unknown:
        print("no such twin: " + ", ".join(unknown))
        return 2
    scratch = tempfile.mkdtemp(prefix="oracle-")
    cluster = Cluster(scratch) if any(needs_postgresql(twin_id) for twin_id in ids) else None
    try:
        if cluster is not None:
            cluster.start()

        def one(twin_id):
            target = EXAMPLES if mode == "record" else scratch
            out_path, sql_path = recording_paths(twin_id, target)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            for path in (out_path, sql_path):
                if os.path.exists(path):
                    os.remove(path)
            run_twin(twin_id, out_path, sql_path, cluster)
            return twin_id

        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            done = list(pool.map(one, ids))
        if mode == "record":
            print(f"recorded {len(done)} twins on real Django")
            return 0
        differing = set()
        for twin_id in done:
            for fresh, committed in zip(
                recording_paths(twin_id, scratch), recording_paths(twin_id), strict=True
            ):
                old, new = read(committed), read(fresh)
                if old != new:
                    differing.add(twin_id)
                    diff = difflib.unified_diff(
                        (old or "").splitlines(True),
                        (new or "").splitlines(True),
                        committed + " (committed)",
                        "real Django, now",
                    )
                    sys.stdout.writelines(diff)
                    print()
        print(
            f"django recordings: {len(done)} twins run on real Django, "
            f"{len(differing)} differ from the committed recording"
            + (": " + ", ".join(sorted(differing)) if differing else "")
        )
        return 1 if differing else 0
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
