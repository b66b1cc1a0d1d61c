"""Answers to GET /api/v1/... kept in memory until the ledger changes.

Every read endpoint is a function of the ledger and the URL, so the same URL asked again before anyone writes
gets the bytes sent last time, without routing, validation, SQL or JSON. An entry remembers the ledger's
generation (`store.version.LedgerVersion`) from before its answer was computed, and is served only while the
generation is still that one: any commit, from this server or another process, retires every entry. An answer
computed across a commit is labelled with the older generation and so is never served after it.

An answer from the cache carries `x-cache: hit`. Only 200 answers are kept, the least recently used dropped past a byte budget; one answer larger than a quarter
of the budget (a CSV of the whole ledger) streams through unkept.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PREFIX = "/api/v1/"
DEFAULT_MB = 64


@dataclass
class _Answer:
    generation: int
    start: Message  # the first answer's status and headers, with `x-cache: hit` added
    body: bytes


@dataclass
class ResponseCache:
    """ASGI middleware. `version()` is the ledger's generation, or None when changes cannot be seen (keep nothing)."""

    app: ASGIApp
    version: Callable[[], int | None]
    max_bytes: int = DEFAULT_MB * 2**20
    hits: int = 0
    misses: int = 0
    _entries: OrderedDict[tuple[str, str, str], _Answer] = field(default_factory=OrderedDict)
    _size: int = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(PREFIX) or self.max_bytes <= 0:
            await self.app(scope, receive, send)
            return
        generation = self.version()
        if generation is None:
            await self.app(scope, receive, send)
            return
        # An answer may depend on what the client accepts (the map's rows come gzipped or not): part of the key
        encoding = next((value for name, value in scope["headers"] if name == b"accept-encoding"), b"")
        key = (scope["path"], _normalised(scope["query_string"]), encoding.decode("latin-1"))
        found = self._entries.get(key)
        if found is not None and found.generation == generation:
            self.hits += 1
            self._entries.move_to_end(key)
            await send(found.start)
            await send({"type": "http.response.body", "body": found.body, "more_body": False})
            return
        self.misses += 1
        await self._answer_and_keep(scope, receive, send, key, generation)

    async def _answer_and_keep(self, scope: Scope, receive: Receive, send: Send, key: tuple[str, str, str], generation: int) -> None:
        start: Message | None = None
        chunks: list[bytes] | None = []
        size = 0

        async def capture(message: Message) -> None:
            nonlocal start, chunks, size
            if message["type"] == "http.response.start":
                start = message
                if message["status"] != 200:
                    chunks = None
            elif message["type"] == "http.response.body" and chunks is not None:
                body = message.get("body", b"")
                size += len(body)
                if size > self.max_bytes // 4:
                    chunks = None
                else:
                    chunks.append(body)
                    if not message.get("more_body", False):
                        kept = {**(start or {}), "headers": [*(start or {}).get("headers", []), (b"x-cache", b"hit")]}
                        self._keep(key, _Answer(generation, kept, b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)

    def _keep(self, key: tuple[str, str, str], answer: _Answer) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._size -= len(old.body)
        self._entries[key] = answer
        self._size += len(answer.body)
        while self._size > self.max_bytes and self._entries:
            _, dropped = self._entries.popitem(last=False)
            self._size -= len(dropped.body)


_NORMALISED: dict[bytes, str] = {}  # query strings seen, normalised (~8 us each: parsing and quoting again)
_NORMALISED_KEPT = 16384  # past this many the memo is emptied at once (the event loop alone calls `_normalised`)


def _normalised(query: bytes) -> str:
    """The same parameters in another order are the same question (a repeated one keeps its order: the last wins)."""
    found = _NORMALISED.get(query)
    if found is None:
        if len(_NORMALISED) >= _NORMALISED_KEPT:
            _NORMALISED.clear()
        pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
        found = _NORMALISED[query] = urlencode(sorted(pairs, key=lambda kv: kv[0]))
    return found
