"""The telling sentence resolution compares is the whole sentence at the event, not the words up to the first dot of
a link: channel posts write "[заявил](https://t.me/...)" in mid-sentence, and the sentence used to end at "https://t."
(an embedding of half a sentence, unlike any retelling). The posts are our own."""

from __future__ import annotations

from eventledger.resolve import event_text


def test_a_link_in_mid_sentence_neither_ends_it_nor_stays_in_it() -> None:
    text = ("Над Тверью сбиты два беспилотника, обломки упали во двор, — [сообщил](https://t.me/tver_gov/4512) "
            "губернатор. Пострадавших нет.")
    assert event_text(text, 0) == "Над Тверью сбиты два беспилотника, обломки упали во двор, — сообщил губернатор."


def test_an_address_and_a_decimal_are_not_sentence_ends() -> None:
    text = "Удар по складу в 2.5 км от города, подробности на www.example.org/news позже. Второе предложение."
    assert event_text(text, 0) == "Удар по складу в 2.5 км от города, подробности на позже."


def test_sentences_still_end_at_a_stop_before_closing_markup_or_a_line_break() -> None:
    assert event_text("**Взрывы в Твери — губернатор.** Подробности уточняются, пострадавших пока нет. Ещё.", 0) == (
        "**Взрывы в Твери — губернатор.** Подробности уточняются, пострадавших пока нет.")
    line = "Над Тверью ночью сбит беспилотник, обломки упали на крышу частного дома"
    assert event_text(f"{line}\nПострадавших нет", 0) == line
