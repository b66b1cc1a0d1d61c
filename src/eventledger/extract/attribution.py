"""Who said it, what kind of source that is, and whether the report distances itself from it.

News reports name their sources in a few fixed ways ("X said", "according to X", '"...," stated X', a "Source:" line
listing channels and officials, "he later confirmed" pointing back). Everything language-specific comes from
`lang/<code>/attribution.yaml`; this module only knows the shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from eventledger.extract import lexicon_hits
from eventledger.extract.guard import guarded, word_led
from eventledger.extract.markup import EMPHASIS, blanked, is_symbol, unmarked
from eventledger.extract.segment import Span
from eventledger.lang import alternation as _alternation, topic
from eventledger.model import SourceKind

_NAME_WORD = r"[A-ZА-ЯЁІЇЄҐ][\w'’\-]*"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
# Boundaries inside a clause after which the subject of a speech verb begins (English unless the language file says).
# a short capitalised name in quotation marks closing what stands before a speech verb: "«Вести-Курск»", "“Kyiv Post”"
_QUOTED_NAME_END = re.compile(r"[«“\"]((?-i:[A-ZА-ЯЁІЇЄҐ])[\w.'’\-]*(?:\s+[\w.'’\-]+){0,3})[»”\"]$")
_SUBJECT_BREAKS = re.compile(r"[,:\"“”«»]\s*|\bbut\b|\bthat\b|\band\b(?=\s+[a-z])")


@dataclass(frozen=True, slots=True)
class Source:
    name: str | None
    kind: SourceKind
    person: bool = False  # a named person, whom a later "he"/"she" can point back at

    def __post_init__(self) -> None:
        # Telegram markdown never reaches a name, wherever in the text it was found ("— __Собянин__" is Собянин,
        # "[Минобороны](https://t.me/...)" is Минобороны): every source is made here
        if self.name is not None and (plain := unmarked(self.name)) != self.name:
            object.__setattr__(self, "name", plain or None)


UNNAMED = Source(None, "unknown")
# one capitalised word with lower-case letters after its first: a surname ("Gusev", "Марченко"), not "IDF" or "УНН"
_SURNAME = re.compile(r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’\-]+")
# two capitalised words in a row: a name (or a place) inside a speaker phrase
_TWO_NAME_WORDS = re.compile(rf"{_NAME_WORD}\s+{_NAME_WORD}")
# how far before a pronoun with no speaker before it the person it points at may be named (about two sentences)
_POINTER_REACH = 400
# a headline's source: "Governor: ...", "... - MoD", "..., - голова ОВА"
_HEADLINE_LEAD = re.compile(r"^([^\W\d][^:\d\n]{1,39}?)\s*:\s")
# ... and a body line's ("Губернатор Белгородской области Иван Петров: ..."): an office and a full name may be longer
_LINE_LEAD = re.compile(r"^([^\W\d][^:\d\n]{1,59}?)\s*:(?:\s|$)")
_HEADLINE_TAIL = re.compile(r"\s[-–—]\s*([^-–—\n]{2,40}?)[\s.!]*$")
# a line that is only a dash and a name ("— Собянин.")
_SIGNATURE = re.compile(r"[—–]\s*([^\W\d][^,;:!?\"“”«»()\n\d]{1,60}?)[\s.]*")
# the kinds of source that sign a post with a closing dash and speech verb ("— сообщил глава республики X.")
_SIGNING_KINDS = ("official", "military", "media", "telegram")
# a Telegram channel's handle ("@bryansk_live"): its name is the words after the "@"
_HANDLE = re.compile(r"@([A-Za-z][A-Za-z0-9_]{3,31})")
# ... a name of initials and a surname ("— О. Коваль", "– I. Petrov")
_INITIALS_NAME = re.compile(r"(?:[A-ZА-ЯЁІЇЄҐ]\.\s*){1,2}[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’\-]+")
# a channel's markup around a lead ("**⚡️Минобороны РФ:**", "__Зеленский__:"): emphasis marks anywhere, and emoji or
# bullets before its first letter; the lead is the words they dress


def _undressed(line: str) -> str:
    """A line without a channel's emphasis marks, and without the emoji before its first letter (a bullet stays: "•
    Печерський район: ..." is an item of a list, no lead)."""
    line = EMPHASIS.sub("", line).strip()
    at = 0
    while at < len(line) and (line[at].isspace() or line[at] in "‼⁉!"
                                or is_symbol(line[at])):
        at += 1  # (an emoji, its variation selector and joiners: "⚡️", "🔴")
    return line[at:]


def _headline_phrases(line: str) -> list[str]:
    """The phrases a headline may name its source with: before a colon ("Governor: ...") and after a closing dash
    ("... - MoD", "... — власти")."""
    line = _undressed(line)
    return [m.group(1).strip(" ,") for m in (_HEADLINE_LEAD.match(line), _HEADLINE_TAIL.search(line)) if m]


# kinds of source that relay what others told: an outlet or a channel named after an official who spoke (an outlet's
# abbreviation, "УНН", is of no kind the language's words know)
_RELAYING = ("media", "telegram", "unknown")
# "Как передаёт", "Як інформує": an outlet relaying what someone else told
_RELAY = re.compile(r"(?:как|як)\s", re.IGNORECASE)
# "(ОВА)", "(ODA)": a short bracketed abbreviation inside a speaker's office, not the end of the phrase
_BRACKETED_ABBREVIATION = re.compile(r"\s*\([^()\n]{1,20}\)")
# a personal name of two or three words set off by a comma after a speaker phrase, ending the clause or the aside
# the dot inside an outlet's web name ("Censor.NET", "Сегодня.ua", "Запоріжжя.інфо"): a domain of two to four letters in
# one case, glued to the name; not a sentence glued to the one before ("the ministry.It said")
_DOMAIN = r"(?-i:[a-zа-яёіїєґ]{2,4}|[A-ZА-ЯЁІЇЄҐ]{2,4})(?!\w)"
_DOMAIN_DOT = rf"\.(?={_DOMAIN})"
# an outlet named by its web address, in lower case ("5-tv.ru", "ria.ru", "pravda.com.ua"): a name all the same
_WEB_NAME = re.compile(r"[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,4}")
# a word between "как"/"як" and a speech verb ("Как уже сообщал X", "Как губернатор сообщил журналистам")
_AS_BETWEEN = re.compile(r"\W*(?:как|як)\s+(?-i:([а-яёіїєґ]+))\s+\w", re.IGNORECASE)
# the dot of a one-letter abbreviation inside an office ("т. в. о. начальника", "и. о. главы"): no sentence's end
_LETTER_DOT = r"(?<=\b[а-яёіїєґ])\.(?=\s?[а-яёіїєґ])"
# an outlet's or a channel's name in quotation marks after a speech verb or a citing word ("пише «Дніпро Регіон»",
# "у Telegram-каналі „Суми онлайн“", "correspondents of "Suspilne""): a capital, a few words, no sentence's punctuation
_QUOTED_NAME = (r"«[A-ZА-ЯЁІЇЄҐ][^«»\n.!?,;:]{0,40}»|„[A-ZА-ЯЁІЇЄҐ][^„“”\n.!?,;:]{0,40}[“”]"
                r"|“[A-ZА-ЯЁІЇЄҐ][^“”\n.!?,;:]{0,40}”|\"[A-ZА-ЯЁІЇЄҐ][^\"\n.!?,;:]{0,40}\"")
_APPOSITIVE_NAME = re.compile(rf"\s*,\s*({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=\s*(?:[,.;:!?)\n]|$))")

# ... or after a rank or a second office in lower case, the name closing the sentence ("..., підполковник служби
# цивільного захисту Іван Петренко.")
_RANKED_NAME = re.compile(rf"\s*,\s*((?:[a-zа-яёіїєґ'’\-]+\s+){{1,6}})({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=\s*(?:[.;!?)\n]|$))")

# ... or after an abbreviation in brackets ("голова Сумської обласної військової адміністрації (ОВА) Іван Петренко")
_BRACKETED_NAME = re.compile(rf"\s*\([^()\n]{{1,20}}\)\s*({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=\s*(?:[,.;:!?)\n]|$|\s+\w))")


@dataclass(frozen=True, slots=True)
class _Patterns:
    verb_after_speaker: re.Pattern[str]  # "<speaker> said"
    verb_before_speaker: re.Pattern[str]  # '", stated <speaker>'
    preposition: re.Pattern[str]  # "according to <speaker>"
    source_line: re.Pattern[str]
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    pronoun: re.Pattern[str]
    not_source: re.Pattern[str]
    hedge: re.Pattern[str]
    # Languages where the speaker may follow the verb (", сообщил губернатор X"; "… — Собянин") set these.
    verb_then_speaker: re.Pattern[str] | None = None
    citing: re.Pattern[str] | None = None  # "со ссылкой на": the words before a source cited by the teller
    # "ссылаясь на": citing words that name a source only as the teller's unnamed witnesses ("X, ссылаясь на
    # очевидцев, пишет"); citing anyone else, they leave the sentence's own speaker ("пишет X, ссылаясь на ...")
    citing_only: re.Pattern[str] | None = None
    # "опубликовано в Telegram-канале": words naming the channel a sentence's news came out on, a source of that sentence
    # only (`SourceBook.own_sentence_only`); they are among the prepositions too
    published_on: re.Pattern[str] | None = None
    dash_speaker: re.Pattern[str] | None = None
    pronoun_phrase: re.Pattern[str] | None = None  # "по его словам": the last person who spoke
    breaks: re.Pattern[str] = _SUBJECT_BREAKS  # where the subject before a speech verb begins; per language
    # English inversion after a comma: "Two people were killed, said the regional governor X."
    inverted: re.Pattern[str] | None = None
    # where or when a speaker spoke, after a verb that closes what he told ("..., Governor X said on Telegram")
    closing_tail: re.Pattern[str] | None = None
    complement: re.Pattern[str] | None = None  # a word that opens what was told after a speech verb ("that", "что")
    noun_pointer: re.Pattern[str] | None = None  # "The attack was" before "reported by": a pointer back
    # words never inside a speaker's name ("It was the second", "There were no casualties" before a speech verb)
    not_in_speaker: frozenset[str] = frozenset()
    after_name: re.Pattern[str] | None = None  # a personal name, then where or when he spoke: the name ends the speaker
    after_surname: re.Pattern[str] | None = None  # one name word, then where or when he spoke (a surname named before)
    inverted_not: re.Pattern[str] = re.compile(r"(?!)")  # words after an inverted verb that open no speaker ("said on ...")
    name_grammemes: frozenset[str] = frozenset()  # pymorphy3 tags of personal names, to cut "губернатор" off a name
    # "Об этом сообщил X", "Про це повідомив X": a pointer back stands before the verb, the speaker after it
    deictic: re.Pattern[str] | None = None
    # "До этого Минобороны сообщило": an opener before the speaker; "він та уточнив": a conjunction after it
    openers: re.Pattern[str] | None = None
    trailing: re.Pattern[str] | None = None
    back_reference: re.Pattern[str] | None = None  # "ведомство", "the ministry": the body named before
    # ... and one of its channels ("пресс-служба ведомства", "сообщение ведомства"): the same body
    back_reference_part: re.Pattern[str] | None = None
    media_reference: re.Pattern[str] | None = None  # "the news agency said", "пише видання": the outlet named before
    speaker_preposition: re.Pattern[str] | None = None  # "в ведомстве уточнили", "у міській раді": where, then who
    # "Gladkov said this", "Гладков сообщил об этом в телеграме": a pointer back after the verb, the speaker before it
    pointer_object: re.Pattern[str] | None = None
    titles: tuple[re.Pattern[str], ...] = ()  # offices one person holds: "governor", "голова"
    # every office in one pattern: where it finds none no title can match, and no title's first match lies before its
    # first (a scan of each title through a whole report costs as much as this one scan)
    any_title: re.Pattern[str] | None = None
    own_hedge: re.Pattern[str] | None = None  # "according to preliminary data": a speaker's own hedge, no source
    impersonal: re.Pattern[str] | None = None  # "it is reported", "сообщается": own hedges, but not about a new place
    topic_opener: re.Pattern[str] | None = None  # "Про подробиці ... розповів X": what was told opens, the speaker follows
    recap: re.Pattern[str] | None = None  # "Напомним, что ...", "Previously, ...": the outlet recalls its own reporting
    turn: re.Pattern[str] | None = None  # "Meanwhile, ...", "Окремо, ...": the outlet turns to other news
    passive: re.Pattern[str] | None = None  # "were", "been": "No injuries were reported" tells what, not who
    unsaid: re.Pattern[str] | None = None  # "not", "always": "Authorities have not confirmed" tells nothing said here
    # "officials", "local authorities", "местные власти": a level of government and no body, as the outlet's own line
    vague: re.Pattern[str] | None = None
    # "on January 10 by": when or where a passive speech verb was said, then the word before its teller
    agent: re.Pattern[str] | None = None
    # "він у телеграмі у середу": a pronoun, then where or when he spoke
    pronoun_where: re.Pattern[str] | None = None
    # "чиновник", "посадовець", "the official": one official named by no more than that, the person who spoke last
    person_reference: re.Pattern[str] | None = None
    coordinator: re.Pattern[str] | None = None  # "and", "и": a speech verb joined to an earlier verb of the same subject
    # an adverb or auxiliary between a subject set off by commas and its speech verb ("the governor, X, has said")
    before_verb: re.Pattern[str] | None = None
    # a speech verb in the plural ("сообщили", "повідомили"): it cannot agree with one person named before it
    plural_verb: re.Pattern[str] | None = None
    # where a speaker said it, a statement or a post ("в утренней сводке", "in its daily briefing"), opening or closing
    # the words read as the speaker: no part of his name (`_said_in_cut`)
    said_in: re.Pattern[str] | None = None
    said_in_after: re.Pattern[str] | None = None  # ... closing it, with its preposition ("в новом посте")


def _office_words(office: str | list[str]) -> str:
    """One office's words: a title, or the titles one office goes by ("губернатор", "глава региона")."""
    return office if isinstance(office, str) else "|".join(office)


