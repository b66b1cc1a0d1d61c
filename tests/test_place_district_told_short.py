"""A district told by its bare adjective and a dash after one named in full ("у Богодухівському районі ..., у
Куп'янському - ...") is that district (issue 10, wrong place). Each report here was written for the test."""


def test_a_ukrainian_district_told_by_its_adjective_after_a_dash(read):
    events = read("Ворог атакував область дронами. У Чугуївському районі пошкоджено приватні будинки, у Ізюмському - "
                  "склад та автомобіль.", "uk")
    assert "Iziumske" not in [e.place.name_en for e in events if e.place]
    assert "Izyum Raion" in [e.place.name_en for e in events if e.place]


def test_a_city_district_told_short_stays_in_the_city(read):
    events = read("Украинские войска обстреляли Донецк из артиллерии. В Ворошиловском районе Донецка ранены две "
                  "женщины, в Куйбышевском – мужчина.", "ru")
    assert all(e.place is None or e.place.country == "UA" for e in events)


def test_no_district_named_in_full_leaves_the_adjective_alone(gazetteer):
    from eventledger.geo.district_told_short import districts_told_short

    text = "В Харківському - нічого нового, заявив посадовець."
    assert districts_told_short(gazetteer.find(text, "uk"), text, "uk", gazetteer) == gazetteer.find(text, "uk")
