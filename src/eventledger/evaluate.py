"""How well extraction reproduces hand-written gold files: event precision/recall and, among matched events, the fields.

A gold file is the JSON shape of `shared/examples/seed-kupol/gold.json`: `report` names the text file next to it
(`file`), its publication date (`published`) and language (`language`); `events` lists what the report should yield.
Gold events are read into the same `Event`/`Claim`/`Figure` records extraction returns, so one comparison serves both,
and a gold claim's quote is located in the report text so that quotes are compared by offsets, not by wording.

Matching is greedy by score and one-to-one, as ANNOTATION.md scores gold. A pair can match only when the kinds pair
(the same kind, or two of strike/shelling/explosion: a report's "explosions" are often its strike), the places are
compatible (within `MATCH_KM` kilometres of a city or point, `AREA_KM` of an area, the same name or admin1, or the
same country for a multi-region claim) and the dates are compatible (equal, or one at month precision containing the
other). Gold events marked `"background": true` (recalled by the report rather than reported) or `"aggregate": true`
(a total of events coded separately) are neutral: a prediction matching one is neither a true nor a false positive,
and missing one costs nothing.

Claims are scored among matched events: a gold claim is found when the paired event has it (the same figure and value,
or a similar assertion, with overlapping quotes) among its own claims OR among its areas' claims (`Area.claims`: an
interception breakdown's "20 over Bryansk" is kept with its area, not with the event, and gold lists it as a claim of
the event), and its source and hedging (attribution) are read from the claim it was found in. Which events match is
scored on the event's own claims alone (`match_score`), so that reading areas' claims moves no event.

Unmatched events are given an error class (`classify_miss`, `classify_spurious`) so that errors can be counted by
cause rather than read one by one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from eventledger.geo import normalize
from eventledger.geo.distance import between as distance_km
from eventledger.model import FIGURE_NAMES, KINDS, Claim, Event, Figure, Place, Report, Target

MATCH_KM = 50.0
AREA_KM = 250.0
NEAR_KM = 25.0  # "place within 25 km", the place accuracy ANNOTATION.md reports
_PAIRED_KINDS = frozenset({"strike", "shelling", "explosion"})
COARSE_PRECISIONS = frozenset({"admin1", "country", "region", "sea"})
_QUOTE_MARKS = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"'})
_WORD = re.compile(r"\w+")

Extractor = Callable[[Report], list[Event]]


class GoldFormatError(ValueError):
    """A gold file cannot be read: the message names the file and what is wrong with it."""


@dataclass(frozen=True, slots=True)
class GoldReport:
    """One gold file: the report it describes and the events it should yield."""

    path: Path
    report: Report
    events: tuple[Event, ...]

    @property
    def label(self) -> str:
        """A short name for tables: `seed-kupol/gold.json` when the file is only called gold.json."""
        return f"{self.path.parent.name}/{self.path.name}" if self.path.name == "gold.json" else self.path.name


# ---------------------------------------------------------------------------------------------------------------- reading


def find_gold_files(paths: Iterable[Path]) -> list[Path]:
    """Gold files named by the user: a .json file as given, or every `gold.json` / `*.gold.json` under a directory."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*.json") if p.name == "gold.json" or p.name.endswith(".gold.json"))
            if not inside:
                raise GoldFormatError(f"{path}: no gold files (gold.json or *.gold.json) in this directory")
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        else:
            raise GoldFormatError(f"{path}: no such file or directory")
    return found