def _any_title(offices: list[str | list[str]]) -> re.Pattern[str] | None:
    """`_Patterns.any_title`: None when there are no titles, or when their words cannot stand in one pattern."""
    if not offices:
        return None
    try:
        return word_led(rf"(?<!\w)(?:{'|'.join(f'(?:{_office_words(o)})' for o in offices)})(?!\w)", re.IGNORECASE)
    except re.error:  # the same group name in two offices' words
        return None


def _said_in_words(data: dict) -> str:
    """A statement or a post where something was said, after at most three words ("утренней сводке", "its daily
    briefing", "новому зверненні")."""
    return rf"(?:[^\W\d]+\s+){{0,3}}?(?:{_alternation(data['said_in'])})(?!\w)"


def _told_verbs(data: dict) -> str:
    """The speech verbs after a speaker, where a verb that is also a noun ("reports", "claims") is no verb after a word
    that makes it a noun ("Initial reports suggest", "after the initial report", "media reports said")."""
    nouns = set(data.get("verb_nouns") or ())
    markers = data.get("noun_markers") or ()
    # ... and no verb at all after a word that denies what it qualifies ("no reports of casualties", "there have been
    # no reported casualties"): nobody is said to have told anything
    never = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in data.get("no_verb_after") or ())
    if not nouns or not markers:
        return rf"{never}(?:{_alternation(data['verbs'])})"
    guard = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in markers)
    rest = [v for v in data["verbs"] if v not in nouns]
    return rf"{never}(?:{guard}(?:{_alternation(sorted(nouns))})|{_alternation(rest)})"


def _title_dot(lang: str) -> str:
    """The stop of a title's abbreviation ("Gov.", "Gen.": the capitalised `abbreviations` of the language's segment
    file) inside a speaker phrase ("said Gov. Ivan Petrov"): no end of the phrase."""
    titles = [a for a in topic(lang, "segment").get("abbreviations") or () if a[:1].isupper() and a.isalpha()]
    # (the stop first, then which title it closes: the same matches as "(?<=\bGov)\.|(?<=\bGen)\.|...", but a
    # character that is no stop fails at once instead of after a look back for each title, at every character of
    # the phrase `inverted` reads)
    behind = "|".join(rf"(?<=\b{a}\.)" for a in titles)
    return rf"\.(?:{behind})(?=[ \t]+[A-ZА-ЯЁІЇЄҐ])" if titles else r"(?!)"


@cache
def _patterns(lang: str) -> _Patterns:
    data = topic(lang, "attribution")
    verbs = _alternation(data["verbs"])
    return _Patterns(
        verb_after_speaker=guarded(rf"\b(?:{_told_verbs(data)})\b", re.IGNORECASE),
        verb_before_speaker=re.compile(
            rf"[\"”»],?\s*(?:{verbs})\s+((?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*)", re.IGNORECASE
        ),
        citing=re.compile(rf"(?:{_alternation(data['citing'])})\s", re.IGNORECASE) if data.get("citing") else None,
        citing_only=re.compile(rf"(?:{_alternation(data['citing_only'])})\s", re.IGNORECASE)
        if data.get("citing_only") else None,
        published_on=re.compile(rf"(?:{_alternation(data['published_on'])})\s", re.IGNORECASE)
        if data.get("published_on") else None,
        preposition=guarded(rf"\b(?:{_alternation([*data.get('published_on', []), *data['prepositions']])})\s+((?:{_QUOTED_NAME}|[^,;:.\"“”«»]|{_DOMAIN_DOT})+)", re.IGNORECASE),
        source_line=re.compile(rf"^\s*(?:{_alternation(data['source_line'])})\s*(.+)$", re.IGNORECASE | re.MULTILINE),
        kinds=tuple((kind, guarded(rf"\b(?:{_alternation(words)})\b", re.IGNORECASE)) for kind, words in data["kinds"].items()),
        pronoun=re.compile(rf"^(?:{_alternation(data['pronouns'])})$", re.IGNORECASE),
        not_source=re.compile(rf"^(?:{_alternation(data['not_sources'])})$", re.IGNORECASE),
        hedge=guarded(rf"\b(?:{_alternation(data['hedges'])})\b", re.IGNORECASE),
        not_in_speaker=frozenset(w.casefold() for w in data.get("not_in_speaker", ())),
        before_verb=re.compile(rf"(?:{_alternation(data['before_verb'])})", re.IGNORECASE)
        if data.get("before_verb") else None,
        plural_verb=re.compile(rf"^(?:{_alternation(data['plural_verb'])})$", re.IGNORECASE)
        if data.get("plural_verb") else None,
        after_name=re.compile(rf"^(.*?{_NAME_WORD}\s+{_NAME_WORD})\s+(?:{_alternation(data['after_name'])})\s+\S.*$")
        if data.get("after_name") else None,
        after_surname=re.compile(rf"^({_NAME_WORD})\s+(?:{_alternation(data['after_name'])})\s+\S")
        if data.get("after_name") else None,
        closing_tail=re.compile(rf"^(?:{_alternation(data.get('after_name', []) + data.get('inverted_not', []))})(?!\w)",
                                re.IGNORECASE) if data.get("after_name") or data.get("inverted_not") else None,
        noun_pointer=re.compile(rf"(?:{_alternation(data['noun_pointers'])})", re.IGNORECASE)
        if data.get("noun_pointers") else None,
        complement=re.compile(rf"(?<!\w)(?:{_alternation(data['complementizers'])})(?!\w)", re.IGNORECASE)
        if data.get("complementizers") else None,
        inverted_not=re.compile(rf"^(?:{_alternation(data['inverted_not'])})$", re.IGNORECASE) if data.get("inverted_not") else re.compile(r"(?!)"),
        inverted=re.compile(
            rf",\s*(?:{_alternation(data['inverted_verbs'])})\s+((?:the\s+)?(?:[^,;:.!?\"“”«»()\n]|{_title_dot(lang)})+?)\s*(?:(?!{_title_dot(lang)})[,.;!?]|$)",
            re.IGNORECASE) if data.get("inverted_verbs") else None,
        verb_then_speaker=re.compile(
            rf"(?:^-?\s*|,\s*-?\s*|[—–]\s*|\s-\s+)(?:(?:как|як)\s+(?:(?-i:[а-яёіїєґ]+)\s+)?)?(?:{verbs})\s+(?:(?:в|во|из|у|з|із)\s+)?((?:{_QUOTED_NAME}|[^,;:.!?\"“”«»()—–\n*_]|{_DOMAIN_DOT}|{_LETTER_DOT})+)", re.IGNORECASE
        ) if data.get("speaker_after_verb") else None,
        dash_speaker=re.compile(r"(?<=[^\d\s])\s*[*_]*\s+[—–]\s+([^—–\n]{2,80}?)[\s*_.!]*$") if data.get("dash_speaker") else None,
        pronoun_phrase=guarded(rf"\b(?:{_alternation(data['pronoun_phrases'])})\b", re.IGNORECASE)
        if data.get("pronoun_phrases") else None,
        **({"breaks": re.compile(rf"[,:\"“”«»—–]\s*|\b(?:{_alternation(data['speaker_breaks'])})\b")}
           if data.get("speaker_breaks") else {}),
        name_grammemes=frozenset(data.get("name_grammemes", ())),
        deictic=re.compile(rf"^(?:{_alternation(data['deictic_subjects'])})$", re.IGNORECASE)
        if data.get("deictic_subjects") else None,
        openers=re.compile(rf"^(?:(?:{_alternation(data['speaker_openers'])})\b[\s,]*)+", re.IGNORECASE)
        if data.get("speaker_openers") else None,
        media_reference=re.compile(rf"(?:{_alternation(data['media_references'])})", re.IGNORECASE)
        if data.get("media_references") else None,
        back_reference=re.compile(rf"(?:{_alternation(data['back_references'])})", re.IGNORECASE)
        if data.get("back_references") else None,
        back_reference_part=re.compile(
            rf"(?:{_alternation(data['back_reference_parts'])})\s+(?:{_alternation(data['back_references'])})", re.IGNORECASE)
        if data.get("back_reference_parts") and data.get("back_references") else None,
        speaker_preposition=re.compile(rf"^(?:{_alternation(data['speaker_prepositions'])})\s+(?=\S)", re.IGNORECASE)
        if data.get("speaker_prepositions") else None,
        pointer_object=re.compile(
            rf"\s+(?:{_alternation(data['pointer_objects'])})(?=\s*(?:[.,;:!?\n]|$)|\s+(?:{_alternation(data['after_name'])})\s)",
            re.IGNORECASE) if data.get("pointer_objects") and data.get("after_name") else None,
        trailing=re.compile(rf"(?:\s+(?:{_alternation(data['trailing_conjunctions'])}))+$", re.IGNORECASE)
        if data.get("trailing_conjunctions") else None,
        titles=tuple(word_led(rf"(?<!\w)(?:{_office_words(office)})(?!\w)", re.IGNORECASE) for office in data.get("titles", [])),
        any_title=_any_title(data.get("titles", [])),
        own_hedge=guarded(rf"\b(?:{_alternation([*data.get('own_hedges', []), *data.get('impersonal_reports', [])])})\b",
                          re.IGNORECASE) if data.get("own_hedges") or data.get("impersonal_reports") else None,
        impersonal=guarded(rf"\b(?:{_alternation(data['impersonal_reports'])})\b", re.IGNORECASE)
        if data.get("impersonal_reports") else None,
        topic_opener=re.compile(rf"^(?:{_alternation(data['topic_openers'])})\s", re.IGNORECASE)
        if data.get("topic_openers") else None,
        recap=re.compile(rf"^[\s\-–—•*_]*(?:{_alternation(data['recap_openers'])})(?!\w)", re.IGNORECASE)
        if data.get("recap_openers") else None,
        turn=re.compile(rf"^[\s\-–—•*_]*(?:{_alternation(data['turn_openers'])})(?!\w)", re.IGNORECASE)
        if data.get("turn_openers") else None,
        passive=re.compile(rf"(?:{_alternation(data['passive_auxiliaries'])})", re.IGNORECASE)
        if data.get("passive_auxiliaries") else None,
        unsaid=re.compile(rf"(?:{_alternation(data['unsaid'])})", re.IGNORECASE) if data.get("unsaid") else None,
        agent=re.compile(rf"\s*(?:{_alternation(data['inverted_not'])})\s[^,;:!?\"“”«»()\n]*?\b(?:{_alternation(data['agents'])})\s+",
                         re.IGNORECASE) if data.get("agents") and data.get("inverted_not") else None,
        pronoun_where=re.compile(rf"^((?:{_alternation(data['pronouns'])}))\s+(?:{_alternation(data['after_name'])})\s+\S.*$",
                                 re.IGNORECASE) if data.get("after_name") else None,
        vague=re.compile(rf"(?:{_alternation(data['vague_sources'])})", re.IGNORECASE) if data.get("vague_sources") else None,
        coordinator=re.compile(rf"\s(?:{_alternation(data['coordinators'])})\s*$", re.IGNORECASE)
        if data.get("coordinators") else None,
        person_reference=re.compile(rf"(?:^|\s)(?:{_alternation(data['person_references'])})$", re.IGNORECASE)
        if data.get("person_references") else None,
        said_in=re.compile(rf"(?:(?:{_alternation(data['said_in_prepositions'])})\s+)?{_said_in_words(data)}", re.IGNORECASE)
        if data.get("said_in") and data.get("said_in_prepositions") else None,
        said_in_after=re.compile(rf"\s(?:{_alternation(data['said_in_prepositions'])})\s+{_said_in_words(data)}", re.IGNORECASE)
        if data.get("said_in") and data.get("said_in_prepositions") else None,
    )


@lru_cache(maxsize=8_192)  # (speakers' phrases recur: each clause's, and across a corpus's reports)
def classify(phrase: str, lang: str) -> SourceKind:
    """The kind of source a phrase describes ("Telegram channel Baza" -> telegram), from the language's kind words."""
    # The head of a phrase comes first in "head of the regional military administration", so the earliest kind word
    # decides; the language file's order breaks ties.
    found = [(m.start(), i, kind) for i, (kind, pattern) in enumerate(_patterns(lang).kinds) if (m := pattern.search(phrase))]
    # "заявил в своём телеграм-канале губернатор X", "said on his Telegram channel, Governor X": a channel named after
    # a preposition is where the speaker spoke, not the speaker, when the phrase names another kind of source
    where = [f for f in found if f[2] == "telegram" and _WHERE_SAID.search(phrase[: f[0]])]
    if where and len(where) < len(found):
        found = [f for f in found if f not in where]
    return min(found)[2] if found else "unknown"  # type: ignore[return-value]


# a preposition of where something was said, and a possessive, right before a channel's name
# (or a possessive alone, the preposition cut off before: "своем телеграм-канале мэр X")
_WHERE_SAID = re.compile(r"(?:^|\s)(?:в|во|у|на|in|on|via|through|сво[её]м|сво[їє]му|сво[їє]й|his|her|its|their)\s+"
                         r"(?:[\w’'-]+\s+){0,2}[\w’'-]*$", re.IGNORECASE)


_OPENING_WORDS = re.compile(r"\W*(?:[\w’'«»\"“”-]+\W+){0,3}")


def outlet_own(sentence: str, lang: str) -> bool:
    """Whether a sentence opens with the outlet's own people as the subject of a verb of seeing, counting or learning
    ("Our correspondents saw burnt cars", "Reporters at the scene counted ...", "Корреспонденты издания видели ...",
    "Журналісти видання побачили ..."; `outlet_people` among its first words, `outlet_witness` within a few words
    after them). Journalists told as victims ("Two journalists were wounded", "Журналист агентства X погиб") or as
    another body ("Reporters Without Borders condemned ...") are no account of the outlet's (fix22m). The caller asks
    that it names no speech verb: then it is the outlet's own account, not a relay, and an impersonal "it is reported"
    after it is the outlet's too (events.py)."""
    pattern, opening = _outlet_account(lang), _OPENING_WORDS.match(sentence)
    return pattern is not None and opening is not None and (
        pattern.match(sentence, 0, opening.end() + _WITNESS_REACH) is not None)


_WITNESS_REACH = 60  # characters past the opening words within which the people's verb of seeing must stand


