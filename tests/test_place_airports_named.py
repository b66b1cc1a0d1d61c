"""An airport told by its own name ("в аэропорту Домодедово", "Sheremetyevo and Vnukovo airports") is that airport, at
its ICAO point, not the town it is named after or nothing (issue 10, class 6). Each report here was written for the
test."""


from eventledger.geo.named_airports import named_airports


def test_a_russian_restriction_at_an_airport_told_by_its_name(read):
    events = read("Временные ограничения введены на работу аэропорта Шереметьево с 9:45 для обеспечения безопасности "
                  "полетов, сообщила Росавиация.", "ru")
    assert [(e.kind, e.place.key) for e in events] == [("airspace_restriction", "Sheremetyevo International Airport")]


def test_an_airport_is_not_the_town_it_is_named_after(read):
    events = read("В аэропорту Домодедово введены временные ограничения на прием и выпуск воздушных судов.", "ru")
    assert [e.place.key for e in events] == ["Domodedovo International Airport"]


def test_every_airport_of_a_list_after_the_noun(gazetteer):
    text = "В аэропортах Шереметьево, Внуково и Пулково сняты все ограничения."
    found = named_airports(gazetteer.find(text, "ru"), text, "ru", gazetteer)
    assert [m.candidates[0].feature for m in found] == ["airport", "airport", "airport"]


def test_english_names_before_airports(gazetteer):
    text = "Flights were halted at Sheremetyevo and Vnukovo airports after a drone attack."
    found = named_airports(gazetteer.find(text, "en"), text, "en", gazetteer)
    assert [m.candidates[0].place.key for m in found] == ["Sheremetyevo International Airport",
                                                          "Vnukovo International Airport"]


def test_ukrainian_airport_told_by_its_name(gazetteer):
    text = "Дрон атакував аеропорт Внуково вночі."
    found = named_airports(gazetteer.find(text, "uk"), text, "uk", gazetteer)
    assert [m.candidates[0].place.key for m in found] == ["Vnukovo International Airport"]


def test_a_town_without_the_noun_stays_a_town(gazetteer):
    text = "Беспилотник упал в Домодедово, повреждён жилой дом."
    found = named_airports(gazetteer.find(text, "ru"), text, "ru", gazetteer)
    assert [m.candidates[0].feature for m in found] == ["city"]


def test_an_airfield_in_its_region_is_one_place_inside_it(read):
    """The gazetteer lists Dyagilevo by a city spelt otherwise: it still lies in Ryazan Oblast, so the region named
    with it and again for the injured is the airfield's, not a second strike."""
    events = read("Ukrainian drones attacked the Dyagilevo airfield in the Ryazan region overnight, the governor said. "
                  "Two people were injured in the Ryazan region.")
    assert [(e.kind, e.place.key, e.place.admin1) for e in events] == [("strike", "Dyagilevo Air Base", "Ryazan Oblast")]


def test_russian_airfield_in_its_region(read):
    events = read("Беспилотники атаковали аэродром Дягилево в Рязанской области, пострадали два человека.", "ru")
    assert [e.place.key for e in events] == ["Dyagilevo Air Base"]


def test_airports_named_in_quotes_after_a_dash_are_those_airports(read):
    # the same airports told twice in one post, once in quotes, are read as the same airports: one event each
    events = read("После атаки беспилотников два аэропорта — «Домодедово» и «Внуково» — приостановили полеты. Позже "
                  "в аэропорту Домодедово ограничения продлили.", "ru")
    restrictions = [e.place.key for e in events if e.kind == "airspace_restriction"]
    assert sorted(restrictions) == ["Domodedovo International Airport", "Vnukovo International Airport"]


def test_airports_in_quotes_joined_by_and(gazetteer):
    text = "В аэропортах «Внуково» и «Шереметьево» объявлен план «Ковёр»."
    found = named_airports(gazetteer.find(text, "ru"), text, "ru", gazetteer)
    assert [m.candidates[0].feature for m in found if m.candidates[0].feature == "airport"] == ["airport", "airport"]