def load_gold(path: Path) -> GoldReport:
    """Read one gold file and the report text it names; every problem is a GoldFormatError naming the file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{path}: not a readable JSON file: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("report"), dict) or not isinstance(data.get("events"), list):
        raise GoldFormatError(f"{path}: expected an object with a 'report' object and an 'events' list")
    meta = data["report"]
    if not isinstance(meta.get("file"), str):
        raise GoldFormatError(f"{path}: report.file must name the report's text file")
    text_path = path.parent / meta["file"]
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read the report text {text_path}: {exc}") from exc
    report = Report(
        text=text, published=_published(path, meta.get("published")), language=meta.get("language", "en"),
        origin=str(text_path),
    )
    events = tuple(_gold_event(path, i, e, report) for i, e in enumerate(data["events"]))
    return GoldReport(path=path, report=report, events=events)


def _published(path: Path, value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        published = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise GoldFormatError(f"{path}: report.published {value!r} is not an ISO date") from exc
    return published if published.tzinfo else published.replace(tzinfo=timezone.utc)


def _gold_event(path: Path, index: int, e: Any, report: Report) -> Event:
    where = f"{path}: events[{index}]"
    if not isinstance(e, dict) or e.get("kind") not in KINDS:
        raise GoldFormatError(f"{where}: 'kind' must be one of {', '.join(KINDS)}")
    place = e.get("place")
    if place is not None and (not isinstance(place, dict) or "name" not in place or "precision" not in place):
        raise GoldFormatError(f"{where}: 'place' needs at least 'name' and 'precision'")
    figures: dict[str, Figure] = {}
    for name, f in (e.get("figures") or {}).items():
        if name not in FIGURE_NAMES or not isinstance(f, dict) or not isinstance(f.get("low"), int):
            raise GoldFormatError(f"{where}: figure {name!r} must be one of {', '.join(FIGURE_NAMES)} with integer low/best/high")
        figures[name] = Figure(low=f["low"], best=f.get("best", f["low"]), high=f.get("high"))
    target = e.get("target")
    return Event(
        kind=e["kind"], date=e.get("date"), date_precision=e.get("date_precision"),
        place=Place.from_dict(place) if place else None, weapon=e.get("weapon"),
        target=Target(name=target["name"], category=target.get("category", "unknown")) if isinstance(target, dict) else None,
        attacker=e.get("attacker"), defender=e.get("defender"), figures=figures,
        claims=tuple(_gold_claim(f"{where}.claims[{j}]", c, report) for j, c in enumerate(e.get("claims") or ())),
        reports=(report.id,), background=bool(e.get("background", False) or e.get("aggregate", False)),
        details=e.get("details"),
    )


def _gold_claim(where: str, c: Any, report: Report) -> Claim:
    """A gold claim anchored where its quote stands in the text; an assertion without a value gets value ""."""
    if not isinstance(c, dict) or not isinstance(c.get("quote"), str) or not (c.get("figure") or c.get("assertion")):
        raise GoldFormatError(f"{where}: a claim needs 'quote' and either 'figure' or 'assertion'")
    if c.get("figure") and not isinstance(c.get("value"), int):
        raise GoldFormatError(f"{where}: figure claim {c['figure']!r} needs an integer 'value'")
    start, end = _locate(where, c["quote"], report.text, c.get("start"))
    return Claim(
        report_id=report.id, start=start, end=end, quote=report.text[start:end], value=c.get("value", ""),
        figure=c.get("figure"), assertion=c.get("assertion"), lower_bound=bool(c.get("lower_bound", False)),
        source=c.get("source"), source_kind=c.get("source_kind", "unknown"), hedged=bool(c.get("hedged", False)),
        published=report.published,
    )


def _locate(where: str, quote: str, text: str, start: Any) -> tuple[int, int]:
    """Offsets of the quote: at `start` if the gold gives it, else its first occurrence.

    Line breaks count as spaces and typographic quote marks as plain ones (a one-to-one translation, so offsets hold).
    """
    if isinstance(start, int) and text[start:start + len(quote)] == quote:
        return start, start + len(quote)
    words = quote.translate(_QUOTE_MARKS).split()
    found = re.search(r"\s+".join(map(re.escape, words)), text.translate(_QUOTE_MARKS))
    if not found:
        raise GoldFormatError(f"{where}: quote {quote!r} does not occur in the report text")
    return found.start(), found.end()


# --------------------------------------------------------------------------------------------------------------- matching


def normalise(name: str | None) -> str:
    """Names compared the way the gazetteer compares them; None as the empty name."""
    return normalize(name or "")



def _same_admin1(a: Place, b: Place) -> bool:
    return bool(a.admin1 and b.admin1 and normalise(a.admin1) == normalise(b.admin1))


def _same_name(a: Place, b: Place) -> bool:
    """The same GeoNames entry, or the same normalised name in the same country.

    The id settles spelling variants a gold writer and the gazetteer may disagree on (Izmail / Izmayil, Rylsk / Ryl’sk).
    """
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return normalise(a.key) == normalise(b.key) and a.country == b.country


def places_compatible(gold: Place | None, pred: Place | None) -> bool:
    """Within MATCH_KM; for coarse places (admin1, country, region, sea) also the same admin1, name or country."""
    if gold is None or pred is None:
        return gold is None and pred is None
    km = distance_km(gold, pred)
    if (km is not None and km <= MATCH_KM) or _same_name(gold, pred):
        return True
    if gold.precision in COARSE_PRECISIONS or pred.precision in COARSE_PRECISIONS:
        if km is not None and km <= AREA_KM:
            return True
        if _same_admin1(gold, pred):
            return True
        wide = {"country", "region"} & {gold.precision, pred.precision}
        return bool(wide and gold.country and gold.country == pred.country)
    return False


def dates_compatible(gold: Event, pred: Event) -> bool:
    """Equal dates, or one at month precision ("2024-11") containing the other ("2024-11-05"), or a date unknown on
    either side (a report with no publication date and no date in its text): ANNOTATION.md pairs by kind and place,
    with the date as a tie-break; two known dates that differ are two incidents here (stricter, as it may be)."""
    if not gold.date or not pred.date:
        return True
    if gold.date == pred.date:
        return True
    for month, other in ((gold, pred), (pred, gold)):
        if (month.date_precision == "month" or len(month.date or "") == 7) and other.date.startswith(month.date + "-"):  # type: ignore[union-attr]
            return True
    return False


def _quotes_overlap(a: Claim, b: Claim) -> bool:
    return a.start < b.end and b.start < a.end


def _stems(text: str, length: int = 5) -> set[str]:
    """Crude, language-blind word stems (the first `length` letters of words of four or more), enough to compare
    short phrases across inflections."""
    return {w[:length] for w in _WORD.findall(normalise(text)) if len(w) >= 4}


def claim_found(gold: Claim, pred: Claim) -> bool:
    """Same figure (or a similar assertion), the same value, and overlapping quotes."""
    if not _quotes_overlap(gold, pred):
        return False
    if gold.figure:
        return pred.figure == gold.figure and pred.value == gold.value
    if not pred.assertion:
        return False
    if pred.assertion == "kind":
        # the extractor's claim that the incident happened, read from the same words: a gold assertion in free text
        # ("drone attack repelled", "explosions heard") is that claim when the quotes overlap
        return True
    return _similar_assertion(gold, pred)


def _similar_assertion(gold: Claim, pred: Claim) -> bool:
    gold_value, pred_value = normalise(str(gold.value)), normalise(str(pred.value))
    same_key = normalise(gold.assertion) == normalise(pred.assertion)
    similar = same_key or bool(_stems(f"{gold.assertion} {gold.value}") & _stems(f"{pred.assertion} {pred.value}"))
    value_ok = not gold_value or gold_value == pred_value or (
        bool(pred_value) and (gold_value in pred_value or pred_value in gold_value)
    )
    return similar and value_ok


def sources_agree(gold: str | None, pred: str | None) -> bool:
    """A lenient source match, across languages: the word stems of one name all occur in the other, once both are
    spelt in Latin letters and the bodies the language files name (`bodies` in `lang/<code>/attribution.yaml`) are
    replaced by one key.

    "Baza" / "Telegram channel Baza", "Ukraine's Air Force" / "Air Force", "Черноморский флот" / "Черноморского флота",
    "Гладков" / "Vyacheslav Gladkov", "Минобороны России" / "Russia's Defence Ministry" agree; "regional head" /
    "Kharkiv's mayor" do not. Strict equality is reported beside it.

    An abbreviation names its body as its words do (ANNOTATION.md: "names the same person or body"): a name of short
    capitals only ("МК", "RIA", "AFP") is its letters, and capitals in one name are found in the other as the same
    capitals or as the initials of its words ("СЦКК" / "Совместном центре контроля и координации", "ОВА" / "обласна
    військова адміністрація"); "RIA" / "Russia's RIA news agency" and "МК" / "журналисты издания МК" agree.
    """
    if gold is None or pred is None:
        return gold is pred
    if normalise(gold) == normalise(pred):
        return True
    a, b = _source_name(gold), _source_name(pred)
    return bool(a.keys and b.keys and (a.within(b) or b.within(a)))


@dataclass(frozen=True, slots=True)
class _SourceName:
    """What `sources_agree` compares of one name: its keys (stems and known bodies; a name of short capitals only, its
    capitals), each word in capitals in full by its stem, and the initials of its words."""

    keys: frozenset[str]
    capitals: dict[str, str]  # stem or short key -> the capitals it stands for ("stsk" -> "stskk", "mk" -> "mk")
    initials: str

    def within(self, other: _SourceName) -> bool:
        """Every key of this name is in the other: the same stem or body, or its capitals as capitals or initials."""
        spelt = set(other.capitals.values())
        return all(
            k in other.keys or ((full := self.capitals.get(k)) is not None and (
                full in spelt or (len(full) >= 3 and full in other.initials)))
            for k in self.keys
        )


def _source_keys(name: str) -> set[str]:
    """Stems of a source's name in Latin letters, with a known body ("Минобороны", "Ministry of Defence") as one key."""
    return set(_source_name(name).keys)


def _source_name(name: str) -> _SourceName:
    from eventledger.lang import body_keys
    from eventledger.geo.translit import latin

    keys, rest = body_keys(name)
    keys |= {w[:4] for w in _WORD.findall(normalise(latin(rest))) if len(w) >= 4}
    capitals: dict[str, str] = {}
    initials = []
    for word in _WORD.findall(rest):
        spelt = normalise(latin(word))
        if len(word) >= 2 and (word.isupper() or word.isdigit()):
            capitals[spelt[:4] if len(spelt) >= 4 else spelt] = spelt
            initials.append(word)
        elif not (len(word) <= 2 and word.islower()):  # not "в", "of": "Совместном центре ... и координации"
            initials.append(word[:1])
    if not keys:  # "МК", "RIA": short capitals only
        keys = {k for k in capitals if len(k) < 4}
    # (the initials in their own letters, then spelt in Latin ones: "СЦКК" is "stskk" either way)
    return _SourceName(frozenset(keys), capitals, normalise(latin("".join(initials))))


def _pair_claims(gold: Sequence[Claim], pred: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """One predicted claim per gold claim, preferring one from the same source."""
    used: set[int] = set()
    pairs: list[tuple[Claim, Claim]] = []
    for g in gold:
        options = [i for i, p in enumerate(pred) if i not in used and claim_found(g, p)]
        if options:
            best = max(options, key=lambda i: (
                bool(g.assertion) and _similar_assertion(g, pred[i]), normalise(pred[i].source) == normalise(g.source), -i
            ))
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


def told_claims(event: Event) -> tuple[Claim, ...]:
    """Every claim an event records: its own, then its areas' (the per-area counts of a breakdown). One span told for
    several areas ("по 3 над Брянской и Курской") is a claim of each: gold lists it once an area."""
    own = set(event.claims)
    return event.claims + tuple(c for a in event.areas for c in a.claims if c not in own)


def match_score(gold: Event, pred: Event) -> float | None:
    """How well a predicted event fits a gold one, or None when they cannot be the same incident."""
    if not kinds_pair(gold.kind, pred.kind) or not places_compatible(gold.place, pred.place) or not dates_compatible(gold, pred):
        return None
    score = 1.0 + (0.5 if gold.kind == pred.kind else 0.0)
    if gold.place and pred.place:
        km = distance_km(gold.place, pred.place)
        score += 1.0 if _same_name(gold.place, pred.place) else (1.0 - min(km, MATCH_KM) / (2 * MATCH_KM) if km is not None else 0.3)
    score += 1.0 if gold.date == pred.date else 0.0
    score += 0.5 if gold.weapon == pred.weapon else 0.0
    if gold.claims:
        score += len(_pair_claims(gold.claims, pred.claims)) / len(gold.claims)
    return score


def kinds_pair(gold: str, pred: str) -> bool:
    """The same kind, or two of strike / shelling / explosion (ANNOTATION.md pairs them)."""
    return gold == pred or (gold in _PAIRED_KINDS and pred in _PAIRED_KINDS)


def match_events(gold: Sequence[Event], predicted: Sequence[Event]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by score: (gold index, predicted index) pairs, best pairs first."""
    scored = sorted(
        ((s, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted) if (s := match_score(g, p)) is not None),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in scored:
        if gi not in taken_gold and pi not in taken_pred:
            taken_gold.add(gi)
            taken_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


# ---------------------------------------------------------------------------------------------------------------- scoring


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


INTERVAL_DRAWS = 1000  # bootstrap draws for the 95 % intervals (EvalResult.intervals)


@dataclass(slots=True)
class Tally:
    """Counts that add up across reports; every rate is derived from them, so totals are micro-averages."""

    reports: int = 0
    gold: int = 0  # gold events that must be found (background ones excluded)
    predicted: int = 0
    tp: int = 0  # matched pairs of gold events that must be found (background and aggregate ones are neutral)
    fp: int = 0
    fn: int = 0
    background_found: int = 0  # predictions that matched a background or aggregate gold event: neither TP nor FP
    kind_ok: int = 0
    weapon_ok: int = 0
    date_ok: int = 0
    place_km_ok: int = 0
    place_near_ok: int = 0
    place_admin1_ok: int = 0
    place_name_ok: int = 0
    figures: int = 0
    figures_ok: int = 0
    figure_low_ok: int = 0
    figure_best_ok: int = 0
    figure_high_ok: int = 0
    claims: int = 0  # gold claims of matched events
    claims_found: int = 0
    claims_source_ok: int = 0
    claims_source_close: int = 0
    claims_hedged_ok: int = 0
    claims_all: int = 0  # gold claims of every event that must be found, plus those of matched background events
    errors: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(**{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)})

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """2TP / (2TP + FP + FN): the harmonic mean of P and R, and 0 rather than undefined when nothing matched."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def rates(self) -> dict[str, float | None]:
        """Every rate: event P/R/F1, then field accuracies among matched events, then claim recall."""
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "kind_accuracy": _ratio(self.kind_ok, self.tp),
            "weapon_accuracy": _ratio(self.weapon_ok, self.tp),
            "date_accuracy": _ratio(self.date_ok, self.tp),
            "place_within_km": _ratio(self.place_km_ok, self.tp),
            "place_within_25km": _ratio(self.place_near_ok, self.tp),
            "place_same_admin1": _ratio(self.place_admin1_ok, self.tp),
            "place_same_name": _ratio(self.place_name_ok, self.tp),
            "figure_accuracy": _ratio(self.figures_ok, self.figures),
            "figure_low_accuracy": _ratio(self.figure_low_ok, self.figures),
            "figure_best_accuracy": _ratio(self.figure_best_ok, self.figures),
            "figure_high_accuracy": _ratio(self.figure_high_ok, self.figures),
            "claim_recall": _ratio(self.claims_found, self.claims),
            "claim_recall_all": _ratio(self.claims_found, self.claims_all),
            "claim_source_accuracy": _ratio(self.claims_source_ok, self.claims_found),
            "claim_source_agreement": _ratio(self.claims_source_close, self.claims_found),
            "claim_hedged_accuracy": _ratio(self.claims_hedged_ok, self.claims_found),
        }

    def to_dict(self) -> dict[str, Any]:
        return {"counts": {f.name: getattr(self, f.name) for f in fields(self)}, "rates": self.rates()}


@dataclass(slots=True)
class ReportResult:
    """One gold file's outcome, with what was missed and what was extra, so a failure can be read without a debugger."""

    label: str
    language: str
    tally: Tally
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    error: str | None = None
    miss_classes: list[str] = field(default_factory=list)  # one class per entry of `missed`
    spurious_classes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # found claims whose source disagrees with gold, one line each

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.label, "language": self.language, **self.tally.to_dict(),
            "missed": [f"[{c}] {d}" for c, d in zip(self.miss_classes, self.missed)],
            "spurious": [f"[{c}] {d}" for c, d in zip(self.spurious_classes, self.spurious)], "error": self.error,
            "sources": self.sources,
        }


@dataclass(slots=True)
class EvalResult:
    reports: list[ReportResult]

    @property
    def total(self) -> Tally:
        return sum((r.tally for r in self.reports), Tally())

    @property
    def by_language(self) -> dict[str, Tally]:
        out: dict[str, Tally] = {}
        for r in self.reports:
            out[r.language] = out.get(r.language, Tally()) + r.tally
        return dict(sorted(out.items()))

    def error_classes(self) -> dict[str, dict[str, int]]:
        """How many misses and false events of each class, over every report."""
        out: dict[str, dict[str, int]] = {"missed": {}, "spurious": {}}
        for r in self.reports:
            for side, classes in (("missed", r.miss_classes), ("spurious", r.spurious_classes)):
                for c in classes:
                    out[side][c] = out[side].get(c, 0) + 1
        return {side: dict(sorted(counts.items(), key=lambda kv: -kv[1])) for side, counts in out.items()}

    def intervals(self, draws: int = INTERVAL_DRAWS, seed: int = 0) -> dict[str, tuple[float, float] | None]:
        """95 % percentile intervals of the headline rates, by drawing the reports again with replacement.

        A test split of 90 reports moves by a few points between two draws of the same outlets, so a change of 0.02 on
        it may be noise: the interval says how wide that noise is. Reports, not events, are drawn, since one report's
        events stand or fall together. The seed is fixed, so the same result prints the same interval."""
        import numpy as np

        def column(name: str, rows: list[ReportResult]) -> Any:
            return np.array([getattr(r.tally, name) for r in rows], dtype=np.int64)

        def spread(rows: list[ReportResult], part: Any, whole: Any) -> tuple[float, float] | None:
            if not rows:
                return None
            picks = np.random.default_rng(seed).integers(0, len(rows), size=(draws, len(rows)))
            num, den = part(rows)[picks].sum(axis=1), whole(rows)[picks].sum(axis=1)
            rates = num[den > 0] / den[den > 0]
            if not len(rates):
                return None
            low, high = np.percentile(rates, [2.5, 97.5])
            return float(low), float(high)

        def f1(rows: list[ReportResult]) -> tuple[float, float] | None:
            return spread(rows, lambda r: 2 * column("tp", r),
                          lambda r: 2 * column("tp", r) + column("fp", r) + column("fn", r))

        out = {"f1": f1(self.reports)}
        for lang in self.by_language:
            out[f"f1_{lang}"] = f1([r for r in self.reports if r.language == lang])
        out["figure_best_accuracy"] = spread(self.reports, lambda r: column("figure_best_ok", r),
                                             lambda r: column("figures", r))
        out["claim_source_agreement"] = spread(self.reports, lambda r: column("claims_source_close", r),
                                               lambda r: column("claims_found", r))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total.to_dict(),
            "by_language": {lang: t.to_dict() for lang, t in self.by_language.items()},
            "intervals": {name: list(bounds) if bounds else None for name, bounds in self.intervals().items()},
            "error_classes": self.error_classes(),
            "reports": [r.to_dict() for r in self.reports],
        }