@cache
def _outlet_account(lang: str) -> re.Pattern[str] | None:
    """The outlet's people among the first words, then (up to four words on) their verb of seeing or learning."""
    data = topic(lang, "attribution")
    people, verbs = data.get("outlet_people") or [], data.get("outlet_witness") or []
    if not people or not verbs:
        return None
    return re.compile(rf"\W*(?:[\w’'«»\"“”-]+\W+){{0,3}}?(?:{_alternation(people)})(?!\w)"
                      rf"(?:\W+[\w’'«»\"“”-]+){{0,4}}?\W+(?:{_alternation(verbs)})(?!\w)", re.IGNORECASE)


def hedged(text: str, lang: str) -> bool:
    return bool(_patterns(lang).hedge.search(text))


def recalls(sentence: str, lang: str) -> bool:
    """Whether a sentence opens with the outlet recalling what was reported before ("Напомним, что ...", "Раніше
    повідомлялося ...", "Previously, ..."): an impersonal or first-person report, so the outlet itself tells it and the
    speaker of the sentences before does not go on into it."""
    pattern = _patterns(lang).recap
    return bool(pattern and pattern.match(sentence))


def tells_teller(phrase: str, lang: str) -> bool:
    """Whether a phrase names who told something: a speech verb ("сообщило Минобороны"), "according to" and its like
    ("по данным ведомства"), or such a phrase with a pronoun ("по его данным", "за його даними")."""
    p = _patterns(lang)
    return bool(lexicon_hits.search(p.verb_after_speaker, phrase) or lexicon_hits.search(p.preposition, phrase)
                or (p.pronoun_phrase is not None and lexicon_hits.search(p.pronoun_phrase, phrase)))


def teller_office(phrase: str, lang: str) -> str | None:
    """Who a teller phrase names, as far as two counts' tellers must be told apart: the office one person holds
    ("сообщил губернатор X", "повідомив голова ОВА": "office:<n>", the n-th title of the language), else "body" (a
    ministry, the military, "в ведомстве"), or None when it names nobody of its own ("по его данным": who spoke last)."""
    p = _patterns(lang)
    if p.pronoun_phrase is not None and p.pronoun_phrase.search(phrase) and classify(phrase, lang) == "unknown":
        return None
    if p.any_title is not None and p.any_title.search(phrase):
        for n, title in enumerate(p.titles):
            if title.search(phrase):
                return f"office:{n}"
    return "body"


def opens_pointing_back(sentence: str, lang: str) -> bool:
    """Whether a sentence opens with a pointer back of more than one word ("Об этом сообщается в ...", "Про це
    повідомили в ...", "This was reported by ..."): what it tells of was told in the sentences before it."""
    pattern = _pointer_opening(lang)
    return pattern is not None and pattern.match(sentence.strip()) is not None


@cache
def _pointer_opening(lang: str) -> re.Pattern[str] | None:
    pointers = [p for p in topic(lang, "attribution").get("deictic_subjects") or [] if " " in p]
    return re.compile(rf"(?:{_alternation(pointers)})\s", re.IGNORECASE) if pointers else None


def turns(sentence: str, lang: str) -> bool:
    """Whether a sentence opens with the outlet turning to other news ("Meanwhile, ...", "Тем временем ...", "Окремо,
    ..."): the speaker of the sentences before does not go on into it (but nothing is recalled: its incident is new)."""
    pattern = _patterns(lang).turn
    return bool(pattern and pattern.match(sentence))


def hedge_spans(text: str, lang: str) -> list[tuple[int, int]]:
    return [m.span() for m in lexicon_hits.finditer(_patterns(lang).hedge, text)]


def own_hedge_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Hedges a speaker puts on his own account ("according to preliminary data", "за попередніми даними"): the
    claim is hedged, but nobody else is relayed, so the clause is still told by the one who was speaking.

    The last texts' spans are remembered: a sentence is asked again for each of its clauses."""
    key = (text, lang)
    spans = _own_hedges_seen.get(key)
    if spans is None:
        pattern = _patterns(lang).own_hedge
        spans = tuple(m.span() for m in lexicon_hits.finditer(pattern, text)) if pattern else ()
        if len(_own_hedges_seen) >= 64:
            _own_hedges_seen.clear()
        _own_hedges_seen[key] = spans
    return list(spans)


_own_hedges_seen: dict[tuple[str, str], tuple[tuple[int, int], ...]] = {}


def impersonal_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """The impersonal reports among the own hedges ("It is reported that", "як повідомляється"): the speaker's own
    unless they tell of a place not told before (events.py decides)."""
    pattern = _patterns(lang).impersonal
    return [m.span() for m in lexicon_hits.finditer(pattern, text)] if pattern else []


def _without_own_hedges(span: Span, lang: str) -> Span:
    """The span with its own-account hedges blanked out (same length, same offsets): "According to preliminary data,"
    names no source, and "Preliminary reports indicate" has no speaker."""
    spans = own_hedge_spans(span.text, lang)
    if not spans:
        return span
    text = span.text
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return Span(span.start, span.end, text)


