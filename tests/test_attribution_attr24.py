"""Attribution (attr24): where a speaker said it, a linked speech verb, a signing name the kind words know, a channel
naming itself, "they" after a body, a clock time before a speaker, "как ранее сообщал X", an outlet's web address.
The reports are written for these tests; their people, channels and outlets are invented.

Covered:
- a statement or a post where it was said ("в утренней сводке", "у новому дописі", "in its daily briefing") is no part
  of the speaker's name, after the verb or after the name (`said_in` in lang/<code>/attribution.yaml);
- a speech verb in a markdown link ("Как [сообщил](link) губернатор X") is still the verb before the speaker;
- "— Павел Собянин." signs a post though the kind words know the surname;
- a Telegram post whose only source is its own channel ("По данным KORN" in KORN's post) is the channel's throughout;
- "Они отмечают", "They noted" after a body spoke last: that body;
- a clock time opening the sentence ("В 6:55 утра очевидцы") is no part of the speaker;
- "Как ранее сообщал X", "Як раніше повідомляв X": X; an outlet named by its web address ("5-tv.ru") is a name.
"""

import pytest

from eventledger.extract.markup import blanked
from eventledger.extract.attribution import SourceBook
from report_reading import casualty_event, sources, speaker


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "За ночь сбиты 30 беспилотников, сообщило в утренней сводке Министерство обороны.", "Министерство обороны"),
    ("ru", "Воздушные силы в новом посте по итогам ночи отмечают, что сбиты 30 дронов.", "Воздушные силы"),
    ("uk", "Уночі збито 30 дронів, повідомили в ранковому зведенні Повітряні сили.", "Повітряні сили"),
    ("uk", "Повітряні сили у новому дописі зазначають, що збито 30 дронів.", "Повітряні сили"),
    ("en", "The Air Force in a new post said 30 drones were downed.", "Air Force"),
    ("en", "The Defence Ministry in its daily briefing said 30 drones were downed.", "Defence Ministry"),
])
def test_where_it_was_said_is_no_part_of_the_speaker(lang, text, name):
    assert speaker(text, lang)[1].name == name


@pytest.mark.parametrize("lang, text, name", [
    # an office and a name before where he said it stay whole
    ("ru", "Губернатор Павел Орлов в сообщении отметил, что пострадавших нет.", "Павел Орлов"),
    ("uk", "Про це повідомив у своєму зверненні голова ОВА Іван Петренко.", "Іван Петренко"),
])
def test_a_speaker_before_where_he_said_it_keeps_his_name(lang, text, name):
    assert speaker(text, lang)[1].name == name


def test_a_link_reads_as_its_label_with_offsets_kept():
    text = "Как [сообщил](https://t.me/x/1) губернатор"
    assert len(blanked(text)) == len(text)
    assert blanked(text).split() == ["Как", "сообщил", "губернатор"]


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Как [сообщил](https://t.me/orlov/12) в своём телеграм-канале губернатор области Павел Орлов, ранены двое.",
     "Павел Орлов"),
    ("uk", "Як [повідомив](https://t.me/petrenko/7) голова ОВА Іван Петренко, поранено двох людей.", "Іван Петренко"),
])
def test_a_linked_speech_verb_names_its_speaker(lang, text, name):
    assert speaker(text, lang)[1].name == name


def test_a_first_name_before_a_known_surname_signs_the_post(read):
    report = ("Ночью беспилотник атаковал жилой дом в Подмосковье. Ранены три человека.\n\n— Павел Собянин.\n\n"
              "❗️ [Подписывайся на Вестник Полдня](https://t.me/+AbCdEf)")
    assert sources(casualty_event(read(report, "ru")), "injured") == {"Павел Собянин"}


@pytest.mark.parametrize("lang, report, name", [
    ("ru", "Ночью беспилотник атаковал жилой дом в Курске. По данным KORN, ранены три человека.\n\n"
           "🎯[ Подписывайся на KORN](https://t.me/korn_news)\n\n📩 [Прислать новость](https://t.me/korn_bot)", "KORN"),
    ("uk", "Уночі дрон атакував житловий будинок у Сумах. За даними Вартовий, поранено трьох людей.\n\n"
           "⚡️ [Підписуйся на Вартовий](https://t.me/+QwErTy)", "Вартовий"),
])
def test_a_channel_naming_itself_is_still_its_own_post(read, lang, report, name):
    assert sources(casualty_event(read(report, lang)), "injured") == {name}


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Воздушные силы сообщили о 12 попаданиях. Они отмечают, что сбиты 30 ракет.", "Воздушные силы"),
    ("uk", "Повітряні сили повідомили про 12 влучань. Вони зазначають, що збито 30 ракет.", "Повітряні сили"),
    ("en", "The Air Force reported 12 hits. They noted that 30 missiles were downed.", "Air Force"),
])
def test_they_after_a_body_is_that_body(lang, text, name):
    from eventledger.extract.segment import sentences
    first, second = sentences(text, lang)[:2]
    book, said = speaker(first.text, lang)
    assert said.name == name
    assert speaker(second.text, lang, book)[1].name == name


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "В 6:55 утра очевидцы сообщили о взрывах.", "очевидцы"),
    ("uk", "О 6:55 ранку очевидці повідомили про вибухи.", "очевидці"),
    ("en", "At 6:55 a.m. residents reported explosions.", "residents"),
])
def test_a_clock_time_is_no_part_of_the_speaker(lang, text, name):
    assert speaker(text, lang)[1].name == name


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Как ранее сообщал Полдень-ТВ, ночью сбиты 14 беспилотников.", "Полдень-ТВ"),
    ("ru", "Как сообщал ранее 7-tv.ru, ночью сбиты 14 беспилотников.", "7-tv.ru"),
    ("uk", "Як раніше повідомляв Полудень-ТВ, уночі збито 14 дронів.", "Полудень-ТВ"),
    ("en", "According to northernherald.com, 14 drones were downed.", "northernherald.com"),
])
def test_an_earlier_report_and_a_web_address_name_the_outlet(lang, text, name):
    assert speaker(text, lang)[1].name == name


