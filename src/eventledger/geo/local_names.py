"""A place's name in the report's language, in its dictionary form: "в районе Калуги" -> "Калуга", "у Харкові" ->
"Харків", "Белгородской области" -> "Белгородская область".

The gazetteer's own names are English (GeoNames' names), and a report's words carry the sentence's case. Shown
as written, one town reads as many names; shown in English only, a Russian desk reads its own news in transliteration.
So a place found in Russian or Ukrainian text is named by the nominative of the words that named it (every word put in
the nominative by pymorphy3, keeping gender and number, so that adjectives agree), but only a form the gazetteer
itself holds for that very place: an unconfirmed guess keeps the English name. Subdivisions, countries and seas are
named from the hand data and CLDR, which give their proper names whatever the text wrote ("Белгородщина").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any

import yaml

from eventledger.geo.build import DATA_DIR
from eventledger.lang import YAML_LOADER
from eventledger.model import Place

CYRILLIC_LANGS = ("ru", "uk")
MAX_FORMS = 64  # combinations of word forms tried for one name
_PARTS = re.compile(r"(\s+|-)")
_DECLINED = {"NOUN", "ADJF", "PRTF"}


def nominatives(surface: str, lang: str) -> list[str]:
    """Candidate dictionary forms of a name as written, most likely first: every word in the nominative, then mixes
    with words left as written ("аэропорту Калуги" -> "аэропорт Калуга", "аэропорт Калуги", ...), the words as written
    last."""
    parts = _PARTS.split(" ".join(surface.split()))
    options = [[p] if i % 2 else _word_forms(p, lang) for i, p in enumerate(parts)]
    return ["".join(combo) for combo in itertools.islice(itertools.product(*options), MAX_FORMS)]


@lru_cache(maxsize=8192)
def _word_forms(word: str, lang: str) -> list[str]:
    from eventledger.extract.normal_form import _analyzer, _same_case

    forms = []
    for parse in _analyzer(lang).parse(word):
        if parse.tag.POS in _DECLINED and parse.tag.case:
            inflected = parse.inflect({"nomn"})
            if inflected is not None:
                forms.append(_same_case(word, inflected.word))
    forms.append(word)
    return list(dict.fromkeys(forms))


def data_name(place: Place, lang: str) -> str | None:
    """The proper name of a subdivision, country or sea in `lang` from the hand data and CLDR; None for the rest."""
    if lang not in CYRILLIC_LANGS or place.offset is not None:
        return None
    english = place.name_en or place.name
    if place.precision == "country" and place.country:
        return _country_names(lang).get(place.country)
    if place.precision == "admin1":
        return _admin1_names(lang).get(english)
    if place.precision in ("sea", "region"):
        return _area_names(lang).get(english)
    return None


def localized(place: Place | None, lang: str) -> Place | None:
    """`place` named in `lang` where the data knows its name (see `data_name`); otherwise as it is."""
    if place is None:
        return None
    name = data_name(place, lang)
    return replace(place, name=name, name_en=place.name_en or place.name) if name else place


def joined(places: list[Place]) -> tuple[str, str]:
    """The name and English name of a place made of several areas ("Курская область, Черное море")."""
    return ", ".join(p.name for p in places), ", ".join(p.name_en or p.name for p in places)


@cache
def _country_names(lang: str) -> dict[str, str]:
    from babel import Locale

    return {code: name for code, name in Locale(lang).territories.items() if len(code) == 2 and code.isalpha()}


@cache
def _admin1_names(lang: str) -> dict[str, str]:
    data: dict[str, Any] = yaml.load((DATA_DIR / "admin1.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
    return {v["en"]: v[lang] for v in data.values() if isinstance(v, dict) and v.get("en") and v.get(lang)}


@cache
def _area_names(lang: str) -> dict[str, str]:
    data = yaml.load((DATA_DIR / "areas.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER) or []
    return {a["names"]["en"][0]: a["names"][lang][0] for a in data if a.get("names", {}).get(lang)}
