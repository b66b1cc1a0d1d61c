"""A report with no publication date that tells one day, with its year: its clauses that name no day are of that day,
as they would be of the publication day (issue 10, second round on dates)."""

import pytest

from eventledger.extract.pipeline import extract
from eventledger.model import Report


def dates(gazetteer, text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.date) for e in extract(Report(text=text, published=None, language=lang), gazetteer)]


@pytest.mark.parametrize("text, lang", [
    ("On 14 August 2024 Russian drones attacked Kharkiv. A warehouse caught fire in Odesa after a drone hit it, the "
     "governor said.", "en"),
    ("14 августа 2024 года беспилотники атаковали Харьков. В Одессе после попадания дрона загорелся склад, сообщил "
     "губернатор.", "ru"),
    ("14 серпня 2024 року дрони атакували Харків. В Одесі після влучання дрона загорівся склад, повідомив голова ОВА.",
     "uk"),
])
def test_an_undated_strike_takes_the_one_day_the_report_tells(gazetteer, text, lang):
    assert {date for _, date in dates(gazetteer, text, lang)} == {"2024-08-14"}


def test_a_stamp_beside_a_weekday_dates_no_undated_clause(gazetteer):
    """"on Tuesday" is read from a publication day the report lacks: its one full day is a page stamp, perhaps the
    morning after the shelling."""
    text = ("05.07.2023 08:10\nRussian troops shelled Kherson on Tuesday, the regional governor said. A house was damaged "
            "in Beryslav after shelling.")
    assert dates(gazetteer, text, "en") == [("shelling", None), ("shelling", None)]


def test_a_report_telling_two_days_dates_no_undated_clause(gazetteer):
    text = "Харьков, 14 августа 2024 года. Беспилотник атаковал Харьков. Ранее, 12 августа 2024 года, дрон атаковал Сумы."
    assert dates(gazetteer, text, "ru") == [("strike", None), ("strike", "2024-08-12")]