def describe(event: Event) -> str:
    """One line naming an event, for the missed/spurious lists."""
    place = event.place.name if event.place else "?"
    weapon = f" ({event.weapon})" if event.weapon else ""
    return f"{event.kind}{weapon} {event.date or '?'} {place}"


def score_report(gold: GoldReport, predicted: Sequence[Event]) -> ReportResult:
    """Compare one report's predicted events with its gold events."""
    tally = Tally(reports=1, predicted=len(predicted), gold=sum(not e.background for e in gold.events))
    pairs = match_events(gold.events, predicted)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    neutral = [(gi, pi) for gi, pi in pairs if gold.events[gi].background]
    tally.background_found = len(neutral)
    tally.tp = len(pairs) - len(neutral)
    tally.fp = len(predicted) - len(pairs)
    missed = [e for i, e in enumerate(gold.events) if i not in matched_gold and not e.background]
    spurious = [e for i, e in enumerate(predicted) if i not in matched_pred]
    tally.fn = len(missed)
    tally.claims_all = sum(len(e.claims) for e in gold.events if not e.background)
    sources: list[str] = []
    for gi, pi in pairs:
        if not gold.events[gi].background:
            _score_fields(tally, gold.events[gi], predicted[pi], sources)
    return ReportResult(
        label=gold.label, language=gold.report.language, tally=tally, sources=sources,
        missed=[describe(e) for e in missed], spurious=[describe(e) for e in spurious],
        miss_classes=[classify_miss(e, predicted) for e in missed],
        spurious_classes=[classify_spurious(e, gold.events, [predicted[pi] for _, pi in pairs]) for e in spurious],
    )


