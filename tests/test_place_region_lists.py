"""Regions listed before one plural region word are the regions, not their cities or namesakes (issue 10, wrong place:
the precision of a place). Each report here was written for the test."""


from eventledger.geo.region_lists import read_as_region_lists


def regions(gazetteer, text, lang):
    return [m.candidates[0].place.name_en for m in read_as_region_lists(gazetteer.find(text, lang), text, lang, gazetteer)
            if m.candidates]


def test_an_english_list_of_regions_is_the_regions(gazetteer):
    found = regions(gazetteer, "The ministry said drones were destroyed over the Bryansk, Smolensk and Tula regions.", "en")
    assert {"Bryansk Oblast", "Smolensk Oblast", "Tula Oblast"} <= set(found)
    assert not {"Bryansk", "Smolensk", "Tula"} & set(found)


def test_a_list_of_oblasts_keeps_a_ukrainian_name_in_ukraine(gazetteer):
    # the Saratov airbase named before must not pull Cherkasy to a Russian village
    found = regions(gazetteer, "Bombers took off from Engels in the Saratov region. There were hits in Lviv, Rivne, and "
                               "Cherkasy oblasts overnight.", "en")
    assert {"Lviv Oblast", "Rivne Oblast", "Cherkasy Oblast"} <= set(found)


def test_a_russian_list_is_read_as_regions_where_the_gazetteer_read_a_member(gazetteer):
    found = regions(gazetteer, "Беспилотники сбиты над Курской и Белгородской областями.", "ru")
    assert "Belgorod Oblast" in found and "Kursk" not in found


def test_a_town_before_a_singular_region_word_is_left_alone(gazetteer):
    found = regions(gazetteer, "A drone hit a house in Shebekino, Belgorod region, injuring two.", "en")
    assert "Shebekino" in found


def test_an_interception_over_listed_regions_is_placed_at_the_regions(read):
    events = read("Air defences destroyed seven drones over the Kursk, Oryol and Voronezh regions overnight, the "
                  "ministry said.", "en")
    assert [e.kind for e in events] == ["interception"]
    assert events[0].place.precision == "region"
    assert "Kursk Oblast" in events[0].place.name
