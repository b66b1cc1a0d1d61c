"""`eventledger batch` on a real local Dask cluster (two worker processes) gives the ledger a single-process `ingest`
of the same corpus gives; bad records are named and the rest stored; a failing part is retried, or reported whole."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import cloudpickle
import numpy as np
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from batch_corpus import records, write_jsonl, write_parquet
from eventledger.batch import PartResult, dask_client, extract_part, run_batch
from eventledger.cli import app
from eventledger.ingest import ingest
from eventledger.similarity import from_bytes
from eventledger.sources.corpus import CorpusPart, read_corpus
from eventledger.store import Ledger
from eventledger.store import schema as t
from eventledger.store import search

OPTIONS = {"source_field": "source", "id_field": "id"}
PART_BYTES = 3000  # about 15 short reports a part, so a hundred make half a dozen parts

cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the flaky tasks below run on the workers


@pytest.fixture(scope="module")
def client():
    with dask_client(workers=2, scheduler=None) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "posts.jsonl", records(100))


@pytest.fixture(scope="module")
def expected(corpus, tmp_path_factory, gazetteer) -> dict[str, object]:
    """The ledger a single-process `ingest` makes of the corpus."""
    with single_process(corpus, tmp_path_factory.mktemp("one") / "one.db", gazetteer) as one:
        return {**content(one), "vectors": vectors(one)}


def single_process(corpus: Path, db: Path, gazetteer) -> Ledger:
    ledger = Ledger(db)
    ingest(ledger, read_corpus(corpus, **OPTIONS), gazetteer)
    return ledger


def content(ledger: Ledger) -> dict[str, object]:
    """What a ledger holds, without row order, row ids or the times rows were written."""
    with ledger.engine.connect() as conn:
        def rows(table, *skip: str) -> list[str]:
            cols = [c for c in table.c if c.name not in skip]
            return sorted(json.dumps(list(r), default=str, ensure_ascii=False) for r in conn.execute(select(*cols)))

        return {
            "reports": rows(t.reports, "fetched_at"),
            "publications": rows(t.publications, "id", "fetched_at", "edited_at"),
            "report_events": rows(t.report_events, "vector", "target_vector"),  # the encoder's last bits vary by batch
            "claims": rows(t.claims),
            "members": rows(t.event_members, "reason"),
            "search": rows(search.REPORTS) + rows(search.CLAIMS),  # batch-stored reports are found by search too
            "events": sorted(json.dumps(e.to_dict(), sort_keys=True, ensure_ascii=False) for e in ledger.events()),
        }


def vectors(ledger: Ledger) -> dict[str, bytes]:
    query = select(t.report_events.c.id, t.report_events.c.vector)
    return dict(ledger.engine.connect().execute(query).all())


def assert_same_vectors(a: dict[str, bytes], b: dict[str, bytes]) -> None:
    assert a.keys() == b.keys()
    for key in a:
        assert np.allclose(from_bytes(a[key]), from_bytes(b[key]), atol=2e-3), key  # stored as float16


def test_batch_on_two_workers_gives_the_ledger_ingest_gives(client, corpus, expected, tmp_path):
    with Ledger(tmp_path / "batch.db") as many:
        summary = run_batch(corpus, many, client, OPTIONS, part_bytes=PART_BYTES)
        assert summary.parts >= 5 and not summary.failed and not summary.failed_parts
        assert summary.records == 100 and summary.new > 40 and summary.events > 20
        assert len(summary.worker_peak_mb) == len(summary.worker_cpu_s) == 2
        got = content(many)
        assert got["events"] and got["claims"]
        for what in got:
            assert got[what] == expected[what], what
        assert_same_vectors(vectors(many), expected["vectors"])


def upkeep() -> dict:
    import dask

    return {"profiler": dask.config.get("distributed.worker.profile.enabled"),
            "tick": dask.config.get("distributed.admin.tick.interval"), "trim": os.environ.get("MALLOC_TRIM_THRESHOLD_")}


def test_local_workers_skip_dasks_upkeep(client):
    for worker in client.run(upkeep).values():
        assert worker == {"profiler": False, "tick": "1s", "trim": None}


def test_a_parquet_corpus_gives_the_ledger_ingest_gives(client, tmp_path, gazetteer):
    corpus = write_parquet(tmp_path / "posts.parquet", records(60, seed=3), row_group_size=16)
    with single_process(corpus, tmp_path / "one.db", gazetteer) as one, Ledger(tmp_path / "batch.db") as many:
        summary = run_batch(corpus, many, client, OPTIONS, part_rows=15)
        assert summary.parts == 4 and summary.records == 60 and not summary.failed_parts
        assert content(many) == content(one)
        origins = {row.origin for row in many.engine.connect().execute(select(t.publications.c.origin))}
        assert f"{corpus}:row 60#r60" in origins


def test_bad_records_are_named_and_the_rest_stored(client, tmp_path, gazetteer):
    lines = [json.dumps(r) for r in records(30, seed=5)]
    lines[4] = '{"id": "r5", "text": "Kharkiv was shelled'  # cut short
    lines[9] = json.dumps({"id": "r10", "text": "Odesa was hit by a drone.", "date": "yesterday-ish"})
    lines[19] = json.dumps({"id": "r20", "text": 42, "date": "2025-03-05"})
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with single_process(corpus, tmp_path / "one.db", gazetteer) as one, Ledger(tmp_path / "batch.db") as many:
        summary = run_batch(corpus, many, client, OPTIONS, part_bytes=2000)
        assert [m.split(": ")[0] for m in summary.failed] == [f"{corpus}:5", f"{corpus}:10", f"{corpus}:20"]
        assert "unreadable date 'yesterday-ish'" in summary.failed[1]
        assert summary.records == 27 and not summary.failed_parts
        assert content(many) == content(one)


def flaky(part: CorpusPart, options) -> PartResult:
    """Fails the first time it meets each part (a worker lost, say), then works: Dask must retry it."""
    options = dict(options)
    marker = Path(options.pop("marker")) / f"{part.start}"
    if not marker.exists():
        marker.touch()
        raise RuntimeError(f"lost the worker reading {part.name}")
    return extract_part(part, options)


def broken(part: CorpusPart, options) -> PartResult:
    """Always fails on the part that holds line 1, whatever the retries."""
    if part.first == 1:
        raise RuntimeError("this part cannot be read")
    return extract_part(part, options)


def test_a_part_that_fails_once_is_retried(client, corpus, expected, tmp_path):
    with Ledger(tmp_path / "batch.db") as many:
        summary = run_batch(corpus, many, client, {**OPTIONS, "marker": str(tmp_path)}, part_bytes=PART_BYTES, task=flaky)
        assert not summary.failed_parts and summary.records == 100
        assert len(list(tmp_path.glob("[0-9]*"))) == summary.parts  # every part failed once
        assert content(many) == {k: v for k, v in expected.items() if k != "vectors"}


def test_a_part_that_keeps_failing_is_reported_and_nothing_of_it_stored(client, corpus, tmp_path):
    with Ledger(tmp_path / "batch.db") as many:
        summary = run_batch(corpus, many, client, OPTIONS, part_bytes=PART_BYTES, task=broken)
        assert len(summary.failed_parts) == 1
        assert summary.failed_parts[0].startswith(f"{corpus} from line 1 (bytes 0-")
        assert "failed 3 times: RuntimeError: this part cannot be read" in summary.failed_parts[0]
        stored = {row.origin.split("#")[0] for row in many.engine.connect().execute(select(t.publications.c.origin))}
        first_part_lines = {f"{corpus}:{n}" for n in range(1, 10)}
        assert not stored & first_part_lines and summary.records > 60


def test_the_command_prints_the_bad_records_and_a_summary(client, tmp_path):
    lines = [json.dumps(r) for r in records(12, seed=9)]
    lines[2] = "not json"
    corpus = tmp_path / "posts.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(corpus), "--db", str(tmp_path / "l.db"), "--scheduler",
                                      client.scheduler.address, "--source-field", "source", "--id-field", "id"],
                                env={"COLUMNS": "300"})
    assert result.exit_code == 1, result.output
    assert f"failed {corpus}:3: not valid JSON" in result.output
    assert "1 parts (0 failed); 11 reports" in result.output and "1 bad records" in result.output


def test_the_command_wants_workers_or_a_scheduler(tmp_path):
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "x.jsonl"), "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 2 and "--workers N or --scheduler" in result.output


def test_a_text_published_again_days_later_is_a_new_edition_as_in_ingest(client, tmp_path, gazetteer):
    """A channel's recurring line ("работа ПВО") a week later reports another night: ingest stores it as a new
    edition (store/editions.py), and batch must not fold it into the first report."""
    rows = records(30, seed=5)
    again = dict(rows[0], id="again", date="2025-03-20T21:00:00+00:00")  # the same words, nineteen days later
    corpus = write_jsonl(tmp_path / "posts.jsonl", [*rows, again])
    with single_process(corpus, tmp_path / "one.db", gazetteer) as one, Ledger(tmp_path / "batch.db") as many:
        summary = run_batch(corpus, many, client, OPTIONS, part_bytes=PART_BYTES)
        assert summary.duplicate == 0
        assert content(many) == content(one)


def test_a_bad_first_record_is_named_and_the_rest_stored_in_jsonl_and_parquet(client, tmp_path):
    rows = records(20, seed=11)
    jsonl = write_jsonl(tmp_path / "posts.jsonl", [{k: v for k, v in rows[0].items() if k != "text"}, *rows[1:]])
    parquet = write_parquet(tmp_path / "posts.parquet", [{**rows[0], "date": "soon"}, *rows[1:]], row_group_size=8)
    with Ledger(tmp_path / "a.db") as one, Ledger(tmp_path / "b.db") as other:
        from_jsonl = run_batch(jsonl, one, client, OPTIONS, part_bytes=1000)
        from_parquet = run_batch(parquet, other, client, OPTIONS, part_rows=6)
    assert from_jsonl.failed == [f"{jsonl}:1: no field 'text' for the text (fields: date, id, source)"]
    assert from_parquet.failed == [f"{parquet}:row 1: unreadable date 'soon' in field 'date'"]
    assert from_jsonl.records == from_parquet.records == 19 and from_jsonl.parts > 1


def test_records_without_the_date_key_are_stored_undated_as_null_dates_are(client, tmp_path, gazetteer):
    """The first record and records deep in the file that leave out the date key (a writer that drops nulls) are
    stored undated, as a `"date": null` or a Parquet null is, by batch as by ingest."""
    rows = records(60, seed=12)
    jsonl = write_jsonl(tmp_path / "posts.jsonl", [{k: v for k, v in r.items() if k != "date"} if n in (0, 41) else r
                                                   for n, r in enumerate(rows)])
    parquet = write_parquet(tmp_path / "posts.parquet", [{**r, "date": None} if n in (0, 41) else r
                                                         for n, r in enumerate(rows)], row_group_size=8)
    with (single_process(jsonl, tmp_path / "one.db", gazetteer) as one, Ledger(tmp_path / "a.db") as many,
          Ledger(tmp_path / "b.db") as from_parquet):
        summary = run_batch(jsonl, many, client, OPTIONS, part_bytes=1000)
        assert summary.failed == [] and summary.records == 60 and summary.parts > 2
        assert content(many) == content(one)
        assert run_batch(parquet, from_parquet, client, OPTIONS, part_rows=7).records == 60
        for ledger in (one, many, from_parquet):
            with ledger.engine.connect() as conn:
                undated = conn.execute(select(t.publications.c.origin).where(t.publications.c.published.is_(None)))
                assert [o.split(":")[-1] for (o,) in undated] in (["1#r1", "42#r42"], ["row 1#r1", "row 42#r42"])


def test_a_wrong_field_name_is_said_once_and_no_part_is_sent(client, tmp_path):
    corpus = write_jsonl(tmp_path / "posts.jsonl", [{"body": r["text"], "date": r["date"]} for r in records(300, seed=2)])
    with Ledger(tmp_path / "l.db") as ledger:
        summary = run_batch(corpus, ledger, client, OPTIONS, part_bytes=4000)
    assert summary.parts == summary.records == 0 and summary.failed == []
    assert summary.failed_parts == [f"{corpus}: no field 'text' for the text (fields: body, date); pass the right "
                                    "--text-field (text_field=...)"]


def test_a_part_from_the_middle_stores_its_records_without_the_date_undated_and_reads_on(client, tmp_path, gazetteer):
    """(Until fix21f this test held that such records were refused, one error each; now they are undated, as a null
    date is, and only records without the text are named.)"""
    rows = records(400, seed=4)  # lines 201-320 lack the date: a part starting there must not call the file wrong
    corpus = write_jsonl(tmp_path / "posts.jsonl", [r if not 200 <= n < 320 else {"id": r["id"], "text": r["text"]}
                                                    for n, r in enumerate(rows)])
    with single_process(corpus, tmp_path / "one.db", gazetteer) as one, Ledger(tmp_path / "batch.db") as many:
        summary = run_batch(corpus, many, client, OPTIONS, part_bytes=4000)
        assert summary.failed == [] and summary.parts > 4
        assert summary.records == 400 and content(many) == content(one)


@pytest.mark.parametrize("name, content, why", [
    ("empty.jsonl", b"", "an empty file"), ("blank.jsonl", b"\n\n", "blank lines only"), ("empty.parquet", None, "no rows"),
])
def test_an_empty_corpus_is_a_notice_not_a_failure(client, tmp_path, name, content, why):
    """A scheduled batch over a quiet day's empty dump succeeds (exit 0) and says the file held no report."""
    corpus = tmp_path / name
    if content is None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({"text": pa.array([], pa.string()), "date": pa.array([], pa.string())}), corpus)
    else:
        corpus.write_bytes(content)
    with Ledger(tmp_path / "l.db") as ledger:
        summary = run_batch(corpus, ledger, client, OPTIONS)
    assert summary.failed_parts == summary.failed == [] and summary.notices == [f"no reports in {corpus} ({why})"]
    result = CliRunner().invoke(app, ["batch", str(corpus), "--db", str(tmp_path / "l.db"), "--scheduler",
                                      client.scheduler.address], env={"COLUMNS": "300"})
    assert result.exit_code == 0 and f"notice no reports in {corpus} ({why})" in result.stderr


def test_an_empty_parquet_file_with_a_wrong_column_name_is_still_the_wrong_name(client, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    corpus = tmp_path / "empty.parquet"
    pq.write_table(pa.table({"body": pa.array([], pa.string()), "date": pa.array([], pa.string())}), corpus)
    with Ledger(tmp_path / "l.db") as ledger:
        summary = run_batch(corpus, ledger, client, OPTIONS)
    assert summary.notices == [] and summary.failed_parts[0].startswith(f"{corpus}: no column 'text' for the text")
