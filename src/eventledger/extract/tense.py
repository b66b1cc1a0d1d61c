"""Whether a Russian or Ukrainian clause tells something done, or only something meant, feared or foreseen.

"Россия нанесёт удар", "пытались атаковать Москву", "удар по Москве приведёт к гибели 1,4 млн человек": the event words
are there, the incident is not. The verb says which: an infinitive ("атаковать") or a future form ("нанесёт",
"приведёт") tells no completed action. pymorphy3, which the gazetteer already uses for these languages, gives the
tense, so no list of verb forms is kept; the language file lists only the verbs before an infinitive that still tell
an action under way or done ("продолжают атаковать", "удалось отразить": `ongoing_verbs`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from eventledger.lang import topic

MORPHOLOGY = ("ru", "uk")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_PREVIOUS = re.compile(r"([^\W\d_]+)[\s,]*$")


@cache
def _analyzer(lang: str):  # type: ignore[no-untyped-def]
    from eventledger.extract.morphology import analyzer

    return analyzer(lang)


@lru_cache(maxsize=8192)
def _tag(word: str, lang: str) -> frozenset[str]:
    """The grammemes of the word's likeliest reading ("нанесёт" -> VERB, perf, futr, ...), with "infn" spelled as the
    Russian dictionary does (INFN) and a future that is also a present dropped: "атакуют" is both (the verb has both
    aspects), and news tells the present. A Ukrainian word in -ть that the dictionary reads first as an infinitive and
    also as a future ("збільшить", "посилить") is the future: the written infinitive ends in -ти ("збільшити"), the short
    one is colloquial, and news writes the third person ("Росія посилить удари")."""
    parsed = _analyzer(lang).parse(word.lower())
    if not parsed:
        return frozenset()
    first = parsed[0]
    if lang == "uk" and "infn" in first.tag.grammemes and word.lower().endswith("ть"):
        first = next((p for p in parsed if "futr" in p.tag.grammemes), first)
    tag = set(first.tag.grammemes)
    if "infn" in tag:
        tag.add("INFN")
    if "futr" in tag and any("pres" in p.tag.grammemes for p in parsed):
        tag.discard("futr")
        tag.add("pres")
    return frozenset(tag)


@cache
def _ongoing(lang: str, key: str = "ongoing_verbs") -> re.Pattern[str] | None:
    words = topic(lang, "events").get(key, [])
    return re.compile(rf"^(?:{'|'.join(words)})$", re.IGNORECASE) if words else None


def unrealised(text: str, start: int, end: int, lang: str, tried_done: bool = True) -> bool:
    """Whether the event word at text[start:end] is an infinitive or a future form: meant, tried or foreseen, not done.
    An infinitive after a verb of an action under way or done ("продолжают атаковать", "удалось сбить") is done; not
    when that verb is denied ("не удалось сбить": `ongoing_denied`), nor, unless `tried_done`, when it tells a try that
    the clause goes on to say failed (`tried_verbs`, then `tried_but`: "пытались сбить беспилотник, но он упал на дом"
    downed nothing; "пытались сбить дроны" alone tells air defence at work, and "пытались атаковать" an attack)."""
    if lang not in MORPHOLOGY:
        return False
    first = _WORD.match(text, start, end)
    if first is None:
        return False
    tag = _tag(first.group(), lang)
    if "INFN" in tag:
        before = _PREVIOUS.search(text, max(0, start - 40), start)
        ongoing = _ongoing(lang)
        if not (before and ongoing and ongoing.match(before.group(1))):
            return True
        tried = _ongoing(lang, "tried_verbs")
        but = _ongoing(lang, "tried_but")
        if not tried_done and tried is not None and but is not None and tried.match(before.group(1)) and any(
                but.match(w) for w in _WORD.findall(re.split(r"[.;!?]", text[end:], maxsplit=1)[0])):
            return True
        denied = _ongoing(lang, "ongoing_denied")
        previous = _PREVIOUS.search(text, max(0, before.start() - 20), before.start())
        return bool(denied and previous and denied.match(previous.group(1)))
    return "VERB" in tag and "futr" in tag


@cache
def _saying(lang: str) -> re.Pattern[str]:
    """Verbs that frame a statement ("заявил", "пообещал"): the language's speech verbs and its `statement_verbs`; and the
    outlet's own asides told in the first person plural ("Напомним, ...", "Нагадаємо, ..."; `aside_verbs`), future in
    form, which tell nothing of the clause's tense ("Напомним, мэр сообщал об уничтожении ...")."""
    events = topic(lang, "events")
    words = topic(lang, "attribution").get("verbs", []) + events.get("statement_verbs", []) + events.get("aside_verbs", [])
    return re.compile(rf"^(?:{'|'.join(words)})$", re.IGNORECASE)


