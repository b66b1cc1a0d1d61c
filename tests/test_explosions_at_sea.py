"""Explosions that harmed nobody, heard over a sea or somewhere in a whole country, in a report whose strikes and
interceptions of that day name one place, are that place's incident told from where the sound came (ANNOTATION.md:
one post, one incident), not a second event at sea; with two such places they stay apart."""


from report_reading import kinds


def _places(events):
    return [(e.kind, e.place.name_en if e.place else None) for e in events]


def test_explosions_over_the_sea_beside_a_port_are_the_ports_interception(read):
    events = read("В Туапсе прогремели взрывы, сработала система ПВО. Очевидцы рассказали, что слышали три взрыва над акваторией "
                  "Чёрного моря. Информации о пострадавших нет.", "ru")
    assert [k for k, _ in kinds(events)] == ["interception"]
    assert _places(events)[0][1] == "Tuapse"


def test_explosions_over_the_sea_in_ukrainian(read):
    events = read("В Одесі пролунали вибухи, працювала протиповітряна оборона. Місцеві жителі чули кілька вибухів над акваторією "
                  "Чорного моря. Постраждалих немає.", "uk")
    assert "explosion" not in [k for k, _ in kinds(events)]


def test_explosions_over_the_sea_in_english(read):
    events = read("Explosions were heard in Sevastopol and air defence shot down drones there, the governor said. Residents "
                  "heard several explosions over the Black Sea.")
    assert "explosion" not in [k for k, _ in kinds(events)]


def test_explosions_over_the_sea_with_two_towns_stay_apart(read):
    events = read("В Туапсе сработала система ПВО. В Новороссийске также работала ПВО. Очевидцы слышали "
                  "взрывы над акваторией Чёрного моря.", "ru")
    assert "explosion" in [k for k, _ in kinds(events)]


def test_explosions_in_a_city_on_a_sea_far_from_the_strike_stay_apart(read):
    events = read("Debris hit a house in Kyiv overnight, the mayor said. The council of Mariupol also reported "
                  "explosions in the city on the Sea of Azov.")
    assert "explosion" in [k for k, _ in kinds(events)]
