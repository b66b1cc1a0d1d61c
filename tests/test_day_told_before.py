"""An incident told in a sentence that names no day of its own is of the day the report told before it (a daily
summary's "past day", a strike's date), not of the publication day; each shown with a report written for this test.
The reports are published on 10 March 2025 (report_reading.PUBLISHED)."""

from datetime import date

import pytest

from eventledger.extract.dates import find_dates
from eventledger.extract.day_told_before import day_told_before


def days(events):
    return sorted({(e.place.key if e.place else None, e.date) for e in events if e.kind in ("strike", "shelling")})


@pytest.mark.parametrize("text, lang", [
    ("За минулу добу російські війська завдали ударів по Харківщині, повідомив начальник ОВА.\n\n"
     "«У м. Ізюм поранено 40-річного чоловіка; у м. Балаклія пошкоджено приватний будинок», — написав він.", "uk"),
    ("За минувшие сутки российские войска нанесли удары по Харьковской области, сообщил губернатор.\n\n"
     "«В Изюме ранен 40-летний мужчина, в Балаклее поврежден частный дом», — написал он.", "ru"),
    ("Russian forces struck the Kharkiv region on Sunday, the governor said.\n\n"
     "In Izium, a 40-year-old man was wounded. In Balakliia, a private house was damaged.", "en"),
])
def test_towns_listed_after_the_days_summary_are_of_that_day(read, text, lang):
    dated = days(read(text, lang))
    assert dated and {day for _, day in dated} == {"2025-03-09"}


@pytest.mark.parametrize("text, lang", [
    ("Сьогодні в Полтаві день жалоби. 8 березня росіяни вдарили ракетою по місту. Зруйновано під'їзд "
     "п'ятиповерхівки, загинули шестеро людей.", "uk"),
    ("Today is a day of mourning in Poltava. On March 8, Russia struck the city with a missile. An apartment block "
     "was destroyed, killing six people.", "en"),
])
def test_a_strike_told_after_its_date_keeps_that_date_past_the_day_of_mourning(read, text, lang):
    assert {day for _, day in days(read(text, lang))} == {"2025-03-08"}


@pytest.mark.parametrize("text, lang", [
    ("Перемирие, которое накануне одобрило правительство, вступило в силу. Ночью беспилотник атаковал Белгород, "
     "ранен мужчина.", "ru"),
    ("Перемир'я, яке напередодні схвалив уряд, набуло чинності. Дрон атакував Суми, поранено чоловіка.", "uk"),
    ("A ceasefire, which the government approved the day before, came into force. A drone struck Sumy, wounding a "
     "man.", "en"),
])
def test_a_day_told_in_a_relative_clause_is_its_nouns_not_the_next_incidents(read, text, lang):
    assert {day for _, day in days(read(text, lang))} == {"2025-03-10"}


def test_a_day_long_before_publication_dates_nothing_told_next(read):
    text = ("On 24 February 2022 Russia launched its full-scale invasion. A drone struck Sumy, wounding a man, the "
            "regional administration said.")
    assert {day for _, day in days(read(text))} == {"2025-03-10"}


@pytest.mark.parametrize("text, lang", [
    ("Air defence downed a drone over Belgorod\n\nYesterday at noon, soldiers spotted an enemy drone over the Rylsky "
     "district and shot it down, the governor said.", "en"),
    ("Военные сбили беспилотник над Курской областью\n\nВчера в обед военные заметили вражеский беспилотник над "
     "Рыльским районом и сбили его, сообщил губернатор.", "ru"),
    ("Військові збили дрон над Сумщиною\n\nВчора вдень військові помітили ворожий дрон над Шосткинським районом і "
     "збили його, повідомив голова ОВА.", "uk"),
])
def test_a_headline_tells_the_day_of_the_lead_below_it(read, text, lang):
    events = [e for e in read(text, lang) if e.kind == "interception"]
    assert events and {e.date for e in events} == {"2025-03-09"}


