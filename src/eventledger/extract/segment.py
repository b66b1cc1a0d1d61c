"""Sentences and clauses, as spans of the one stored text.

Every later stage works on these spans so that each claim's quote is a slice of the report's text with exact offsets.
Clauses matter because one news sentence often packs several incidents ("residents of Saratov reported explosions;
the governor of Rostov Oblast said an attack was repelled; four airports suspended operations").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from eventledger.extract.page_furniture import story_list_start
from eventledger.lang import SUPPORTED, topic


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@cache
def _sentence_end(lang: str) -> re.Pattern[str]:
    # Python look-behinds need a fixed width, so each abbreviation gets its own.
    not_abbreviation = "".join(rf"(?<!\b{word}\.)" for word in topic(lang, "segment").get("abbreviations", []))
    # A sentence ends at . ! ? (maybe followed by a closing quote) before whitespace and a capital, digit or opening
    # quote, but not after an initial ("A. Brechalov") or an abbreviation; a line break always ends one.
    # Scraped pages and posts also glue sentences together ("Є поранений.Про це повідомив ..."): a period right after a
    # lower-case word of three letters or more and right before a capitalised word that a space follows ends one too.
    # (A site's name keeps its dot: "Censor.NET", "Lenta.Ru," have no lower-case word before a space.)
    glued = rf"(?<=[a-zа-яёіїєґ'’]{{3}}\.){not_abbreviation}(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]*\s)"
    # ... and a pointer back that only opens a sentence ("Об этом", "Про це"), capitalised right after a lower-case word
    # with no stop between: the stop was lost ("... уничтожено 7 БПЛА противника Об этом сообщил губернатор")
    openers = topic(lang, "segment").get("pointer_openers")
    lost = rf"|(?<=[a-zа-яёіїєґ'’]{{2}})\s+(?=(?-i:{'|'.join(openers)})\s)" if openers else ""
    return re.compile(
        rf"(?:(?<=[.!?])|(?<=[.!?][\"”»’)]))(?<!\b[A-ZА-ЯІЇЄҐ]\.){not_abbreviation}\s+(?=[\"“«(]?[A-ZА-ЯЁІЇЄҐ0-9])|\n\s*|{glued}{lost}"
    )


@cache
def _page_end(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "segment").get("page_end")
    return re.compile(rf"^[ \t]*(?:{'|'.join(words)})[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE) if words else None


def report_end(text: str, lang: str) -> int:
    """Where the report ends: at a line that opens the page's furniture ("You May Also Like"), else at the text's end.
    Stored pages carry other stories' headlines below the report; they are not what the report tells."""
    pattern = _page_end(lang)
    found = pattern.search(text) if pattern else None
    listed = story_list_start(text)  # ... or at a list of other stories' headlines and times, whatever its heading
    return min(found.start() if found else len(text), len(text) if listed is None else listed)


@cache
def _link_line(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "segment").get("link_lines")
    if not words:
        return None
    # "Read also: <headline>", "Also Read | <headline>", "Читайте также <Headline>"; or the words alone on their
    # line, heading a list of headlines, one a line after a bullet ("Read also\n- Strike on ...\n- ...")
    return re.compile(rf"^[ \t]*(?:{'|'.join(words)})(?:[ \t]*[:|][^\n]*|[ \t]+(?=(?-i:[A-ZА-ЯЁІЇЄҐ«\"]))[^\n]*"
                      rf"|[ \t]*\n(?:[ \t]*[-–—•*][ \t][^\n]*(?:\n|$))+)", re.IGNORECASE | re.MULTILINE)


@cache
def _teaser_line() -> re.Pattern[str]:
    """A line of another story's opening words cut short and a link to read on ("Ворог атакував Запоріжжя. Внаслідок
    обстрілу виникла… Читати більше"), in any language (pages list teasers in the site's language, whatever the
    report's); and a line of hashtags only ("#Moscow #drones #mayor"): the page's tags, not sentences of the report."""
    words = [w for code in SUPPORTED for w in topic(code, "segment").get("read_more", [])]
    return re.compile(rf"^[^\n]*(?:…|\.\.\.)[ \t]*(?:{'|'.join(words)})[ \t]*$|^[ \t]*#[^\s#]+(?:[ \t]+#[^\s#]+)+[ \t]*$",
                      re.IGNORECASE | re.MULTILINE)


