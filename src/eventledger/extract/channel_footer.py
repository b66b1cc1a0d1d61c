"""The channel a Telegram post names in its own closing lines.

A channel closes its posts with a line of its own that invites readers to subscribe or to send news: "❗️ [Подписывайся
на Mash](https://t.me/...)", "[Топор Live. Подписаться](...)", "🎯 [Підписуйся на X](...)", "📩 [Прислать новость](...)",
"@channel". Such a line names the channel whose post it is, so what the post tells naming nobody else is that channel's
claim, of kind `telegram` (eval/ANNOTATORS.md: "for a channel post where nobody else is named, the channel's name if the
text gives it"). The invitation words are per language (`channel_invitations` in `lang/<code>/attribution.yaml`).

Only a line that links somewhere (a markdown link, a t.me address or an @handle) closes a post this way: a news page's
"Subscribe to our Telegram channel" blurb comes to us as plain text, and its outlet's own sentences have no source.
"""

from __future__ import annotations

import re
from functools import cache

from eventledger.extract.markup import LINK, unmarked, without_symbols
from eventledger.lang import alternation, topic

# how many closing lines a post's footer may take ("Подписывайся на X" and "Прислать новость" below it), and how long one is
_FOOTER_LINES = 3
_FOOTER_LENGTH = 60
_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z][A-Za-z0-9_]{3,31})(?!\w)")
# a word of a channel's name: capitalised, in any script ("Mash", "SHOT", "Kub Mash", "Топор Live"; not "our channel")
_NAME_WORD = r"[A-ZА-ЯЁІЇЄҐ][\w'’\-]*"
_NAME = re.compile(rf"@?({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|\+?\d+))*)")
_SEPARATORS = " |:—–-.!,"


def footer_channel(text: str, lang: str) -> tuple[str, int] | None:
    """The channel a post's closing invitation lines name, and where those lines begin; None when the post closes with
    no such line, or its lines name no channel ("😄 [— Подписаться](...)")."""
    invitation = _invitations(lang)
    if invitation is None:
        return None
    end = len(text.rstrip())
    name, start, lines = "", None, 0
    while end > 0 and lines < _FOOTER_LINES:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        end = line_start - 1
        if not line.strip():
            continue
        lines += 1
        named = _footer_line(line, invitation, lang)
        if named is None:
            break
        start = line_start
        name = named or name  # (the line nearer the post's words names it: "Подписывайся на X" above "Прислать новость")
    return (name, start) if name and start is not None else None


def _footer_line(line: str, invitation: re.Pattern[str], lang: str) -> str | None:
    """The channel one closing line names ("" when it invites with no name), or None when it is no invitation line."""
    if not (LINK.search(line) or "t.me/" in line or _HANDLE.search(line)):
        return None
    plain = without_symbols(unmarked(line))
    if len(plain) > _FOOTER_LENGTH:
        return None
    if (handle := _HANDLE.fullmatch(plain)) is not None:
        return handle.group(1)  # "@channel" alone on its line
    m = invitation.search(plain)
    if m is None:
        return None
    after = plain[m.end():].lstrip(_SEPARATORS)
    if (name := _NAME.match(after)) is not None and not invitation.match(after):
        return _words(_nominative(name.group(1), lang))  # "Подписывайся на Mash", "Подписаться | Mash"
    before = plain[: m.start()].rstrip(_SEPARATORS)
    if before and (name := _NAME.fullmatch(before)) is not None:
        return _words(name.group(1))  # "Топор Live. Подписаться"
    return ""


def _nominative(name: str, lang: str) -> str:
    """A name told after a preposition, in the nominative: "Подписаться на Москву" names "Москва" (a word with a
    nominative reading, or in Latin letters, stays as written: "Вестник", "Mash")."""
    if lang not in ("ru", "uk"):
        return name
    from eventledger.extract.morphology import analyzer

    morph = analyzer(lang)
    words = []
    for word in name.split():
        readings = morph.parse(word) if re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+", word) else []
        if readings and not any("nomn" in r.tag for r in readings) and (
                inflected := next((r.inflect({"nomn"}) for r in readings if "accs" in r.tag), None)) is not None:
            word = inflected.word.capitalize()
        words.append(word)
    return " ".join(words)


def _words(name: str) -> str:
    """A name of at most four words (a longer run is a sentence, not a channel's name)."""
    return name if len(name.split()) <= 4 else ""


@cache
def _invitations(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "attribution").get("channel_invitations") or []
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) if words else None
