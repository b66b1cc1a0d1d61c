"""A Ukrainian future in -ть ("збільшить", "посилить") is the dictionary's second reading, after a colloquial
infinitive; extract/tense reads it as the future, so a forecast told with it makes no event, as "увеличит" does in
Russian. The reports are our own."""

from report_reading import kinds


def test_uk_forecast_with_a_future_in_t_makes_no_event(read):
    text = "Аналітики вважають, що Росія збільшить кількість ударів по Одесі взимку."
    assert read(text, lang="uk") == []


def test_uk_forecast_beside_a_relative_aside_makes_no_event(read):
    text = "За оцінкою аналітиків, з якою ознайомилося видання, ворог посилить удари по Сумах найближчим часом."
    assert read(text, lang="uk") == []


def test_uk_strike_told_done_keeps_its_event(read):
    text = "Вночі ворог завдав удару по Одесі, пошкоджено склад, поранено двох людей."
    assert kinds(read(text, lang="uk")) == [("strike", "Odesa")]
