"""Security guarantees that can be checked mechanically: the fetcher goes only where it may (checked again after every
redirect and against the address it really connected to), SQL text never holds input, no secrets are committed, and
the pinned dependencies have no known vulnerabilities (pip-audit, when its advisory service is reachable)."""

from __future__ import annotations

import gzip
import json
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventledger.sources.errors import FetchError
from eventledger.sources.fetch import fetch

ROOT = Path(__file__).resolve().parents[1]
PAGE = b"<html><body><p>A page.</p></body></html>"


class Redirector(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        port = self.server.server_address[1]
        targets = {
            "/to-other-loopback": f"http://127.0.0.2:{port}/page",
            "/to-file": "file:///etc/passwd",
            "/to-ftp": f"ftp://127.0.0.1:{port}/page",
            "/to-metadata": "http://169.254.169.254/latest/meta-data/",
            "/to-page": "/page",
        }
        if self.path in targets:
            self._send(302, b"", {"Location": targets[self.path]})
        elif self.path == "/page":
            self._send(200, PAGE, {"Content-Type": "text/html"})
        elif self.path == "/bomb":  # 5 MB of zeros in about 5 KB: a ratio of 1,000
            self._send(200, gzip.compress(b"\0" * 5_000_000), {"Content-Type": "text/html", "Content-Encoding": "gzip"})
        else:
            self._send(404, b"", {})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Redirector)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


ONLY_THIS_HOST = {"127.0.0.1"}  # the test server's address is allowed, no other private one


def test_an_allowed_address_is_fetched_and_its_redirects_followed(server):
    result = fetch(f"{server}/to-page", allow_private=ONLY_THIS_HOST)
    assert result.content == PAGE and result.redirects == (f"{server}/to-page",)


@pytest.mark.parametrize(("path", "problem"), [
    ("/to-other-loopback", "refused: 127.0.0.2 resolves to 127.0.0.2"),
    ("/to-metadata", "refused: 169.254.169.254"),
    ("/to-file", "only http and https URLs are fetched, not 'file'"),
    ("/to-ftp", "only http and https URLs are fetched, not 'ftp'"),
])
def test_every_redirect_is_checked_again(server, path, problem):
    with pytest.raises(FetchError, match=re.escape(problem)) as caught:
        fetch(f"{server}{path}", allow_private=ONLY_THIS_HOST)
    assert caught.value.url == f"{server}{path}"  # named by the URL the user gave


def test_a_private_address_is_refused_by_default(server):
    with pytest.raises(FetchError, match="refused: 127.0.0.1"):
        fetch(f"{server}/page")


def test_a_dns_answer_that_changes_after_the_check_is_caught(server, monkeypatch):
    """DNS rebinding: the name resolves to a public address when checked, to 127.0.0.1 when connected."""
    port = int(server.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    answers = iter(["93.184.216.34"])

    def rebinding(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host != "news.example":
            return real(host, *args, **kwargs)
        address = next(answers, "127.0.0.1")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(FetchError, match="refused: connected to 127.0.0.1"):
        fetch(f"http://news.example:{port}/page")


def test_a_decompression_bomb_is_refused(server):
    with pytest.raises(FetchError, match="decompresses more than 100 times"):
        fetch(f"{server}/bomb", allow_private=ONLY_THIS_HOST)


def test_sql_text_never_holds_input():
    """Every SQL statement is SQLAlchemy Core or a constant with `?` parameters. The only f-strings that build SQL
    insert a column chosen in code, a run of `?` marks, or schema names; any new one must be looked at and added here."""
    reviewed = {("geo/gazetteer.py", "{where}"), ("geo/gazetteer.py", "{marks}"),  # one of two constant conditions; `?` marks
                ("store/parquet.py", "{table.name}"), ("store/parquet.py", "{column.name}"),  # names from the schema
                ("store/summary_json.py", "{_ITEM}"),  # SQL built in code from constants; the ids are a bound parameter
                ("store/migrations/versions/0012_covering_indexes.py", "{SQLITE_KILLED.format(row='')}")}  # a constant expression
    found = set()
    sql = re.compile(r"""\b(execute|executemany|exec_driver_sql|executescript|text)\(\s*f("[^"\n]*"|'[^'\n]*')""")
    for path in (ROOT / "src" / "eventledger").rglob("*.py"):
        for match in sql.finditer(path.read_text(encoding="utf-8")):
            for field in re.findall(r"\{[^}]*\}", match.group()):
                found.add((path.relative_to(ROOT / "src" / "eventledger").as_posix(), field))
    assert found == reviewed
    for path in (ROOT / "src" / "eventledger").rglob("*.py"):  # no %-formatting or .format() of SQL either
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""\b(execute|exec_driver_sql|text)\(\s*["'][^"']*["']\s*(%|\.format\()""", text), path


def test_no_secrets_in_committed_files():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    if not files:
        pytest.skip("not a git checkout")
    secret = re.compile(
        r"(?i)(api[_-]?key|secret|password|passwd|token)\s*[:=]\s*['\"](?!test|example|dummy|fake)[A-Za-z0-9/+_\-]{12,}['\"]"
        r"|-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----|AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}"
    )
    leaks = []
    for name in files:
        path = ROOT / name
        if path.suffix in {".py", ".toml", ".yaml", ".yml", ".json", ".cfg", ".ini", ".md", ".txt", ".env", ""} and path.is_file():
            if path.stat().st_size < 2_000_000 and secret.search(path.read_text(encoding="utf-8", errors="replace")):
                leaks.append(name)
    assert leaks == []


def test_pinned_dependencies_have_no_known_vulnerabilities(tmp_path):
    """pip-audit checks constraints.txt against the PyPI advisory database (OSV data); skipped when offline."""
    try:
        socket.create_connection(("pypi.org", 443), timeout=5).close()
    except OSError as exc:
        pytest.skip(f"pip-audit skipped: the advisory service (pypi.org) is not reachable: {exc}")
    command = [sys.executable, "-m", "pip_audit", "--requirement", str(ROOT / "constraints.txt"), "--no-deps",
               "--disable-pip", "--progress-spinner", "off", "--format", "json", "--cache-dir", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        pytest.skip(f"pip-audit skipped: no answer from the advisory service: {done.stderr.strip()[-300:]}")
    dependencies = report.get("dependencies", [])
    audited = [d for d in dependencies if "skip_reason" not in d]
    if not audited:
        reason = dependencies[0].get("skip_reason", "") if dependencies else done.stderr.strip()[-300:]
        pytest.skip(f"pip-audit skipped: the registry's advisory data is not reachable from here ({reason})")
    vulnerable = {d["name"]: [v["id"] for v in d["vulns"]] for d in audited if d.get("vulns")}
    assert vulnerable == {}, f"known vulnerabilities in pinned dependencies: {vulnerable}"
