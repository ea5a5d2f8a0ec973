"""A real, throwaway PostgreSQL server on loopback for the tests (no mocks).

`start_server()` runs initdb in a fresh temporary folder and `pg_ctl start` on a free port;
as root it runs them as the `postgres` OS user, since PostgreSQL refuses to run as root.
`Unavailable` says why a server cannot be started here (no binaries, no such user, initdb or
start failed); the conftest skips on it, or fails when TRACKER_REQUIRE_POSTGRES is set.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path


class Unavailable(Exception):
    """PostgreSQL cannot be started on this machine; the message says why."""


def bin_dir() -> Path:
    """The folder of initdb / pg_ctl: the newest /usr/lib/postgresql/<version>/bin (Debian),
    else wherever `pg_ctl` is on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parts[-3].split(".")])
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise Unavailable("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/pg_ctl and no pg_ctl on PATH; "
                      "apt-get install postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    folder: Path
    port: int
    bindir: Path
    as_user: list[str]  # the command prefix that runs a binary as the server's OS user

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def socket_url(self, database: str) -> str:
        """The same database over the server's Unix socket: no host before the database name."""
        return f"postgresql:///{database}?host={self.folder}&port={self.port}&user=postgres"

    def create_database(self) -> str:
        """A new empty database; its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]

    def stop(self) -> None:
        subprocess.run([*self.as_user, str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"),
                        "-m", "immediate", "-w", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> Server:
    """initdb + pg_ctl start on 127.0.0.1 and a free port; raises `Unavailable` with the reason."""
    bindir = bin_dir()
    as_user: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="tracker-pg-"))
    if os.geteuid() == 0:
        runuser = shutil.which("runuser")
        try:
            import pwd

            user = pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable("running as root and there is no `postgres` OS user to run the server as") from None
        if runuser is None:
            raise Unavailable("running as root and `runuser` is missing, so the server cannot drop root")
        os.chown(folder, user.pw_uid, user.pw_gid)
        as_user = [runuser, "-u", "postgres", "--"]
    data, log = folder / "data", folder / "server.log"

    def run(*args: str, timeout: int = 120) -> None:
        proc = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
            if log.exists():
                detail += log.read_text(errors="replace").strip().splitlines()[-3:]
            shutil.rmtree(folder, ignore_errors=True)
            raise Unavailable(f"{Path(args[0]).name} failed: {' | '.join(detail)}")

    # C locale: text sorts by code point, as in SQLite; trust on loopback only (a throwaway server).
    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
        "--locale=C", "--no-sync")
    port = _free_port()
    opts = (f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
            "-c full_page_writes=off -c max_connections=100")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "60", "start")
    return Server(folder, port, bindir, as_user)


def with_password(url: str, password: str = "s3cret") -> str:
    """`url` with a password in it (the test server trusts loopback, so any password connects):
    for checking that messages hide it."""
    return url.replace("postgresql://postgres@", f"postgresql://postgres:{password}@", 1)
