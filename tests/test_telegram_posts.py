"""Russian and Ukrainian Telegram channel posts: short, with markdown and emoji, often no incident at all. A post that
names a place in its headline and then talks (a plan, an interview, a crime, a feature) proposes no event at that
place; a post that tells an attack with its toll or its attacker keeps the place it is about. Our own posts."""

from __future__ import annotations

import pytest

from report_reading import kinds, reader


@pytest.mark.parametrize(("text", "lang"), [
    # a headline names the place; the attack words later are talk, with nothing of their own
    ("**Представитель ВСУ: наступление на Запорожье возможно**\n\nВ Запорожской области ждут перемен. "
     "«Атаки могут начаться в любой день», — сказал он. ❗ [Подписывайся](https://t.me/+abc)", "ru"),
    ("**Посол в Лондоне заявил, что НАТО не готово к войне**\n\nПо его словам, у альянса не хватит ракет, "
     "чтобы отразить атаки управляемыми авиабомбами.", "ru"),
    ("Москвич с балкона на Ленинском проспекте атакует соседей бутылками с водой. Полиция его задержала.", "ru"),
    ("**Депутат з Одеси: про удари по Росії треба говорити відверто**\n\nВін вважає, що удари — це частина "
     "переговорів. 👉 [Підписатися](https://t.me/+xyz)", "uk"),
])
def test_a_post_that_only_talks_proposes_no_event_at_its_headline_place(gazetteer, text: str, lang: str) -> None:
    assert reader(gazetteer)(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "kind"), [
    # the place is told first, the attack after it with a toll: the place the post is about
    ("❗️**Шебекино**\n\nУтром ВСУ нанесли удар дроном. Ранены два человека.", "ru", "strike"),
    ("**Харків**\n\nВночі ворог завдав удару. Поранено трьох людей.", "uk", "strike"),
])
def test_an_attack_with_its_toll_keeps_the_place_the_post_is_about(gazetteer, text: str, lang: str, kind: str) -> None:
    assert [k for k, _ in kinds(reader(gazetteer)(text, lang))] == [kind]


@pytest.mark.parametrize(("text", "lang"), [
    ("**Не трогайте!**\n\nОбломки сбитого беспилотника нашли в Курской области. ❗ [Подписывайся](https://t.me/+abc)", "ru"),
    ("Уламки збитого дрона знайшли на полі у Сумській області 👉 [Підписатися](https://t.me/+xyz)", "uk"),
])
def test_debris_that_did_no_damage_tells_of_a_drone_downed_there(gazetteer, text: str, lang: str) -> None:
    assert [k for k, _ in kinds(reader(gazetteer)(text, lang))] == ["interception"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Обломки сбитого беспилотника повредили крышу дома в Курской области.", "ru"),
    ("Уламки збитого дрона пошкодили дах будинку в Сумській області.", "uk"),
])
def test_debris_that_damaged_a_house_is_a_strike_there(gazetteer, text: str, lang: str) -> None:
    # ... and the drone was downed there: an interception at the same place (extract/downed_over.py)
    assert [k for k, _ in kinds(reader(gazetteer)(text, lang))] == ["strike", "interception"]


@pytest.mark.parametrize(("text", "lang"), [
    ("✈️ Ограничения на прилёт и вылет в аэропорту Казани введены утром.", "ru"),
    ("✈️ Обмеження на приліт і виліт в аеропорту Казані запровадили вранці.", "uk"),
])
def test_arrivals_and_departures_are_flights_not_a_strike(gazetteer, text: str, lang: str) -> None:
    assert [k for k, _ in kinds(reader(gazetteer)(text, lang))] == ["airspace_restriction"]


@pytest.mark.parametrize(("text", "lang", "strike"), [
    ("Ночью над Белгородской областью сбиты три беспилотника, ещё один дрон атаковал Курскую область.", "ru",
     "Kursk Oblast"),
    ("Уночі над Сумщиною збито три дрони, ще один дрон атакував Харківщину.", "uk", "Kharkiv Oblast"),
])
def test_what_a_comma_and_another_drone_did_is_a_clause_of_its_own(gazetteer, text: str, lang: str, strike: str) -> None:
    assert ("strike", strike) in kinds(reader(gazetteer)(text, lang))
