"""Figures, fourteenth session (fig14b): readings measured one at a time. Each report is written for this test
(en / ru / uk)."""

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Report
from report_reading import casualty_event, figures


# A harm told without a count and denied (extract/figures.py `_not_so`, `negated` in lang/<code>/figures.yaml): the
# singular verb was read one person hurt, the bare plural "there were casualties". Now it gives no figure at all,
# never a zero in its place.
@pytest.mark.parametrize("text, lang, expected", [
    ("Беспилотник атаковал Белгород в понедельник, сообщил губернатор. Находившийся в машине мужчина не пострадал.",
     "ru", {}),
    ("Беспилотник атаковал автомобиль в Белгороде в понедельник. Водитель успел выйти из машины и не пострадал.",
     "ru", {}),
    ("Російський дрон атакував Херсон у понеділок, повідомив Олександр Прокудін. Жінка не постраждала.", "uk", {}),
    ("Російська ракета влучила в судно в порту Одеси у понеділок. Члени екіпажу не постраждали.", "uk", {}),
    ("Ракета попала в судно в порту Новороссийска в понедельник. Члены экипажа не пострадали.", "ru", {}),
    # one hurt beside one spared: the one hurt stays, the spared one neither adds nor zeroes it
    ("Беспилотник атаковал Белгород в понедельник. Пострадал мужчина, женщина не пострадала.", "ru", {"injured": 1}),
    ("Дрон атакував Херсон у понеділок. Постраждав чоловік, його дружина не постраждала.", "uk", {"injured": 1}),
])
def test_a_harm_denied_gives_no_figure(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a zero told outright is read as before
    ("Беспилотник атаковал Белгород в понедельник, сообщил губернатор. Никто не пострадал.", "ru", {"injured": 0, "killed": 0}),
    ("Російський дрон атакував Херсон у понеділок. Ніхто не постраждав.", "uk", {"injured": 0, "killed": 0}),
    # English reads a denied harm already
    ("A Russian drone attacked Belgorod on Monday, the governor said. The driver was not injured.", "en",
     {"injured": 0}),
    # a count after a negated bound is a count
    ("Беспилотник атаковал Белгород в понедельник. Пострадали не менее двух человек.", "ru", {"injured": 2}),
])
def test_what_stays(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))) == expected


# With no publication date, a figure whose clause opens with a month with no day ("In May ...") is another time's (a
# recalled attack) and stays off the undated event (extract/events.py `_off_other_months`); a month told after the
# figure, inside an apposition or a relative clause, after "since / с / з", or the month the lead itself tells,
# leaves it the event's.
@pytest.fixture(scope="module")
def read_undated(gazetteer):
    return lambda text, lang: list(extract(Report(text=text, published=None, language=lang), gazetteer))


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian drones struck the river port of Izmail on Sunday, regional officials said. Three dock workers were "
     "hurt. In November a drone raid wounded at least six residents.", "en", {"injured": 3}),
    ("Беспилотник ударил по Курску в воскресенье, сообщили власти области. Ранены три человека. В ноябре при налёте "
     "дронов пострадали шесть жителей.", "ru", {"injured": 3}),
    ("Безпілотник вдарив по Сумах у неділю, повідомила обласна влада. Поранено трьох людей. У листопаді під час "
     "нальоту дронів постраждали шестеро мешканців.", "uk", {"injured": 3}),
    # the month after the figure: the lead's own toll stays
    ("A Russian missile hit Kharkiv on Saturday. Three people were killed, bringing the toll in the city since March "
     "to 50.", "en", {"killed": 3}),
    ("Russian drones struck Kharkiv overnight, killing three people, the deadliest attack on the city since January, "
     "the mayor said.", "en", {"killed": 3}),
    ("Дрон атаковал Белгород в субботу, сообщил губернатор. Погибли три человека, это самая смертоносная атака с "
     "января.", "ru", {"killed": 3}),
    # the lead's own month
    ("In March, a Russian missile hit a school in Kharkiv, killing three people, the mayor said.", "en", {"killed": 3}),
    ("У березні російська ракета влучила в школу в Харкові, загинули троє людей.", "uk", {"killed": 3}),
    # a month before the figure that dates something else: an apposition, a relative clause, "since"
    ("Drones struck Sumy on Tuesday. The raid, the worst on the city since October, left five people wounded, the "
     "mayor said.", "en", {"injured": 5}),
    ("Artillery shelled Nikopol on Tuesday. The clinic, which was rebuilt in August, said three staff were wounded.",
     "en", {"injured": 3}),
    ("Беспилотник атаковал Курск во вторник. Мэр города, избранный в сентябре, сообщил, что ранены пять человек.",
     "ru", {"injured": 5}),
    ("Дрон атакував Суми у вівторок. Школа, яку відремонтували у серпні, повідомила, що поранено п'ятьох людей.",
     "uk", {"injured": 5}),
    ("Дрон атакував Суми у вівторок. Це найсильніша атака з жовтня, поранено п'ятьох людей.", "uk", {"injured": 5}),
])
def test_a_months_toll_is_not_the_undated_events(read_undated, text, lang, expected):
    assert figures(casualty_event(read_undated(text, lang))) == expected
