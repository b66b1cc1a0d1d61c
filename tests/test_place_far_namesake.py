"""A village whose only namesake in the gazetteer lies far from every other place of the report, in another region,
is the village of the region the report is about, placed in that region (issue 10, class 1); a village named with
its own region stays the village. Each report here was written for the test."""


from report_reading import kinds


def test_a_village_far_from_the_region_the_report_is_about_is_placed_at_that_region(read):
    events = read("В Курской области российские войска продвигаются к Судже. Беспилотник атаковал позиции ВСУ в "
                  "Любимовке, сообщили военные.", "ru")
    assert events and all(e.place.admin1 == "Kursk Oblast" for e in events)


def test_a_village_named_with_its_own_region_stays_the_village(read):
    events = read("Дрон атаковал Любимовку в Херсонской области, ранен мужчина.", "ru")
    assert [p for _, p in kinds(events)] == ["Lyubymivka"]


def test_a_village_beside_a_region_named_for_another_incident_stays_the_village(read):
    events = read("Российские войска обстреляли Любимовку, ранен мужчина. Также обстрелу подверглась Белгородская "
                  "область.", "ru")
    assert "Lyubymivka" in [p for _, p in kinds(events)]