class SourceBook:
    """The sources one report names, so that "Brechalov" later in the text is the "Alexander Brechalov" of the
    "Source:" line, with the kind that line gave him, and "he" is the last person who spoke."""

    def __init__(self, text: str, lang: str) -> None:
        self.lang = lang
        self.known: dict[str, Source] = {}
        self.last_person: Source | None = None
        self.last_body: Source | None = None  # the last ministry, administration or service that spoke
        self.last_media: Source | None = None  # the last outlet or channel that spoke
        self.last_it: Source | None = None  # the last body or outlet that spoke, whom a closing "it added" is
        self.last_source: Source | None = None  # whoever spoke last, whom "the same source" is
        # the Telegram channel whose post this is (its closing invitation line names it), whom "по нашим данным" is
        self.own_channel: str | None = None
        self._last_at: dict[str, int] = {}  # where the last body and the last outlet spoke
        self._last_source_at = 0  # ... and where whoever spoke last did
        self.pointed_back = False  # the last speaker found was named after "Об этом сообщил": he said the sentence before
        self.cited_teller: Source | None = None  # the teller of a sentence whose source is the authority he cites
        # the source found was a channel the sentence's news came out on ("Видео опубликовано в Telegram-канале X"): the
        # source of that sentence alone, not of the sentences after it
        self.own_sentence_only = False
        self.tag_closes = False  # ... named after what he told, closing its sentence ("..., заявил X", "..., — X")
        # who, in the last clause read, denied a speech verb or made it a habit ("Authorities have not confirmed"): the
        # outlet tells that clause, yet the report names him
        self.unsaid: Source | None = None
        # the last speaker read when it was a level of government with no body ("officials said", "по данным местных
        # властей"): no source, and the outlet tells that clause and the ones carried on after it; "" otherwise
        self.vague = ""
        self._found: dict[tuple[str, str, str], re.Match[str] | None] = {}
        # named officials, with the offices named with them and where in the text each was named
        self.titled: list[tuple[frozenset[int], Source, int]] = []
        self._at = 0  # the start of the clause whose speaker is being read
        self.title_only: dict[str, frozenset[int]] = {}  # speakers named only by an office ("the governor")
        self.titled_people: dict[str, Source] = {}  # people named with their office, by each word of their name
        self.described: dict[str, Source] = {}  # people by the words told before their name ("представитель Росавиации")
        for match in _patterns(lang).source_line.finditer(text):
            self._read_source_line(match.group(1))
        # everyone the text names with an office, speaker or not, and the words of each one's office
        self.office_words: dict[str, str] = {}
        self.office_holders = _office_holders(text, lang, self.office_words)
        self._text = text
        self._people: list[tuple[int, Source]] | None = None  # everyone named, and where (read when first asked)

    def _read_source_line(self, body: str) -> None:
        for group in body.split(";"):
            kind = classify(group, self.lang)
            previous: str | None = None
            patterns = _patterns(self.lang)
            for part in re.split(r",\s*|\s+and\s+", group):
                part = part.strip()
                if previous and patterns.trailing and patterns.trailing.fullmatch(f" {part}"):
                    continue  # "Veniamin Kondratyev, Governor of Krasnodar Krai, on Telegram": where he wrote, not who
                part_kind = classify(part, self.lang)
                if previous and part_kind != "unknown" and (_starts_with_descriptor(part, self.lang) or any(
                        title.match(part) for title in patterns.titles)):
                    # (an office opens the descriptor, of the kind of what it heads: "Commander of the Air Force")
                    # "Alexander Brechalov, Head of the Udmurt Republic": the descriptor tells the kind of the name before it
                    self.known[previous] = Source(previous, part_kind, person=True)
                    continue
                if (handle := _HANDLE.fullmatch(part)) is not None:
                    # "Источник: @bryansk_live": a relayed post names the channel it took its words from
                    self.known[handle.group(1)] = Source(handle.group(1), "telegram")
                    previous = handle.group(1)
                    continue
                runs = _NAME_RUN.findall(part)
                if not runs:
                    continue
                name = runs[-1]
                if classify(name, self.lang) != "unknown" and len(runs) == 1 and name == part:
                    continue  # the run is only a descriptor ("Telegram"), no name
                self.known[name] = Source(name, part_kind if part_kind != "unknown" else kind, person=len(name.split()) > 1)
                previous = name

    def resolve(self, phrase: str) -> Source:
        """A speaker phrase as the report names it, matched to the sources the report listed."""
        patterns = _patterns(self.lang)
        phrase = re.sub(r"^(?:the|a|an)\s+", "", _unquoted(phrase), flags=re.IGNORECASE)
        phrase = re.sub(r"^[^\w\"“«]+|[^\w.\"”»]+$", "", phrase)  # markup and emoji around a name ("[Минобороны", "🔻")
        if patterns.openers:
            phrase = re.sub(r"^(?:the|a|an)\s+", "", patterns.openers.sub("", phrase), flags=re.IGNORECASE)
        if patterns.trailing:
            phrase = patterns.trailing.sub("", phrase)
        phrase = _said_in_cut(phrase, self.lang)
        if patterns.after_name and (m := patterns.after_name.search(phrase)) and _personal_name(m.group(1), self.lang):
            # "міський голова Анатолій Федорук у Facebook в четвер", "губернатор Вячеслав Гладков в телеграм-канале 27
            # сентября": where and when he said it follow his name
            phrase = m.group(1)
        elif patterns.after_surname and (m := patterns.after_surname.match(phrase)) and (seen := next((
                seen for seen in [*self.titled_people.values(), *self.known.values(), *(s for _, s, _ in self.titled),
                                  self.last_person, *(s for _, s in self.office_holders)]
                if seen is not None and seen.person and seen.name and len(seen.name.split()) > 1
                and seen.name.split()[-1] == m.group(1)), None)):
            # "– написал Петров в своём канале вечером 5 мая": the surname of a person named before, then
            # where and when he said it: that person
            return self._spoke(seen)
        if not phrase or patterns.not_source.match(phrase) or (patterns.deictic and patterns.deictic.match(phrase)):
            return UNNAMED
        if patterns.vague and patterns.vague.fullmatch(phrase):
            self.vague = phrase
            return UNNAMED
        if patterns.pronoun.match(phrase):
            return self._pointed(phrase)
        if (same := _same_source(self.lang)) is not None and same.fullmatch(phrase):
            return self.last_source or UNNAMED  # "According to the same source", "по данным того же источника"
        if patterns.person_reference and self.last_person is not None and (
                m := patterns.person_reference.search(phrase)) and self._only_when(phrase[: m.start()]):
            # "Пізніше чиновник уточнив", "заявив посадовець", "the official said": one official, the person who spoke
            # last (when and where may come first: "Ранней ночью 14 января чиновник")
            return self.last_person
        if patterns.pronoun_where and patterns.pronoun_where.match(phrase):
            return self._pointed_person()  # "- написав він у телеграмі у середу": he, and where he wrote
        if patterns.speaker_preposition and patterns.speaker_preposition.match(phrase) and (
                classify(rest := patterns.speaker_preposition.sub("", phrase, count=1), self.lang) != "unknown"):
            # "в ведомстве уточнили", "в Министерстве обороны сообщили": the body, not where ("в Ростове сообщают":
            # a place, no body, stays as it was told)
            phrase = rest
        if patterns.media_reference and patterns.media_reference.fullmatch(phrase) and self.last_media is not None and (
                self.last_body is None or not (patterns.back_reference and patterns.back_reference.fullmatch(phrase))
                or self._last_at["media"] >= self._last_at["body"]):
            # "Syrian state news agency SANA reported ... The news agency said", "..., - пише видання": the outlet named
            # before (an "agency" that may be a government body's: whichever spoke last)
            return self.last_media
        if patterns.back_reference and (patterns.back_reference.fullmatch(phrase) or (
                patterns.back_reference_part and patterns.back_reference_part.fullmatch(phrase))):
            # "ведомство", "the ministry", "пресс-служба ведомства": the body named before
            return self.last_body or UNNAMED
        if (described := self.described.get(phrase.casefold())) is not None:
            # "представитель Росавиации Артём Кореняко ... Ранее представитель Росавиации сообщил": the same person
            return self._spoke(described)
        if self._adverbial(phrase):
            return UNNAMED  # "Під час цієї ж тривоги повідомили", "После взрыва сообщили": when, not who
        if not any(c.isupper() for c in phrase) and classify(phrase, self.lang) == "unknown" \
                and not _WEB_NAME.fullmatch(phrase):
            return UNNAMED  # "a", "with", "of the building", "коли їм": words around a verb, not a name
        for name, source in self.known.items():
            if phrase == name or phrase in name.split() or name in phrase:
                return self._spoke(source)
        kind = classify(phrase, self.lang)
        if kind == "unknown" and _WEB_NAME.fullmatch(phrase):
            kind = "media"  # "сообщает 5-tv.ru": an outlet named by its web address
        if kind == "unknown" and (named_before := self.titled_people.get(phrase)) is not None:
            return self._spoke(named_before)  # "Prokudin said" after "Regional governor Oleksandr Prokudin": an official
        if kind == "residents" and (witness := self._named_witness(phrase)) is not None:
            # "eyewitness Ivan Petrov", "местный житель Иван Петров": one resident named, whom a later "he" points at
            return self._spoke(Source(witness, "residents", person=True))
        if kind == "residents":
            # one word for them where the language's file gives one ("residents", as the seed's gold has it), else as
            # the report names them ("местные жители", "Жителі Ізмаїла"): a Russian source is not spelt in English
            # ... and "the same source" after them is they
            self.last_source = Source(topic(self.lang, "attribution").get("residents_name") or phrase, "residents")
            return self.last_source
        named = _personal_name(phrase, self.lang)
        if named and (nominative := _holder_name(named, self.lang)) \
                and nominative.split()[0] != named.split()[0]:
            # "за словами Миколи Лукашука", "со ссылкой на Вячеслава Гладкова": the person, as he is named elsewhere
            # (his first name tells the case: "Олег Синегубов" is already the nominative)
            phrase, named = phrase[: len(phrase) - len(named)] + nominative, nominative
        offices = self._offices(phrase)
        if offices and named is None and _morphology(self.lang) is not None:
            # "Очільник ОВА уточнив": an office opening the sentence is capitalised, yet names nobody; where names are
            # told by their grammar, its capital is not a name's
            runs = _NAME_RUN.findall(phrase[:1].lower() + phrase[1:])
        else:
            runs = _NAME_RUN.findall(phrase)
        if named and named != phrase:
            # "губернатор Вениамин Кондратьев": the person is the source, the title tells the kind
            person_named = Source(named, kind if kind != "unknown" else "official", person=True)
            self._describe(phrase[: len(phrase) - len(named)], person_named)
            return self._official(offices, self._spoke(person_named))
        person = kind in ("unknown", "official") and len(runs) == 1 and runs[0] == phrase and len(phrase.split()) >= 2
        # "Regional governor Oleksandr Prokudin", as "Belgorod Governor Vyacheslav Gladkov": an office ending in a
        # full name is one person, whom a later "he" points back at
        # ("head of the Regional Military Administration": capitals that end in a body's word name what the office
        # heads, not who holds it; the office alone, whose holder is settled later)
        runs = [run for run in runs if not (offices and _body_run(run, self.lang))]
        titled = bool(offices and runs and len(runs[-1].split()) >= 2 and phrase.endswith(runs[-1]))
        source = self._spoke(Source(phrase, kind, person=person or (titled and kind in ("official", "military", "unknown"))))
        if person or titled:
            if not person:
                self._describe(phrase[: len(phrase) - len(runs[-1])], source)
            return self._official(offices, source)  # "Vyacheslav Gladkov", "Belgorod Governor Vyacheslav Gladkov"
        if offices and not named and not any(len(run.split()) >= 2 and not _place_run(run, phrase) for run in runs):
            # "the governor", "голова ОВА", "the governor of Russia's Voronezh region" (a place's name inside an office
            # is no person's): who holds the office is settled later
            self.title_only[phrase] = offices
            if any(_patterns(self.lang).titles[i].match(phrase) for i in offices):
                # an office one person holds, opening the phrase ("очільник області", "the governor"): a later "he"
                # ("Він уточнив, що ...") points back at him, whoever holds it
                self.last_person = source
        return source

    def _adverbial(self, phrase: str) -> bool:
        """Whether a phrase before a speech verb opens with a preposition (pymorphy3's reading) other than one of place
        before a body (`speaker_prepositions`: "в ведомстве") and names no kind of source: when or how it was told, no
        speaker ("Під час цієї ж повітряної тривоги повідомили про вибухи")."""
        morph, words = _morphology(self.lang), phrase.split()
        if morph is None or len(words) < 2 or classify(phrase, self.lang) != "unknown":
            return False
        patterns = _patterns(self.lang)
        if patterns.speaker_preposition is not None and patterns.speaker_preposition.match(phrase):
            return False
        return any(parse.tag.POS == "PREP" for parse in morph.parse(words[0].lower()))

    def _named_witness(self, phrase: str) -> str | None:
        """The personal name a phrase of residents or witnesses ends with ("eyewitness Ivan Petrov", "житель Курска Иван
        Петров"), in the nominative; None when it names them only as a group ("Жителі Ізмаїла", "local residents")."""
        runs = _NAME_RUN.findall(phrase)
        if not runs or not phrase.endswith(runs[-1]) or len(runs[-1].split()) < 2:
            return None
        if _morphology(self.lang) is None:
            # ... a few lower-case words right before the name ("eyewitness", "local resident"), none that heads a place
            # ("residents of the cities of X and Y in Z Oblast": places, no name)
            before = phrase[: len(phrase) - len(runs[-1])].split()
            heading = {w.casefold() for w in topic(self.lang, "attribution").get("heading_words") or ()}
            named = 1 <= len(before) <= 3 and all(w.islower() and w.casefold() not in heading for w in before) \
                and not any(_patterns(self.lang).inverted_not.match(w) for w in before)
            return runs[-1] if named else None
        return _holder_name(runs[-1], self.lang)

    def _pointed(self, pronoun: str) -> Source:
        """Whom a pronoun opening a clause points at: "they" (`plural_pronouns`), after a body or a group spoke last
        ("Воздушные силы ВСУ отмечают ... Они отмечают, что ..."), that body; else the person who spoke last."""
        plural = _listed(self.lang, "plural_pronouns")
        if plural is not None and plural.fullmatch(pronoun.strip()) and self.last_source is not None \
                and not self.last_source.person and not self._people_told_since():
            return self.last_source
        return self._pointed_person()

    def _people_told_since(self) -> bool:
        """Whether people (residents' words, `plural_people`) are told between the last speaker and here: they are
        "they" then ("Эвакуированы 20 жителей. Они рассказали"), not the body that spoke before."""
        people = [p for kind, p in _patterns(self.lang).kinds if kind == "residents"]
        people += [p] if (p := _listed(self.lang, "plural_people")) is not None else []
        between = self._text[self._last_source_at: self._at]
        return any(p.search(between) for p in people)

    def _pointed_person(self) -> Source:
        """Whom "he", "she", "за його словами" point at: the person who spoke last; before anyone has, the last person
        the report named in the words just before the clause, speaker or not ("Губернатор Иван Петров поблагодарил
        защитников. Он рассказал, что ..."); nobody when it named none."""
        if self.last_person is not None:
            return self.last_person
        named = [(at, source) for at, source in self._named_people() if at < self._at <= at + _POINTER_REACH]
        if not named or self._other_person_between(named[-1][0], named[-1][1]):
            return UNNAMED
        return named[-1][1]

    def _other_person_between(self, at: int, official: Source) -> bool:
        """Whether the report names another person between the official it named at `at` and the clause being read
        ("Губернатор X наградил жителя Ивана Петрова ... Он рассказал", "Загинула мешканка Марія Коваль. За її
        словами"): a first name with a surname in ru/uk (grammar tells them), in English two or three capitalised words
        right after a lower-case word that heads no place (`heading_words`, `after_name`: "resident Petro Koval", not "in
        Kharkiv Oblast"). Then a
        pointer back could be either, and names nobody."""
        start = self._text.find(official.name or "", at)
        start = start + len(official.name or "") if start >= 0 else at
        between = self._text[start: self._at]
        for run in _NAME_RUN.finditer(between):
            words = run.group(0).split()
            if _morphology(self.lang) is not None:
                name = _holder_name(run.group(0), self.lang)
                if name is not None and name != official.name:
                    return True
                continue
            before = between[: run.start()].split()[-1:]
            data = topic(self.lang, "attribution")
            places = {w.casefold() for w in [*(data.get("heading_words") or ()), *(data.get("after_name") or ())]}
            if 2 <= len(words) <= 3 and before and before[0].islower() and before[0].casefold() not in places:
                return True
        return False

    def _named_people(self) -> list[tuple[int, Source]]:
        """Where the report names each official it names with an office (`office_holders`), in its order. (Any first
        name with a surname, as grammar tells them, was tried too: it cost validation attribution.)"""
        if self._people is None:
            holders = {source.name: source for _, source in self.office_holders if source.name}
            self._people = [(run.start(), holders[name]) for run in _NAME_RUN.finditer(self._text)
                            if (name := next((n for n in holders if run.group(0).endswith(n)), None))]
        return self._people

    def _coordinated_subject(self, words: str) -> str | None:
        """The name a clause opens with when its speech verb is joined to an earlier verb of his ("X, the governor,
        described the attack as cynical and said"): a personal name (two capitalised words, or one the report named
        before, or one the language's grammar reads as a name), then words of what he did; None when the clause opens
        with no such name."""
        patterns = _patterns(self.lang)
        words = words.lstrip(" \"“«„—–-*•")
        if patterns.openers:
            words = patterns.openers.sub("", words)
        run = _NAME_RUN.match(words)
        if run is None:
            return None
        name, rest = run.group(0), words[run.end():]
        if len(name) < 2:
            return None  # (a lone capital letter opening the clause is a preposition, "К попыткам ...", not a name)
        if not re.match(r"\s*(?:,|[^\W\d_A-ZА-ЯЁІЇЄҐ])", rest) or not rest.strip(" ,"):
            return None  # the clause is the name, or the name runs into more capitalised words
        if _morphology(self.lang) is not None:
            named = _personal_name(name, self.lang) == name or name in self.titled_people
            return name if named and _tells_an_action(rest, self.lang) else None
        if len(name.split()) >= 2 and classify(name, self.lang) == "unknown" or name in self.titled_people:
            return name
        return None

    def _only_when(self, words: str) -> bool:
        """Whether the words before a speaker name nobody: no kind of source, no two capitalised words in a row (when he
        spoke, "Ранней ночью 14 января", may stand there)."""
        return not words.strip() or (classify(words, self.lang) == "unknown" and not _TWO_NAME_WORDS.search(words)
                                     and _personal_name(words, self.lang) is None)

    def _describe(self, words: str, person: Source) -> None:
        """Remember the words told right before a person's name, so that a later speaker told by them alone is that
        person; words that described two people describe nobody."""
        told = words.strip(" ,").casefold().split()
        for i in range(len(told) - 1):  # "в своём Telegram-канале представитель Росавиации": each ending of two words or more
            key = " ".join(told[i:])
            if self.described.setdefault(key, person) != person:
                self.described[key] = UNNAMED

    def _offices(self, phrase: str) -> frozenset[int]:
        p = _patterns(self.lang)
        if p.any_title is not None and p.any_title.search(phrase) is None:
            return frozenset()
        return frozenset(i for i, title in enumerate(p.titles) if title.search(phrase))

    def _official(self, offices: frozenset[int], source: Source) -> Source:
        if source.kind in ("official", "military", "unknown"):
            self.titled.append((offices, source, self._at))
        return source

    def holder(self, name: str | None, at: int | None = None) -> Source | None:
        """The person a speaker named only by an office stands for: the one named with that office in the report,
        else the only official the report names; None when that is not one person. With two named with the office
        ("губернатор региона Богомаз ... губернатор Белгородской области Гладков ... написал глава области"), the one
        named last before the words at `at`, as a reader takes the title back to the nearest holder."""
        offices = self.title_only.get(name or "")
        if offices is None:
            return None
        levels = _body_levels(name or "", self.lang)
        if levels:  # "the head of the regional administration" is not the one named as the city administration's head
            titled = [(held, s, named_at) for held, s, named_at in self.titled
                      if not (found := _body_levels(f"{self.office_words.get(s.name or '', '')} {s.name}", self.lang))
                      or found & levels]
            office_holders = [(held, s) for held, s in self.office_holders
                              if not (found := _body_levels(self.office_words.get(s.name, ""), self.lang)) or found & levels]
        else:
            titled, office_holders = self.titled, self.office_holders
        with_office = {s.name: s for held, s, _ in titled if held & offices}
        if len(with_office) > 1 and at is not None:
            before = [s for held, s, named_at in titled if held & offices and named_at <= at]
            if before:
                return before[-1]
        if len(with_office) != 1:
            # "Губернатор Воронежской области Александр Гусев объявил ... Затем глава региона заявил": named with the
            # office where he did not speak (also when the one so named spoke under another phrase: "Head of the
            # Regional Military Administration X" in a list of tellers, then "according to the head of the ..."); a
            # person named with another office, the mayor who spoke, is not the governor
            holders = [(held, s) for held, s in office_holders if s.kind == "official"]
            with_office = {s.name: s for held, s in holders if held & offices} or with_office
        if not with_office:  # "голова ОВА Лисак ... заявив очільник області": the only one named with any office
            # (counted over all, also those of another level: "the mayor of the city" is not the governor because the
            # regional police chief was the other one named)
            with_office = {s.name: s for held, s, _ in self.titled if s.person or held}
            only = next(iter(with_office), "")
            if levels and len(with_office) == 1 and (found := _body_levels(
                    f"{self.office_words.get(only, '')} {only}", self.lang)) and not found & levels:
                return None
        return next(iter(with_office.values())) if len(with_office) == 1 else None

    def _names_a_source(self, phrase: str) -> bool:
        """Whether the words after an inverted speech verb are a speaker ("the regional governor X", "the State
        Emergency Service"), not what was said ("said the strike was meant ...") nor where ("said in a statement")."""
        patterns = _patterns(self.lang)
        phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE)
        if patterns.trailing:
            phrase = patterns.trailing.sub("", phrase)
        words = phrase.split()
        if not words or len(words) > 10 or patterns.not_source.match(words[0]) or patterns.inverted_not.match(words[0]) or (
                patterns.deictic and patterns.deictic.match(words[0])):
            return False
        if _NAME_RUN.fullmatch(phrase):
            return True
        # an office or body, told by its kind, ending the clause ("the governor of the Belgorod region X")
        return classify(phrase, self.lang) != "unknown" and not _tells_an_action(phrase, self.lang) and not any(
            w in patterns.not_in_speaker for w in (x.casefold() for x in words))

    def _speaker_shaped(self, phrase: str, nominative: bool = False) -> bool:
        """Whether words name a speaker by their shape, not just by capitals: a body or an office by its kind's words,
        or a personal name by its grammar ("Гладков", not "Эвакуацию" opening a sentence)."""
        phrase = phrase.strip(" ,")
        morph, first = _morphology(self.lang), phrase.split()[0] if phrase.split() else ""
        if nominative and morph is not None and first.isalpha() and not any("nomn" in parse.tag for parse in morph.parse(first)):
            return False  # (nor "жителям" after the verb: whom it was told to)
        return self._names_a_source(phrase) and (
            classify(phrase, self.lang) != "unknown" or _personal_name(phrase, self.lang) is not None)

    def _plausible(self, phrase: str) -> bool:
        """Whether the words after a closing dash name a speaker ("— Собянин", "— источник 112"), not a list item."""
        phrase = phrase.strip(" *_")
        if _tells_an_action(phrase, self.lang):
            return False  # "— пострадали ещё пять мирных жителей", "– дрон был уничтожен средствами ПВО": a clause, no speaker
        if classify(phrase, self.lang) != "unknown" and len(phrase.split()) <= 8:
            return True
        return bool(_NAME_RUN.fullmatch(phrase)) and len(phrase.split()) <= 3 and _personal_name(phrase, self.lang) is not None

    def _spoke(self, source: Source) -> Source:
        if source.name:
            self.last_source = source
            self._last_source_at = self._at
        runs = _NAME_RUN.findall(source.name) if source.name and source.kind != "unknown" else []
        if runs and (source.person or (len(runs[-1].split()) >= 2 and source.name.endswith(runs[-1]))):
            # "regional governor Oleksandr Prokudin": his surname, and his whole name, point back at him
            self.titled_people.setdefault(runs[-1].split()[-1], source)
            self.titled_people.setdefault(runs[-1], source)
        if source.person:
            self.last_person = source
        elif source.name and source.kind == "unknown" and _SURNAME.fullmatch(source.name):
            # "According to Gusev, ... He stated that": a lone capitalised word of no kind, not an abbreviation, is a
            # surname, whom a later "he" points back at
            self.last_person = source
        elif source.name and source.kind in ("military", "official"):
            self.last_body = source
            self._last_at["body"] = self._at
        if source.name and source.kind in ("military", "official", "media", "telegram") and not any(
                title.search(source.name) for title in _patterns(self.lang).titles):
            # a body or an outlet, told by its kind's words and no office one person holds: what "it" points back at
            self.last_it = source
        if source.name and source.kind in ("media", "telegram"):
            self.last_media = source
            self._last_at["media"] = self._at
        return source

    def _before_verb(self, verb: re.Match[str]) -> re.Pattern[str] | None:
        """The adverbs that may stand between a subject with its name set off by commas and its speech verb; none when
        the verb is plural ("сообщили"): it does not agree with the one person so named."""
        patterns = _patterns(self.lang)
        words = verb.group(0).split()
        if patterns.plural_verb is not None and words and patterns.plural_verb.match(words[0]):
            return None
        return patterns.before_verb

    @staticmethod
    def _lone_it(phrase: str, patterns: _Patterns) -> bool:
        """Whether a speaker phrase is only "it" of a language whose speaker never follows its verb (English): the
        body or outlet named before, not the words after the verb."""
        return patterns.verb_then_speaker is None and patterns.deictic is not None and phrase.strip().casefold() == "it" \
            and bool(patterns.deictic.fullmatch(phrase.strip()))

    def _it(self) -> Source:
        """The body or outlet that spoke last ("SANA reported ... it added", "Ukraine's State Emergency Service said
        ... it added")."""
        return self.last_it or UNNAMED

    def _before_denial(self, phrase: str) -> str:
        """The subject of a denied or habitual speech verb, without the denial and the auxiliaries around it
        ("Authorities have not yet" -> "Authorities", "officials always" -> "officials")."""
        unsaid = _patterns(self.lang).unsaid
        words = phrase.split()
        window = range(max(0, len(words) - 3), len(words))
        first = next((i for i in window if unsaid and unsaid.fullmatch(words[i])), len(words))
        words = words[:first]
        while len(words) > 1 and words[-1].islower() and classify(words[-1], self.lang) == "unknown":
            words.pop()
        return " ".join(words)

    def _search(self, pattern: str, text: str) -> re.Match[str] | None:
        """The first match of one of the language's patterns, searched once per text: a sentence of one clause is
        both the clause and the sentence, and `names_speech` asks again what `speaker` already searched."""
        key = (pattern, self.lang, text)
        if key not in self._found:
            found = lexicon_hits.search(getattr(_patterns(self.lang), pattern), text)
            if pattern == "verb_after_speaker":
                while found is not None and (_absolute(text, found, self.lang) or self._says_no_one(text, found)):
                    found = getattr(_patterns(self.lang), pattern).search(text, found.end())
            self._found[key] = found
        return self._found[key]

    def _says_no_one(self, text: str, verb: re.Match[str]) -> bool:
        """Whether a verb of `subject_speech_verbs` ("говорит", "говорять") has no person or body as its subject: it
        also means "shows, points to" ("Число атак говорит о многом", "Це говорить про те, що ..."), and after a
        pronoun or nothing it tells no new speaker. Such a verb is no speech verb; a speaker carried on stays."""
        listed = _listed(self.lang, "subject_speech_verbs")
        if listed is None or not listed.fullmatch(verb.group()):
            return False
        patterns = _patterns(self.lang)
        subject = _speaker_before(text[: verb.start()], patterns.not_source, patterns.pronoun, patterns.breaks,
                                  self._before_verb(verb), self.lang)
        if subject and patterns.openers:
            subject = patterns.openers.sub("", subject)
        if subject and patterns.speaker_preposition:
            subject = patterns.speaker_preposition.sub("", subject)  # "В СБУ говорят": the body
        return not subject or patterns.pronoun.match(subject) is not None or not self._speaker_shaped(subject)

    def _with_name_after(self, m: re.Match[str]) -> str:
        """A speaker named by an office, with the person's name after a comma ("announced the military governor of the
        region, Oleh Syniehubov, on Telegram"): the office and the name, so that the person is the source."""
        phrase = m.group(1)
        after = _APPOSITIVE_NAME.match(m.string, m.end(1)) or _BRACKETED_NAME.match(m.string, m.end(1))
        if after is None and _morphology(self.lang) is not None and (ranked := _RANKED_NAME.match(m.string, m.end(1))) \
                and _personal_name(ranked.group(2), self.lang) == ranked.group(2) \
                and self._rank_or_office(ranked.group(1)) and not _tells_an_action(ranked.group(1), self.lang):
            # "– зазначив т. в. о. начальника відділу ГУ ДСНС, підполковник служби цивільного захисту Іван Петренко.":
            # his rank, then his name, closing the sentence
            return f"{phrase.rstrip(' ,')} {ranked.group(2)}" if self._offices(phrase) else phrase
        if after is None or not self._offices(phrase) or _NAME_RUN.fullmatch(phrase.strip()):
            return phrase
        return f"{phrase.rstrip(' ,')} {after.group(1)}"

    def _rank_or_office(self, words: str) -> bool:
        """Whether the lower-case words between a speaker's office and a name closing the sentence open with a rank
        (`ranks` of the language's file: "підполковник служби цивільного захисту") or an office: the same man's second
        post. Any other words ("загиблий водій", "подякувавши лікарю") name someone else, never the speaker."""
        ranks = _ranks(self.lang)
        return bool(ranks is not None and ranks.match(words)) or any(title.match(words) for title in _patterns(self.lang).titles)

    def _speaker_between(self, prefix: str) -> str | None:
        """The words between a pointer back ("Об этом", "Про це") and the speech verb when they name a speaker: a name
        or a body (capitalised) or an office ("глава региона Вячеслав Гладков"); not where it was said ("в своём
        Telegram-канале") nor what was told ("О подробностях атаки")."""
        pattern = _patterns(self.lang).topic_opener
        rest = pattern.sub("", prefix + " ", count=1).strip() if pattern else ""
        if rest and (rest[0].isupper() or any(title.match(rest) for title in _patterns(self.lang).titles)):
            return rest
        # "Про це 29 грудня начальник Одеської ОВА X повідомив", "Об этом в Telegram глава региона X сообщил": when and
        # where come first, the speaker from his office on
        offices = [m.start() for title in _patterns(self.lang).titles if (m := title.search(rest))]
        return rest[min(offices):] if offices else None

    def _told_after_relay(self, sentence: Span, m: re.Match[str]) -> Source | None:
        """The speaker an outlet relays ("Как передаёт ТАСС, губернатор X сообщил ...", "Як передає Укрінформ, про це
        повідомив голова ОВА X"): the one who told it, named after the relay with his own speech verb; None when the
        relay is all the sentence names."""
        if not _RELAY.match(m.group(0).lstrip(",—–- ")):
            return None
        start = m.end()
        while start < len(sentence.text) and sentence.text[start] in " ,":
            start += 1
        rest = Span(sentence.start + start, sentence.end, sentence.text[start:])
        if not self._search("verb_after_speaker", rest.text):
            return None
        told = self.speaker(rest, rest)
        if told.kind in _RELAYING and classify(m.group(1), self.lang) not in _RELAYING:
            # "Як повідомив голова ОВА X, ..., передає УНН": the official told it, the outlet after him relays
            return None
        return told if told.name else None

    def headline_speaker(self, line: str) -> Source:
        """The source a headline names in the way headlines do: before a colon ("Governor: Three wounded ...",
        "Минобороны России: ПВО сбила ...") or after a closing dash ("... - MoD", "... – очевидцы", "..., - голова
        ОВА"); only a phrase of a few words that the language's kind words know as a source ("Фото:", "Донецк:",
        "— які наслідки" are not)."""
        for phrase in _headline_phrases(line):
            if len(phrase.split()) <= 4 and classify(phrase, self.lang) != "unknown":
                return self.resolve(phrase)
        return UNNAMED

    def headline_vague(self, line: str) -> SourceKind | None:
        """The kind of the vague source a headline names where headlines name theirs ("... погиб мирный житель —
        власти", "Officials: two killed in ..."): officials of no name, whom the body below names; None when the
        headline names nobody, or names someone, or names vague tellers of a relaying kind ("— СМИ", "— соцсети") or of
        no kind the language's words know ("— чиновники"): an outlet or a channel below is not who they are."""
        vague = _patterns(self.lang).vague
        for phrase in _headline_phrases(line):
            if vague is not None and vague.fullmatch(phrase) and (kind := classify(phrase, self.lang)) not in _RELAYING:
                return kind
        return None

    def line_lead(self, line: str) -> Source:
        """The speaker a body line opens with before a colon, as a wire or a channel leads its account ("Губернатор
        Воронежской области Гусев: Дежурными силами ПВО ...", "Хинштейн: ...", "The Syrian Observatory for Human Rights:
        ..."): a phrase of a few words that the language's kind words know as a source, or a personal name where names
        are told by their grammar ("Фото:", "Details:", "Дарницький район:" are not)."""
        m = _LINE_LEAD.match(_undressed(line))
        if m is None or len((phrase := m.group(1).strip(" ,")).split()) > 5:
            return UNNAMED
        if (quoted := _quoting_noun(self.lang)) is not None and (noun := quoted.match(phrase)) and phrase[noun.end():]:
            # "Коментар Світлани Петренко:", "Quote from Petrenko:": a line opening what he said, named after the noun
            phrase = phrase[noun.end():]
            if _NAME_RUN.fullmatch(phrase):
                return self.resolve(phrase)
        if phrase.split()[0].casefold() in {w.casefold() for w in topic(self.lang, "attribution").get("agents") or ()}:
            return UNNAMED  # "By a Staff Reporter:": a byline, the writer, not a source
        if classify(phrase, self.lang) == "unknown" and _personal_name(phrase, self.lang) != phrase:
            return UNNAMED
        return self.resolve(phrase)

    def signature(self, line: str) -> Source:
        """The speaker a line of its own signs with a dash and only his name, closing what a post told above it
        ("— Собянин.", "– Іван Петренко", "— Минобороны РФ"): a name or a body the kind words know, no clause ("— Ещё
        антироссийских санкций." is a line of a list, "— Запас изделий имеется." a line of dialogue)."""
        m = _SIGNATURE.fullmatch(EMPHASIS.sub("", line).strip())
        if m is None:
            return UNNAMED
        if (verb := self._search("verb_after_speaker", said := m.group(1).strip())) is not None and verb.start() == 0:
            # "— сообщил глава республики Иван Петров.", "— повідомив голова ОВА Іван Петренко": a speech verb and its
            # speaker sign the post as his name alone does; one who tells a post's news, not a witness quoted in it
            # ("– розповіла місцева мешканка Ганна Бойко" closes her own quotation), nor a volunteer or a war
            # correspondent ("— сообщил военкор Иван Петров"): the words after the verb name an office, a military
            # body, an outlet or a channel, whatever kind the speaker is read as
            if classify(who := said[verb.end():].strip(" ."), self.lang) not in _SIGNING_KINDS:
                return UNNAMED
            signed = self.speaker(Span(0, len(said), said), Span(0, len(said), said))
            if signed.kind not in _SIGNING_KINDS:
                return UNNAMED
            if signed.person and (written := _personal_name(who, self.lang)) and signed.name != written \
                    and signed.name == _holder_name(written, self.lang):
                # the subject of the verb, his name in the nominative as written ("Петро Коваль" is not "Петра")
                signed = Source(written, signed.kind, person=True)
            return signed
        if not (_INITIALS_NAME.fullmatch(phrase := said) or self._plausible(phrase)) or not _signs_as(phrase, self.lang):
            return UNNAMED
        return self.resolve(phrase)

    def opens_words_below(self, line: str) -> bool:
        """Whether a line is only a lead, its words on the lines below ("**⚡️Минобороны РФ:**", "Governor Ivan Petrov:"):
        a heading of that shape is no headline of its own, it opens the account the way a lead line in the body does."""
        undressed = _undressed(line)
        return undressed.endswith(":") and self.line_lead(undressed).name is not None

    def _told_before_relay(self, sentence: Span, m: re.Match[str]) -> Source | None:
        """The speaker told before an outlet that only relays him ("Об этом сообщил глава ОВА X, пишет УНН", "Про це
        повідомив голова ОВА X, передає Укрінформ"): the one who told it, named before the relay with his own speech
        verb; None when the outlet is all the sentence names."""
        if m.start() == 0:
            return None
        before = Span(sentence.start, sentence.start + m.start(), sentence.text[: m.start()])
        if not self.names_speech(before):
            return None
        told = self.speaker(before, before)
        return told if told.name and told.kind not in _RELAYING else None

    def _citing_teller(self, m: re.Match[str]) -> Source | None:
        """The outlet or channel that tells what unnamed people told it ("Телеграм-канал X со ссылкой на очевидцев пишет
        о взрывах", "Видання X з посиланням на місцевих мешканців повідомило ..."): the teller named before the citing
        words, not the eyewitnesses or residents after them; None when the one cited is anyone else, or no teller is named."""
        citing = _patterns(self.lang).citing
        if citing is None or not citing.match(m.string, m.start()):
            return None
        cited = self._cited(m)
        if not (classify(cited, self.lang) == "residents" and not _personal_name(cited, self.lang)) \
                and not self._unnamed(cited):
            return None
        prefix = m.string[: m.start()].rstrip(" ,")
        if not prefix:
            return None
        before = Span(0, len(prefix), prefix)
        if self._search("verb_after_speaker", prefix):
            told = self.speaker(before, before)
        else:
            words = re.split(r"[,;:()\"“”—–]\s*", prefix)[-1].strip()
            told = self.resolve(words) if classify(words, self.lang) in ("media", "telegram") else UNNAMED
        return told if told.name and told.kind in ("media", "telegram") else None

    def _cited(self, m: re.Match[str]) -> str:
        """The words a citing phrase names as its source ("со ссылкой на Минобороны России сообщает" -> "Минобороны
        России")."""
        return re.split(rf"\s+(?:{_told_verbs(topic(self.lang, 'attribution'))})", m.group(1), maxsplit=1)[0].strip()

    def _unnamed(self, cited: str) -> bool:
        """Whether cited words name nobody in particular: no capitalised word (no name, no abbreviation) and no office
        ("emergency services", "a correspondent on the ground", "представителей оперативных служб", "экстренные
        службы"), or only a level of government or a group ("pro-Russian officials", "Russian media"); "Минобороны
        России", "ДСНС", "regional governor Vyacheslav Gladkov", "the head of the regional
        military administration" name someone."""
        patterns = _patterns(self.lang)
        words = re.sub(r"^(?:the|a|an)\s+", "", cited, flags=re.IGNORECASE)
        if words and patterns.vague and (vague := patterns.vague.search(words)) and vague.end() == len(words):
            return True  # "pro-Russian officials", "Russian media", "местных властей": a level or a group, no one named
        return bool(words) and not any(c.isupper() for c in words) and not (
            patterns.any_title is not None and patterns.any_title.search(words))

    def _cited_authority(self, m: re.Match[str]) -> Source | None:
        """The authority a teller cites by name ("TASS reported, citing regional governor X", "пишет РИА Новости,
        сославшись на Минобороны России", "посилаючись на голову ОВА X"): he told it, the outlet relays him; None when
        the cited words name no official or military body or person (an outlet, a post, unnamed people)."""
        cited = self._cited(m)
        if not cited or self._unnamed(cited) or classify(cited, self.lang) not in ("official", "military"):
            return None
        if not self._names_right_after(cited):
            return None  # "citing the Defence Ministry's warning", "сославшись на предупреждение Минобороны": a thing
        end = m.string.find(cited, m.start())
        rest = m.string[: m.start()] + " " + m.string[end + len(cited):] if end >= 0 else m.string[: m.start()]
        if not (self._search("verb_after_speaker", rest) or (_patterns(self.lang).verb_then_speaker is not None
                                                             and self._search("verb_then_speaker", rest))):
            # "The governor ordered an evacuation, citing ...": no one reports anything, the cited words tell no source
            return None
        told = self.resolve(cited)
        return told if told.name and told.kind in ("official", "military") else None

    def _names_right_after(self, cited: str) -> bool:
        """Whether cited words open with the person or body cited ("regional governor X", "Минобороны России", "голову
        ОВА X"), not with a thing of theirs ("the Defence Ministry's warning of shelling", "предупреждение Минобороны
        России об угрозе атак"): a capitalised word or an office first, after at most one lowercase word before an
        office, and no possessive."""
        patterns = _patterns(self.lang)
        words = re.sub(r"^(?:the|a|an)\s+", "", cited, flags=re.IGNORECASE)
        if re.search(r"\w['’]s\s+\w", words):
            return False
        title = patterns.any_title
        first = words.split(maxsplit=1)
        if not first:
            return False
        if first[0][:1].isupper() or (title is not None and title.match(words)):
            return True
        return len(first) == 2 and title is not None and title.match(first[1]) is not None

    def names_speech(self, clause: Span) -> bool:
        """Whether a clause has its own speech verb or "according to", even one naming nobody ("reports say")."""
        clause = _without_own_hedges(clause, self.lang)
        return bool(self._search("verb_after_speaker", clause.text) or self._search("preposition", clause.text))

    def speaker(self, clause: Span, sentence: Span, cite: bool = True) -> Source:
        """The source of a clause: "according to X" in it or its sentence, '"...," stated X' in the sentence, or the
        subject of its own speech verb ("X said"). A speech verb in another clause names another speaker."""
        patterns = _patterns(self.lang)
        self.pointed_back, self.unsaid, self.vague, self.tag_closes = False, None, "", False
        self.cited_teller, self.own_sentence_only = None, False
        self._at = clause.start
        clause, sentence = _without_own_hedges(clause, self.lang), _without_own_hedges(sentence, self.lang)
        # (a name in a channel's emphasis, "— __Сергей Волков__", is its words: the marks read as spaces)
        clause, sentence = Span(clause.start, clause.end, blanked(clause.text)), Span(
            sentence.start, sentence.end, blanked(sentence.text))
        if self.own_channel and (own := _listed(self.lang, "own_phrases")) is not None and own.search(clause.text):
            # "По нашим данным, ...", "За нашою інформацією": the channel tells it in its own voice
            return self._spoke(Source(self.own_channel, "telegram"))
        if patterns.pronoun_phrase and patterns.pronoun_phrase.search(clause.text):
            return self._pointed_person()
        if m := self._search("preposition", clause.text) or self._search("preposition", sentence.text):
            only = patterns.citing_only is not None and patterns.citing_only.match(m.string, m.start()) is not None
            if not only and patterns.deictic and m.re is not None and clause.text.startswith(m.string[: m.start()]) \
                    and _points_back(m.string[: m.start()], patterns.deictic, patterns.noun_pointer):
                self.pointed_back = True  # "This was reported by the head of the administration X": X said the sentence before
            if (teller := self._citing_teller(m)) is not None:
                return teller
            if not only:
                cited_source = self.resolve(self._with_name_after(m))
                shift = clause.start - sentence.start if m.string is clause.text else 0
                if cited_source.name is not None or self.vague or not (
                        (verb := self._search("verb_after_speaker", sentence.text))
                        and not m.start() + shift <= verb.start() < m.end() + shift
                        and _main_subject(sentence.text[: verb.start()], self.lang)):
                    self.own_sentence_only = patterns.published_on is not None and patterns.published_on.match(
                        m.string, m.start()) is not None
                    return cited_source
                # '"...," the mayor told reporters, according to two outlets': "according to" naming nobody (nor a
                # vague level of government) leaves the sentence's own speech verb, outside its phrase, to name its
                # speaker (read below) when that speaker opens a clause of the sentence's own ("..., which Governor X
                # said was ...", "a week after X said ..." name nobody); "According to reports, ..., the office said"
                # is read as before
                self.pointed_back = False
            if cite and (cited := self._cited_authority(m)) is not None:
                # "TASS reported, citing regional governor X", "пишет РИА Новости, сославшись на Минобороны": he told
                # it; citing unnamed people or a level of government the sentence's own speaker stays (read below).
                # The teller goes on into the sentences after, the one he cites does not (`cited_teller`)
                pointed_back = self.pointed_back
                teller = self.speaker(clause, sentence, cite=False)
                # ("Про це повідомляє видання X із покликанням на голову ОВА Y": the teller's pointer back is Y's too)
                self.pointed_back, self.unsaid, self.vague, self.tag_closes = pointed_back or self.pointed_back, None, \
                    "", False
                self.cited_teller = teller
                return cited
        if m := self._search("verb_before_speaker", sentence.text):
            if self._lone_it(m.group(1), patterns):
                # '"... 11 were injured," it added': the body or outlet that spoke last
                return self._it()
            return self.resolve(self._with_name_after(m))
        if patterns.inverted and (m := patterns.inverted.search(clause.text)) and self._names_a_source(m.group(1)):
            # "Two people were killed, said the regional governor X": the speaker follows the verb
            self.tag_closes = True
            return self.resolve(m.group(1))
        if patterns.verb_then_speaker and (m := self._search("verb_then_speaker", sentence.text)):
            # ("На месте работают экстренные службы, заявил глава региона X": a tag closing what was told)
            self.tag_closes = len(sentence.text[: m.start()].split()) >= 3
            if (between := _AS_BETWEEN.match(m.group())) and not _tells_an_action(between := between.group(1), self.lang):
                if classify(between, self.lang) != "unknown":
                    # "Как губернатор сообщил журналистам": the word between is the speaker, whom the verb's dative
                    # after it was told to
                    return self.resolve(between)
                # "Как уже сообщал X", "Як раніше повідомляв X": X told it before, the sentence before as well
                self.pointed_back = True
            if (told := self._told_after_relay(sentence, m)) is not None:
                return told
            named = self.resolve(self._with_name_after(m))
            if named.kind in _RELAYING and (told := self._told_before_relay(sentence, m)) is not None:
                return told
            return named
        if patterns.dash_speaker and (m := self._search("dash_speaker", sentence.text)):
            phrase = m.group(1)
            if re.search(r"[»\"”],?\s*$", sentence.text[: m.start()]) and _tells_an_action(phrase.split()[0], self.lang):
                # "«...», — говорится в заявлении Минобороны": after a quotation the verb opens the words after the
                # dash and the speaker follows it
                phrase = re.sub(r"^(?:в|во|у|из|з|із)\s+", "", phrase.split(maxsplit=1)[-1], flags=re.IGNORECASE)
            if self._plausible(phrase):
                self.tag_closes = True  # "Восемь беспилотников сбиты ..., — Собянин"
                return self.resolve(phrase)
        if m := self._search("verb_after_speaker", clause.text):
            prefix = clause.text[: m.start()].strip(" ,")
            if patterns.trailing:
                prefix = patterns.trailing.sub("", prefix)
            if patterns.unsaid and any(patterns.unsaid.fullmatch(word) for word in prefix.split()[-3:]):
                # "Authorities have not yet confirmed", "officials always claim", "власти обычно не сообщают": a speech
                # verb denied or habitual tells nothing anyone said of this incident; the outlet tells the clause
                denied = _speaker_before(clause.text[: m.start()], patterns.not_source, patterns.pronoun,
                                         patterns.breaks, self._before_verb(m))
                self.unsaid = self.resolve(self._before_denial(denied)) if denied else UNNAMED
                return UNNAMED
            if patterns.pronoun.match(prefix):
                return self._pointed(prefix)  # "Він та уточнив": the person who spoke last
            speaker = _speaker_before(clause.text[: m.start()], patterns.not_source, patterns.pronoun, patterns.breaks,
                                      self._before_verb(m), self.lang)
            if patterns.coordinator and patterns.coordinator.search(clause.text[: m.start()]) and (
                    subject := self._coordinated_subject(clause.text[: m.start()])):
                # "Oleh Kiper, Odesa regional governor, described the attack as 'cynical' and said ...", "Kondratyev
                # accused Ukraine of attacking the city and said ...": the subject of the first verb said it
                return self.resolve(subject)
            if speaker and any(title.match(speaker) for title in patterns.titles) and not _TWO_NAME_WORDS.search(speaker) and (
                    named := _NAME_BEFORE_TITLE.search(clause.text[: clause.text.rfind(speaker, 0, m.start())])):
                # "Олександр Старух, голова ЗОВА повідомляє": the name set off before the office is the speaker
                return self.resolve(f"{speaker} {named.group(1)}")
            # ("Позже атаку прокомментировал X", "Тоді про це повідомив X": an opener before what was told is not part of it)
            told_first = patterns.openers.sub("", prefix) if patterns.openers else prefix
            opens_topic = patterns.topic_opener is not None and patterns.topic_opener.match(told_first + " ") is not None
            if patterns.deictic and patterns.verb_then_speaker is None and len(prefix.split()) == 1 \
                    and patterns.deictic.match(prefix):
                # "It said 13 drones were shot down": where the speaker never follows the verb, a lone "it" is the
                # subject, the body named before, and what follows the verb is what it said ("This was reported by X"
                # still names X)
                return self.last_body or UNNAMED
            if speaker and self._lone_it(speaker, patterns) and re.search(r"[,\"”»]\s*it$", clause.text[: m.start()].rstrip(), re.IGNORECASE):
                # "The strike demolished the house, wounding nine others, it said", '"... killed four civilians," it
                # added': a closing tag, the body or outlet that spoke last
                return self._it()
            # (the pointer may close a clause of what was told: "Пострадала женщина, об этом сообщил губернатор X")
            if patterns.deictic and (patterns.deictic.match(told_first) or opens_topic or (
                    patterns.verb_then_speaker is not None and _ends_with_pointer(clause.text[: m.start()], patterns))):
                # (also "Про це на своїй Фейсбук-сторінці повідомив X", "Про подробиці атаки розповів X": the clause
                # opens with what was told, not with who told it)
                self.pointed_back = True
                if opens_topic and (between := self._speaker_between(told_first)):
                    return self.resolve(between)  # "Об этом глава региона X сообщил в Telegram": between pointer and verb
                if opens_topic and prefix.split() and patterns.pronoun.match(prefix.split()[-1]):
                    # "Об этом он заявил на своей странице", "Про це вона написала у Facebook": the person who spoke
                    # last, and what follows the verb is where he said it
                    return self._pointed_person()
                # "Об этом сообщил официальный представитель ведомства Артём Дехтяренко": the speaker follows, with an
                # abbreviation in brackets inside his office ("голова Донецької ОДА (ОВА) Павло Кириленко") left out
                told = _BRACKETED_ABBREVIATION.sub("", clause.text[m.end():])
                if patterns.agent and (agent := patterns.agent.match(told)):
                    # "This was announced on January 10 by the Governor of the Voronezh Region, Alexander Gusev": when
                    # or where first, the teller after "by" (with his name set off after his office)
                    told = told[agent.end():]
                    named = _APPOSITIVE_NAME.match(told, len(re.split(r"[,;:!?\"“”«»()—–\n]", told, maxsplit=1)[0]))
                    if named and self._offices(told[: named.start()]):
                        return self.resolve(f"{told[: named.start()].strip()} {named.group(1)}")
                after = re.split(rf"[,;:!?\"“”«»()—–\n]|\.(?!{_DOMAIN})", told, maxsplit=1)[0]
                # ("Атаку підтвердила і керівниця ОВА X": "also" before the speaker is no break)
                if patterns.openers:
                    after = patterns.openers.sub("", after.lstrip())
                # ("Інформацію підтвердили очільник ОВА X та мер міста Y": the first one named)
                after = patterns.breaks.split(after, maxsplit=1)[0]
                return self.resolve(after) if after.strip() else UNNAMED
            if patterns.passive and prefix.split() and patterns.passive.fullmatch(prefix.split()[-1]):
                # "No injuries have been reported", "Seven people were reported injured": the subject of a passive
                # speech verb is what was told; its teller follows "by" ("This was reported by X" is read above), and
                # without one the outlet tells it
                return UNNAMED
            if speaker and patterns.not_in_speaker & {w.casefold() for w in speaker.split()}:
                # "It was the second reported attack": a clause, no speaker; but "this is what the head of the
                # administration X wrote" names X after the clause's verb
                words = speaker.split()
                last = max(i for i, w in enumerate(words) if w.casefold() in patterns.not_in_speaker)
                rest = re.sub(r"^(?:what|who|which|how)\s+", "", " ".join(words[last + 1:]), flags=re.IGNORECASE)
                return self.resolve(rest) if rest and self._names_a_source(rest) else UNNAMED
            if speaker and patterns.inverted and clause.text[: m.start()].rstrip().endswith(",") \
                    and not patterns.pronoun.match(speaker) and not self._names_a_source(speaker):
                # "A missile hit a house, killing two, said the strike was meant ...": what was told, not who told it
                return UNNAMED
            if speaker and patterns.pointer_object and patterns.pointer_object.match(clause.text, m.end()):
                # "Regional governor X said this on Tuesday", "Гладков сообщил об этом в телеграме": he told the
                # sentence before
                self.pointed_back = True
            # ("Утром минобороны объявило, что ...": an opener before the speaker is not part of his shape)
            if speaker and (told_object := _listed(self.lang, "object_speech_verbs")) is not None \
                    and told_object.fullmatch(m.group()) and not self._speaker_shaped(
                        patterns.openers.sub("", speaker) if patterns.openers else speaker):
                # "Воздушную тревогу объявили в области", "Евакуацію оголосила міська рада": what a verb that takes an
                # object announced stands before it; its speaker is a person or body, here or after the verb
                after = re.split(r"[,;:.!?\"“”«»()—–\n]", clause.text[m.end():], maxsplit=1)[0]
                return self.resolve(after) if self._speaker_shaped(after, nominative=True) else UNNAMED
            if speaker:
                # "Both are in hospital, Governor X said.", "..., губернатор X заявил в Telegram": a tag closing what he
                # told, as "..., said Governor X" is (read above)
                self.tag_closes = self._closes_after_speaker(clause, sentence, speaker, m)
                return self.resolve(speaker)
        return UNNAMED

    def _closes_after_speaker(self, clause: Span, sentence: Span, speaker: str, m: re.Match[str]) -> bool:
        """Whether "<speaker> <verb>" closes what he told: three words or more before him in the sentence, ending with a
        comma or a closing quotation mark, and after the verb nothing but where or when he said it ("on Telegram",
        "in a statement", "в Telegram") up to the sentence's end or its next comma. "Governor X said two were
        injured", "On Monday evening, Governor X said that ..." open what he told instead."""
        at = clause.text.rfind(speaker, 0, m.start())
        if at < 0:
            return False
        before = sentence.text[: clause.start - sentence.start + at].rstrip()
        if len(before.split()) < 3 or not re.search(r"[,\"”»]$", before):
            return False
        rest = sentence.text[clause.start - sentence.start + m.end():]
        if (cut := re.search(r"[,;:]", rest)) and cut.group() == ":":
            return False  # "Later on Monday in Kharkiv, Mayor X said: three were injured": he opens what he tells
        rest = rest[: cut.start()] if cut else rest
        rest = rest.strip(" .!?…*_\n")
        if not rest:
            return True
        patterns = _patterns(self.lang)
        return patterns.closing_tail is not None and patterns.closing_tail.match(rest) is not None \
            and not re.search(r"\d", rest) and not (patterns.complement and patterns.complement.search(rest))


