"""One airspace restriction per airport named (ANNOTATION.md): a restriction told for a city, a region or a country
("Moscow's airports stopped work", "restrictions at two Russian airports") and told again for the airports in it is
the general telling of those, not an event of its own; airports named in one list, one of them by its town, stay one
event each. Reports written for this test."""


def places(events):
    return sorted(e.place.key for e in events if e.kind == "airspace_restriction")


def test_ru_a_citys_airports_closed_and_then_named_are_one_event_per_airport(read):
    events = read("Из-за атаки беспилотников в Москве остановили работу аэропорты.\n\nКак сообщили в Росавиации, "
                  "аэропорты Внуково и Домодедово временно прекратили прием и выпуск самолетов.", "ru")
    assert len(places(events)) == 2
    assert all("Airport" in p for p in places(events))


def test_en_a_countrys_airports_counted_and_then_named_are_one_event_per_airport(read):
    events = read("Flight restrictions were introduced at two Russian airports amid a drone attack. Rosaviatsia said "
                  "restrictions were imposed at Kaluga airport and at Vnukovo airport.")
    assert len(places(events)) == 2
    assert "Russia" not in places(events)


def test_uk_a_restriction_in_a_region_with_no_airport_named_stays(read):
    events = read("Через атаку дронів у Московській області обмежили роботу аеропортів, повідомила Росавіація. "
                  "Також обмеження запровадили в аеропорту Калуги.", "uk")
    assert len(places(events)) == 2


def test_ru_airports_counted_beyond_those_named_stay_a_count_of_their_own(read):
    events = read("Временные ограничения введены в аэропорту Ижевска после атаки дронов.\n\nУтром ещё четыре "
                  "российских аэропорта временно приостановили работу.", "ru")
    assert len(places(events)) == 2


def test_ru_another_towns_restriction_after_the_capitals_airports_is_its_own_airports(read):
    events = read("Из-за атаки беспилотников аэропорты Внуково и Домодедово временно прекратили прием и выпуск "
                  "самолетов. Ограничения также действуют в Жуковском.", "ru")
    assert len(places(events)) == 3
