"""An official tells of his own region: "Volgograd region Governor Andrei Bocharov said there were no injuries" is said
of the Volgograd incident, even when another region's incident was told last."""


from report_reading import figures


def by_place(events):
    return {e.place.key: figures(e) for e in events if e.kind in ("strike", "shelling") and e.place}


def test_a_governors_zero_is_his_regions(read):
    events = read("Drones attacked an oil refinery in the Volgograd region and a depot in the Astrakhan region "
                  "overnight. Volgograd region Governor Andrei Bocharov said there were no injuries.")
    assert by_place(events) == {"Volgograd Oblast": {"injured": 0}, "Astrakhan Oblast": {}}


def test_a_governors_zero_told_with_the_attack_is_his_regions(read):
    events = read("Drones attacked an oil refinery in the Volgograd region and a depot in the Astrakhan region "
                  "overnight. Volgograd region Governor Andrei Bocharov said there were no injuries due to the attack.")
    assert by_place(events) == {"Volgograd Oblast": {"injured": 0}, "Astrakhan Oblast": {}}


def test_with_no_office_named_the_zero_covers_both(read):
    events = read("Drones attacked an oil refinery in the Volgograd region and a depot in the Astrakhan region "
                  "overnight. Officials said there were no injuries.")
    assert by_place(events) == {"Volgograd Oblast": {"injured": 0}, "Astrakhan Oblast": {"injured": 0}}