def classify_miss(g: Event, predicted: Sequence[Event]) -> str:
    """Why a gold event found no partner: the nearest failed condition of a prediction; else `not found`, split in two:
    `not found (one event for two)` when a prediction fits it in kind, place and date but another gold event took it
    (the report's two incidents told as one: a joining error, not an incident unread), `not found (nothing)` else."""
    near = _nearest_failure(g, predicted, gold_side=True)
    if near:
        return near
    return "not found (one event for two)" if any(match_score(g, p) is not None for p in predicted) else "not found (nothing)"


def classify_spurious(p: Event, gold: Sequence[Event], matched: Sequence[Event]) -> str:
    """Why a prediction is false: a second event for an incident already matched (`duplicate`), one that fails a
    single condition against a gold event (`wrong kind`, `wrong place`, `wrong date`), or no gold event like it
    (`no such incident`; with no place, `no such incident (no place)`)."""
    if any(kinds_pair(m.kind, p.kind) and places_compatible(m.place, p.place) for m in matched):
        return "duplicate"
    near = _nearest_failure(p, gold, gold_side=False)
    if near:
        return near
    return "no such incident" if p.place else "no such incident (no place)"


def _nearest_failure(e: Event, others: Sequence[Event], gold_side: bool) -> str | None:
    for o in sorted(others, key=lambda o: o.kind != e.kind):  # an event of the same kind explains best
        g, p = (e, o) if gold_side else (o, e)
        kind, place, day = kinds_pair(g.kind, p.kind), places_compatible(g.place, p.place), dates_compatible(g, p)
        if (kind, place, day).count(False) == 1:
            return "wrong kind" if not kind else "wrong place" if not place else "wrong date"
    return None


