"""A town told as lying in a region or district, or near a town, but read by the gazetteer as a namesake in another
country or region, gives way to the place the phrase locates it by (place_within._misread): a reader puts the
incident there, not hundreds of kilometres away (never across a border, though: "near" is how a border town is told). And a city a town is told to lie "in", too far out to be in the city
itself, names its region when the region is named after it (place_within._region_by_its_centre). Reports written for
these tests."""

import pytest


def places(events):
    return sorted({e.place.key if e.place else None for e in events})


@pytest.mark.parametrize("text, lang, where", [
    ("Two people were hurt when a drone hit a car in the village of Lyon, in the Kharkiv region.", "en",
     "Kharkiv Oblast"),
    ("В посёлке Орёл в Курской области дрон повредил жилой дом. Пострадавших нет.", "ru", "Kursk Oblast"),
    ("У селищі Суми в Харківській області дрон пошкодив житловий будинок. Постраждалих немає.", "uk", "Kharkiv Oblast"),
])
def test_a_town_read_outside_the_region_it_is_told_in_gives_way_to_the_region(read, text, lang, where):
    assert places(read(text, lang)) == [where]


def test_a_city_a_town_lies_in_names_its_region(read):
    events = read("A drone hit an oil depot in Tolyatti in Samara overnight, the governor said. Two workers were "
                  "injured.")
    assert places(events) == ["Tolyatti"]


def test_the_rule_itself(gazetteer):
    from eventledger.extract.place_within import _misread, _region_by_its_centre

    def best(name, lang="en"):
        return next(m.candidates[0] for m in gazetteer.find(name, lang) if m.candidates)

    lyon, kharkiv_oblast, sumy, belgorod = best("Lyon"), best("Kharkiv Oblast"), best("Sumy"), best("Belgorod")
    assert _misread(lyon, kharkiv_oblast, near=False)  # in another country
    assert _misread(sumy, kharkiv_oblast, near=False)  # in another region
    assert _misread(sumy, best("Kharkiv"), near=True)  # "near" a town of its own country 140 km off
    assert not _misread(sumy, belgorod, near=True)  # "near" a town across the border: never moved there
    assert not _misread(best("Chuhuiv"), kharkiv_oblast, near=False)  # where it is told to be
    assert not _misread(best("Shebekino"), belgorod, near=True)
    assert _region_by_its_centre(best("Tolyatti"), best("Samara"))
    assert not _region_by_its_centre(best("Shebekino"), belgorod)  # 30 km: may be told as the city's outskirts
