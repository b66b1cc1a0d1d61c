"""A Latin letter drawn like a Cyrillic one ("Ещë" with a Latin ë, U+00EB) is read as the Cyrillic letter wherever a
report's words are read: in extraction (before the report's end and its link lines are looked for) and in the
sentence resolution compares (`event_text`), whose "ещё один удар" tells another strike. Offsets and quotes stay those
of the report as written. The posts are our own; the lookalike letters are spelled out with escapes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from eventledger.extract.lookalikes import in_one_script
from eventledger.extract.word_lists import every_language
from eventledger.model import Place
from eventledger.resolve import Item, compare, day_range, event_text

LATIN_E_DIAERESIS, LATIN_CAPITAL_E_DIAERESIS, LATIN_CAPITAL_I_DIAERESIS = "\u00eb", "\u00cb", "\u00cf"
UTC = timezone.utc
MYKOLAIV = Place("Николаев", "UA", "Mykolaiv Oblast", 46.97, 32.0, "city")
NIGHT = datetime(2025, 3, 10, 3, 0, tzinfo=UTC)
FIRST = "Ночью беспилотники атаковали Николаев: погибли два человека, сообщил мэр."
AGAIN = "Ещё один удар по Николаеву: погибли пять человек."


def post(id: str, text: str, figures: dict[str, tuple[int, int]], published: datetime) -> Item:
    lo, hi = day_range("2025-03-10", "day", None)
    return Item(id=id, report_id=f"r-{id}", kind="strike", day_lo=lo, day_hi=hi, precision="day", place=MYKOLAIV,
                weapon="drone", text=text, figures=figures, published=published)


def test_capital_e_and_yi_with_a_diaeresis_have_their_cyrillic_twins():
    assert in_one_script(f"ЕЩ{LATIN_CAPITAL_E_DIAERESIS} ДВА") == "ЕЩЁ ДВА"
    assert in_one_script(f"{LATIN_CAPITAL_I_DIAERESIS}ЖАКИ") == "ЇЖАКИ"


def test_the_sentence_resolution_reads_is_in_one_script_and_as_long():
    written = f"Ещ{LATIN_E_DIAERESIS} один удар по Николаеву: погибли пять человек."
    assert event_text(written, 0) == AGAIN
    assert every_language("separate_incident").search(event_text(written, 0))
    assert event_text(written, 0, title=f"ЕЩ{LATIN_CAPITAL_E_DIAERESIS} ОДИН УДАР") == f"ЕЩЁ ОДИН УДАР. {AGAIN}"


def test_another_strike_told_with_a_latin_e_stays_apart_as_with_the_cyrillic_one():
    first = post("a", FIRST, {"killed": (2, 2)}, NIGHT)
    for written in (AGAIN, AGAIN.replace("ё", LATIN_E_DIAERESIS)):
        later = post("b", event_text(written, 0), {"killed": (5, 5)}, NIGHT + timedelta(hours=2))
        assert not compare(first, later).join


def test_one_script_text_and_names_blending_scripts_are_left_as_written():
    # what must not change: a sentence in one script, and names whose other letters have no twins
    assert event_text(FIRST, 0) == FIRST
    assert event_text("Как сообщает АрміяInform, в КурскCity слышны взрывы.", 0) == (
        "Как сообщает АрміяInform, в КурскCity слышны взрывы.")


def test_a_report_with_a_latin_e_is_read_as_with_the_cyrillic_one_and_quoted_as_written(read):
    written = f"Над Белгородом сбиты два беспилотника. Ещ{LATIN_E_DIAERESIS} один беспилотник сбит над Шебекино."
    as_cyrillic = written.replace(LATIN_E_DIAERESIS, "ё")
    got, want = read(written, "ru"), read(as_cyrillic, "ru")
    assert [(e.kind, e.place and e.place.key, sorted((c.figure, c.value) for c in e.claims if c.figure)) for e in got] \
        == [(e.kind, e.place and e.place.key, sorted((c.figure, c.value) for c in e.claims if c.figure)) for e in want]
    assert all(c.quote == written[c.start:c.end] for e in got for c in e.claims)
