"""Guarded word-list patterns find exactly what the plain patterns find, only faster."""

from __future__ import annotations

import re

import pytest

from eventledger.extract import attribution, figures, incidents
from eventledger.extract.guard import first_characters, guarded

TEXTS = [
    "A drone strike hit the Ryazan oil refinery overnight; two people were killed and nine injured, the governor said.",
    "Air defence units shot down 12 UAVs over the region, according to the Defence Ministry. No one was hurt.",
    "«Ковёр» ввели в аэропорту Казани: ограничения на приём и выпуск самолётов, сообщил Росавиация.",
    "Унаслідок атаки дронів у Одесі пошкоджено портову інфраструктуру, повідомив очільник ОВА.",
    "reStrikes, STRIKES and ſtrikes; the Kovyor plan, the “Carpet” regime — bombed, shelled, neutralised.",
    "",
]


def matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None, tuple]]:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


def test_the_look_ahead_lists_the_first_characters_of_a_word_list():
    assert first_characters(r"\b(?:drones?|bombs?|rockets?)\b", re.IGNORECASE) == "[bdr]"
    assert first_characters(r"\b(?:(?:the )?[\"“«]?(?:Kovyor|Carpet)|\w+-\d)\b") == '["CK\\wt«“]'


def test_patterns_that_could_start_anywhere_are_left_alone():
    assert first_characters(r"\b(?:x?)") is None  # matches the empty string
    assert first_characters(r"\b(?:.+|a)") is None  # any character
    assert first_characters(r"\b(?i:a)") is None  # case-insensitive inside a case-sensitive pattern
    assert first_characters(r"^\s*(?:drones?)") is None  # not led by a word boundary: `re` is fast there already
    assert guarded(r"^\s*(?:drones?)", re.IGNORECASE).pattern == r"^\s*(?:drones?)"


def test_guarded_and_plain_patterns_match_alike():
    sources = [
        r"\b(?:strikes?|shell(?:ed|ing|s)|bomb(?:ed|ing)|(?:the )?[\"“«]?(?:Kovyor|Carpet)[\"”»]? (?:plan|regime))",
        r"\b(?:(?P<k0>(?:neutrali[sz]ed|shot down)\b)|(?P<k1>(?:strikes?|killed)\b))",
        r"\b(?-i:[A-Z]\w+)\s+(?:refinery|port)",
        r"\b(?:ограничени\w*|атак\w*|пошкоджен\w*)",
    ]
    for source in sources:
        for flags in (0, re.IGNORECASE):
            plain, fast = re.compile(source, flags), guarded(source, flags)
            assert fast.pattern != plain.pattern
            for text in TEXTS:
                assert matches(fast, text) == matches(plain, text), (source, flags, text)


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_the_language_patterns_are_guarded_and_unchanged_in_what_they_find(lang):
    guarded_patterns = [
        incidents.patterns(lang).triggers, incidents.patterns(lang).weapon_words, incidents.patterns(lang).target_words,
        figures._patterns(lang).any_word, attribution._patterns(lang).verb_after_speaker,
    ]
    for pattern in guarded_patterns:
        assert pattern.pattern.startswith(r"\b(?=[")
        inner = pattern.pattern[pattern.pattern.index("])(?:") + 5 : -1]
        plain = re.compile(inner, pattern.flags)
        for text in TEXTS:
            assert matches(pattern, text) == matches(plain, text)


def test_the_case_table_holds_every_character_re_matches_ignoring_case():
    from eventledger.extract.guard import _CASE_PLANES, _cases

    import _sre

    # no character past the planes the table reads is lowered to another (so none is missed)
    assert all(_sre.unicode_tolower(c) == c for c in range(_CASE_PLANES, 0x110000))
    for letter in "dDkKsSiIßёЁїЇґҐ":
        pattern = re.compile(re.escape(letter), re.IGNORECASE)
        expected = {c for c in range(_CASE_PLANES) if pattern.fullmatch(chr(c))}
        assert set(_cases(ord(letter))) == expected, letter


def test_rewritten_alternatives_find_the_first_alternative_that_matches():
    # the order of alternatives decides the match: a rewrite that joined or spread them out of order would find "drone"
    # where the plain pattern finds "drones" (and the group of the first list that matches, not the longest)
    sources = [
        r"\b(?:drone|drones|Drone attack|dam|damage|(?:the )?attack|(?:the )??attacks?|(?:missiles?|rockets?) hit)",
        r"\b(?:(?P<k0>(?:shot down|shelled)\b)|(?P<k1>(?:shelling|shot)\b)|(?P<k2>(?:sh\w+)\b))",
        r"\b(?:(a)b|ab|(?:x|y)(?:z|w)?(?:\d+)?s)",
        r"\b(?:ſtrike|strike|KELVIN|kelvin|İstanbul|istanbul|«Ковёр»|ковер|ковёр)",
    ]
    texts = ["the drones attack", "Drone attacks, dams damaged", "The attack; the Attacks; missiles hit", "rockets hit",
             "shot down and shelled", "shelling shot shout", "ab xs yzs xw12s", "ſtrike STRIKE \u212aelvin İstanbul",
             "ISTANBUL «КОВЁР» Ковер ковёр"]
    for source in sources:
        plain, fast = re.compile(source, re.IGNORECASE), guarded(source, re.IGNORECASE)
        for text in texts:
            assert [(m.span(), m.lastgroup, m.groups()) for m in fast.finditer(text)] == \
                   [(m.span(), m.lastgroup, m.groups()) for m in plain.finditer(text)], (source, text)


