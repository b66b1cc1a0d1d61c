"""The causes of wrong figures and sources counted on the real-news dev and dev2 splits (issue 10, fourth round), each
shown with a report written for this test, in English, Russian and Ukrainian where the cause occurs."""

import pytest

from report_reading import bounds, casualty_event


# --- one report's two counts of a figure: the larger is its update --------------------------------------------------

@pytest.mark.parametrize("text, lang, figure, expected", [
    ("A missile hit the administration building in Kherson on Monday, the regional governor said. The death toll has "
     "risen to three. A driver of the deputy head was killed in the attack, the governor added.", "en", "killed", (1, 3, 3)),
    ("Ракета попала в торговый центр в Харькове, сообщил губернатор Иван Петров. По данным прокуратуры, погибли "
     "шесть человек. Ранее сообщалось о пяти погибших.", "ru", "killed", (5, 6, 6)),
    ("Російські ракети влучили в Одесу, повідомив Олег Кіпер. Загинуло троє мешканців, понад 20 поранено. "
     "Внаслідок атаки двоє одеситів загинули на місці.", "uk", "killed", (2, 3, 3)),
])
def test_a_reports_larger_count_is_its_update(read, text, lang, figure, expected):
    assert bounds(casualty_event(read(text, lang)), figure) == expected


# --- weapons launched: shells and bombs are counted weapons, "firing" launches them ----------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Over the past day, Russian forces carried out 40 attacks on Kherson, firing 310 shells from mortars and tanks, "
     "governor Ivan Petrenko said.", "en", 310),
    ("Over the past day, Russian aircraft attacked Zaporizhzhia, dropping a total of 11 guided bombs, governor Ivan "
     "Petrenko said.", "en", 11),
    ("Днём ВСУ обстреляли Шебекино, выпустив 25 снарядов, сообщил губернатор Иван Петров.", "ru", 25),
    ("Росіяни обстріляли Херсон, випустивши 27 снарядів, повідомив Іван Петренко.", "uk", 27),
])
def test_shells_and_bombs_fired_are_launched(read, text, lang, expected):
    assert casualty_event(read(text, lang)).figures["launched"].best == expected


# --- one weapon named in the singular is one intercepted ------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Explosions were heard in Kyiv on Thursday. \"The enemy drone has been shot down,\" the head of the city "
     "administration said.", "en"),
    ("Air defence shot down an aircraft-type UAV approaching Belgorod, governor Ivan Petrov said.", "en"),
    ("По словам мэра Донецка Ивана Петрова, ракета была сбита над городом.", "ru"),
    ("Над Москвой беспилотник был подавлен средствами радиоэлектронной борьбы, сообщил мэр.", "ru"),
    ("Над Кривим Рогом ворожу ракету було збито силами ППО, повідомив Іван Петренко.", "uk"),
])
def test_one_weapon_named_in_the_singular_is_one_intercepted(read, text, lang):
    (e,) = [e for e in read(text, lang) if e.kind == "interception"]
    assert e.figures["intercepted"].best == 1


# --- speakers: plain nouns that name officials, and the officials of a "Source:" line --------------------------------

def sources_of(event, figure):
    return {c.source for c in event.claims if c.figure == figure}


@pytest.mark.parametrize("text, figure, source", [
    ("At least six people were killed in a drone strike on a market in Kherson on Friday, security officials said.",
     "killed", "security officials"),
    ("Two people were injured in a missile strike on Kharkiv, prosecutors said.", "injured", "prosecutors"),
])
def test_officials_named_by_a_plain_noun_are_the_speaker(read, text, figure, source):
    assert sources_of(casualty_event(read(text, "en")), figure) == {source}


@pytest.mark.parametrize("text, lang, figure, source", [
    ("A drone hit a house in Sumy overnight. Three people were injured.\n"
     "Source: Ivan Petrenko, head of the Sumy Oblast Military Administration", "en", "injured", "Ivan Petrenko"),
    ("Беспилотник атаковал Белгород ночью. Пострадали три человека.\n"
     "Источник: Иван Петров, губернатор Белгородской области", "ru", "injured", "Иван Петров"),
    ("Російський дрон атакував Суми вночі. Троє людей дістали поранення.\n"
     "Джерело: Іван Петренко, голова Сумської ОВА", "uk", "injured", "Іван Петренко"),
])
def test_the_one_official_of_a_source_line_told_the_report(read, text, lang, figure, source):
    assert sources_of(casualty_event(read(text, lang)), figure) == {source}