def _said_in_cut(phrase: str, lang: str) -> str:
    """A speaker's phrase without where he said it: a statement or a post opening it after the verb ("сообщило в
    утренней сводке российское Министерство обороны", "said in its daily summary the ministry") or closing it after his
    name ("Воздушные силы ВСУ в новом посте по итогам ночи отмечают"). Only words in lower case and naming no source
    open it ("губернатор в сообщении" keeps the governor); only a source or a capitalised name closes before it."""
    patterns = _patterns(lang)
    if patterns.said_in is None or patterns.said_in_after is None:
        return phrase
    m = patterns.said_in.match(phrase)
    if m and (rest := phrase[m.end():].strip(" ,")) and not any(c.isupper() for c in m.group()) \
            and classify(m.group(), lang) == "unknown":
        return rest
    m = patterns.said_in_after.search(phrase)
    if m and (before := phrase[: m.start()].strip(" ,")) and (
            classify(before, lang) != "unknown" or any(c.isupper() for c in before)):
        return before
    return phrase


def _ends_with_pointer(words: str, patterns: _Patterns) -> bool:
    """Whether the words before a speech verb end with a pointer back that opens its clause, where it was said left
    out: "Пострадала женщина, об этом сообщил", "..., о чем в своем телеграм-канале сообщил", "..., про що у своєму
    телеграм-каналі повідомив"."""
    if patterns.deictic is None:
        return False
    words = words.rstrip()
    if patterns.trailing:
        words = patterns.trailing.sub("", words)
    if patterns.deictic.fullmatch(patterns.breaks.split(words)[-1].strip()):
        return True  # the clause after the last boundary is the pointer ("..., об этом сообщил", "... и об этом сообщил")
    # ... or a pointer holding a boundary's word ("про що", "о чём"), the clause opening with it
    parts = words.split()
    for k in (3, 2):
        if len(parts) >= k and patterns.deictic.fullmatch(" ".join(parts[-k:])):
            before = " ".join(parts[:-k])
            return not before or before[-1] in ",:;—–-"
    return False


