"""A throwaway PostgreSQL cluster for the twins that need real row locks.

Debian's server binaries (package `postgresql`) run from a temporary directory, listening only
on a Unix socket there; as root, the server runs as the `postgres` user the package creates.
"""

import glob
import os
import pwd
import re
import shutil
import subprocess
import tempfile

PORT = "5499"  # only names the socket file; no TCP listener is opened


def server_bindir():
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(re.findall(r"/(\d+)/bin", p)[0]),
    )
    if found:
        return os.path.dirname(found[-1])
    initdb = shutil.which("initdb")
    if initdb:
        return os.path.dirname(initdb)
    raise SystemExit(
        "oracle: PostgreSQL's server is not installed (Debian: apt-get install postgresql)"
    )


class Cluster:
    def __init__(self, scratch):
        self.bindir = server_bindir()
        self.root = tempfile.mkdtemp(prefix="pg-", dir=scratch)
        self.as_user = []
        self.user = pwd.getpwuid(os.getuid()).pw_name
        if os.getuid() == 0:  # initdb refuses root
            self.user = "postgres"
            self.as_user = ["runuser", "-u", "postgres", "--"]
            os.chmod(scratch, 0o755)
            shutil.chown(self.root, "postgres")
        self.data = os.path.join(self.root, "data")
        self.databases = 0

    def _run(self, tool, *args):
        subprocess.run(
            self.as_user + [os.path.join(self.bindir, tool), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            cwd=self.root,
        )

    def start(self):
        self._run(
            "initdb",
            "-D",
            self.data,
            "-U",
            self.user,
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale",
            "C",
        )
        options = f"-k {self.root} -c listen_addresses='' -p {PORT} -c fsync=off"
        self._run(
            "pg_ctl",
            "-D",
            self.data,
            "-o",
            options,
            "-w",
            "-l",
            os.path.join(self.root, "server.log"),
            "start",
        )

    def fresh_database_env(self, twin_id):
        self.databases += 1
        name = f"twin_{self.databases}"
        self._run("createdb", "-h", self.root, "-p", PORT, "-U", self.user, name)
        return {
            "ORACLE_PG_DATABASE": name,
            "ORACLE_PG_USER": self.user,
            "ORACLE_PG_HOST": self.root,
            "ORACLE_PG_PORT": PORT,
        }

    def stop(self):
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass
