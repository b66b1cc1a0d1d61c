"""A throwaway PostgreSQL server for tests and benchmarks: initdb in a temp folder, 127.0.0.1, a free port.

The server is the one `scripts/system-deps.sh` installs from Debian packages (binaries in
/usr/lib/postgresql/<version>/bin). PostgreSQL refuses to run as root, so as root the cluster is made and
started as the `postgres` user (which the Debian package creates). Nothing is left behind: the server is
stopped and its folder removed when the context ends, and by a watchdog when the process that made it dies without
ending it (a test run killed from outside used to leave its server running).

    with throwaway_cluster() as url:          # postgresql+psycopg://eventledger@127.0.0.1:PORT/eventledger
        Ledger(url)
"""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER = "eventledger"


def pg_bin() -> Path | None:
    """The folder of initdb/pg_ctl: $PG_BIN, else the newest /usr/lib/postgresql/*/bin, else what PATH finds."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "postgres", "--", *args]


def _watch(pid: int, stop: list[str], root: Path, env: dict[str, str]) -> None:
    """A shell in its own session that waits for `pid` to end, then stops the server and removes its folder: after a
    normal end both are already done and the shell only exits."""
    script = (f"while kill -0 {pid} 2>/dev/null; do sleep 2; done; {shlex.join(_as_owner(stop))} >/dev/null 2>&1; "
              f"rm -rf {shlex.quote(str(root))}")
    subprocess.Popen(["sh", "-c", script], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True, cwd="/")


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a fresh server and yield a SQLAlchemy URL of an empty database in it; stop and delete it after."""
    bin_dir = pg_bin()
    if bin_dir is None or not (bin_dir / "pg_ctl").exists():
        raise RuntimeError("PostgreSQL is not installed: run scripts/system-deps.sh (or apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="eventledger-pg-"))
    data, log = root / "data", root / "server.log"
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(root, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    quiet = {"check": True, "env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "cwd": root}
    try:
        subprocess.run(_as_owner([str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "--auth=trust",
                                  "-E", "UTF8", "--no-sync"]), **quiet)  # type: ignore[call-overload]
        options = f"-h 127.0.0.1 -p {port} -k {root} -c fsync=off -c full_page_writes=off -c max_connections=100"
        subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
                                  "-w", "-t", "60", "start"]), **quiet)  # type: ignore[call-overload]
        _watch(os.getpid(), [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], root, env)
        try:
            subprocess.run([str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", USER, USER],
                           **quiet)  # type: ignore[call-overload]
            yield f"postgresql+psycopg://{USER}@127.0.0.1:{port}/{USER}"
        finally:
            subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(server_url: str) -> str:
    """A new empty database on the server of `server_url`, so each test starts from nothing; returns its URL."""
    import sqlalchemy as sa

    name = "t_" + uuid.uuid4().hex[:12]
    engine = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        engine.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + name
