"""Sentences and clauses keep exact offsets into the report's text."""

from eventledger.extract.segment import clauses, sentences


def test_sentences_keep_offsets_and_respect_abbreviations():
    text = "Drones hit a depot in Ryazan. Gen. Ivanov said nothing. No. 5 plant was spared.\nA new line."
    found = sentences(text, "en")
    assert [s.text for s in found] == [
        "Drones hit a depot in Ryazan.", "Gen. Ivanov said nothing.", "No. 5 plant was spared.", "A new line."
    ]
    assert all(text[s.start : s.end] == s.text for s in found)


def test_semicolons_split_one_sentence_into_clauses():
    text = "Residents of Kursk reported explosions; the governor said a drone was downed; two airports closed."
    sentence = sentences(text, "en")[0]
    parts = clauses(sentence, "en")
    assert [c.text for c in parts] == [
        "Residents of Kursk reported explosions", "the governor said a drone was downed", "two airports closed."
    ]
    assert all(text[c.start : c.end] == c.text for c in parts)


def test_russian_sentences():
    text = "Беспилотник атаковал завод в Брянске. Пострадавших нет."
    assert [s.text for s in sentences(text, "ru")] == ["Беспилотник атаковал завод в Брянске.", "Пострадавших нет."]


def test_a_read_also_heading_over_a_list_of_headlines_is_blanked():
    from eventledger.extract.segment import without_links
    text = ("A drone hit a school in Sumy overnight.\nRead also\n- Strike on Poltava: three injured\n- Odesa port hit "
            "again\nThe mayor said classes were cancelled.")
    out = without_links(text, "en")
    assert len(out) == len(text) and "Poltava" not in out and "Odesa" not in out
    assert "Sumy" in out and "The mayor said classes were cancelled." in out


def test_a_link_line_with_no_colon_before_its_headline_ru():
    from eventledger.extract.segment import without_links
    text = "Беспилотник атаковал Курск.\nЧитайте также Взрывы прогремели в Белгороде\nПострадавших нет."
    out = without_links(text, "ru")
    assert "Белгороде" not in out and "Пострадавших нет." in out


def test_a_line_opening_with_the_words_in_a_sentence_stays():
    from eventledger.extract.segment import without_links
    text = "Related to the strike, the ministry said two drones were downed over Kursk."
    assert without_links(text, "en") == text


def test_another_storys_teaser_cut_short_with_read_more_is_blanked_in_any_language():
    from eventledger.extract.segment import without_links
    text = ("A drone hit a warehouse in Kharkiv overnight.\n"
            "Вночі ворог атакував Одесу. Внаслідок удару виникла… Читати більше\n"
            "Russian shelling damaged a school in Kherson, the… Read more\n"
            "The governor said two people were injured.")
    out = without_links(text, "en")
    assert len(out) == len(text)
    assert "Одес" not in out and "Kherson" not in out
    assert "warehouse in Kharkiv" in out and "two people were injured" in out


def test_a_report_line_cut_short_without_read_more_stays():
    from eventledger.extract.segment import without_links
    text = "Мешканці Запоріжжя повідомляють про вибухи. Офіційних коментарів поки немає…\nНовина оновлюється…"
    assert without_links(text, "uk") == text


def test_a_line_of_hashtags_is_blanked_but_a_sentence_with_one_stays():
    from eventledger.extract.segment import without_links
    text = "Drones attacked Moscow, the mayor said. #Moscow is safe.\n#Moscow #drones #attack #mayor"
    out = without_links(text, "en")
    assert out.startswith("Drones attacked Moscow, the mayor said. #Moscow is safe.\n")
    assert "#drones" not in out


def test_a_link_line_with_a_bar_before_its_headline_is_blanked():
    # (en21: "Also Read | <headline>"; the same bar after Russian's words; Ukrainian's "Читайте також" ends the report)
    from eventledger.extract.segment import without_links
    text = "A drone hit a depot in Kursk overnight.\nAlso Read | Drones downed near Belgorod as raids grow\nNo one was hurt."
    out = without_links(text, "en")
    assert len(out) == len(text) and "Belgorod" not in out and "No one was hurt." in out
    text = "Беспилотник атаковал Курск.\nЧитайте также | Взрывы прогремели в Белгороде\nПострадавших нет."
    out = without_links(text, "ru")
    assert "Белгороде" not in out and "Пострадавших нет." in out


def test_a_ukrainian_link_line_is_blanked_whatever_follows_the_words():
    from eventledger.extract.segment import without_links
    for line in ("Читайте також | Вибухи пролунали в Харкові", "Читайте також: Вибухи пролунали в Харкові",
                 "Дивіться також Вибухи пролунали в Харкові"):
        text = f"Дрон атакував Суми вночі.\n{line}\nПостраждалих немає."
        out = without_links(text, "uk")
        assert len(out) == len(text) and "Харкові" not in out and "Постраждалих немає." in out
    sentence = "Читайте також про те, як ворог атакував Суми: дрон влучив у склад."  # a sentence, not a link
    assert without_links(sentence, "uk") == sentence


def test_the_soviet_era_russian_names_of_countries_are_the_countries(read):
    events = read("Беспилотник упал в Белоруссии, сообщили местные СМИ. Взрывом повреждён дом.", lang="ru")
    assert any(e.place and e.place.country == "BY" for e in events)