def _score_fields(tally: Tally, g: Event, p: Event, sources: list[str]) -> None:
    tally.kind_ok += g.kind == p.kind
    tally.weapon_ok += g.weapon == p.weapon
    tally.date_ok += g.date == p.date and g.date_precision == p.date_precision
    if g.place and p.place:
        km = distance_km(g.place, p.place)
        near = km <= MATCH_KM if km is not None else places_compatible(g.place, p.place)
        tally.place_km_ok += near
        tally.place_near_ok += km <= NEAR_KM if km is not None else _same_name(g.place, p.place)
        tally.place_admin1_ok += _same_admin1(g.place, p.place) or (
            g.place.admin1 is None and p.place.admin1 is None and g.place.country == p.place.country
        )
        tally.place_name_ok += _same_name(g.place, p.place)
    for name, gf in g.figures.items():
        pf = p.figures.get(name)
        tally.figures += 1
        if pf is None:
            continue
        tally.figure_low_ok += gf.low == pf.low
        tally.figure_best_ok += gf.best == pf.best
        tally.figure_high_ok += gf.high == pf.high
        tally.figures_ok += (gf.low, gf.best, gf.high) == (pf.low, pf.best, pf.high)
    tally.claims += len(g.claims)
    for gc, pc in _pair_claims(g.claims, told_claims(p)):
        tally.claims_found += 1
        tally.claims_source_ok += normalise(gc.source) == normalise(pc.source)
        tally.claims_source_close += sources_agree(gc.source, pc.source)
        if not sources_agree(gc.source, pc.source):
            sources.append(_source_line(gc, pc))
        tally.claims_hedged_ok += gc.hedged == pc.hedged


