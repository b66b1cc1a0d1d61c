"""low/best/high from claims, as SCHEMA.md's Reconciliation says, on figures invented for these tests."""

from datetime import datetime, timezone

from eventledger.model import Claim
from eventledger.reconcile import reconcile, reconcile_figure


def claim(value, *, lower_bound=False, hedged=False, kind="unknown", source=None, day=1, start=0):
    return Claim(
        report_id="r", start=start, end=start + 1, quote="x", value=value, figure="injured", lower_bound=lower_bound,
        hedged=hedged, source=source, source_kind=kind, published=datetime(2025, 5, day, tzinfo=timezone.utc),
    )


def test_a_credible_lower_bound_raises_best_and_leaves_high_open():
    f = reconcile_figure([claim(4, hedged=True), claim(15, lower_bound=True, source="Shot", kind="telegram")])
    assert (f.low, f.best, f.high) == (4, 15, None)
    assert "Shot" in f.reason


def test_a_hedged_lower_bound_does_not_overrule_an_official_figure():
    f = reconcile_figure([claim(5, kind="official", source="ОВА"), claim(8, lower_bound=True, hedged=True)])
    assert (f.low, f.best, f.high) == (5, 5, None)


def test_official_and_later_figures_beat_earlier_rumours():
    f = reconcile_figure([claim(12, kind="telegram", day=1), claim(7, kind="official", day=1), claim(9, kind="official", day=2)])
    assert (f.low, f.best, f.high) == (7, 9, 12)
    assert "9" in f.reason


def test_a_non_numeric_fatality_counts_as_at_least_one():
    f = reconcile_figure([claim(1, lower_bound=True, kind="official")])
    assert (f.low, f.best, f.high) == (1, 1, None)


def test_figures_only_from_figure_claims():
    assertion = Claim(report_id="r", start=0, end=1, quote="x", value="Kupol plant", assertion="target")
    assert reconcile([assertion]) == {}


def test_a_report_giving_two_counts_gives_its_larger_one_as_its_update():
    # "Three people were killed ... A driver was killed in the attack, the governor said": one report's total and a
    # partial count of the same source, the total told first
    f = reconcile_figure([claim(3, kind="official", start=10), claim(1, kind="official", start=90)])
    assert (f.low, f.best, f.high) == (1, 3, 3)
    # a less credible source's larger count is no update: the governor's three beside a channel's five
    f = reconcile_figure([claim(3, kind="official", start=10), claim(5, kind="telegram", start=90)])
    assert (f.low, f.best, f.high) == (3, 3, 5)
    # another report published later still decides, whatever the size of its count
    later = Claim(report_id="r2", start=0, end=1, quote="x", value=2, figure="injured", source_kind="official",
                  published=datetime(2025, 5, 2, tzinfo=timezone.utc))
    assert reconcile_figure([claim(3, kind="media"), claim(1, kind="official"), later]).best == 2


def test_the_reports_own_larger_count_is_its_update_over_an_officials_earlier_one():
    # "Eleven people were injured, the mayor said ... By evening 17 people had been hurt": the outlet's own count, told
    # without a source, is the report's running total, not a less credible rival
    f = reconcile_figure([claim(11, kind="official", source="the mayor", start=10), claim(17, start=90)])
    assert (f.low, f.best, f.high) == (11, 17, 17)
    # a hedged count of its own is no update
    f = reconcile_figure([claim(11, kind="official", start=10), claim(17, hedged=True, start=90)])
    assert (f.low, f.best, f.high) == (11, 11, 17)


def test_the_outlets_own_count_stands_above_a_channel_it_quotes():
    # "Three people were killed in a drone strike on a bus ... A local channel wrote of four dead": the count the
    # outlet tells as its own, with no source and no hedge, is the medium's, above the channel's larger one
    f = reconcile_figure([claim(3, start=10), claim(4, kind="telegram", source="a local channel", start=90)])
    assert (f.low, f.best, f.high) == (3, 3, 4)
    assert "unattributed" in f.reason
    # ... as it is above residents; beside another medium it is one of two media counts: the report's larger one
    f = reconcile_figure([claim(3, start=10), claim(5, kind="residents", source="residents", start=90)])
    assert f.best == 3
    f = reconcile_figure([claim(3, start=10), claim(4, kind="media", source="a news agency", start=90)])
    assert f.best == 4
    # a hedged count of nobody's stays below the channel's
    f = reconcile_figure([claim(3, hedged=True, start=10), claim(4, kind="telegram", source="a channel", start=90)])
    assert f.best == 4
    # beside an official's count the outlet's larger one is still the report's update (as before)
    f = reconcile_figure([claim(3, start=10), claim(2, kind="official", source="the governor", start=90)])
    assert f.best == 3
