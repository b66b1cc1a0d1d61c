"""A region told first in a report, in its lead, naming no finer place of its own ("Окупанти вдарили по енергетичних
підстанціях на Полтавщині"), and the one incident inside it told later at its district ("ударів по території
Кременчуцького району"): the lead and the body that retell it are one event (ANNOTATION.md), though the region's
telling has a target of its own (dup12). A lead that names a finer place without its name ("у селищі на Полтавщині",
"в деревне Белгородской области", "a village in the Kharkiv region") stands for that place, another incident, and
stays; so does one that recalls an earlier incident. The rules' own proposals are read (`proposed`, before the
learned pair decision). Reports written for these tests."""

from datetime import datetime, timezone

import pytest

from eventledger.extract.pipeline import proposed
from eventledger.model import Report

PUBLISHED = datetime(2025, 3, 10, 8, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def rules(gazetteer):
    def read(text: str, lang: str) -> list[str | None]:
        events = proposed(Report(text=text, published=PUBLISHED, language=lang), gazetteer)[0]
        return [e.place.key if e.place else None for e in events]
    return read


UK = ("Окупанти вдарили по енергетичних підстанціях {where}Полтавщині. Так повідомили в ОВА.\nВночі окупанти завдали "
      "ударів по території Кременчуцького району. Так повідомив голова району.")
RU = ("ВСУ ударили по энергетическим подстанциям в {where}Белгородской области. Так сообщили в правительстве региона.\n"
      "Ночью ВСУ нанесли удары по территории Шебекинского округа. Так сообщил глава округа.")


def test_uk_the_leads_region_is_the_district_told_later(rules):
    assert rules(UK.format(where="на "), "uk") == ["Kremenchuk Raion"]


def test_ru_the_leads_region_is_the_district_told_later(rules):
    assert rules(RU.format(where=""), "ru") == ["Shebekino"]


def test_uk_a_lead_naming_a_village_stays_its_own_incident(rules):
    assert len(rules(UK.format(where="у селищі на "), "uk")) == 2


def test_ru_a_lead_naming_a_village_stays_its_own_incident(rules):
    assert len(rules(RU.format(where="деревне "), "ru")) == 2