def test_a_second_process_reads_the_compiled_patterns_from_disk(tmp_path):
    """The first process compiles the word lists and leaves their codes in EVENTLEDGER_HOME; the next one reads them
    and finds the same matches."""
    import os
    import subprocess
    import sys

    script = (
        "import re, sys\n"
        "from eventledger.extract import pattern_cache\n"
        "from eventledger.extract.guard import guarded\n"
        "p = guarded(r'\\b(?:(?:the )?drones?|bombs?|rockets?)\\b', re.IGNORECASE)\n"
        "print(pattern_cache._STORE.added, [m.span() for m in p.finditer('The drones and two Bombs; rocketry.')])\n"
    )
    env = {**os.environ, "EVENTLEDGER_HOME": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert list(tmp_path.glob("patterns-*.marshal"))
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert first.stdout == "True [(0, 10), (19, 24)]\n"
    assert second.stdout == "False [(0, 10), (19, 24)]\n"


def test_an_unwritable_home_only_costs_the_compile(tmp_path):
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    home.write_text("a file where the folder should be")
    script = "import re\nfrom eventledger.extract.guard import guarded\nprint(bool(guarded(r'\\b(?:drones?)', re.I).match('Drone')))\n"
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "EVENTLEDGER_HOME": str(home)},
                          capture_output=True, text=True, check=True)
    assert done.stdout == "True\n" and not done.stderr


def test_the_pattern_file_keeps_other_processes_entries_only_within_a_bound(tmp_path, monkeypatch):
    """An edit of a word list leaves the old list's entry behind: the file does not grow without end, and a damaged
    entry is compiled again rather than failing."""
    import marshal

    from eventledger.extract import pattern_cache

    store = pattern_cache._Store()
    monkeypatch.setattr(pattern_cache, "_STORE", store)
    monkeypatch.setattr(pattern_cache, "_path", lambda: tmp_path / "patterns-test.marshal")
    stale = {(f"old list {i}", 2): ("x", 2, [0], 0, {}, ()) for i in range(5)}
    (tmp_path / "patterns-test.marshal").write_bytes(marshal.dumps(stale))
    assert guarded(r"\b(?:drones?)", re.IGNORECASE).match("Drones")
    store.save()
    kept = marshal.loads((tmp_path / "patterns-test.marshal").read_bytes())
    assert list(kept) == [(r"\b(?:drones?)", int(re.IGNORECASE))]  # 5 stale entries beside 1 used: dropped
    damaged = {key: ("x", 2, [0], 0, {}, ()) for key in kept}  # codes the engine refuses
    (tmp_path / "patterns-test.marshal").write_bytes(marshal.dumps(damaged))
    store = pattern_cache._Store()
    monkeypatch.setattr(pattern_cache, "_STORE", store)
    assert guarded(r"\b(?:drones?)", re.IGNORECASE).match("Drones")


def test_a_pattern_led_by_not_after_a_letter_is_guarded_only_where_every_match_begins_with_a_letter():
    from eventledger.extract.guard import word_led

    texts = TEXTS + ["мэра Одессы и «мэр» города, вице-мэр; 12 дней, год назад", "_a a1 ñ Ñ x«a", "a«мэр»b мэрия"]
    cases = [
        (r"(?<!\w)(?:мэр\w*|губернатор\w*)(?!\w)", True),
        (r"(?<!\w)(?:\d+\s+дней|год)(?!\w)", True),
        (r"(?<!\w)(?:a|_b|[а-я]x|ñ)", True),
        (r"(?<!\w)(?:«мэр|мэр)(?!\w)", False),  # a match may begin with a mark: left as it is
        (r"(?<!\w)(?:\s+x)", False),
        (r"(?<!\w)(?:x?)", False),
        (r"\b(?:мэр)", False),  # not led by the look-behind
    ]
    for source, sped in cases:
        for flags in (0, re.IGNORECASE):
            plain, fast = re.compile(source, flags), word_led(source, flags)
            assert (fast.pattern != plain.pattern) == sped, (source, flags)
            for text in texts:
                assert matches(fast, text) == matches(plain, text), (source, flags, text)
                for pos in range(len(text) + 1):  # searched from inside a text, as the modules search
                    assert [m.span() for m in [fast.search(text, pos)] if m] == \
                        [m.span() for m in [plain.search(text, pos)] if m], (source, text, pos)


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_office_titles_and_war_totals_find_what_their_plain_patterns_find(lang):
    from eventledger.extract import war_totals

    pats = [*attribution._patterns(lang).titles, war_totals._pattern(lang)]
    for pattern in [p for p in pats if p is not None]:
        plain = re.compile(r"(?<!\w)" + pattern.pattern[pattern.pattern.index("])(?:") + 7 : -1], pattern.flags) \
            if pattern.pattern.startswith(r"\b(?=[") else pattern
        for text in TEXTS:
            assert matches(pattern, text) == matches(plain, text)
