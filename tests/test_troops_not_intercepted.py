"""A count of soldiers or units destroyed on the ground is no interception count (issue 10: the Russian ledger's
judges found soldiers killed breaking out of an encirclement, and units wiped out, stored as drones intercepted). Each
report here was written for the test."""


from report_reading import figures


def test_soldiers_killed_by_drones_are_not_intercepted_ru(read):
    events = read("Около 150 боевиков ВСУ ликвидировано ударами дронов у села Ольговка Курской области.", "ru")
    assert events and all("intercepted" not in figures(e) for e in events)


def test_groups_neutralised_are_not_intercepted_ru(read):
    events = read("Три штурмовые группы противника были нейтрализованы под Новоивановкой Курской области, пятеро "
                  "солдат сдались в плен.", "ru")
    assert events and all("intercepted" not in figures(e) for e in events)


def test_groups_neutralised_are_not_intercepted_uk(read):
    events = read("Три штурмові групи противника були нейтралізовані під Новоіванівкою Курської області, п'ятеро "
                  "солдатів здалися в полон.", "uk")
    assert events and all("intercepted" not in figures(e) for e in events)


def test_groups_neutralised_are_not_intercepted_en(read):
    events = read("Three assault groups were neutralised by drone strikes near Novoivanovka in the Kursk region.", "en")
    assert events and all("intercepted" not in figures(e) for e in events)


def test_drones_destroyed_are_still_intercepted_ru(read):
    events = read("Над Белгородской областью уничтожены 5 украинских беспилотников, сообщил губернатор.", "ru")
    assert [figures(e).get("intercepted") for e in events] == [5]
