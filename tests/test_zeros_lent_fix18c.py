"""fix18c (review18e): what fig18's lending of a stated zero must not do, and "used" weapons read as launched.
Reports written for this test (en/ru/uk). A zero is lent only between events at one place (or a town and its
district), only to an event with no casualty count of its own, and never when it is told of a group only; weapons
"used" are not read as launched (air-defence missiles, decoys and a period's totals are told so)."""

import pytest


def _harm(events, kind):
    return sorted((c.figure, c.value) for e in events if e.kind == kind for c in e.claims
                  if c.figure in ("killed", "injured", "hospitalized", "critical"))


@pytest.mark.parametrize("text, lang", [
    # a country's interception takes no town's zero
    ("Russian air defence units destroyed 25 Ukrainian drones over Russia overnight, the defence ministry "
     "reported. The drone strike on Kursk caused no casualties, the governor said.", "en"),
    ("Ночью над территорией России средства ПВО уничтожили 25 украинских беспилотников, сообщили в Минобороны. "
     "Удар по Курску обошелся без пострадавших, сообщил губернатор.", "ru"),
    ("Цієї ночі над Україною сили ППО знищили 25 ворожих дронів, повідомили в Повітряних силах. Внаслідок удару по "
     "Одесі ніхто не постраждав, повідомив мер.", "uk"),
    # nor an oblast's: others may have been killed elsewhere in it
    ("Air defence forces shot down eight drones over the Sumy region on Tuesday night, the regional governor said. "
     "The strike on Sumy caused no casualties. Separately, Russian shelling of Shostka killed a man.", "en"),
])
def test_no_zero_lent_to_a_country_or_an_oblast(read, text, lang):
    assert _harm(read(text, lang), "interception") == []


@pytest.mark.parametrize("text, lang, killed", [
    ("Air defences repelled a drone attack on Odesa overnight, and nobody was hurt, the mayor said. In Odesa, a drone "
     "crashed into a residential building, killing two people.", "en", 2),
    ("Ночью ПВО отразила атаку беспилотников на Белгород, пострадавших нет, сообщил мэр. В Белгороде беспилотник "
     "попал в жилой дом, погибли четыре человека.", "ru", 4),
    ("Вночі ППО відбила атаку дронів на Одесу, постраждалих немає, повідомив мер. В Одесі дрон влучив у житловий "
     "будинок, загинули двоє людей.", "uk", 2),
])
def test_an_event_counting_harm_takes_no_zero(read, text, lang, killed):
    harm = [h for e in read(text, lang) if e.kind != "interception" for h in _harm([e], e.kind)]
    assert ("killed", killed) in harm
    assert all(value != 0 for _, value in harm)


@pytest.mark.parametrize("text, lang", [
    ("KURSK - Air defences shot down four drones over Kursk overnight, the governor said. The strike on Kursk caused "
     "no civilian casualties, he added.", "en"),
    ("Ночью над Курском сбиты четыре беспилотника, сообщил губернатор. Удар по Курску обошелся без пострадавших среди "
     "мирного населения.", "ru"),
    ("Вночі над Херсоном збили чотири дрони, повідомив голова ОВА. Удар по Херсону обійшовся без постраждалих серед "
     "військових.", "uk"),
])
def test_a_zero_of_a_group_is_not_lent(read, text, lang):
    assert _harm(read(text, lang), "interception") == []


@pytest.mark.parametrize("text, lang", [
    ("KYIV - Russia attacked Kyiv with 30 drones overnight. Six NASAMS missiles were used to repel the attack, the "
     "air force said.", "en"),
    ("KYIV - Fifteen interceptor drones were used to bring the attackers down over Kyiv overnight, the city said.", "en"),
    ("KYIV - Russia struck Kyiv overnight. Since the start of the month, 2,500 drones have been used against Ukraine, "
     "the air force said.", "en"),
    ("Ночью ВСУ атаковали Белгород беспилотниками. Для отражения атаки было применено 8 ракет комплекса «Бук».", "ru"),
    ("Ночью ВСУ атаковали Курск. Только с начала месяца противником было использовано 2000 беспилотников.", "ru"),
    ("Вночі росіяни атакували Київ. Для відбиття атаки було використано 9 ракет NASAMS.", "uk"),
    ("Вночі росіяни атакували Дніпро. Для знищення дронів було застосовано 11 дронів-перехоплювачів.", "uk"),
])
def test_weapons_used_are_not_read_as_launched(read, text, lang):
    # "attacked Kyiv with 30 drones" is the attack's own launch count
    assert [c.value for e in read(text, lang) for c in e.claims if c.figure == "launched" and c.value != 30] == []
