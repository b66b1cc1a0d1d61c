"""Statements with a list of ids (`col.in_(bindparam("ids", expanding=True))`) run with short lists bound one
parameter an id: SQLAlchemy otherwise rewrites the compiled statement for the list at every run, which costs more CPU
than SQLite's own work for a few ids (measured 2026-12-06: 30-60 us of 90-130 us a statement)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.engine import Connection
from sqlalchemy.sql import operators, visitors
from sqlalchemy.sql.elements import BinaryExpression, BindParameter

FIXED = 8  # lists of ids up to this long are bound one parameter an id (`run_ids`)


def run_ids(conn: Connection, statement: Any, ids: Sequence[str], params: Mapping[str, Any] | None = None) -> Any:
    """`conn.execute(statement, {"ids": ids, **params})` for a statement with `IDS` (or another expanding "ids"): a
    short list is bound one parameter an id in a copy of the statement made once for its length, so that SQLAlchemy
    need not expand the list into the statement at each run (more CPU than SQLite's own work for a few ids); the SQL
    sent is the same."""
    if 0 < len(ids) <= FIXED:
        return conn.execute(_sized(statement, len(ids)), {**(params or {}), **dict(zip(_ID_NAMES, ids))})
    return conn.execute(statement, {**(params or {}), "ids": list(ids)})


_ID_NAMES = tuple(f"ids_{n}" for n in range(FIXED))


@cache
def _sized(statement: Any, n: int) -> Any:
    """The statement with each `IN (ids)` made `IN (:ids_0, ..., :ids_{n-1})`, built once a statement and length."""

    def swap(element: Any) -> Any:
        if isinstance(element, BinaryExpression) and isinstance(element.right, BindParameter) and element.right.key == "ids":
            if element.operator is not operators.in_op:  # NOT IN kept as NOT IN: a DELETE must not turn into its opposite
                raise ValueError(f"run_ids: only `IN (ids)` is bound one parameter an id, not {element.operator.__name__}")
            return element.left.in_([bindparam(name, type_=element.left.type) for name in _ID_NAMES[:n]])
        return None

    return visitors.replacement_traverse(statement, {}, swap)
