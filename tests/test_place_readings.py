"""Names read as places (issue 10, places): towns named by an adjective that the first suffix rules miss, a town in
"-ки" ("Валуйский округ" is Valuyki) or in "-к" turned to "ц" ("Великобурлуцька громада" is Velykyi Burluk), where the
event fell back to the oblast; and words that are no place, a nationality ("Kazakh"), a river named with its noun
("the Dnipro River"), an outlet's title ("The Moscow Times"). Each shown with a report written for this test."""


def test_an_okrug_named_by_the_adjective_of_a_town_in_ki_ru(read):
    events = read("Украинские войска обстреляли Валуйский округ Белгородской области. Ранены два человека.", "ru")
    assert [(e.kind, e.place.name) for e in events] == [("shelling", "Valuyki")]


def test_a_community_of_a_town_in_k_uk(read):
    events = read("Російські війська обстріляли Великобурлуцьку громаду Харківської області. Поранено двох людей.",
                  "uk")
    assert [(e.kind, e.place.name) for e in events] == [("shelling", "Velykyi Burluk")]


def test_a_community_of_a_town_in_k_ru(read):
    events = read("ВСУ обстреляли Великобурлуцкую громаду Харьковской области. Ранены два человека.", "ru")
    assert [(e.kind, e.place.name) for e in events] == [("shelling", "Velykyi Burluk")]


def test_a_town_the_first_rules_find_keeps_its_reading_ru(read):
    # "курский" is Kursk by the first rule; the "-ки" reading is tried only when nothing else is found
    events = read("Беспилотник атаковал курскую многоэтажку, ранены три человека.", "ru")
    assert [e.place.name for e in events] == ["Kursk"]


def test_a_nationality_is_no_town(read):
    # some gazetteer spells a Kazakh town "Kazakh": the adjective of a citizen is the nationality
    events = read("A Kazakh citizen was injured when a drone hit a house in Kharkiv overnight.")
    assert [e.place.name for e in events] == ["Kharkiv"]


def test_a_river_is_not_the_city_of_its_name(read):
    events = read("Russian forces shelled villages on the right bank of the Dnipro River, injuring two people.")
    assert [e.place for e in events] == [None]


def test_a_river_named_after_its_noun_uk(read):
    events = read("Російські війська обстріляли села на правому березі річки Дніпро, поранено двох людей.", "uk")
    assert [e.place for e in events] == [None]


def test_a_river_named_after_its_noun_ru(read):
    events = read("ВСУ обстреляли села на левом берегу реки Днепр, ранены два человека.", "ru")
    assert [e.place for e in events] == [None]


def test_the_city_alone_is_still_the_city(read):
    events = read("A drone hit a house in Dnipro, injuring two people.")
    assert [e.place.name for e in events] == ["Dnipro"]


def test_a_community_named_by_its_town_after_the_article(read):
    # "the X" alone is more likely a river or a region ("over the Dnipro"); "the X hromada" is the town's community
    events = read("Russian forces shelled the Velykyi Burluk hromada in Kharkiv Oblast, killing a local resident.")
    assert [(e.kind, e.place.name) for e in events] == [("shelling", "Velykyi Burluk")]


def test_an_outlet_named_after_a_city_is_no_place(read):
    events = read("A drone hit an oil depot in Kursk overnight, injuring two people, The Moscow Times reported.")
    assert [(e.kind, e.place.name) for e in events] == [("strike", "Kursk")]


def test_an_outlet_opening_the_report_is_no_place(read):
    events = read("The Kyiv Independent reported that a drone hit a house in Kharkiv, injuring two people.")
    assert [e.place.name for e in events] == ["Kharkiv"]
