"""Names of places that say nothing of where an incident happened (eleventh stop, the class of spurious events at the
wrong place that test8 and test9 showed across outlets): a country named as the subject acting (ru, uk), a part of the
world, an outlet's name, a dateline with its day told whole, the country a person is a citizen of, a sea naming a base.
Each report here was written for the test."""


from eventledger.extract import incidents
from report_reading import kinds


def _places(events):
    return {place for _, place in kinds(events)}


def test_ukrainian_country_in_the_nominative_is_the_state_acting(read):
    events = read("Росія здійснила чергову масовану атаку на Житомир, застосувавши ударні дрони. Пошкоджено два "
                  "житлові будинки, поранено трьох людей.", "uk")
    assert _places(events) == {"Zhytomyr"}
    events = read("Країна-агресор Росія масовано атакує Полтаву ударними дронами, зафіксовано влучання у склад.", "uk")
    assert "Russia" not in _places(events)


def test_a_country_in_another_case_is_no_subject():
    # "у Росії", "над Росією", "атакували Росію": where, not who; "Іран" reads as the accusative too: left alone
    assert incidents.the_subject("Росія", "uk") and incidents.the_subject("Россия", "ru")
    for name in ("Росії", "Росією", "Росію", "Іран", "РФ"):
        assert not incidents.the_subject(name, "uk")
    assert not incidents.the_subject("Russia", "en")


def test_russian_country_in_the_nominative_is_the_state_acting(read):
    events = read("Россия провела очередную массированную атаку на Харьков, повреждены два жилых дома, пострадал "
                  "один человек.", "ru")
    assert "Russia" not in _places(events)


def test_a_continent_is_no_place_of_a_strike(read):
    events = read("A Russian missile strike on Zaporizhzhia, near Europe's biggest nuclear power plant, killed two "
                  "people, officials said.")
    assert _places(events) == {"Zaporizhzhia"}


def test_an_outlets_name_is_no_place(read):
    events = read("KABUL (Middle East Press) - A US drone strike in Yemen's Marib province killed four people on "
                  "Sunday, local officials said.")
    assert "Middle East" not in _places(events)
    events = read("TEHRAN (Iran News) - A drone struck a checkpoint near Deir ez-Zor, killing a soldier.")
    assert "Iran" not in _places(events)


def test_a_dateline_with_its_day_told_whole_is_where_the_report_was_filed(read):
    events = read("Kiev, 13 April 2025 (dpa/MIA) - At least 21 people were killed in a Russian missile strike on "
                  "the city of Sumy, the interior minister said.")
    assert kinds(events) == [("strike", "Sumy")]


def test_the_country_a_victim_is_a_citizen_of_is_no_place(read):
    events = read("A Ukrainian drone struck a car on a highway in the Kursk region at night, killing the driver, a "
                  "40-year-old citizen of Georgia, the governor said.")
    assert "Georgia" not in _places(events)
    events = read("Беспилотник атаковал автомобиль в Курской области, погиб водитель, гражданин Казахстана.", "ru")
    assert "Kazakhstan" not in _places(events)


def test_a_sea_naming_a_naval_base_is_no_place_of_the_attack(read):
    events = read("Maritime drones attacked the Russian Black Sea naval base in Novorossiysk overnight, damaging a "
                  "landing ship, the defence ministry said.")
    assert "Black Sea" not in _places(events)


def test_a_country_opening_the_next_clause_qualifies_no_town_before_it(gazetteer):
    # "Novorossiysk, Ukraine sends": Ukraine is the subject, not where Novorossiysk lies (a Ukrainian village has the
    # name as an alternate); "Kupiansk, Ukraine, on Monday" is qualified
    town = gazetteer.find("By striking Novorossiysk, Ukraine sends a message to Moscow.", "en")[0]
    assert (town.text, town.candidates[0].place.country) == ("Novorossiysk", "RU")
    town = gazetteer.find("A drone hit Kupiansk, Ukraine, on Monday.", "en")[0]
    assert (town.text, town.candidates[0].place.country) == ("Kupiansk", "UA")
