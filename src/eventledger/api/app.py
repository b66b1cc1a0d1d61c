"""The web application: the JSON API under /api/v1, its OpenAPI documents, and the map page at /.

Nothing is fetched from elsewhere: the documentation pages use the Swagger UI and ReDoc copies shipped in the
`fastapi-offline` wheel, and the page's assets are files of this package. No CORS middleware: other origins'
pages cannot read the API unless the user puts a proxy in front of it.
"""

from __future__ import annotations

import inspect
import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from anyio import to_thread
from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from sqlalchemy.pool import QueuePool

from eventledger.api.cache import DEFAULT_MB, ResponseCache
from eventledger.api.ledger_errors import LedgerErrors
from eventledger.api.map_data import map_router
from eventledger.api.plain_query import PlainQueryRoutes
from eventledger.api.read import read_router
from eventledger.api.summaries import SummaryCache
from eventledger.api.write import write_router
from eventledger.store import Ledger, LedgerError
from eventledger.store.version import LedgerVersion

_log = logging.getLogger("eventledger.serve")
# FastAPI's own OpenTelemetry bridge (FastAPI 0.16x; older ones have no such argument) off: nothing here sends
# telemetry anywhere, and with it on FastAPI asks the global providers on every request whether one is configured
# (~9 us a request, a third of the CPU of an answer kept in the cache)
_NO_TELEMETRY = ({"telemetry": {"tracing": False, "metrics": False, "logs": False}}
                 if "telemetry" in inspect.signature(FastAPI.__init__).parameters else {})
WEB = Path(__file__).resolve().parents[1] / "web" / "static"
TOKEN_ENV = "EVENTLEDGER_API_TOKEN"
CACHE_ENV = "EVENTLEDGER_API_CACHE_MB"  # memory for answers kept until the ledger changes, per server process; 0: none
# What `eventledger serve --workers N` hands each worker process (uvicorn starts them by importing `from_environment`)
DB_ENV, TOKEN_FILE_ENV, WARM_ENV = "EVENTLEDGER_SERVE_DB", "EVENTLEDGER_SERVE_TOKEN_FILE", "EVENTLEDGER_SERVE_WARM"
PLACEHOLDER = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>eventledger</title></head>
<body><h1>eventledger</h1>
<p>The map page is not built in this installation. The API is at <a href="/api/v1/events">/api/v1/events</a>,
its documentation at <a href="/docs">/docs</a>.</p></body></html>
"""


class TokenError(Exception):
    """The API token could not be read; the message names the file."""


def read_token(token_file: Path | None) -> str | None:
    """The write token: from a file (first line, stripped) or else from $EVENTLEDGER_API_TOKEN; None disables writes."""
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise TokenError(f"cannot read the token file {token_file}: {exc}") from None
        if not token:
            raise TokenError(f"the token file {token_file} is empty")
        return token
    return os.environ.get(TOKEN_ENV) or None


def cache_bytes() -> int:
    """The answer cache's budget from $EVENTLEDGER_API_CACHE_MB (default 64 MB); a bad value is an error naming it."""
    value = os.environ.get(CACHE_ENV, str(DEFAULT_MB))
    try:
        megabytes = float(value)
    except ValueError:
        raise ValueError(f"{CACHE_ENV}={value!r} is not a number of megabytes") from None
    if not 0 <= megabytes < 2**20:
        raise ValueError(f"{CACHE_ENV}={value!r} is not between 0 and 1048576 megabytes")
    return int(megabytes * 2**20)


def from_environment() -> FastAPI:
    """The app for one of several worker processes: the ledger and token file as `eventledger serve` passed them."""
    token_file = os.environ.get(TOKEN_FILE_ENV)
    return create_app(os.environ[DB_ENV], token=read_token(Path(token_file) if token_file else None),
                      warm=os.environ.get(WARM_ENV) == "1")


def create_app(db: str | Path | Ledger, token: str | None = None, warm: bool = False) -> FastAPI:
    """The app over a ledger (a path, URL or open Ledger). With a token, the write endpoints exist too. With `warm`,
    its start renders the newest events' list items first (`SummaryCache.warm`: ~1 s for 50,000 events).

    >>> import uvicorn; uvicorn.run(create_app("ledger.db"), host="127.0.0.1", port=8000)  # doctest: +SKIP
    """
    ledger = db if isinstance(db, Ledger) else Ledger(db)
    version = LedgerVersion(ledger)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # No more request threads than the connections the pool keeps: a thread beyond them would wait for one and,
        # past the pool's timeout, fail with a 500 under load (Starlette's default is 40 threads). Not its overflow
        # either: an overflow connection is closed when handed back, so under load every request would open a new
        # SQLite connection (its PRAGMAs, the schema parsed again, a cold cache), which cost more CPU than the
        # request itself. Five threads keep two cores busy: SQLite reads release the GIL.
        pool = ledger.engine.pool
        if isinstance(pool, QueuePool):
            to_thread.current_default_thread_limiter().total_tokens = pool.size()
        if warm:  # before the server answers anyone (uvicorn listens once this is done): its time is start-up time
            started = time.perf_counter()
            try:
                n = await to_thread.run_sync(summaries.warm)
            except LedgerError as exc:  # a damaged ledger: said on one line, not a start-up traceback; what can be
                _log.error("%s (the server goes on: requests that meet it will fail)", exc)  # read is still served
                n = 0
            if n:
                _log.warning("rendered the newest %d events' list items in %.1f s", n, time.perf_counter() - started)
        yield
        version.close()
        if not isinstance(db, Ledger):
            ledger.close()

    app = FastAPIOffline(
        title="eventledger API",
        version="1",
        description="Events read from reports, every figure traced to who claimed it. Read-only unless a token is set.",
        lifespan=lifespan,
        swagger_ui_parameters={"validatorUrl": None},  # Swagger UI would otherwise ask validator.swagger.io
        **_NO_TELEMETRY,
    )
    app.state.ledger = ledger
    summaries = SummaryCache(ledger, version.current, cache_bytes())
    read = read_router(ledger, summaries)
    app.include_router(read)
    app.include_router(map_router(ledger))
    if token:
        app.include_router(write_router(ledger, token))

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        page = WEB / "index.html"
        return FileResponse(page) if page.is_file() else HTMLResponse(PLACEHOLDER)

    if WEB.is_dir():
        app.mount("/static", StaticFiles(directory=WEB), name="static")
    app.add_middleware(PlainQueryRoutes, routes=read.routes)  # included as they are: no prefix or dependencies added
    app.add_middleware(ResponseCache, version=version.current, max_bytes=cache_bytes())
    app.add_middleware(LedgerErrors)  # the last added runs first: a failure anywhere inside is answered
    return app
