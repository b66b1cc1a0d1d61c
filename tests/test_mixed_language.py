"""A report that quotes another language is read sentence by sentence, each with its own language's words."""

from datetime import datetime, timezone

from eventledger.extract.language import other_language_sentences
from eventledger.extract.pipeline import extract
from eventledger.model import Report

MIXED = """Ukraine's Air Force said Russia had launched drones overnight. The governor of Kharkiv Oblast wrote on Telegram:
Внаслідок удару по Харкову поранено семеро людей, серед них двоє дітей.
A drone also hit an apartment building in Zaporizhzhia, injuring three people, the regional administration said.
"""


def test_only_the_quoted_sentence_is_another_language():
    others = other_language_sentences(MIXED, "en")
    assert [MIXED[start:end] for start, (end, _) in others.items()] == [
        "Внаслідок удару по Харкову поранено семеро людей, серед них двоє дітей."
    ]
    assert {code for _, code in others.values()} == {"uk"}


def test_single_language_reports_are_not_split():
    assert other_language_sentences("Drones hit Kursk. Two people were injured.", "en") == {}
    assert other_language_sentences("Беспилотник атаковал Курск. Пострадавших нет.", "ru") == {}


def test_each_sentence_yields_its_incident(gazetteer):
    report = Report(text=MIXED, published=datetime(2025, 9, 28, tzinfo=timezone.utc), language="en")
    by_place = {e.place.key: e for e in extract(report, gazetteer) if e.place}
    assert by_place["Kharkiv"].figures["injured"].best == 7
    assert by_place["Zaporizhzhia"].figures["injured"].best == 3