def _body_run(run: str, lang: str) -> bool:
    """Whether a run of capitalised words after an office ends in a body's words, not a person's name ("Regional Military
    Administration", "Kharkiv City Council"): its last two words are of a kind of source ("Ivan Petrenko" is none).
    Where names are told by their grammar (ru, uk) a name is read as one, and a body's words are in lower case but for
    its initials, which end a run that is no personal name ("Харківської ОВА", "Київської ОДА")."""
    if _morphology(lang) is not None:
        return classify(run.split()[-1], lang) != "unknown" and _personal_name(run, lang) is None
    return classify(" ".join(run.split()[-2:]), lang) != "unknown"


def _place_run(run: str, phrase: str) -> bool:
    """Whether a run of capitalised words inside a speaker phrase is what an office heads, not a name: words follow it
    ("of Russia's Voronezh region")."""
    return not phrase.rstrip(" .").endswith(run)


def _points_back(prefix: str, deictic: re.Pattern[str], noun_pointer: re.Pattern[str] | None = None) -> bool:
    """Whether the words before "reported by" are only a pointer back and a verb: "This was", "This follows from",
    "The attack was"."""
    words = prefix.split()
    if noun_pointer is not None and prefix[:1].isupper() and noun_pointer.fullmatch(prefix.strip()):
        return True
    return 1 <= len(words) <= 4 and bool(deictic.match(words[0])) and words[0][:1].isupper()


