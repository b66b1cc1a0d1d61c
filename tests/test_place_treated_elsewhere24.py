"""Where the wounded were flown, sent or taken for treatment, or are being treated, is not where they were hurt
(origin_markers of lang/<code>/events.yaml): "отправили на лечение в Донецк", "доставили гелікоптером до Дніпра",
"who are being treated in Dnipro". The town of the incident stays its only place. Reports written for these tests."""

import pytest


def places(events):
    return sorted({e.place.key if e.place else None for e in events})


@pytest.mark.parametrize("text, lang, where", [
    ("После обстрела Горловки раненых отправили на лечение в Донецк.", "ru", ["Horlivka"]),
    ("Дрон атаковал автомобиль в Никополе, ранены двое мужчин, их доставили вертолётом в Днепр.", "ru", ["Nikopol"]),
    ("Після обстрілу Херсона поранених відправили на лікування до Одеси.", "uk", ["Kherson"]),
    ("Дрон атакував автомобіль у Нікополі, поранено двох чоловіків, їх доставили гелікоптером до Дніпра.", "uk",
     ["Nikopol"]),
    ("Two soldiers wounded in the shelling of Horlivka were sent for treatment to Donetsk.", "en", ["Horlivka"]),
    ("A drone hit a car in Nikopol, wounding two men, who are being treated in Dnipro.", "en", ["Nikopol"]),
])
def test_the_town_the_wounded_were_taken_to_is_no_place_of_the_incident(read, text, lang, where):
    assert places(read(text, lang)) == where


def test_a_town_hit_after_a_transport_word_stays_a_place(read):
    events = read("Дрон атаковал автомобиль в Никополе. Вечером ракета попала в больницу в Днепре.", "ru")
    assert places(events) == ["Dnipro", "Nikopol"]


@pytest.mark.parametrize("text, lang, where", [
    # the wounded taken to a town, the people or the means told before the verb: still no place of the incident
    ("В Грайвороне дрон ударил по машине, пострадавших эвакуировали в Курск.", "ru", ["Grayvoron"]),
    ("У Краматорську дрон влучив у авто, пораненого літаком евакуювали до Львова.", "uk", ["Kramatorsk"]),
    # where the wounded are treated gives way to the incident's own town ...
    ("Two men were wounded in Nikopol by drone fire; they are being treated in Dnipro.", "en", ["Nikopol"]),
])
def test_the_town_the_wounded_were_taken_to_gives_way(read, text, lang, where):
    assert places(read(text, lang)) == where


@pytest.mark.parametrize("text, lang, where", [
    # residents evacuated within the town, told in the locative: the town is where
    ("Дрон попал в подъезд, эвакуированы жители дома в Курске, ранены двое.", "ru", ["Kursk"]),
    ("Дрон влучив у під'їзд, евакуювали мешканців будинку в Сумах, поранено двох.", "uk", ["Sumy"]),
    # supplies taken to a town: the town is where it happened to them
    ("Водители доставили продукты в Купянск и попали под обстрел, погиб один человек.", "ru", ["Kupyansk"]),
    # the wounded put in hospital in the only town the report names: the town is where
    ("После удара ракеты госпитализированы трое человек в Николаеве.", "ru", ["Mykolaiv"]),
    ("Після удару ракети госпіталізовано трьох людей у Миколаєві.", "uk", ["Mykolaiv"]),
    # ... and treated there, as the only place told
    ("Four people were treated in Zaporizhzhia after a Russian drone struck a shop.", "en", ["Zaporizhzhia"]),
])
def test_the_town_of_the_incident_stays_by_words_of_transport_or_treatment(read, text, lang, where):
    assert places(read(text, lang)) == where
