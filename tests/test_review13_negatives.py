"""Misreadings an independent review found in the ninth session's extraction rules (review 13), each with the
sentence that showed it and the reading it must keep. Sentences written for this test (no evaluation text)."""

import pytest

from eventledger.extract.attribution import SourceBook
from eventledger.extract.incidents import damaged, trigger
from eventledger.extract.segment import Span
from report_reading import figures


def _kind(text: str, lang: str) -> str | None:
    found = trigger(text, lang, war_nearby=lambda: True)
    return found.kind if found else None


def _speaker(text: str, lang: str):
    span = Span(0, len(text), text)
    return SourceBook(text, lang).speaker(span, span)


# --- 1. a reflexive verb ("сказался", "распространился") is no speech verb ---------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("После удара дронов по нефтебазе в Брянске огонь распространился на соседний цех, пострадали двое рабочих.", "ru"),
    ("Удар ракеты по котельной в Курске сказался на отоплении района, пострадал один человек.", "ru"),
    ("Атака дронів на підстанцію в Полтаві сказалася на водопостачанні, постраждала одна людина.", "uk"),
])
def test_a_reflexive_verb_is_no_speech_verb(text, lang):
    speaker = _speaker(text, lang)
    assert speaker is None or speaker.name is None


@pytest.mark.parametrize("text, lang, source", [
    ("Губернатор Иван Петров сказал, что пострадали два человека.", "ru", "Иван Петров"),
    ("Пресс-служба мэрии распространила заявление о пострадавших.", "ru", "Пресс-служба мэрии"),
    ("Начальник ОВА Іван Петренко сказав, що постраждали двоє людей.", "uk", "Іван Петренко"),
])
def test_the_speech_verbs_still_name_their_speaker(text, lang, source):
    assert source in _speaker(text, lang).name


# --- 2. the drone that fired is the verb's subject, not a drone attack told before --------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("After the drone attacks Russia fired missiles at Dnipro, damaging a hospital.", "en"),
    ("После атаки беспилотников Россия запустила ракеты по Запорожью, повреждена больница.", "ru"),
    ("Після атаки дронів росіяни випустили ракети по Запоріжжю, пошкоджено лікарню.", "uk"),
])
def test_a_drone_attack_before_is_not_the_missiles_carrier(read, text, lang):
    assert [e.weapon for e in read(text, lang)] == ["missile"]


# --- 4, 5. words of the air-force summary and of other wars, not events of their own -----------------------------------

@pytest.mark.parametrize("text", [
    "A cargo plane was lost from radar over the Black Sea, the airline said.",
    "Ukrainian units are jamming Russian drones along the whole front, the army said.",
    "A Russian patrol boat rammed a fishing vessel near Izmail, the military said.",
])
def test_english_words_that_tell_no_incident(text):
    assert _kind(text, "en") is None


def test_projectiles_fired_in_ground_fighting_are_no_interception(read):
    events = read("Ukrainian troops repelled an assault near Kupiansk, firing projectiles at Russian positions.")
    assert "interception" not in [e.kind for e in events]


# --- 6. a war's scene is still where an incident told right after it happened -------------------------------------------

@pytest.mark.parametrize("text, lang, place", [
    ("Russia pressed its offensive in Donetsk region, where a missile hit a school on Monday.", "en", "Donetsk"),
    ("Боец погиб в бою под Покровском, когда снаряд попал в блиндаж.", "ru", "Покровск"),
    ("Боєць загинув у бою під Покровськом, коли снаряд влучив у бліндаж.", "uk", "Покровськ"),
])
def test_a_war_scene_with_an_incident_told_there_keeps_its_place(read, text, lang, place):
    events = read(text, lang)
    assert events and events[0].place is not None and place in events[0].place.name


def test_a_death_in_combat_alone_is_still_the_war(read):
    assert read("Боец погиб в бою под Покровском, сообщили родственники.", "ru") == []


# --- 7. damage denied or only possible is none ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Над Орлом сбит беспилотник, обломки не повредили дома, пострадавших нет.", "ru"),
    ("Над Орлом сбит беспилотник, обломки упали в поле, пожара нет.", "ru"),
    ("Над Полтавою збито дрон, уламки могли пошкодити будинки, інформація уточнюється.", "uk"),
    ("A drone was shot down over Sumy; its debris caused no damage.", "en"),
])
def test_denied_or_possible_debris_damage_is_no_strike(read, text, lang):
    assert [e.kind for e in read(text, lang)] == ["interception"]


