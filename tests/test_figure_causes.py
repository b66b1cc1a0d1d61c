"""The causes of wrong figures and sources counted on the real-news dev and dev2 splits (issue 10, fourth round), each
shown with a report written for this test, in English, Russian and Ukrainian where the cause occurs."""

import pytest

from report_reading import reader


@pytest.fixture(scope="module")
def read(gazetteer):
    return reader(gazetteer)


def bounds(event, name):
    f = event.figures[name]
    return f.low, f.best, f.high


def casualty_event(events):
    (e,) = [e for e in events if e.kind in ("strike", "shelling")]
    return e


# --- one report's two counts of a figure: the larger is its update --------------------------------------------------

@pytest.mark.parametrize("text, lang, figure, expected", [
    ("A missile hit the administration building in Kherson on Monday. The death toll has risen to three, Interfax "
     "reported. A driver of the deputy head was killed in the attack, the regional governor said.", "en", "killed", (1, 3, 3)),
    ("Ракета попала в торговый центр в Харькове, сообщил губернатор Иван Петров. По данным прокуратуры, погибли "
     "шесть человек. Ранее сообщалось о пяти погибших.", "ru", "killed", (5, 6, 6)),
    ("Російські ракети влучили в Одесу, повідомив Олег Кіпер. Загинуло троє мешканців, понад 20 поранено. "
     "Внаслідок атаки двоє одеситів загинули на місці.", "uk", "killed", (2, 3, 3)),
])
def test_a_reports_larger_count_is_its_update(read, text, lang, figure, expected):
    assert bounds(casualty_event(read(text, lang)), figure) == expected
