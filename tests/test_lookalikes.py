"""Words mixing Latin and Cyrillic lookalike letters are read in their main script, and quoted as written. Each
report here was written for the test; the lookalike letters are spelled out with escapes so that they can be seen."""

import pytest

from eventledger.extract.lookalikes import in_one_script
from report_reading import figures, kinds

LATIN_I, LATIN_E_DIAERESIS, CYRILLIC_A, CYRILLIC_ES = "i", "\u00eb", "\u0430", "\u0441"


@pytest.mark.parametrize(("written", "read_as"), [
    (f"Глух{LATIN_I}в", "Глухів"),  # a Ukrainian town with a Latin i
    (f"ещ{LATIN_E_DIAERESIS}", "ещё"),  # a Latin ë in a Russian word
    (f"{CYRILLIC_ES}laims", "claims"),  # a Cyrillic с in an English word
])
def test_a_mixed_word_is_read_in_its_main_script(written, read_as):
    assert in_one_script(written) == read_as
    assert len(in_one_script(written)) == len(written)  # offsets kept


@pytest.mark.parametrize("blend", ["АрміяInform", "КурскCity", "Hello мир"])
def test_a_blend_with_letters_of_no_twin_is_a_name_and_stays(blend):
    assert in_one_script(blend) == blend


def test_a_ukrainian_town_written_with_a_latin_i_is_found_and_quoted_as_written(read):
    text = f"Росіяни обстріляли Глух{LATIN_I}в уранці, поранено двох людей."
    (event,) = read(text, "uk")
    assert kinds([event]) == [("shelling", "Hlukhiv")]
    assert figures(event) == {"injured": 2}
    assert all(claim.quote == text[claim.start:claim.end] for claim in event.claims)


def test_an_english_trigger_with_a_cyrillic_letter_is_read(read):
    (event,) = read(f"Russian drones {CYRILLIC_A}ttacked Odesa overnight, injuring three people, the governor said.")
    assert kinds([event]) == [("strike", "Odesa")]
    assert figures(event) == {"injured": 3}