def without_links(text: str, lang: str) -> str:
    """The text with each line that links to another story ("Read also: ...") blanked out, offsets kept, and a list of
    such headlines under the words alone: a headline linked inside a report is not what the report tells. So are
    other stories' teasers ("…Читати більше") and a line of hashtags."""
    pattern = _link_line(lang)
    blank = lambda m: re.sub(r"[^\n]", " ", m.group())  # noqa: E731
    text = pattern.sub(blank, text) if pattern else text
    return _teaser_line().sub(blank, text)


_last_split: tuple[str, str, tuple[Span, ...]] = ("", "", ())  # the last text split: extraction asks twice of each


def sentences(text: str, lang: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace; blank stretches yield nothing."""
    global _last_split
    last_text, last_lang, last_spans = _last_split
    if lang == last_lang and text == last_text:
        return list(last_spans)
    spans: list[Span] = []
    pos = 0
    for match in _sentence_end(lang).finditer(text):
        _add_trimmed(text, pos, match.start(), spans)
        pos = match.end()
    _add_trimmed(text, pos, len(text), spans)
    _last_split = (text, lang, tuple(spans))
    return spans


@cache
def _clause_break(lang: str) -> re.Pattern[str]:
    openers = "|".join(topic(lang, "segment").get("clause_openers", []))
    pattern = r";\s*|:\s+(?=[A-ZА-ЯЁІЇЄҐ])"
    if openers:
        pattern += rf"|,\s+(?=(?:{openers})\b)"
    if anywhere := "|".join(topic(lang, "segment").get("clause_openers_anywhere", [])):
        # ... and words that open one with or without a comma ("<the strike> came a day after drones hit <a city>")
        pattern += rf"|,?\s+(?=(?:{anywhere})\b)"
    return re.compile(pattern, re.IGNORECASE)


@cache
def _enumeration(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A colon after a count of airports that opens a list of names to the sentence's end ("flights were halted at four
    airports: Kaluga, Tula, Oryol and Kursk", "в двух аэропортах: Калуги и Брянска"): the names are
    the airports the clause counts (ANNOTATION.md: a restriction per airport named). Two or more names (capitalised
    words, each maybe with a name in brackets) joined by commas and the language's `list_joiners`, and no other word;
    the words before the colon must end with one of `list_heads`."""
    data = topic(lang, "segment")
    joiners, heads = data.get("list_joiners"), data.get("list_heads")
    if not joiners or not heads:
        return None
    # a name's parts joined by hyphens are one word ("Petropavlovsk-Kamchatsky"): "-" only between runs of letters, so
    # the pattern reads each name one way and fails fast on a long list that does not run to the sentence's end
    cap = r"[A-ZА-ЯЁІЇЄҐ][\w’']*(?:-[\w’']+)*"
    name = rf"{cap}(?: {cap}){{0,3}}(?: \([^()]{{1,60}}\))?"
    join = rf"(?:\s*,\s*(?:(?:{'|'.join(joiners)})\s+)?|\s+(?:{'|'.join(joiners)})\s+)"
    return (re.compile(rf"(?:^|\W)(?:{'|'.join(heads)})\s*$", re.IGNORECASE),
            re.compile(rf"{name}(?:{join}{name})+\s*[.!]?\s*"))


def _lists_names(before: str, after: str, lang: str) -> bool:
    patterns = _enumeration(lang)
    return patterns is not None and patterns[0].search(before) is not None and patterns[1].fullmatch(after) is not None


def clauses(sentence: Span, lang: str) -> list[Span]:
    """Clauses of a sentence: split at semicolons, at a colon before a capital (not one after a count of airports that
    opens a list of their names: the names are the clause's own), and at clause-opening words."""
    spans: list[Span] = []
    pos = sentence.start
    for match in _clause_break(lang).finditer(sentence.text):
        if match.group().startswith(":") and _lists_names(sentence.text[:match.start()], sentence.text[match.end():], lang):
            continue
        _add_trimmed(sentence.text, pos - sentence.start, match.start(), spans, offset=sentence.start)
        pos = sentence.start + match.end()
    _add_trimmed(sentence.text, pos - sentence.start, len(sentence.text), spans, offset=sentence.start)
    return spans


def _add_trimmed(text: str, start: int, end: int, out: list[Span], offset: int = 0) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Span(start + offset, end + offset, text[start:end]))
