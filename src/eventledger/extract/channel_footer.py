"""The channel a Telegram post names in its own closing lines.

A channel closes its posts with a line of its own that invites readers to subscribe or to send news: "❗️ [Подписывайся
на Mash](https://t.me/...)", "[Топор Live. Подписаться](...)", "🎯 [Підписуйся на X](...)", "📩 [Прислать новость](...)",
"@channel". Such a line names the channel whose post it is, so what the post tells naming nobody else is that channel's
claim, of kind `telegram` (eval/ANNOTATORS.md: "for a channel post where nobody else is named, the channel's name if the
text gives it"). The invitation words are per language (`channel_invitations` in `lang/<code>/attribution.yaml`).

Only a line that links the way a Telegram post does (a markdown link or an @handle) closes a post this way: a news page's
"Subscribe to our Telegram channel" blurb comes to us as plain text or a bare address ("Subscribe to X on Telegram:
https://t.me/x"), and its outlet's own sentences have no source.

A footer that recommends someone else's channel ("Подписывайтесь на наших партнёров:" above "[Подписывайся на X](...)",
"Our partners: [Subscribe to X](...)") names no author, nor does a handle under a credit line ("По материалам:" above
"@x", which names a source of its own): a footer block with a partner word on it, or with a partner line or a line
ending in a colon right above it, credits nobody (`channel_partners` in `lang/<code>/attribution.yaml`).
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
    partner = _partners(lang)
    end = len(text.rstrip())
    name, start, lines, above = "", None, 0, ""
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        end = line_start - 1
        if not line.strip():
            continue
        if start is None and not (LINK.search(line) or _HANDLE.search(line)):
            return None  # the last line is no invitation (`_footer_line`): not read symbol by symbol for nothing
        plain = without_symbols(unmarked(line))
        if lines == _FOOTER_LINES or (named := _footer_line(line, plain, invitation, lang)) is None:
            above = plain  # the line right above the footer block
            break
        if partner is not None and partner.search(plain):
            return None  # "Our partners: [Subscribe to X](...)": someone else's channel
        lines += 1
        start = line_start
        name = named or name  # (the line nearer the post's words names it: "Подписывайся на X" above "Прислать новость")
    if start is None or not name or _introduces(above, invitation, partner):
        return None
    return name, start


def _introduces(line: str, invitation: re.Pattern[str], partner: re.Pattern[str] | None) -> bool:
    """Whether a line above a footer block introduces it as someone else's: a partner line ("Подписывайтесь на наших
    партнёров", "Рекомендуем") or a short line ending in a colon ("По материалам:", "Source:"), unless that line is
    the post's own invitation ("Наш канал:" above "@x")."""
    if partner is not None and partner.search(line):
        return True
    return line.endswith(":") and len(line) <= _FOOTER_LENGTH and not invitation.search(line)


def _footer_line(line: str, plain: str, invitation: re.Pattern[str], lang: str) -> str | None:
    """The channel one closing line names ("" when it invites with no name), or None when it is no invitation line (a
    bare address is none: a web page's blurb)."""
    if not (LINK.search(line) or _HANDLE.search(line)):
        return None
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


def _invitations(lang: str) -> re.Pattern[str] | None:
    return _words_of(lang, "channel_invitations")


def _partners(lang: str) -> re.Pattern[str] | None:
    return _words_of(lang, "channel_partners")


@cache
def _words_of(lang: str, key: str) -> re.Pattern[str] | None:
    words = topic(lang, "attribution").get(key) or []
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) if words else None