# --- hospitalised, told before a count whose noun names the injured -------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Беспилотник атаковал Белгород, сообщил губернатор Иван Петров. Пострадали шесть человек. В больницу "
     "доставили четырех раненых.", "ru", {"injured": 6, "hospitalized": 4}),
    ("Дрон атакував Харків, повідомив Іван Петренко. Поранено шістьох людей. До лікарні доставили чотирьох "
     "поранених.", "uk", {"injured": 6, "hospitalized": 4}),
])
def test_the_wounded_taken_to_hospital_are_hospitalised(read, text, lang, expected):
    e = casualty_event(read(text, lang))
    assert {name: e.figures[name].best for name in expected} == expected


# --- a count's phrase ends at "and": "killed at least seven people and injured 22 others" ---------------------------

@pytest.mark.parametrize("text, lang", [
    ("A Russian missile attack on the regional administration in Mykolaiv killed seven people and injured 22 others, "
     "emergency services said.", "en"),
    ("В Николаеве после ракетного удара погибли семь человек и ранены 22, сообщил губернатор Иван Петров.", "ru"),
    ("Унаслідок ракетного удару по Миколаєву загинули семеро людей і поранено 22, повідомив Іван Петренко.", "uk"),
])
def test_the_count_before_and_belongs_to_the_figure_word_before_it(read, text, lang):
    e = casualty_event(read(text, lang))
    assert (e.figures["killed"].best, e.figures["injured"].best) == (7, 22)


# --- casualties told without a count: "there are killed and wounded", "another was injured" --------------------------

def test_there_are_killed_and_wounded_is_at_least_one_of_each(read):
    e = casualty_event(read("The occupiers launched a missile strike on Odesa. Unfortunately, there are killed and "
                            "wounded, the head of the regional administration said.", "en"))
    assert (bounds(e, "killed"), bounds(e, "injured")) == ((1, 1, None), (1, 1, None))


def test_another_was_injured_is_one_more(read):
    e = casualty_event(read("The Russians shelled a cemetery in Bilozerka, as a result of which one person died and "
                            "another was injured.", "en"))
    assert (e.figures["killed"].best, e.figures["injured"].best) == (1, 1)


# --- a page's year-month dateline is no count; weapons named with a slash are still counted --------------------------

def test_a_year_month_dateline_is_no_count_and_a_total_is_launched(read):
    text = ("date 2023-07 Air Defense Forces shot down 16 out of 17 Iranian Shahed-136/131 drones launched by the "
            "Russian invaders to attack Ukraine at night, the Air Force said. The invaders "
            "attacked Ukraine with 17 Iranian-made Shahed-136/131 attack drones from the southeast (Primorsko-Akhtarsk).")
    events = read(text, "en")
    e = next(e for e in events if e.kind == "interception")
    assert bounds(e, "intercepted") == (16, 16, 16) and bounds(e, "launched") == (17, 17, 17)
    assert not [e for e in events if e.kind == "strike"]  # the launch area in brackets is no place of a strike


# --- people listed by nouns are summed ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, figure, expected", [
    ("The Civil Defence said three children and their mother were killed in an air strike on Gaza City late on "
     "Monday.", "en", "killed", 4),
    ("Shelling hit Bilozerka. A man and three women were injured, governor Ivan Petrenko said.", "en", "injured", 4),
    ("В результате обстрела Новой Таволжанки пострадали двое мужчин и женщина, сообщил губернатор Иван Петров.",
     "ru", "injured", 3),
    ("Унаслідок обстрілу Херсона поранені двоє чоловіків і жінка, повідомив Іван Петренко.", "uk", "injured", 3),
])
def test_people_listed_by_nouns_are_summed(read, text, lang, figure, expected):
    assert casualty_event(read(text, lang)).figures[figure].best == expected


# --- a person named once with an office keeps its kind when named again by surname ----------------------------------

@pytest.mark.parametrize("text, lang, surname", [
    ("Russian shelling hit Kherson on Monday, regional governor Oleksandr Prokudin said. Two people were injured in "
     "Bilozerka, Prokudin said later.", "en", "Prokudin"),
    ("Губернатор Вячеслав Гладков сообщил об обстреле Шебекино. Позже Гладков сообщил, что пострадали два человека.",
     "ru", "Гладков"),
    ("Голова ОВА Олег Синєгубов повідомив про удар по Харкову. Згодом Синєгубов повідомив, що поранено двох людей.",
     "uk", "Синєгубов"),
])
def test_a_surname_named_before_with_an_office_is_that_official(read, text, lang, surname):
    claims = [c for e in read(text, lang) for c in e.claims if c.figure == "injured"]
    assert claims and all(surname in c.source and c.source_kind == "official" for c in claims)
