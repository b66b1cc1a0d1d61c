"""What a side does as a habit tells no incident of the report's day (issue 10, false events where nothing happened). Every rule that drops events risks true ones, so each
word is also read in a real incident told with it, which keeps its event. Each report here was written for the test."""

import pytest

from report_reading import kinds

NOTHING = [
    ("Whenever Kyiv sends drones, Moscow usually claims they were shot down over Crimea.", "en"),
    ("Russian forces typically shell Kherson at night, officials say.", "en"),
    ("As a rule, the governor reports every attack on Belgorod within the hour.", "en"),
    ("Всякий раз, когда дроны атакуют Курск, власти говорят об их перехвате.", "ru"),
    ("Обычно после атак на Белгород губернатор сообщает о сбитых дронах.", "ru"),
    ("Как правило, удары по Харькову наносят ночью.", "ru"),
    ("ВСУ всё более изобретательны в ударах по Брянску, считает губернатор.", "ru"),
    ("Щоразу, коли дрони атакують Київ, окупанти заявляють про перехоплення над Кримом.", "uk"),
    ("Зазвичай після атак на Одесу влада повідомляє про збиті дрони.", "uk"),
    ("Ворог дедалі більш зухвало атакує Суми.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), NOTHING)
def test_a_habit_is_no_event(read, text, lang):
    assert kinds(read(text, lang)) == []


# (report, language, the kind and place its one event keeps)
KEPT = [
    ("A drone hit a usually busy market in Kharkiv on Monday, damaging ten stalls.", "en", ("strike", "Kharkiv")),
    ("A missile typically used by Russia struck a warehouse in Dnipro overnight.", "en", ("strike", "Dnipro")),
    ("As usual, Russian drones struck Odesa overnight, damaging a warehouse.", "en", ("strike", "Odesa")),
    ("Whenever the sirens sounded, people ran to the metro. On Monday a missile hit a school in Kyiv.", "en",
     ("strike", "Kyiv")),
    ("Drones attacked Kursk overnight, the governor said. He usually reports every attack on Telegram.", "en",
     ("strike", "Kursk")),
    ("A missile hit Poltava overnight, killing four; residents hide whenever sirens sound.", "en", ("strike", "Poltava")),
    ("Drones, which Ukraine usually launches in swarms, hit a depot in Bryansk overnight, wounding a guard.", "en",
     ("strike", "Bryansk")),
    ("The shelling of Nikopol on Tuesday, which usually draws little notice, wounded three people.", "en",
     ("shelling", "Nikopol")),
    ("Как обычно, ночью дроны атаковали Белгород, повреждены два дома.", "ru", ("strike", "Belgorod")),
    ("Ночью дрон ударил по обычно оживлённому рынку в Белгороде, повреждены павильоны.", "ru", ("strike", "Belgorod")),
    ("Ракета, которую Россия, как правило, применяет против городов, попала в склад в Днепре.", "ru", ("strike", "Dnipro")),
    ("Беспилотник атаковал Курск, сообщил губернатор. Обычно он пишет о каждой атаке в Telegram.", "ru",
     ("strike", "Kursk")),
    ("Дроны, которые обычно запускают с севера, ночью атаковали Курск, ранен мужчина.", "ru", ("strike", "Kursk")),
    ("Всякий раз дроны летят ночью: сегодня в Курске сбили три беспилотника.", "ru", ("interception", "Kursk")),
    ("Дрон атаковал всё более пустеющий посёлок Глушково, ранены двое.", "ru", ("strike", "Glushkovo")),
    ("Як зазвичай, уночі дрони атакували Харків, пошкоджено склад.", "uk", ("strike", "Kharkiv")),
    ("Дрон влучив у зазвичай людний ринок у Харкові, пошкоджено кіоски.", "uk", ("strike", "Kharkiv")),
    ("Уночі дрон атакував Суми, пошкоджено два будинки. Дедалі більше людей виїжджає з міста.", "uk", ("strike", "Sumy")),
    ("Щоразу вночі лунали вибухи. Сьогодні вранці ракета влучила у школу в Києві.", "uk", ("strike", "Kyiv")),
    ("Дрони, які зазвичай запускають з півночі, вночі атакували Чернігів, поранено жінку.", "uk", ("strike", "Chernihiv")),
]


@pytest.mark.parametrize(("text", "lang", "event"), KEPT)
def test_a_real_incident_told_with_the_same_words_keeps_its_event(read, text, lang, event):
    assert event in kinds(read(text, lang))