def _source_line(gold: Claim, found: Claim) -> str:
    """A claim whose source disagrees, as one line to read beside the report: what it tells, both sources, its words."""
    quote = " ".join((found.quote or gold.quote or "").split())[:100]
    return f"{gold.figure or gold.assertion}: gold {gold.source!r}, found {found.source!r}: \"{quote}\""


def evaluate(paths: Sequence[Path], extract: Extractor) -> EvalResult:
    """Run `extract` on every gold file's report and score it. An extractor failure is recorded, not raised."""
    results: list[ReportResult] = []
    for path in find_gold_files(paths):
        gold = load_gold(path)
        try:
            predicted = list(extract(gold.report))
        except Exception as exc:  # noqa: BLE001 - one failing report must not stop the evaluation of the others
            result = score_report(gold, [])
            result.tally.errors = 1
            result.error = f"{type(exc).__name__}: {exc}"
        else:
            result = score_report(gold, predicted)
        results.append(result)
    return EvalResult(results)


# -------------------------------------------------------------------------------------------------------------- formatting


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{value:4.2f}"


def _row(name: str, t: Tally) -> str:
    return (
        f"{name:<34} {t.reports:>4} {t.gold:>5} {t.predicted:>5} {t.tp:>4} {t.fp:>4} {t.fn:>4}"
        f"  {_pct(t.precision)}  {_pct(t.recall)}  {_pct(t.f1)}"
    )


