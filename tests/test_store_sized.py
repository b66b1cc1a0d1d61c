"""Short id lists are bound one parameter an id (`store.sized.run_ids`): the rows are those the expanding `IN` gives,
and a statement the rewrite would turn into its opposite (`NOT IN`) is refused, never run."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, MetaData, String, Table, bindparam, create_engine, insert, select

from eventledger.store.sized import run_ids

meta = MetaData()
things = Table("things", meta, Column("id", String, primary_key=True))
IDS = bindparam("ids", expanding=True)


def _engine():  # noqa: ANN202
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(things), [{"id": name} for name in ("a", "b", "c", "d")])
    return engine


def test_a_short_list_gives_the_rows_the_expanding_in_gives():
    with _engine().connect() as conn:
        query = select(things.c.id).where(things.c.id.in_(IDS)).order_by(things.c.id)
        assert list(run_ids(conn, query, ["b", "d"]).scalars()) == ["b", "d"]
        assert list(run_ids(conn, query, [f"x{n}" for n in range(20)] + ["a"]).scalars()) == ["a"]


def test_not_in_is_refused_rather_than_turned_into_in():
    with _engine().connect() as conn:
        with pytest.raises(ValueError, match="not_in"):
            run_ids(conn, select(things.c.id).where(things.c.id.not_in(IDS)), ["b"])
