"""An interception word needs something that flies or an air defence in sight (incidents.aerial); the words of the
air defences of other wars are such words too ("projectiles", "Iron Dome", «Железный купол», «Залізний купол»): with
them an interception told is an interception, not an armed clash nor nothing."""


from report_reading import kinds


def test_iron_dome_in_russian_is_air_defence(read):
    events = read("Из Ливана по северу Израиля был выпущен залп. Большинство целей перехвачено «Железным куполом», "
                  "сообщила армия.", "ru")
    assert [k for k, _ in kinds(events)] == ["interception"]


def test_iron_dome_in_ukrainian_is_air_defence(read):
    events = read("З Лівану по півночі Ізраїлю випустили залп. Більшість цілей перехопив «Залізний купол», повідомила "
                  "армія.", "uk")
    assert [k for k, _ in kinds(events)] == ["interception"]
