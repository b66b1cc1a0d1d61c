""""Moscow airport", "аэропорт Москвы", "Kyiv airport": a city with several airliner airports names none of them, so the
phrase is the airport the report names by its own name, else the city, never the gazetteer's first airport (issue
10, wrong place). Each report here was written for the test."""


from report_reading import kinds

from eventledger.geo.named_airports import named_airports


def tops(gazetteer, text, lang):
    return [(m.text, m.candidates[0].place.key) for m in named_airports(gazetteer.find(text, lang), text, lang, gazetteer)]


def test_en_a_city_airport_is_the_city(gazetteer):
    assert tops(gazetteer, "Flights at a Moscow airport were halted after a drone attack.", "en") == [
        ("Moscow airport", "Moscow")]


def test_en_the_airport_named_later(gazetteer):
    found = tops(gazetteer, "A Moscow airport halted flights. Vnukovo airport reopened two hours later.", "en")
    assert found[0][1] == found[1][1] and "Vnukovo" in found[0][1]


def test_ru_the_city_of_several_airports(gazetteer):
    assert [key for _, key in tops(gazetteer, "Введены ограничения в аэропорту Москвы.", "ru")] == ["Moscow"]


def test_one_airliner_airport_stays(gazetteer):
    assert "Airport" in tops(gazetteer, "Flights were halted at Kazan airport after a drone attack.", "en")[0][1]
    assert "Airport" in tops(gazetteer, "Аэропорт Сочи временно закрыт.", "ru")[0][1]


def test_a_report_of_a_halt_at_a_city_airport(read):
    events = read("Flights at a Moscow airport were suspended on Tuesday after drones attacked the capital, the "
                  "mayor said.", "en")
    assert all(place is None or "Bykovo" not in place for _, place in kinds(events))


def test_ru_an_airport_after_its_city_and_said_again_alone(gazetteer):
    text = "В Пулково ввели ограничения. В аэропорту Санкт-Петербурга Пулково ограничили приём самолётов."
    found = tops(gazetteer, text, "ru")
    assert [key for name, key in found if name == "Пулково"] == ["Pulkovo Airport", "Pulkovo Airport"]


def test_uk_an_airport_said_again_alone(gazetteer):
    text = "Аеропорт Домодедово закрили. У Домодедово збили безпілотник."
    assert {key for _, key in tops(gazetteer, text, "uk")} == {"Domodedovo International Airport"}


def test_a_town_with_no_airport_told_stays_a_town(gazetteer):
    assert tops(gazetteer, "Обстрел Домодедово. Дрон упал в Подольске.", "ru")[0][1] == "Domodedovo"