@pytest.mark.parametrize("text, lang", [
    # the official's summary of the past day, posted (and dated) on the publication day: the day of the posting
    # dates the telling, not what is told after it
    ("За минулу добу ворог атакував Сумщину.\n\nПро це повідомив начальник ОВА у Telegram у понеділок, 10 березня.\n\n"
     "За його даними, ворог здійснив 40 обстрілів по 12 населених пунктах.", "uk"),
    ("За минувшие сутки противник атаковал Курскую область.\n\nОб этом сообщил губернатор в понедельник, 10 марта.\n\n"
     "По его данным, противник нанёс 40 ударов по 12 населённым пунктам.", "ru"),
])
def test_the_day_of_the_telling_dates_nothing_told_after_it(text, lang):
    published = date(2025, 3, 10)
    told = day_told_before(text.rindex("\n"), find_dates(text, lang, published), text, lang, published)
    assert told is not None and told.date == "2025-03-09"


def test_another_day_in_the_telling_sentence_is_the_summarys_own():
    # "за минувшие сутки" in the sentence of the telling is the day the summary covers
    text = "Об этом сообщил губернатор в сводке за минувшие сутки.\n\nВ селе ранены двое мирных жителей."
    published = date(2025, 3, 10)
    told = day_told_before(text.rindex("\n"), find_dates(text, "ru", published), text, "ru", published)
    assert told is not None and told.date == "2025-03-09"


@pytest.mark.parametrize("text, lang", [
    # an air-raid alert's day told after the strike is the alert's ("напередодні": the day before publication)
    ("Ракета влучила в промисловий об'єкт у Полтаві, травмовано робітника. Напередодні по всій Полтавщині "
     "оголошували тривогу через ракетну небезпеку.", "uk"),
    ("Ракета попала в промышленный объект в Полтаве, травмирован рабочий. Накануне по всей области объявляли "
     "тревогу из-за ракетной опасности.", "ru"),
])
def test_an_alerts_day_told_after_a_strike_does_not_date_it(read, text, lang):
    assert {day for _, day in days(read(text, lang))} == {"2025-03-10"}


@pytest.mark.parametrize("text, lang", [
    # a weekday of something still to come ("відкриють у четвер") is read back as the past Thursday; it dates nothing
    # told after it
    ("У понеділок, 10 березня, дрон атакував Суми, поранено трьох людей. Пункт обігріву для мешканців відкриють у "
     "четвер. Також дрони атакували Конотоп, загинула жінка.", "uk"),
])
def test_a_day_of_something_to_come_dates_nothing_told_after_it(read, text, lang):
    assert {day for _, day in days(read(text, lang))} == {"2025-03-10"}


@pytest.mark.parametrize("text, lang", [
    ("Главное за день.\n\n▪️Потери противника за сутки составили до 900 человек, сообщило Минобороны;\n\n"
     "▪️В Курской области при ударе беспилотника погибла женщина, сообщил губернатор;\n\n"
     "▪️Переговоры о перемирии перенесены, заявил МИД.", "ru"),
    ("Головне за день.\n\n▪️За минулу добу ворог втратив 1200 військових, повідомив Генштаб;\n\n"
     "▪️У Сумах внаслідок удару дрона загинула жінка, повідомила ОВА;\n\n"
     "▪️Переговори про перемир'я перенесли, заявило МЗС.", "uk"),
    ("The day's main news.\n\n• Enemy losses over the past day were up to 900, the ministry said;\n\n"
     "• In Sumy, a woman was killed in a drone strike, the regional administration said;\n\n"
     "• Ceasefire talks were postponed, the foreign ministry said.", "en"),
])
def test_a_day_told_in_another_item_of_a_digest_does_not_date_the_next_item(read, text, lang):
    # the losses "over the past day" are the day before; the next item's death is the publication day's
    assert {day for _, day in days(read(text, lang))} == {"2025-03-10"}


@pytest.mark.parametrize("text, lang", [
    ("За минувшие сутки:\n\n▪️в Белгороде ранен мужчина при ударе беспилотника;\n\n"
     "▪️в Шебекино при обстреле поврежден дом.", "ru"),
    ("За минулу добу:\n\n▪️у Сумах поранено чоловіка внаслідок удару дрона;\n\n"
     "▪️у Шостці внаслідок обстрілу пошкоджено будинок.", "uk"),
])
def test_a_day_told_above_a_digests_items_dates_them_all(read, text, lang):
    assert {day for _, day in days(read(text, lang))} == {"2025-03-09"}


