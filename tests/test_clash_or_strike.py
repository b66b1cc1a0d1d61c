"""An armed clash is fought without a remote weapon; an assault told with drones or missiles as its means is a strike."""


from report_reading import kinds


def test_an_assault_with_drones_and_missiles_is_a_strike(read):
    events = read("Russia carried out a large overnight assault on Odesa, launching dozens of drones and missiles at "
                  "the port, the regional governor said.")
    assert [k for k, _ in kinds(events)] == ["strike"]


def test_fighting_without_a_remote_weapon_stays_an_armed_clash(read):
    events = read("Heavy fighting broke out near Pokrovsk on Monday as Russian troops stormed Ukrainian positions, the "
                  "General Staff said.")
    assert [k for k, _ in kinds(events)] == ["other"]
