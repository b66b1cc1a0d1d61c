"""Places named by an adjective whose town ends otherwise than the suffix rules guess (issue 10, places): a town in
"-ки" ("Валуйский округ" is Valuyki) and a town in "-к" whose adjective turns the "к" into "ц" ("Великобурлуцька
громада" is Velykyi Burluk). Before, the event fell back to the oblast. Each shown with a report written for this test."""

import pytest

from report_reading import reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


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