@pytest.mark.parametrize("text, lang", [
    ("Российские войска нанесли ракетный удар по Краматорску, разрушен жилой дом.\n\n"
     "Накануне наши бойцы сбили три беспилотника над Белгородской областью.", "ru"),
    ("Російські війська завдали ракетного удару по Краматорську, зруйновано житловий будинок.\n\n"
     "Напередодні наші бійці збили три дрони над Сумщиною.", "uk"),
    ("Russian forces struck Kramatorsk with a missile, destroying an apartment block.\n\n"
     "The day before, our soldiers shot down three drones over the Sumy region.", "en"),
])
def test_a_later_sentences_day_does_not_date_another_undated_incident_told_before_it(read, text, lang):
    events = read(text, lang)
    assert {e.date for e in events if e.kind == "interception"} == {"2025-03-09"}
    assert {e.date for e in events if e.kind != "interception"} <= {"2025-03-10"}


@pytest.mark.parametrize("text, lang", [
    ("Удар по Сумам\n\nВчера Сумы атаковали дроны, ранены два человека.", "ru"),
    ("Удар по Сумах\n\nВчора Суми атакували дрони, поранено двох людей.", "uk"),
    ("Strike on Sumy\n\nYesterday, drones attacked Sumy, wounding two people.", "en"),
])
def test_a_headline_of_the_same_incident_still_takes_the_bodys_day(read, text, lang):
    assert {day for _, day in days(read(text, lang))} == {"2025-03-09"}


@pytest.mark.parametrize("text, lang", [
    # the incident told with its place and no day, then retold by its word with only its day, past the lead (the
    # headline's lead lends its first day to the headline anyway): that day is its own
    ("Число погибших при ударе по больнице в Сумах выросло до пяти\n\nВ результате удара по больнице в Сумах погибли "
     "пять человек, в том числе двое врачей, сообщили спасатели в своем телеграм-канале. Ранее городские власти "
     "сообщали о трех погибших, а глава области — о четырех. Спасатели продолжают разбирать завалы в хирургическом "
     "корпусе, где могут оставаться люди. Работы осложняет угроза повторных атак и плохая погода в регионе. "
     "Удар дронов был нанесен поздно вечером в воскресенье.", "ru"),
    ("Кількість загиблих унаслідок удару по лікарні в Сумах зросла до п'яти\n\nУнаслідок удару по лікарні в Сумах "
     "загинули п'ятеро людей, серед них двоє лікарів, повідомили рятувальники у своєму телеграм-каналі. Раніше міська "
     "влада повідомляла про трьох загиблих, а голова області — про чотирьох. Рятувальники продовжують розбирати завали "
     "хірургічного корпусу, де можуть залишатися люди. Роботи ускладнює загроза повторних атак і негода в регіоні. "
     "Удар дронів було завдано пізно ввечері в неділю.", "uk"),
    ("Death toll from the strike on a hospital in Sumy rises to five\n\nFive people, two of them doctors, were killed "
     "in the strike on a hospital in Sumy, rescuers said on their Telegram channel. City officials had earlier spoken of "
     "three dead, and the regional governor of four. Rescuers are still clearing the rubble of the surgical wing, where "
     "people may remain trapped. The work is slowed by the threat of repeated attacks and by bad weather in the region. "
     "The drone strike came late on Sunday.", "en"),
])
def test_an_incident_retold_with_only_its_day_takes_that_day(read, text, lang):
    strikes = [e for e in read(text, lang) if e.kind == "strike"]
    assert strikes and {e.date for e in strikes} == {"2025-03-09"}


@pytest.mark.parametrize("text, lang", [
    # a day told with a place of its own is that incident's: the first keeps the publication day
    ("В результате удара по больнице в Сумах погибли пять человек. В воскресенье удар дронов был нанесен по Харькову.",
     "ru"),
    ("Унаслідок удару по лікарні в Сумах загинули п'ятеро людей. У неділю удар дронів було завдано по Харкову.", "uk"),
    ("Five people were killed in the strike on a hospital in Sumy. On Sunday a drone strike hit Kharkiv.", "en"),
    # ... and one told as done before at that place is the earlier incident's
    ("В результате ракетного удара по больнице в Сумах погибли пять человек. В воскресенье по этому месту уже "
     "наносили удар дронами.", "ru"),
])
def test_a_day_told_with_a_place_of_its_own_is_not_the_first_incidents(read, text, lang):
    strikes = [e for e in read(text, lang) if e.kind == "strike" and any(c.figure == "killed" for c in e.claims)]
    assert strikes and {e.date for e in strikes} == {"2025-03-10"}