def _fraction(label: str, part: int, whole: int) -> str:
    return f"  {label:<24} {_pct(_ratio(part, whole))}  ({part}/{whole})"


def format_result(result: EvalResult, sources: bool = False) -> str:
    """A plain-text table: totals, per language, field accuracies among matched events, then each report (with
    `sources`, also each found claim whose source disagrees with gold: the attribution errors to read)."""
    total = result.total
    header = f"{'':<34} {'rep':>4} {'gold':>5} {'pred':>5} {'TP':>4} {'FP':>4} {'FN':>4}     P     R    F1"
    lines = ["Events", header, _row("all", total)]
    lines += [_row(f"  {lang}", t) for lang, t in result.by_language.items()]
    m = total.tp
    lines += [
        "",
        f"Among matched events ({m}; background or aggregate found, not counted: {total.background_found})",
        _fraction("kind (exact)", total.kind_ok, m),
        _fraction("weapon", total.weapon_ok, m),
        _fraction("date (and precision)", total.date_ok, m),
        _fraction(f"place within {MATCH_KM:g} km", total.place_km_ok, m),
        _fraction(f"place within {NEAR_KM:g} km", total.place_near_ok, m),
        _fraction("place same admin1", total.place_admin1_ok, m),
        _fraction("place same name or id", total.place_name_ok, m),
        _fraction("figures low+best+high", total.figures_ok, total.figures),
        _fraction("  low", total.figure_low_ok, total.figures),
        _fraction("  best", total.figure_best_ok, total.figures),
        _fraction("  high", total.figure_high_ok, total.figures),
        _fraction("claim recall", total.claims_found, total.claims),
        _fraction("claim recall (all gold)", total.claims_found, total.claims_all),
        _fraction("  same source", total.claims_source_ok, total.claims_found),
        _fraction("  attribution (agrees)", total.claims_source_close, total.claims_found),
        _fraction("  same hedging", total.claims_hedged_ok, total.claims_found),
        "",
        f"95 % intervals (the reports drawn again {INTERVAL_DRAWS:,} times with replacement)",
    ]
    bounds = result.intervals()
    shown = [("events F1", "f1", total.f1)]
    shown += [(f"  {lang}", f"f1_{lang}", t.f1) for lang, t in result.by_language.items()]
    shown += [("figure best", "figure_best_accuracy", _ratio(total.figure_best_ok, total.figures)),
              ("attribution (agrees)", "claim_source_agreement", _ratio(total.claims_source_close, total.claims_found))]
    for label, name, value in shown:
        b = bounds.get(name)
        lines.append(f"  {label:<24} {_pct(value)}  " + (f"({b[0]:.2f}-{b[1]:.2f})" if b else "(-)"))
    lines += [
        "",
        "Errors by class",
    ]
    for side, counts in result.error_classes().items():
        lines.append(f"  {side}: " + (", ".join(f"{c} {n}" for c, n in counts.items()) or "none"))
    lines += [
        "",
        "Reports",
        header,
    ]
    for r in result.reports:
        lines.append(_row(f"{r.label} [{r.language}]", r.tally))
        if r.error:
            lines.append(f"    error: {r.error}")
        lines += [f"    missed:   [{c}] {d}" for c, d in zip(r.miss_classes, r.missed)]
        lines += [f"    spurious: [{c}] {d}" for c, d in zip(r.spurious_classes, r.spurious)]
        lines += [f"    source:   {line}" for line in r.sources] if sources else []
    return "\n".join(lines)
