"""The resolution test corpus (tests/fixtures/resolution) with its events built by hand, as extraction should find
them, so that resolution is tested whatever the state of the Russian and Ukrainian extraction rules."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from eventledger.model import Claim, Event, Place, Report, Target

CORPUS = Path(__file__).parent / "fixtures" / "resolution"
UTC = timezone.utc

SARATOV = Place("Saratov", "RU", "Saratov Oblast", 51.5331, 46.0342, "city", 498677)
ENGELS = Place("Engels", "RU", "Saratov Oblast", 51.4989, 46.1211, "city", 563464)
SARATOV_OBLAST = Place("Saratov Oblast", "RU", "Saratov Oblast", 51.5, 46.0, "admin1")
SHEBEKINO = Place("Shebekino", "RU", "Belgorod Oblast", 50.4069, 36.8879, "city")
GRAIVORON = Place("Graivoron", "RU", "Belgorod Oblast", 50.4790, 35.6744, "city")
REFINERY = {"en": "Saratov oil refinery", "ru": "Саратовский НПЗ", "uk": "Саратовський НПЗ"}

# file, language, source, source kind, published, date, place, target (name, category), weapon,
# figure quotes [(quote, figure, value)]
SPECS = [
    ("01_ru_governor", "ru", "governor", "official", datetime(2025, 3, 10, 3, 30, tzinfo=UTC), "2025-03-10", SARATOV_OBLAST,
     (REFINERY["ru"], "oil_refinery"), "drone", [("Пострадал один человек", "injured", 1)]),
    ("02_en_outlet", "en", "Example Daily", "media", datetime(2025, 3, 10, 6, tzinfo=UTC), "2025-03-10", SARATOV,
     ("Saratov oil refinery", "oil_refinery"), "drone", [("One person was injured", "injured", 1)]),
    ("03_uk_outlet", "uk", "Приклад", "media", datetime(2025, 3, 10, 8, tzinfo=UTC), "2025-03-10", SARATOV,
     (REFINERY["uk"], "oil_refinery"), "drone", [("постраждали двоє людей", "injured", 2)]),
    ("04_ru_channel", "ru", "Baza", "telegram", datetime(2025, 3, 10, 11, tzinfo=UTC), "2025-03-10", SARATOV,
     (REFINERY["ru"], "oil_refinery"), "drone", [("выросло до трёх", "injured", 3)]),
    ("05_en_update", "en", "Example Wire", "media", datetime(2025, 3, 10, 15, tzinfo=UTC), "2025-03-10", SARATOV,
     ("Saratov oil refinery", "oil_refinery"), "drone",
     [("rose to four", "injured", 4), ("One worker died in hospital", "killed", 1)]),
    ("06_uk_channel", "uk", "місцеві канали", "telegram", datetime(2025, 3, 11, 7, tzinfo=UTC), "2025-03-10", SARATOV,
     (REFINERY["uk"], "oil_refinery"), "drone", [("зросла до п'яти", "injured", 5), ("один працівник загинув", "killed", 1)]),
    ("07_en_again", "en", "Example Daily", "media", datetime(2025, 8, 18, 9, tzinfo=UTC), "2025-08-18", SARATOV,
     ("Saratov oil refinery", "oil_refinery"), "drone", []),
    ("08_en_shebekino", "en", "Example Daily", "media", datetime(2025, 5, 4, 7, tzinfo=UTC), "2025-05-04", SHEBEKINO,
     ("electrical substation", "energy"), "drone", [("Two people were injured", "injured", 2)]),
    ("09_ru_graivoron", "ru", "governor", "official", datetime(2025, 5, 4, 8, tzinfo=UTC), "2025-05-04", GRAIVORON,
     ("жилой дом", "residential"), "drone", [("Ранены три человека", "injured", 3)]),
    ("10_en_engels", "en", "a local channel", "telegram", datetime(2025, 3, 10, 9, tzinfo=UTC), "2025-03-10", ENGELS,
     ("Engels airfield", "airfield"), "drone", []),
]
FIRST_STRIKE = [s[0] for s in SPECS[:6]]


def report(name: str) -> Report:
    spec = next(s for s in SPECS if s[0] == name)
    _, lang, source, kind, published, *_ = spec
    return Report(text=(CORPUS / f"{name}.txt").read_text(encoding="utf-8").strip(), published=published, language=lang,
                  source=source, source_kind=kind, origin=f"{name}.txt")  # type: ignore[arg-type]


def claim(rep: Report, quote: str, value: int | str, *, figure: str | None = None, assertion: str | None = None,
          source: str | None = None, source_kind: str = "unknown") -> Claim:
    start = rep.text.index(quote)
    return Claim(report_id=rep.id, start=start, end=start + len(quote), quote=quote, value=value, figure=figure,
                 assertion=assertion, source=source, source_kind=source_kind)  # type: ignore[arg-type]


def event(name: str) -> tuple[Report, Event]:
    """The report and the one event extraction should find in it."""
    spec = next(s for s in SPECS if s[0] == name)
    _, _, source, kind, _, when, place, (target, category), weapon, figures = spec
    rep = report(name)
    claims = [claim(rep, q, v, figure=f, source=source, source_kind=kind) for q, f, v in figures]
    if target in rep.text:
        claims.append(claim(rep, target, target, assertion="target", source=source, source_kind=kind))
    return rep, Event(kind="strike", date=when, date_precision="day", place=place, weapon=weapon,  # type: ignore[arg-type]
                      target=Target(target, category), claims=tuple(claims), anchor=0)  # type: ignore[arg-type]