@pytest.mark.parametrize("text, lang, expected", [
    ("обломки повредили крышу дома", "ru", True),
    ("обломки не повредили дома", "ru", False),
    ("повреждений нет", "ru", False),
    ("уламки пошкодили авто", "uk", True),
    ("уламки могли пошкодити будинки", "uk", False),
    ("debris damaged two houses", "en", True),
    ("debris could have damaged the houses", "en", False),
])
def test_damage_told_or_denied(text, lang, expected):
    assert damaged(text, lang, debris=True) is expected


# --- 8. one target named for a list of places keeps one event ----------------------------------------------------------

def test_one_target_for_a_list_of_places_keeps_one_event(read):
    events = read("Дроны атаковали нефтебазу в Брянской области и Крыму.", "ru")
    assert [e.kind for e in events] == ["strike"] and events[0].target is not None


# --- 9. a question or an alternative states no zero ---------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Выясняется, есть или нет пострадавших. Ночью беспилотник атаковал Орёл, повреждён склад.", "ru"),
    ("Наразі невідомо, є чи немає постраждалих. Вночі дрон атакував Полтаву, пошкоджено склад.", "uk"),
])
def test_an_alternative_is_no_stated_zero(read, text, lang):
    (e,) = [e for e in read(text, lang) if e.kind == "strike"]
    assert figures(e).get("killed") != 0


@pytest.mark.parametrize("text, lang", [
    ("Ночью беспилотник атаковал Орёл, нет ни погибших, ни пострадавших.", "ru"),
    ("Ночью беспилотник атаковал Орёл, нет пострадавших.", "ru"),
    ("Вночі дрон атакував Полтаву, немає постраждалих.", "uk"),
])
def test_a_stated_zero_still_counts(read, text, lang):
    (e,) = [e for e in read(text, lang) if e.kind == "strike"]
    assert figures(e).get("injured") == 0


# --- 10. uk "уразили": air defence the subject, or what flies the object -------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Сили оборони уразили корабель-носій ракет у Новоросійську.", "strike"),
    ("Сили оборони уразили склад дронів у Донецьку.", "strike"),
    ("Сили ППО уразили ворожу ціль над Полтавою.", "interception"),
    ("Уночі оборонці неба уразили 15 ворожих дронів.", "interception"),
])
def test_ukrainian_struck_is_an_interception_only_of_what_flies(text, kind):
    assert _kind(text, "uk") == kind


# --- parity: the constructions uk has, in ru too ---------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Снаряд разорвался во дворе многоэтажки.", "shelling"),
    ("Во дворе разорвались два снаряда.", "shelling"),
    ("Авиация разбомбила мост через реку.", "strike"),
    ("Самолёты бомбили село всю ночь.", "strike"),
    ("Ракета угодила в жилой дом.", "strike"),
    ("Дрон взорвался у жилого дома.", "strike"),
    ("Зенитчики подбили два дрона.", "interception"),
    ("Расчёты ПВО поразили 21 беспилотник.", "interception"),
    ("Над морем пролетел стратегический бомбардировщик.", None),
    ("Новый фильм поразил зрителей.", None),
    ("Армия поразила склад ракет.", None),
])
def test_russian_has_the_ukrainian_constructions(text, kind):
    assert _kind(text, "ru") == kind


# --- parity: a campaign's scene and a state acting, in ru and uk as in en ----------------------------------------------

@pytest.mark.parametrize("text, lang, place", [
    ("Россия продолжает наступление на Покровск, а ракета попала в школу в Днепре, погибли два человека.", "ru", "Днепр"),
    ("Росія продовжує наступ на Покровськ, а ракета влучила у школу в Дніпрі, загинули двоє людей.", "uk", "Дніпро"),
])
def test_an_offensive_and_the_state_that_presses_it_are_no_places(read, text, lang, place):
    events = read(text, lang)
    assert len(events) == 1 and place in events[0].place.name


@pytest.mark.parametrize("text, lang", [
    ("Беспилотник атаковал рынок в Донецке, погибли три человека, сообщил чиновник в Москве.", "ru"),
    ("Дрон атакував ринок у Сумах, загинули троє людей, повідомили чиновники в Києві.", "uk"),
])
def test_officials_in_a_place_speak_from_it(read, text, lang):
    assert len([e for e in read(text, lang) if e.kind == "strike"]) == 1
