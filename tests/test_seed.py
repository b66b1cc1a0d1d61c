"""The seed report (../shared/examples/seed-kupol) must become what its gold says: the issue's acceptance test."""

from datetime import datetime, timezone

from eventledger.evaluate import evaluate
from eventledger.extract.pipeline import extract
from eventledger.model import Report


def test_seed_eval_finds_every_gold_event_with_place_date_and_figures(shared, gazetteer):
    result = evaluate([shared / "examples" / "seed-kupol"], lambda report: extract(report, gazetteer)).to_dict()
    counts = result["total"]["counts"]
    rates = result["total"]["rates"]
    assert rates["recall"] == 1.0 and rates["precision"] == 1.0
    assert rates["date_accuracy"] == 1.0 and rates["weapon_accuracy"] == 1.0
    assert counts["figures_ok"] == counts["figures"] == 5
    assert rates["claim_recall"] == 1.0 and rates["claim_source_accuracy"] == 1.0


def test_seed_kupol_strike_figures_and_claims(shared, gazetteer):
    path = shared / "examples" / "seed-kupol" / "article.txt"
    report = Report(text=path.read_text(encoding="utf-8"), published=datetime(2025, 7, 1, tzinfo=timezone.utc))
    strike = next(e for e in extract(report, gazetteer) if e.kind == "strike" and not e.background)
    f = strike.figures
    assert (f["killed"].low, f["killed"].best, f["killed"].high) == (1, 3, 3)
    assert (f["injured"].low, f["injured"].best, f["injured"].high) == (9, 24, None)
    assert (f["critical"].low, f["critical"].best) == (1, 7)
    sources = {(c.figure, c.value): c.source for c in strike.claims if c.figure}
    assert sources[("injured", 24)] == "Baza" and sources[("killed", 1)] == "Alexander Brechalov"
    assert sources[("injured", 9)] is None
