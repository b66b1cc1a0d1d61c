"""A ledger that cannot be read (a damaged SQLite page, a PostgreSQL server gone) answers 503 with what failed.

Any endpoint can meet it, from the map's rows to one event's claims, and before this middleware each such request
was a bare "Internal Server Error" and a traceback in the server's log; the client now reads the ledger's own
one-line message, and the log has that line once a request.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventledger.store import LedgerError

_log = logging.getLogger("eventledger.serve")


@dataclass
class LedgerErrors:
    """ASGI middleware, outermost of the app's own: a LedgerError raised before the answer started is a 503 JSON answer
    `{"detail": message}`; after it started, the answer is cut and the error goes on to the server."""

    app: ASGIApp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def noting(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, noting)
        except LedgerError as exc:
            if started:
                raise
            _log.error("%s %s: %s", scope["method"], scope["path"], exc)
            body = json.dumps({"detail": str(exc)}).encode()
            await send({"type": "http.response.start", "status": 503,
                        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