@pytest.mark.parametrize("text, lang", [
    # an eve word told beside the report's own incident dates its own paragraph only: the incident of the next
    # paragraph is of the report's day
    ("Дрон атаковал нефтебазу в Брянской области, возник пожар. Накануне беспилотник атаковал нефтяной терминал в "
     "Ленинградской области.\n\nТакже сообщалось об ударе дрона по пороховому заводу в Тамбове.", "ru"),
    ("Дрон атакував нафтобазу на Сумщині, виникла пожежа. Напередодні безпілотник атакував нафтовий термінал на "
     "Одещині.\n\nТакож повідомлялося про удар дрона по заводу в Полтаві.", "uk"),
    ("A drone struck an oil depot in the Bryansk region, starting a fire. The previous day a drone attacked an oil "
     "terminal in the Leningrad region.\n\nThere were also reports of a drone strike on a gunpowder plant in Tambov.",
     "en"),
])
def test_an_eve_word_dates_only_its_own_paragraph(read, text, lang):
    events = read(text, lang)
    last = max((e for e in events if e.kind == "strike"), key=lambda e: text.find(e.place.as_written or "~"))
    assert last.date == "2025-03-10"
    assert "2025-03-09" in {e.date for e in events}  # the eve's own incident keeps the eve


@pytest.mark.parametrize("text, lang", [
    # ... within its paragraph it dates what follows, as any day told
    ("Накануне вечером беспилотник атаковал Белгород. В Шебекино повреждены два дома.", "ru"),
    ("Напередодні ввечері дрон атакував Суми. У Шостці пошкоджено два будинки.", "uk"),
])
def test_an_eve_word_dates_the_rest_of_its_paragraph(read, text, lang):
    assert {day for _, day in days(read(text, lang))} == {"2025-03-09"}


@pytest.mark.parametrize("text, lang", [
    # ... and one of the report's first sentence tells the report's own incident: it dates the paragraphs after it
    ("Накануне беспилотник атаковал Белгород, ранены двое.\n\nВ Шебекино повреждены два дома.", "ru"),
    ("Напередодні дрон атакував Суми, поранено двох.\n\nУ Шостці пошкоджено два будинки.", "uk"),
    ("The previous day a drone struck Sumy, wounding two.\n\nIn Shostka two houses were damaged.", "en"),
])
def test_an_eve_word_of_the_first_sentence_dates_the_paragraphs_after_it(read, text, lang):
    assert {day for _, day in days(read(text, lang))} == {"2025-03-09"}


@pytest.mark.parametrize("text, lang", [
    # a month to come, or a month's tally, told right before today's incident dates nothing: the incident keeps the
    # publication day (a rule that let the week or month of the sentence before date it was deleted for these)
    ("В мае ожидается рост числа атак, заявил губернатор. Дрон ударил по гаражу в Курске, ранен мужчина.", "ru"),
    ("У травні очікують посилення атак, заявив голова ОВА. Дрон влучив у гараж у Полтаві, поранено чоловіка.", "uk"),
    ("More attacks are expected in May, the governor said. A drone hit a garage in Kursk, wounding a man.", "en"),
    ("За январь по области выпустили более тысячи снарядов. Дрон ударил по гаражу в Курске, ранен мужчина.", "ru"),
    ("За січень по області випустили понад тисячу снарядів. Дрон влучив у гараж у Полтаві, поранено чоловіка.", "uk"),
    ("In January more than a thousand shells were fired at the region. A drone hit a garage in Kursk, wounding a man.",
     "en"),
])
def test_a_month_told_in_the_sentence_before_does_not_date_todays_incident(read, text, lang):
    hurt = [e for e in read(text, lang) if any(c.figure == "injured" for c in e.claims)]
    assert hurt and {e.date for e in hurt} == {"2025-03-10"}


