"""Attribution (fix24a): the object before "объявил"/"оголосив" is no speaker; the word between "как" and a speech verb
is the speaker, the dative after it the listener; "Как уже сообщал X" points back; "they" after people told since a body
spoke is those people; a web-address outlet is media; "руководительница" is the women's office. The reports are
written for these tests; their people, places and outlets are invented.
"""

import pytest

from eventledger.extract.attribution import SourceBook
from report_reading import casualty_event, sources, speaker


@pytest.mark.parametrize("lang, text", [
    ("ru", "Ракетную опасность объявили в Северной области."),
    ("ru", "Эвакуацию объявили жителям двух посёлков."),
    ("uk", "Повітряну тривогу оголосили в Північній області."),
    ("uk", "Евакуацію оголосили мешканцям двох сіл."),
])
def test_what_was_announced_is_no_speaker(lang, text):
    assert speaker(text, lang)[1].name is None


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Режим ЧС объявил губернатор Иван Петров.", "Иван Петров"),
    ("ru", "Петров объявил режим ЧС в городе.", "Петров"),
    ("ru", "После атаки губернатор Иван Петров объявил режим ЧС.", "Иван Петров"),
    ("uk", "Евакуацію оголосила міська рада.", "міська рада"),
    ("uk", "Голова ОВА Іван Петренко оголосив евакуацію.", "Іван Петренко"),
])
def test_a_speaker_of_announced_is_a_person_or_a_body(lang, text, name):
    assert name in (speaker(text, lang)[1].name or "")


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Как губернатор рассказал корреспондентам, ранены двое.", "губернатор"),
    ("uk", "Як мер повідомив журналістам, поранено двох людей.", "мер"),
    ("ru", "Как заявил губернатор Иван Петров, ранены двое.", "Иван Петров"),
    ("uk", "Як повідомив мер Ігор Коваль, поранено двох людей.", "Ігор Коваль"),
])
def test_the_word_after_as_is_the_speaker_not_the_listener(lang, text, name):
    assert speaker(text, lang)[1].name == name


@pytest.mark.parametrize("lang, report, name", [
    ("ru", "Ночью в Северске дрон попал в жилой дом, ранены двое. Как уже сообщал губернатор Иван Петров, "
           "пострадавшие в больнице.", "Иван Петров"),
    ("uk", "Уночі в Лісовому дрон влучив у житловий будинок, поранено двох людей. Як уже повідомляв голова ОВА "
           "Іван Петренко, постраждалі в лікарні.", "Іван Петренко"),
])
def test_as_already_reported_covers_the_sentence_before(read, lang, report, name):
    assert sources(casualty_event(read(report, lang)), "injured") == {name}


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Ночью дрон атаковал дом в Северске, сообщило МЧС. Из дома вывели 15 жителей. Они рассказали, что слышали "
           "два взрыва.", "МЧС"),
    ("uk", "Уночі дрон атакував будинок у Лісовому, повідомила ДСНС. З будинку вивели 15 мешканців. Вони розповіли, "
           "що чули два вибухи.", "ДСНС"),
    ("en", "A drone hit a house in Lisove overnight, the emergency service said. Fifteen residents were led out. They "
           "said they heard two blasts.", "emergency service"),
])
def test_they_after_people_told_is_not_the_body(lang, text, name):
    from eventledger.extract.segment import sentences
    first, second, third = sentences(text, lang)[:3]
    book = SourceBook(text, lang)  # (read where each sentence stands in the report)
    assert name in (book.speaker(first, first).name or "")
    book.speaker(second, second)
    assert name not in (book.speaker(third, third).name or "")


def test_a_web_address_outlet_is_media():
    said = speaker("Ранен водитель, сообщает 9-tv.ru.", "ru")[1]
    assert (said.name, said.kind) == ("9-tv.ru", "media")


def test_a_woman_heading_an_administration_is_not_the_mans_office():
    first = "Об атаке сообщил руководитель администрации Иван Петров."
    second = "Пострадавших нет, уточнила руководительница администрации Мария Иванова."
    book, said = speaker(first, "ru", SourceBook(f"{first} {second}", "ru"))
    assert said.name == "Иван Петров"
    assert speaker(second, "ru", book)[1].name == "Мария Иванова"


@pytest.mark.parametrize("first, same", [
    ("Начальник міської військової адміністрації Іван Петренко повідомив про обстріл.", True),
    ("Міський голова Іван Петренко повідомив про обстріл.", True),
    ("Голова Північної ОВА Іван Петренко повідомив, що в області працювала ППО.", False),
])
def test_a_hromadas_head_is_a_citys_head_not_the_regions(first, same):
    second = "Голова громади уточнив, що пошкоджено три будинки."
    book, said = speaker(first, "uk", SourceBook(f"{first} {second}", "uk"))
    _, again = speaker(second, "uk", book)
    assert (book.holder(again.name) == said) is same
