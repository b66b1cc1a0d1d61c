"""GET endpoints whose parameters are all in the query string, answered without FastAPI's dependency solver.

FastAPI validates every declared parameter on every request, given or not: the events list has 25, and solving them
cost ~1.5 ms of a page not kept (`benchmarks/bench_api_cpu.py`), more than SQLite's work for most pages. Here the
parameters a URL holds are validated by the route's own pydantic fields (the same validators, so the same values),
the absent ones take their declared defaults without validation (as FastAPI does), the dependencies and the endpoint
are called as FastAPI calls them, and the endpoint's Response is sent as it is. Anything else goes through FastAPI
unchanged, so every error answer and the OpenAPI schema are FastAPI's own: a parameter the route does not declare,
one given twice, a value its field refuses, an HTTPException or other error from the code, an endpoint that returns
something other than a Response.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send


class _Refused(Exception):
    """The request is not one this path answers: FastAPI answers it."""


_COPIED = object()  # a default given afresh to each call (deep-copied, as FastAPI does)
_SCALARS = (type(None), str, int, float, bool, bytes)  # immutable: a copy would be the same value


def _absent(field: Any) -> tuple[bool, Any]:
    """Whether an absent value refuses the request (FastAPI would validate or require it), and the value it takes
    otherwise: read once, since deep-copying the 25 defaults of the events list cost ~90 us a request."""
    info = field.field_info
    if info.is_required() or info.validate_default:
        return True, None
    if getattr(info, "default_factory", None) is None and type(info.default) in _SCALARS:
        return False, field.default
    return False, _COPIED


@dataclass(frozen=True)
class _Call:
    """A dependant that takes only query parameters, and the dependants it takes as arguments."""

    dependant: Dependant
    needs: tuple[_Call, ...]
    fields: tuple[tuple[Any, bool, Any], ...] = ()  # (field, refused when absent, value when absent): see `_absent`

    @classmethod
    def of(cls, dependant: Dependant) -> _Call | None:
        """None when the dependant takes anything but query parameters (path, headers, the request, a body ...)."""
        own = (dependant.path_params, dependant.header_params, dependant.cookie_params, dependant.body_params)
        special = (dependant.request_param_name, dependant.websocket_param_name, dependant.http_connection_param_name,
                   dependant.response_param_name, dependant.background_tasks_param_name, dependant.security_scopes_param_name)
        call = dependant.call
        if any(own) or any(special) or dependant.concurrency is not None or call is None or inspect.isgeneratorfunction(call) or inspect.isasyncgenfunction(call):
            return None
        needs = tuple(cls.of(d) for d in dependant.dependencies)
        if any(n is None or n.dependant.name is None for n in needs):
            return None
        return cls(dependant, needs, tuple((f, *_absent(f)) for f in dependant.query_params))  # type: ignore[arg-type]

    def names(self) -> Iterable[str]:
        for field in self.dependant.query_params:
            yield field.alias
        for need in self.needs:
            yield from need.names()

    async def __call__(self, query: QueryParams) -> Any:
        values: dict[str, Any] = {}
        for field, refused, default in self.fields:
            given = query.get(field.alias)
            if given is None:
                if refused:
                    raise _Refused
                values[field.name] = copy.deepcopy(field.default) if default is _COPIED else default
                continue
            value, errors = field.validate(given, values, loc=("query", field.alias))
            if errors:
                raise _Refused
            values[field.name] = value
        for need in self.needs:
            values[need.dependant.name] = await need(query)  # type: ignore[index]
        call = self.dependant.call
        assert call is not None
        try:
            if inspect.iscoroutinefunction(call):
                return await call(**values)
            return await run_in_threadpool(call, **values)
        except HTTPException:
            raise _Refused from None


@dataclass
class PlainQueryRoutes:
    """ASGI middleware answering GET requests of `routes` (those that qualify) before FastAPI's router does."""

    app: ASGIApp
    routes: Iterable[Any]

    def __post_init__(self) -> None:
        self._calls: dict[str, tuple[_Call, frozenset[str]]] = {}
        for route in self.routes:
            if not isinstance(route, APIRoute) or "GET" not in route.methods or "{" in route.path:
                continue
            call = _Call.of(route.dependant)
            if call is not None:
                self._calls[route.path] = (call, frozenset(call.names()))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = self._calls.get(scope["path"]) if scope["type"] == "http" and scope["method"] == "GET" else None
        if found is not None and not scope.get("root_path"):
            call, names = found
            query = QueryParams(scope["query_string"])
            keys = [key for key, _ in query.multi_items()]
            if len(keys) == len(set(keys)) and names.issuperset(keys):
                try:
                    response = await call(query)
                except _Refused:
                    response = None
                if isinstance(response, Response) and response.background is None:
                    await response(scope, receive, send)
                    return
        await self.app(scope, receive, send)