@pytest.mark.parametrize("text, lang", [
    # a headline above the lead is not the report's first sentence: the lead's eve word tells the report's own
    # incident and dates the paragraphs after it
    ("Итоги вечерней атаки на Курск\n\nНакануне вечером беспилотники атаковали Курск, пострадали трое.\n\n"
     "В Льгове повреждены склад и два автомобиля.", "ru"),
    ("Підсумки вечірньої атаки на Полтаву\n\nНапередодні ввечері дрони атакували Полтаву, постраждали троє.\n\n"
     "У Кременчуці пошкоджено склад і два автомобілі.", "uk"),
    ("After the evening attack on Kursk\n\nThe previous day drones attacked Kursk, injuring three.\n\n"
     "In Lgov a warehouse and two cars were damaged.", "en"),
])
def test_an_eve_word_of_the_lead_under_a_headline_dates_the_paragraphs_after_it(read, text, lang):
    assert {day for _, day in days(read(text, lang))} == {"2025-03-09"}


@pytest.mark.parametrize("text, lang", [
    # a paragraph ends at a blank line only: the lines of a list under an eve lead are of its paragraph
    ("Губернатор рассказал об обстрелах.\n\nНакануне ВСУ обстреляли приграничные села:\n— в Теткино ранена женщина;\n"
     "— в Глушково поврежден магазин.", "ru"),
    ("Голова ОВА розповів про обстріли.\n\nНапередодні росіяни обстріляли прикордонні села:\n"
     "— у Великій Писарівці поранено жінку;\n— у Краснопіллі пошкоджено магазин.", "uk"),
    ("The governor described the shelling.\n\nThe previous day Russian forces shelled border villages:\n"
     "— in Velyka Pysarivka a woman was wounded;\n— in Krasnopillia a shop was damaged.", "en"),
])
def test_an_eve_word_dates_the_list_under_it(read, text, lang):
    dated = days(read(text, lang))
    assert len(dated) >= 2 and {day for _, day in dated} == {"2025-03-09"}


@pytest.mark.parametrize("text, lang", [
    # a later placeless incident with its day and a weapon of another family is another attack, not a retelling
    ("Ракета попала в офисное здание в Днепре, ранены четверо. В субботу вечером беспилотник атаковал склад.", "ru"),
    ("Ракета влучила в офісну будівлю в Дніпрі, поранено чотирьох. У суботу ввечері безпілотник атакував склад.", "uk"),
    ("A missile struck an office building in Dnipro, wounding four. On Saturday evening a drone attacked a warehouse.",
     "en"),
])
def test_a_later_day_told_of_another_weapon_is_another_incident(read, text, lang):
    strikes = [e for e in read(text, lang) if e.kind == "strike"]
    assert {e.weapon for e in strikes} >= {"missile", "drone"}
    assert "2025-03-08" in {e.date for e in strikes if e.weapon == "drone"}


@pytest.mark.parametrize("text, lang", [
    # ... but a line of prose after the eve's line opens a paragraph of its own (posts that break lines, not leave
    # blank ones): its incident is of the report's day
    ("Дрон атаковал нефтебазу в Брянской области, возник пожар.\nНакануне беспилотник атаковал нефтяной терминал в "
     "Ленинградской области.\nТакже сообщалось об ударе дрона по пороховому заводу в Тамбове.", "ru"),
    ("Дрон атакував нафтобазу на Сумщині, виникла пожежа.\nНапередодні безпілотник атакував нафтовий термінал на "
     "Одещині.\nТакож повідомлялося про удар дрона по заводу в Полтаві.", "uk"),
    ("A drone struck an oil depot in the Bryansk region, starting a fire.\nThe previous day a drone attacked an oil "
     "terminal in the Leningrad region.\nThere were also reports of a drone strike on a gunpowder plant in Tambov.",
     "en"),
])
def test_an_eve_word_does_not_date_the_next_line_of_prose(read, text, lang):
    events = read(text, lang)
    last = max((e for e in events if e.kind == "strike"), key=lambda e: text.find(e.place.as_written or "~"))
    assert last.date == "2025-03-10"