def _main_subject(before_verb: str, lang: str) -> bool:
    """Whether the words between a sentence's last comma (or its start) and a speech verb open with their subject:
    a capitalised word, "the", or a word of a kind of source ("губернатор"), not "which ...", "a week after ...". No
    words there is a tag whose speaker follows its verb ('...," reports X', ", сообщило ведомство")."""
    piece = re.findall(r"[^\W\d_][\w'’.-]*", re.split(r"[,;:—–(]", before_verb)[-1])
    return not piece or (piece[0][:1].isupper() or piece[0] == "the" or classify(piece[0], lang) != "unknown")


def _starts_with_descriptor(part: str, lang: str) -> bool:
    first_words = " ".join(part.split()[:2])
    return classify(first_words, lang) != "unknown"


def _absolute(text: str, verb: re.Match[str], lang: str) -> bool:
    """Whether a speech verb is a participle inside a phrase between commas that has no subject of its own ("the depot
    burned, with two guards said to be hurt, Mayor Ivan Orlov told reporters"): it says what was told, not who told it;
    the clause's own verb comes after. Such a phrase opens, right after the comma before the verb, with a word of
    `absolute_openers` in the language's file, and the verb is followed by a comma or ends the clause."""
    openers = topic(lang, "attribution").get("absolute_openers")
    if not openers or not re.match(r"\s*(?:,|$)", text[verb.end():]):
        return False
    piece = text[: verb.start()].rsplit(",", 1)
    return len(piece) == 2 and re.match(rf"\s*(?:{'|'.join(openers)})\s", piece[1], re.IGNORECASE) is not None


def _speaker_before(
    prefix: str, not_source: re.Pattern[str], pronoun: re.Pattern[str], breaks: re.Pattern[str] | None = None,
    before_verb: re.Pattern[str] | None = None, lang: str | None = None,
) -> str | None:
    """The noun phrase just before a speech verb: the clause's subject, without openers like "Later," or "but"."""
    prefix = prefix.rstrip()
    # A name in quotation marks right before the verb, alone or after an outlet's word ("«Вести-Курск» пишет", "издание
    # «Север» полагает"), is the subject, not a quotation closing: its marks are no break. (Not the end of a longer
    # phrase, "врачи службы «Скорой помощи» подтверждают": the ones who speak are its head, not the name)
    if (quoted := _QUOTED_NAME_END.search(prefix)) and _outlet_named(prefix[: quoted.start()], lang):
        prefix = prefix[: quoted.start()] + quoted.group(1)
    # An adverb or auxiliary right before the verb ("the governor, X, first claimed", "the mayor, X, has said")
    # stands between the subject and its verb: the subject (with its name set off by commas) is before it.
    # (only when what is left closes with a name of two words or more set off by commas: "X said", "The strike..., it
    # said", "В Лисках, городе Воронежской области, тоже сообщили" are read as before)
    bare = prefix
    while before_verb and (last := re.search(r"(?:^|\s)(\S+)$", bare)) and last.start() and last.group(1).islower() \
            and before_verb.fullmatch(last.group(1)):
        bare = bare[: last.start()].rstrip()
    # The name must be the apposition of the clause's subject: a phrase opening with a speaker noun ("the governor of
    # X", "губернатор", "голова ОВА") right before it; a name after a verb or a relative clause ("who spoke to the driver,
    # X,", "Постраждав водій, X,") is an object or a victim, not the speaker. (A plural verb never reaches here.)
    if bare != prefix and bare.endswith(",") and (set_off := [p.strip() for p in (breaks or _SUBJECT_BREAKS).split(bare)
                                                        if p.strip()]) and _NAME_RUN.fullmatch(set_off[-1]) \
            and " " in set_off[-1] and len(set_off) >= 2 and len(set_off[-2].split()) <= 8 and lang is not None \
            and _starts_with_descriptor(re.sub(r"^(?:the|a|an)\s+", "", set_off[-2], flags=re.IGNORECASE), lang) \
            and not _NAME_RUN.fullmatch(set_off[-2]):
        prefix = bare
    pieces = [p.strip() for p in (breaks or _SUBJECT_BREAKS).split(prefix)]
    named = [p for p in pieces if p]
    if prefix.endswith(",") and len(named) >= 2:
        # "Residents of Yelabuga, about 200 km east of Kazan, reported": the subject stands before the aside; but in
        # "the governor, Alexander Bogomaz, said" the aside is the speaker's name
        prefix = named[-1] if _NAME_RUN.fullmatch(named[-1]) and " " in named[-1] else named[-2]
    else:
        # Only what follows the last clause-internal boundary belongs to the speaker.
        prefix = pieces[-1]
    words = prefix.split()
    if not words or len(words) > 15:
        return None
    if len(words) > 1 and pronoun.match(words[-1]):
        return words[-1]  # "In a later post he said": the pronoun is the speaker
    # A trailing adverb ("He later confirmed", "Reports also state") is not part of the speaker.
    while len(words) > 1 and words[-1].islower() and (words[-1].endswith("ly") or not_source.match(words[-1])):
        words.pop()
    return " ".join(words) or None


def _outlet_named(before: str, lang: str | None) -> bool:
    """Whether the words before a quoted name leave it the whole subject: none (after a break), or an outlet's word
    ("издание", "телеграм-канал", `media_references` in the language's file)."""
    last = (_SUBJECT_BREAKS.split(before)[-1] if before.strip() else "").strip()
    if not last:
        return True
    media = _listed(lang, "media_references") if lang else None
    return media is not None and re.search(rf"(?:^|\s)(?:{media.pattern})$", last, re.IGNORECASE) is not None


@cache
def _morphology(lang: str):  # noqa: ANN202 - pymorphy3.MorphAnalyzer, or None for languages without grammemes
    if not _patterns(lang).name_grammemes:
        return None
    from eventledger.extract.morphology import analyzer

    return analyzer(lang)


