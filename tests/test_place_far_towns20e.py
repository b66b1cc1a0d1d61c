"""What review20f found in place20's place rules, as reports written for these tests (fix20e): a town far from the
report's other places, or across the border, is still read as itself, with its own toll; a village the gazetteer
reads, named beside a single town, stays in its own region; a hromada's adjective beside small towns of 5,000 or more
follows their region; a list of raions with no target of its own still gives the event it gave before place20."""

import pytest

from report_reading import figures


def _places(events):
    return [(e.place.name_en, e.place.admin1, figures(e)) for e in events if e.place]


@pytest.mark.parametrize("text, lang, where, killed", [
    # a far town of the same country beside two towns of a Russian oblast keeps its own place and its own dead
    ("Дроны ВСУ ударили по Курску и Курчатову, пострадали три человека. В Гуляйполе в тот же день погибла женщина.",
     "ru", ("Hulyaypole", "Zaporizhzhia Oblast"), 1),
    ("Окупанти вдарили дронами по Сумах і Шостці, є троє поранених. В Оріхові того ж дня загинула жінка.",
     "uk", ("Orikhiv", "Zaporizhzhia Oblast"), 1),
    # a village the gazetteer knows, named beside one town of another region, is not moved into the town
    ("Дрон ударил по Брянску, пострадал мужчина. А в селе Головчино погибла женщина.", "ru",
     ("Golovchino", "Belgorod Oblast"), 1),
    ("Дрон влучив в Одесу, поранено чоловіка. А в селі Великий Бурлук загинула жінка.", "uk",
     ("Velykyi Burluk", "Kharkiv Oblast"), 1),
])
def test_a_far_place_keeps_its_own_place_and_toll(read, text, lang, where, killed):
    found = _places(read(text, lang))
    assert [(n, a) for n, a, f in found if f.get("killed") == killed] == [where]


def test_a_village_across_the_border_stays_there(read):
    text = "Дрони атакували Харків і Чугуїв, двоє людей поранені. Обстріляли й село Тьоткіно, там зруйновано хату."
    assert ("Tëtkino", "Kursk Oblast") in [(n, a) for n, a, _ in _places(read(text, "uk"))]


def test_three_places_hit_stay_three_events(read):
    # the village here is one the gazetteer reads only far away: it must not join the city's event
    events = read("Ракета вчера попала в Днепр, погиб мужчина. Ракета попала и в Подгородное. Дрон атаковал "
                  "Новоалександровку.", "ru")
    assert len(events) == 3 and "Pidhorodnye" in [e.place.name_en for e in events if e.place]


def test_a_hromada_beside_small_towns_is_of_their_region(read):
    # Tomakivka and Chervonohryhorivka (both over 5,000) vote for Dnipropetrovsk Oblast: Pokrov, not Pokrovsk
    text = "Артилерія обстріляла Томаківку і Червоногригорівку. В Покровській громаді поранено чоловіка."
    assert ("Pokrov", "Dnipropetrovsk Oblast") in [(n, a) for n, a, _ in _places(read(text, "uk"))]


def test_a_hromada_beside_villages_only_is_its_town(gazetteer):
    # villages with namesakes everywhere vote for no region: the adjective is read as its largest town
    text = "Ворог вдарив по Покровській громаді. Без газу лишилися мешканці сіл Миколаївка та Андріївка."
    found = [m for m in gazetteer.find(text, "uk") if m.text.startswith("Покровськ") and m.candidates]
    assert found and found[0].candidates[0].place.name_en == "Pokrovsk"


@pytest.mark.parametrize("text", [
    "Ворожі дрони били по об'єктах у Глухівському, Шосткинському та Охтирському районах, пошкоджено лінії зв'язку.",
    "Ворожі дрони били по об'єктах у Глухівському та Шосткинському районах, пошкоджено лінії зв'язку.",
])
def test_a_raion_list_without_a_target_of_its_own_keeps_an_event(read, text):
    assert len(read(text, "uk")) >= 1
