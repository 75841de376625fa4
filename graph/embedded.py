"""The embedded graph engine: an ArcadeDB server from the `arcadedb-embedded` wheel.

ArcadeDB speaks Bolt and openCypher, so the rest of citygraph talks to it through the
official neo4j driver exactly as it talks to Neo4j. The server runs as a child Java
process (the wheel bundles a JRE) bound to 127.0.0.1, with its data under the
project's data folder, and a pid file so `citygraph db start|stop|status` and later
commands find it again.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import Neo4jError, ServiceUnavailable

from citygraph.errors import EngineError
from citygraph.settings import Settings
from graph.queries import cypher

# The JVM flags the wheel's own launcher passes (arcadedb_embedded/jvm.py).
_JVM_FLAGS = (
    "--add-modules=jdk.incubator.vector",
    "--enable-native-access=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/java.nio.channels.spi=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF8",
    "-Dpolyglot.engine.WarnInterpreterOnly=false",
)
_SERVER_CLASS = "com.arcadedb.server.ArcadeDBServer"
#: prctl(2) option asking Linux to signal a process when its parent dies.
_PR_SET_PDEATHSIG = 1
ROOT_USER = "root"


@dataclass(frozen=True)
class EngineStatus:
    running: bool
    pid: int | None
    bolt_uri: str
    data_dir: Path
    detail: str


def _package_dir() -> Path:
    try:
        import arcadedb_embedded
    except ImportError as exc:  # pragma: no cover - a broken install
        raise EngineError(
            "the embedded engine needs the 'arcadedb-embedded' package; "
            "reinstall citygraph (pip install -e .)"
        ) from exc
    return Path(arcadedb_embedded.__file__).resolve().parent


def _die_with_parent(parent: int) -> None:
    """Run in the engine's process before it starts: have Linux send it SIGTERM when
    its starter dies, even by SIGKILL (elsewhere: nothing). Linux ties the signal to
    the starting thread, so start a tied engine from the main thread (the benchmark
    does); a starter already gone by now ends the engine at once."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:
        os._exit(1)


def _port_is_taken(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


class EmbeddedEngine:
    """Start, find, probe and stop the embedded ArcadeDB server."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.root = settings.engine_dir
        self.pid_file = self.root / "server.pid"
        self.log_file = self.root / "server.log"

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.settings.embedded_bolt_port}"

    @property
    def auth(self) -> tuple[str, str]:
        return (ROOT_USER, self.settings.embedded_password)

    # -- finding ---------------------------------------------------------------
    def _recorded_pid(self) -> int | None:
        try:
            return int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None

    def _our_pid(self) -> int | None:
        """The pid of a live server of ours, or None (clearing a stale pid file)."""
        pid = self._recorded_pid()
        if pid is None:
            return None
        if _pid_alive(pid) and _SERVER_CLASS in _cmdline(pid) and str(self.root) in _cmdline(pid):
            return pid
        self.pid_file.unlink(missing_ok=True)
        return None

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs, else None."""
        return self._our_pid()

    def status(self) -> EngineStatus:
        stale = self._recorded_pid() is not None
        pid = self._our_pid()
        if pid is None:
            detail = "not running" + (" (removed a stale pid file)" if stale else "")
            return EngineStatus(False, None, self.bolt_uri, self.root, detail)
        ready = self.ping()
        detail = "running and answering queries" if ready else "running, not answering yet"
        return EngineStatus(True, pid, self.bolt_uri, self.root, detail)

    def ping(self) -> bool:
        """True when the server answers a real query on its database."""
        try:
            with (
                GraphDatabase.driver(
                    self.bolt_uri, auth=self.auth, connection_timeout=2.0
                ) as driver,
                driver.session(database=self.settings.neo4j_database) as session,
            ):
                session.run(cypher("ping")).consume()
            return True
        except (ServiceUnavailable, Neo4jError, OSError):
            return False

    # -- starting and stopping ---------------------------------------------------
    def _command(self) -> list[str]:
        pkg = _package_dir()
        java = pkg / "jre" / "bin" / "java"
        s = self.settings
        return [
            str(java),
            f"-Xmx{s.embedded_heap}",
            *_JVM_FLAGS,
            "-cp",
            str(pkg / "jars" / "*"),
            f"-Darcadedb.server.rootPath={self.root}",
            f"-Darcadedb.server.databaseDirectory={self.root / 'databases'}",
            f"-Darcadedb.server.rootPassword={s.embedded_password}",
            "-Darcadedb.server.httpIncomingHost=127.0.0.1",
            f"-Darcadedb.server.httpIncomingPort={s.embedded_http_port}",
            "-Darcadedb.bolt.host=127.0.0.1",
            f"-Darcadedb.bolt.port={s.embedded_bolt_port}",
            "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            f"-Darcadedb.server.defaultDatabases={s.neo4j_database}[{ROOT_USER}]",
            _SERVER_CLASS,
        ]

    def start(self, tied: bool = False) -> tuple[EngineStatus, bool]:
        """Start the server unless one of ours runs; return (status, started_now).

        The server outlives this process (later commands reuse it) unless `tied`: a
        private engine (a benchmark's) then stops when its starter dies, however it dies.
        """
        pid = self._our_pid()
        if pid is not None:
            self._wait_ready(pid)
            return self.status(), False
        for port, name in (
            (self.settings.embedded_bolt_port, "CITYGRAPH_EMBEDDED_BOLT_PORT"),
            (self.settings.embedded_http_port, "CITYGRAPH_EMBEDDED_HTTP_PORT"),
        ):
            if _port_is_taken(port):
                raise EngineError(
                    f"port {port} on 127.0.0.1 is taken by another program, so the embedded "
                    f"engine cannot start; stop that program or set {name} to a free port"
                )
        self.root.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("ab") as log:
            process = subprocess.Popen(
                self._command(),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.root,
                start_new_session=True,
                preexec_fn=functools.partial(_die_with_parent, os.getpid()) if tied else None,
            )
        self.pid_file.write_text(str(process.pid))
        try:
            self._wait_ready(process.pid)
        except EngineError:
            self.stop()
            raise
        return self.status(), True

    def _wait_ready(self, pid: int) -> None:
        deadline = time.monotonic() + self.settings.embedded_start_timeout
        while time.monotonic() < deadline:
            if not _pid_alive(pid):
                raise EngineError(
                    f"the embedded engine exited during start-up; see {self.log_file}:\n"
                    + self._log_tail()
                )
            if self.ping():
                return
            time.sleep(0.25)
        raise EngineError(
            f"the embedded engine did not answer within {self.settings.embedded_start_timeout:.0f}"
            f" s; see {self.log_file}:\n" + self._log_tail()
        )

    def _log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self, timeout: float = 20.0) -> bool:
        """Stop our server if it runs; True if one was stopped."""
        pid = self._our_pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _pid_alive(pid):
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
            time.sleep(0.1)
        if _pid_alive(pid):
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        return True
