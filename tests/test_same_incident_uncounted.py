"""An interception told first with no count ("air defences are repelling a drone attack on the Moscow region") and then
with one near towns inside that region is one interception (issue 10, duplicates within a report): a telling with no
count has no count to conflict with. Counts that differ still stay two claims (a national total beside a governor's
own). Reports written for this test."""


from report_reading import figures


def interceptions(events):
    return [(e.place.key if e.place else None, figures(e)) for e in events if e.kind == "interception"]


def test_a_region_repelling_an_attack_and_the_count_near_its_towns_are_one_interception(read):
    events = read("Moscow region repels a drone attack\n\nAir defences are repelling a drone attack on the Moscow "
                  "region, the mayor said. At least 20 drones were shot down near Domodedovo and Ramenskoye overnight, "
                  "he wrote on Telegram.")
    assert [f for _, f in interceptions(events)] == [{"intercepted": 20}]


def test_uk_air_defence_at_work_over_an_oblast_and_the_count_over_its_districts_are_one_interception(read):
    events = read("Сили ППО працювали вночі над Одеською областю, повідомив голова ОВА. За його словами, 12 дронів "
                  "збили над Ізмаїльським та Одеським районами.", "uk")
    assert [f for _, f in interceptions(events)] == [{"intercepted": 12}]


def test_a_national_total_and_a_governors_own_count_stay_two(read):
    events = read("Air defence shot down 25 of the 30 drones Russia launched overnight, the air force said. Governor "
                  "Oleh Syniehubov said 6 drones were downed over the Kharkiv region.")
    assert sorted(f.get("intercepted") for _, f in interceptions(events)) == [6, 25]