@pytest.mark.parametrize("lang, first, title", [
    ("uk", "Голова Північної ОВА Іван Петренко повідомив, що в області працювала ППО.",
     "Голова Лісової селищної ради"),
    ("ru", "Губернатор Северной области Иван Петров сообщил, что в области работала ПВО.",
     "Глава Лесного сельсовета"),
    ("en", "Northern Oblast governor Ivan Petrov said air defence was at work.", "The head of the Lisova village council"),
])
def test_a_village_head_is_not_the_regions_head(lang, first, title):
    text = f"{first} {title} said houses were damaged."
    book, said = speaker(first, lang, SourceBook(text, lang))
    assert said.person
    book.resolve(title)
    assert book.holder(book_title(book, title)) is None


def book_title(book: SourceBook, title: str) -> str:
    """The phrase the book keeps for an office named without its holder."""
    (phrase,) = [p for p in book.title_only if p in title]
    return phrase


@pytest.mark.parametrize("lang, text, name", [
    # "also" between the verb and the speaker after it is no break
    ("uk", "Атаку на місто підтвердила і керівниця Північної ОВА Олена Коваль.", "Олена Коваль"),
    ("ru", "Атаку на город подтвердил и губернатор Северной области Иван Петров.", "Иван Петров"),
    ("en", "The attack was also confirmed by Governor Ivan Petrov.", "Ivan Petrov"),
])
def test_also_before_a_speaker_after_the_verb(lang, text, name):
    assert name in (speaker(text, lang)[1].name or "")


@pytest.mark.parametrize("lang, first, second, name", [
    # a woman's office, named again by another word for it
    ("uk", "Про атаку повідомила керівниця Північної ОВА Олена Коваль.", "Без жертв, - наголосила очільниця ОВА.",
     "Олена Коваль"),
    ("ru", "Об атаке сообщила начальница областного штаба Елена Петрова.", "Пострадавших нет, - уточнила начальница.",
     "Елена Петрова"),
])
def test_a_womans_office_points_back_at_her(lang, first, second, name):
    book, said = speaker(first, lang, SourceBook(f"{first} {second}", lang))
    assert said.name == name
    _, again = speaker(second, lang, book)
    assert again.name == name or book.holder(again.name) == said


@pytest.mark.parametrize("lang, report, name", [
    ("ru", "Ночью беспилотник атаковал жилой дом в Курске. По нашим данным, ранены три человека. Губернатор Павел Орлов "
           "сообщил, что на месте работают экстренные службы.\n\n"
           "🎯[ Подписывайся на KORN](https://t.me/korn_news)\n\n📩 [Прислать новость](https://t.me/korn_bot)", "KORN"),
    ("uk", "Уночі дрон атакував житловий будинок у Сумах. За нашими даними, поранено трьох людей. Голова ОВА Іван "
           "Петренко повідомив, що на місці працюють рятувальники.\n\n⚡️ [Підписуйся на Вартовий](https://t.me/+QwErTy)",
     "Вартовий"),
    ("en", "A drone struck an apartment block in Kursk overnight. According to our sources, three people were injured. "
           "Governor Ivan Petrov said rescuers were at the scene.\n\n"
           "🔔 [Subscribe to Frontline Wire](https://t.me/frontline_wire)", "Frontline Wire"),
])
def test_a_channels_own_voice_is_the_channel(read, lang, report, name):
    assert sources(casualty_event(read(report, lang)), "injured") == {name}


def test_our_data_on_a_news_page_names_no_one(read):
    report = "Ночью беспилотник атаковал жилой дом в Курске. По нашим данным, ранены три человека."
    assert sources(casualty_event(read(report, "ru")), "injured") == {None}


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "Губернатор Северной области Иван Петров в ночь на понедельник объявил в своем телеграм-канале, что над "
           "областью были сбиты семь ракет.", "Иван Петров"),
    ("uk", "Голова ОВА Іван Петренко оголосив, що над областю збито сім ракет.", "Іван Петренко"),
    ("en", "Governor Ivan Petrov announced that seven missiles were shot down.", "Ivan Petrov"),
])
def test_announced_is_speech(lang, text, name):
    assert name in (speaker(text, lang)[1].name or "")


def test_a_preposition_opening_the_clause_is_no_coordinated_speaker():
    text = "К позициям вышли двое бойцов, один из которых был ранен и сказал, что их обстреляли."
    assert speaker(text, "ru")[1].name != "К"