def _asides(text: str, lang: str, incidents: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The relative clauses of the text that hold none of its event words (`relative_asides`: "По оценке разведки, с
    которой ознакомилась газета, Россия увеличит число атак"): their verbs tell of their own noun (what the paper read),
    not whether the clause's incident happened, so a past verb there does not make a forecast told. Not a relative
    clause of an event word itself ("Вибухи, які пролунали вночі, розслідуватимуть", "удара по Донецку, который
    случился утром"): the event word stands right before it, within its clause (`_OF_THE_EVENT`), and its past verb
    tells that the incident happened."""
    pattern = _relative_asides(lang)
    if pattern is None:
        return []
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return [(s, e) for s, e in spans if not any(s <= start < e for start, _ in incidents)
            and not any(end <= s and _OF_THE_EVENT.fullmatch(text, end, s) for _, end in incidents)]


_OF_THE_EVENT = re.compile(r"[^,;:.!?()«»\"]{0,40}")  # what may stand between an event word and its relative clause


@cache
def _relative_asides(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("relative_asides", [])
    return re.compile("|".join(words), re.IGNORECASE) if words else None


def _infinitive_next(words: list[re.Match[str]], i: int, lang: str) -> bool:
    """Whether the word after words[i], past a denial ("не"), is an infinitive: "может не остановиться"."""
    denied = _ongoing(lang, "ongoing_denied")
    for m in words[i + 1 : i + 3]:
        if denied is not None and denied.match(m.group()):
            continue
        return "INFN" in _tag(m.group(), lang)
    return False


def _told_done(text: str, start: int, lang: str) -> bool:
    """Whether the event word at text[start] is told as a finished attack by a preposition before it ("после ночного
    удара", "в результате ракетного удара", uk "унаслідок удару": `done_before`): what follows tells its aftermath."""
    done = _done_before(lang)
    return done is not None and done.search(text, max(0, start - 80), start) is not None


@cache
def _done_before(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("done_before", [])
    if not words:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(words)})(?:\s+[^\W\d_]+(?:-[^\W\d_]+)?){{0,3}}\s+$", re.IGNORECASE)


def future_only(text: str, lang: str, incidents: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a clause's verbs are all in the future ("удар по Москве приведёт к гибели ..., заявил депутат"): no past,
    present or short participle ("сбиты", "повреждён") tells of anything that has happened; the verb that frames the
    statement ("заявил", "пообещал") tells only that it was said.

    `incidents` are the spans of the clause's event words. A present modal before an infinitive (`modal_verbs`) tells
    what may be, as a future does, only when the incident is what the modal governs: an event word after the
    infinitive ("армия может перенести удары на другие области", "может не ограничиться областью при нанесении
    ударов"); a modal about the aftermath of an attack told before it ("под завалами после удара могут оставаться
    люди", "пожар после атаки может продолжаться") is a guess about consequences, and the attack stands. A past one
    ("мог упасть") is left alone: it guesses at what happened. A clause that tells its attack as a finished thing
    ("после удара", "в результате удара": `done_before`) is never a forecast by its modal ("в результате удара по Сумам
    могут быть погибшие": the strike happened); its verbs in the future tense still are ("в результате удара по Одессе
    погибнут сотни, пригрозил X": a threat)."""
    if lang not in MORPHOLOGY:
        return False
    done = any(_told_done(text, start, lang) for start, _ in incidents)
    future = False
    saying = _saying(lang)
    modal = _ongoing(lang, "modal_verbs")
    words = list(_WORD.finditer(text))
    asides = _asides(text, lang, incidents)
    for i, m in enumerate(words):
        if saying.match(m.group()) or (asides and any(s <= m.start() < e for s, e in asides)):
            continue
        if not done and modal is not None and modal.match(m.group()) and _infinitive_next(words, i, lang) and any(
                start > m.end() for start, _ in incidents):
            future = True  # "может перенести удары", "можуть завдати удару": the incident itself foreseen
            continue  # (but "могут оставаться" after "удара" is a present verb, as any other)
        tag = _tag(m.group(), lang)
        if "PRTS" in tag or ("VERB" in tag and ("past" in tag or "pres" in tag)):
            return False
        future = future or ("VERB" in tag and "futr" in tag)
    return future