def _tells_an_action(phrase: str, lang: str) -> bool:
    """Whether words hold a finite verb or a short participle (pymorphy3's first reading): a clause, not a name."""
    morph = _morphology(lang)
    return morph is not None and any(
        morph.parse(word)[0].tag.POS in ("VERB", "PRTS") for word in re.findall(r"[^\W\d_]+", phrase) if word[:1].islower()
    )


@lru_cache(maxsize=4096)
def _grammemes(word: str, lang: str) -> tuple[frozenset[str], ...]:
    """The grammemes of each of the word's readings, as `_personal_name` compares them (worked out once a word)."""
    return tuple(frozenset(str(p.tag).replace(" ", ",").split(",")) for p in _morphology(lang).parse(word))


def _signs_as(phrase: str, lang: str) -> bool:
    """Whether the words of a line of a dash and capitalised words are one who signs a post, not a slogan closing it
    ("— Слава Україні", "— Героям Слава", "— Держитесь, курчане"): an office, a body or an outlet the language's kind
    words know, with nothing before its kind word but whose or where it is ("Belgorod regional administration",
    "Харківська ОВА"; not "Слава ЗСУ"), or a personal name by its shape: initials and a surname, a first name and a
    surname (with a patronymic between), or a lone surname ("— Собянин.")."""
    if _INITIALS_NAME.fullmatch(phrase) or _name_shaped(phrase, lang):
        # (a name first: a first name before a surname the kind words know, "— Сергей Собянин.", is still his name)
        return True
    if starts := [m.start() for _, pattern in _patterns(lang).kinds if (m := pattern.search(phrase))]:
        return all(_says_whose(word, lang) for word in phrase[: min(starts)].split())
    return False


def _name_shaped(phrase: str, lang: str) -> bool:
    """Whether capitalised words are a personal name by their grammar: a first name and a surname (with a patronymic
    between), or a lone surname."""
    if _morphology(lang) is None or not _NAME_RUN.fullmatch(phrase) or len(words := phrase.split()) > 3:
        return False

    def can_be(word: str, grammeme: str) -> bool:
        return any(grammeme in tags for tags in _grammemes(word, lang))

    if len(words) == 1:
        return can_be(words[0], "Surn")
    return can_be(words[0], "Name") and can_be(words[-1], "Surn") and all(can_be(w, "Patr") for w in words[1:-1])


def _says_whose(word: str, lang: str) -> bool:
    """Whether a word before a body's kind word only says whose or where the body is: an adjective or a place
    ("Белгородская областная администрация", "Харківська ОВА"), not a noun of its own ("Слава ЗСУ"); where there is no
    grammar to ask, any word but a short lower-case one (an article or preposition: "Glory to the Armed Forces")."""
    if _morphology(lang) is None:
        return not (word.islower() and len(word) <= 3)
    return any(tags & {"ADJF", "Geox", "Abbr"} for tags in _grammemes(word, lang))


def personal_name(phrase: str, lang: str) -> str | None:
    """A person's name a phrase is or ends with ("Собянин", "Сергей Собянин"), None for a body ("Росавиация")."""
    return _personal_name(phrase, lang)


def _personal_name(phrase: str, lang: str) -> str | None:
    """The personal name a speaker phrase ends with ("глава Дагестана Меликов" -> "Меликов"), by pymorphy3's name tags.

    The name starts at the first capitalised word that can be a first name (everything after it capitalised), or is
    the last word when only that one can be a surname.
    """
    morph = _morphology(lang)
    if morph is None:
        return None
    tags = _patterns(lang).name_grammemes
    words = phrase.split()

    def can_be(word: str, wanted: set[str]) -> bool:
        return word[:1].isupper() and any(wanted & tags for tags in _grammemes(word, lang))

    for i, word in enumerate(words):
        if can_be(word, {"Name"} & tags) and all(w[:1].isupper() for w in words[i:]):
            return " ".join(words[i:])
    if words and can_be(words[-1], set(tags)):
        return words[-1]
    return None


# a title, up to four words of what it heads ("Воронежской области", "of the Kharkiv region"), maybe an abbreviation in
# brackets ("(ОВА)"), then the name
_AFTER_TITLE = re.compile(
    rf"(?:[ \t]+[\w'’\-]+){{0,4}}?(?:[ \t]+\([^()\n]{{1,20}}\))?[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})(?![\w'’\-]|[ \t]+{_NAME_WORD})")

# the same with a comma before the name, which then must close its own phrase ("the city's mayor, Petro Hnatiuk, toured
# the site"): an appositive. Capitals after the comma and followed by more words are the next clause's subject ("the
# mayor said, Radio Svoboda reported", "by the governor's account, Ivan Petrov signed ...")
_APPOSED_AFTER_TITLE = re.compile(
    rf"(?:[ \t]+[\w'’\-]+){{0,4}}?(?:[ \t]+\([^()\n]{{1,20}}\))?,[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})"
    rf"(?=[ \t]*(?:[,.;:!?)\n]|$))")


def _after_title(text: str, end: int, lang: str) -> re.Match[str] | None:
    """The name right after an office ending at `end` (`_AFTER_TITLE`), else one set off by commas
    (`_APPOSED_AFTER_TITLE`) when the words between the office and the comma only say what it heads: no speech or other
    verb ("the mayor said, X"), and in a language with `heading_words` none or a phrase opening with one ("the governor
    of Poltava region, X")."""
    after = _AFTER_TITLE.match(text, end)
    if after is not None:
        return after
    apposed = _APPOSED_AFTER_TITLE.match(text, end)
    if apposed is None:
        return None
    between = re.sub(r"\([^()]*\)|,", " ", text[end: apposed.start(1)])
    if between.split():
        heading = {w.casefold() for w in topic(lang, "attribution").get("heading_words") or ()}
        if heading and between.split()[0].casefold() not in heading:
            return None
        if _patterns(lang).verb_after_speaker.search(between) or _tells_an_action(between, lang):
            return None
    return apposed


# a personal name set off by a comma right before an office ("Олега Кіпера, главу ОВА")
_NAME_BEFORE_TITLE = re.compile(rf"({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}),[ \t]+$")


def _office_holders(text: str, lang: str, words: dict[str, str] | None = None) -> list[tuple[frozenset[int], Source]]:
    """The people a report names right after an office ("Губернатор Воронежской области Александр Гусев", "мэр столицы
    Сергей Собянин", "Kharkiv Mayor Ihor Terekhov"), or right before it after a comma ("Олега Кіпера, главу ОВА"), each
    with the offices named with him, said something or not: an office told alone later ("глава региона заявил") stands
    for him. `words`, when given, takes each holder's office as told, with what it heads ("head of the Poltava City
    Military Administration")."""
    words = {} if words is None else words
    titles, any_title = _patterns(lang).titles, _patterns(lang).any_title
    first = any_title.search(text) if any_title is not None else None
    if any_title is not None and first is None:
        return []
    found: dict[str, tuple[set[int], Source]] = {}
    former = _former_pattern(lang)
    for i, title in enumerate(titles):
        for m in title.finditer(text, first.start() if first else 0):  # (the look-behind still sees the text before)
            if former is not None and former.search(text, max(0, m.start() - 60), m.start()):
                continue  # "the former governor Ivan Petrov", "бывший губернатор": he holds the office no longer
            after = _after_title(text, m.end(), lang)
            if after is None:
                before = _NAME_BEFORE_TITLE.search(text[max(0, m.start() - 80): m.start()])
                if before and m.group(0)[:1].islower() and (name := _holder_name(before.group(1), lang)):
                    # "Олега Кіпера, главу ОВА", "Oleh Kiper, head of the regional administration": the name before
                    found.setdefault(name, (set(), Source(name, "official", person=True)))[0].add(i)
                    office = re.split(r"[,.;:!?\n]", text[m.start(): m.end() + 60])[0]
                    words[name] = f"{words.get(name, '')} {office}"
                continue
            name = _holder_name(after.group(1), lang)
            if name is not None and _body_run(name, lang):
                continue  # "head of the Regional Military Administration, ...": what the office heads, no holder
            if name is None or any(t.search(after.group(0)) for t in titles):
                continue  # no personal name, or another office between ("глава региона, губернатор X"): his office is that one
            if name == after.group(1) and _heads(after.group(0)[: after.start(1) - after.start()], lang):
                # "governor of Krasnodar Krai region", "head of the Voronezh Region, Alexander Gusev": two capitalised
                # words right after "of" or "the" are what the office heads, not its holder (who may be named before)
                before = _NAME_BEFORE_TITLE.search(text[max(0, m.start() - 80): m.start()])
                if before and m.group(0)[:1].islower() and (name := _holder_name(before.group(1), lang)):
                    found.setdefault(name, (set(), Source(name, "official", person=True)))[0].add(i)
                continue
            found.setdefault(name, (set(), Source(name, "official", person=True)))[0].add(i)
            words[name] = f"{words.get(name, '')} {text[m.start(): after.start(1)]}"
    return [(frozenset(held), source) for held, source in found.values()]


def _body_levels(phrase: str, lang: str) -> frozenset[int]:
    """The levels of government (`body_levels` in the language's file: region, city) a phrase's words name ("head of
    the Regional Military Administration" -> the region's); empty when it names none."""
    levels = topic(lang, "attribution").get("body_levels") or ()
    return frozenset(n for n, level in enumerate(levels) if _level_pattern(lang, n).search(phrase))


@cache
def _level_pattern(lang: str, n: int) -> re.Pattern[str]:
    level = topic(lang, "attribution")["body_levels"][n]
    return re.compile(rf"(?<!\w)(?:{'|'.join(level)})(?!\w)", re.IGNORECASE)


@cache
def _former_pattern(lang: str) -> re.Pattern[str] | None:
    """`former_words` of the language's file right before an office, with up to two words between ("Former Poltava
    Governor", "бывший глава", "ex-mayor"), searched in the text that ends where the office starts."""
    words = topic(lang, "attribution").get("former_words")
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?:[ \t-]+[\w'’]+){{0,2}}?[ \t-]+$|(?<!\w)(?:{'|'.join(words)})-$",
                      re.IGNORECASE)


@cache
def _listed(lang: str, key: str, after: str = "") -> re.Pattern[str] | None:
    """A word list of the language's file as one pattern, `after` following it; None when the language has none:
    `same_source` (a source named only as the one named before, "the same source"), `quoting_nouns` (a noun of what
    was said opening a line lead, "Коментар", with the space after), `ranks` (a rank before a name, "підполковник")."""
    words = topic(lang, "attribution").get(key)
    return re.compile(rf"(?:{'|'.join(words)}){after}", re.IGNORECASE) if words else None


def _same_source(lang: str) -> re.Pattern[str] | None:
    return _listed(lang, "same_source")


def _quoting_noun(lang: str) -> re.Pattern[str] | None:
    return _listed(lang, "quoting_nouns", r"\s+")


def _ranks(lang: str) -> re.Pattern[str] | None:
    return _listed(lang, "ranks", r"(?!\w)")


_MARKS = "\"“”«»„"
_PAIRS = {"«": "»", "„": "“”", "“": "”", "\"": "\""}


def _unquoted(phrase: str) -> str:
    """A speaker phrase without the quotation marks around it ('"Suspilne"', "«Курскхимволокно»" told alone), but
    with those of a quoted name inside it kept whole ('директор завода «Курскхимволокно»', '"Suspilne" correspondents'):
    a mark is dropped only when its pair is not in the phrase."""
    phrase = phrase.strip(" ,'")
    while phrase and phrase[0] in _MARKS and not any(c in phrase[1:] for c in _PAIRS.get(phrase[0], "")):
        phrase = phrase[1:].strip(" ,'")
    while phrase and phrase[-1] in _MARKS and not any(
            phrase[-1] in close and opening in phrase[:-1] for opening, close in _PAIRS.items()):
        phrase = phrase[:-1].strip(" ,'")
    if len(phrase) > 1 and phrase[0] in _PAIRS and phrase[-1] in _PAIRS[phrase[0]] \
            and not any(c in phrase[1:-1] for c in _MARKS):
        phrase = phrase[1:-1].strip(" ,'")  # the whole phrase quoted: its name
    return phrase


def _heads(words: str, lang: str) -> bool:
    """Whether the words between an office and a run of capitalised words end with one after which what the office
    heads is named ("of", "the": "governor of Krasnodar Krai"), from `heading_words` in the language's file."""
    last = words.split()[-1:] if words.split() else []
    heading = topic(lang, "attribution").get("heading_words") or ()
    return bool(last) and last[0].casefold() in {w.casefold() for w in heading}


def _holder_name(run: str, lang: str) -> str | None:
    """The personal name a run of capitalised words ends with, in the nominative where the language has cases
    ("Москвы Сергей Собянин" -> "Сергей Собянин", "Вячеслава Гладкова" -> "Вячеслав Гладков"); in English the last
    two words ("Kharkiv Ihor Terekhov" -> "Ihor Terekhov")."""
    morph = _morphology(lang)
    if morph is None:
        words = run.split()
        return " ".join(words[-2:]) if len(words) >= 2 else None
    name = _personal_name(run, lang)
    if name is None or len(name.split()) < 2:
        return None
    tags, words = _patterns(lang).name_grammemes, name.split()
    first = next((parse for parse in morph.parse(words[0]) if tags & set(str(parse.tag).replace(" ", ",").split(","))),
                 None)
    if first is None or first.tag.case == "nomn":
        return name  # "Игорь Артамонов": the first name tells the case ("Артамонов" is no plural of "Артамон")
    return " ".join(_nominative(word, morph, tags, first.tag.case) for word in words)


def _nominative(word: str, morph, tags: frozenset[str], case: str | None = None) -> str:  # noqa: ANN001 - pymorphy3.MorphAnalyzer
    """A name's word in the nominative, as pymorphy3 inflects its reading as a name; unchanged when it has none. A later
    word of a name is read in the case of its first ("Вячеслава Гладкова": the genitive "Гладкова", not the feminine)."""
    readings = [parse for parse in morph.parse(word) if tags & set(str(parse.tag).replace(" ", ",").split(","))]
    if case is not None:
        readings = [parse for parse in readings if parse.tag.case == case] or readings
    for parse in readings:
        if "nomn" in parse.tag:
            return word
        inflected = parse.inflect({"nomn"})
        return inflected.word.capitalize() if inflected else word
    return word
