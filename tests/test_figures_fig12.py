"""Figures of the twelfth session's third round (fig12). Each report is written for this test.

People listed by nouns are summed ("two women and a boy were injured" are three), but not when the list tells who the
people of a count already given are: a part marker inside it ("Eight people, including a nurse and two students, were
hurt") or a counted whole set off by a comma ("Трое жителей села, двое мужчин и женщина, получили ранения") names the
same people twice. Ages are no counts; running tallies, zeros, bodily injuries and a few more forms are read."""

import pytest

from report_reading import casualty_event, figures


@pytest.mark.parametrize("text, lang, expected", [
    ("A drone hit a bus stop in Kramatorsk on Friday, the mayor said. Eight people, including a nurse and two "
     "students, were hurt.", "en", {"injured": 8}),
    ("A missile hit Kremenchuk overnight, the governor said. Four residents, a man and three women, were killed.",
     "en", {"killed": 4}),
    ("Утром дрон атаковал Шебекино, сообщил губернатор. Трое жителей села, двое мужчин и женщина, получили ранения. "
     "Их доставили в больницу.", "ru", {"injured": 3, "hospitalized": 3}),
    ("Утром дрон атаковал Шебекино, сообщил губернатор. Ранены шесть человек, в том числе ребенок и двое пожилых "
     "мужчин.", "ru", {"injured": 6}),
    ("Зранку дрон атакував Херсон, повідомив голова ОВА. Поранено сімох людей, серед них дитина та двоє "
     "пенсіонерів.", "uk", {"injured": 7}),
])
def test_a_list_that_names_the_people_of_a_count_is_no_sum(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("A drone hit a bus stop in Kramatorsk on Friday, the mayor said. Two women and a boy were injured.", "en",
     {"injured": 3}),
    ("Утром дрон атаковал Шебекино, сообщил губернатор. Погибли трое мужчин и женщина.", "ru", {"killed": 4}),
    ("Зранку дрон атакував Херсон, повідомив голова ОВА. Загинули двоє жінок і чоловік.", "uk", {"killed": 3}),
])
def test_a_list_of_people_is_still_summed(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


# A running tally told with its verb first, or of a group named before its word of harm, is the figure.
@pytest.mark.parametrize("text, lang, expected", [
    ("Уранці ракета влучила в Дніпро, повідомив голова ОВА. У Дніпрі зросла кількість поранених після ракетного удару "
     "до семи.", "uk", {"injured": 7}),
    ("Уранці ракета влучила в Дніпро, повідомив голова ОВА. Збільшилася кількість загиблих унаслідок удару до 9 осіб.",
     "uk", {"killed": 9}),
    ("Росіяни обстріляли Костянтинівку, повідомив голова ОВА. Кількість людей, які отримали поранення в місті, "
     "сягнула восьми.", "uk", {"injured": 8}),
    ("Беспилотник атаковал Курск, сообщил губернатор. Увеличилось число раненых при атаке до семи.", "ru",
     {"injured": 7}),
    ("Беспилотник атаковал Курск, сообщил губернатор. Число местных жителей, пострадавших при атаке дрона, выросло до "
     "четырех.", "ru", {"injured": 4}),
    ("A missile struck Dnipro on Monday, the governor said. The number of injured has reached 14.", "en",
     {"injured": 14}),
    ("A missile struck Dnipro on Monday, the governor said. The number of dead has risen to 6.", "en", {"killed": 6}),
])
def test_a_running_tally_is_the_figure(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


# Zeros told in forms the lists lacked.
@pytest.mark.parametrize("text, lang, expected", [
    ("Ворог атакував Кременчук ракетами, повідомив голова ОВА. Загиблих і постраждалих не зафіксовано.", "uk",
     {"killed": 0, "injured": 0}),
    ("Ворог атакував Кременчук ракетами, повідомив голова ОВА. Жертв під час атаки не сталося.", "uk", {"killed": 0}),
    ("Ворог атакував Кременчук ракетами, повідомив голова ОВА. Загиблих унаслідок удару немає.", "uk", {"killed": 0}),
    ("A drone struck an oil depot in Tuapse on Sunday, officials said. There were no reports of fires or injuries.",
     "en", {"injured": 0}),
])
def test_a_zero_told(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


# People told by a plural noun and their ages are one for each age, and an age is no count; a count before the noun
# stays the count.
@pytest.mark.parametrize("text, lang, expected", [
    ("A missile struck Mykolaiv on Tuesday, the governor said. Women aged 33 and 71 were hurt.", "en", {"injured": 2}),
    ("A missile struck Mykolaiv on Tuesday, the governor said. Men aged 25, 40 and 62, and a 19-year-old woman were "
     "injured.", "en", {"injured": 4}),
    ("A missile struck Mykolaiv on Tuesday, the governor said. Three teenagers aged 15, 16 and 17 were injured.", "en",
     {"injured": 3}),
    ("Вночі дрон атакував Нікополь, повідомив голова ОВА. Поранені жінки 28 і 65 років.", "uk", {"injured": 2}),
    ("Вечером дрон атаковал Белгород, сообщил губернатор. Ранены женщины 33 и 70 лет.", "ru", {"injured": 2}),
])
def test_people_told_by_their_ages(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


# Who the counted people are, told by an of-phrase after their noun, or "are believed to have", keeps the count its
# figure's; a part of a group stays a part.
@pytest.mark.parametrize("text, lang, expected", [
    ("A missile struck a bus in Kherson on Monday, the governor said. Five passengers of the bus were killed.", "en",
     {"killed": 5}),
    ("A missile struck Kherson on Monday, the governor said. Two workers of the water utility were hurt.", "en",
     {"injured": 2}),
    ("A missile struck Kherson on Monday, the governor said. Four people are believed to have died.", "en",
     {"killed": 4}),
    ("A missile struck Kherson on Monday, the governor said. Two of the injured were hospitalized.", "en",
     {"hospitalized": 2}),
])
def test_who_the_counted_people_are(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


# "Air targets" counted as weapons (ru "воздушные цели", uk "повітряні цілі"); uk "вдарили", ru "ударили" told of
# counted weapons as hits.
def test_air_targets_are_counted_weapons(read):
    events = read("В Севастополе отражена атака, сообщил губернатор. Над морем сбиты четыре воздушные цели.", "ru")
    (e,) = [e for e in events if e.kind == "interception"]
    assert figures(e) == {"intercepted": 4}


@pytest.mark.parametrize("text, lang, expected", [
    ("Росія атакувала Полтавщину, повідомив голова ОВА. Дві ракети вдарили по складу в Кременчуці.", "uk", {"hit": 2}),
    ("Ночью ВСУ атаковали Брянскую область, сообщил губернатор. Две ракеты ударили по складу.", "ru", {"hit": 2}),
])
def test_weapons_that_struck(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


# Bodily injuries as police and prosecutors tell them, people who sought medical help, hospitalisation told by the
# place before the count, and soldiers and adults listed like any people.
@pytest.mark.parametrize("text, lang, expected", [
    ("Росіяни обстріляли Марганець, повідомила поліція. Троє осіб отримали тілесні ушкодження.", "uk", {"injured": 3}),
    ("Росіяни обстріляли Марганець, повідомила поліція. Тілесні ушкодження дістали п'ятеро цивільних.", "uk",
     {"injured": 5}),
    ("ВСУ обстреляли Горловку, сообщил мэр. Двое мирных жителей получили телесные повреждения.", "ru", {"injured": 2}),
    ("A missile struck Dnipro on Monday, the governor said. 40 people sought medical help.", "en", {"injured": 40}),
    ("Росіяни вдарили по Харкову, повідомив голова ОВА. Кількість постраждалих зросла до 52. Зараз у лікарні "
     "залишаються шестеро поранених.", "uk", {"injured": 52, "hospitalized": 6}),
    ("An airstrike hit a checkpoint near Idlib on Monday, the monitor said. Two servicemen and a woman were wounded.",
     "en", {"injured": 3}),
    ("ВСУ обстреляли Донецк, сообщил мэр. Ранены трое взрослых и ребенок.", "ru", {"injured": 4}),
    ("Росіяни обстріляли Херсон, повідомив голова ОВА. Поранені троє дорослих і дитина.", "uk", {"injured": 4}),
])
def test_injuries_told_otherwise(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected
