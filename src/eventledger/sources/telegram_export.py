"""Telegram Desktop exports (result.json, "Export chat history" in JSON) -> Reports, one per text post.

Two generations of the format are read. Old exports (before about 2022) carry `text` as a string or as a list
mixing strings and entity objects ({"type": "bold", "text": ...}) and only a local-time `date`; newer ones add
`text_entities`, `date_unixtime` (UTC), `edited_unixtime` and `forwarded_from`. Both a single-chat export
(an object with `messages`) and a whole-account export (`chats.list[*].messages`) are accepted.

A post carries more publication facts than a Report has fields for, so the reader yields `TelegramPost`, a
Report subclass: where the edited text is, the edit time; for a forward, the channel it was read in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from eventledger.model import Report, SourceKind
from eventledger.sources.dates import parse_timestamp
from eventledger.sources.errors import InputError
from eventledger.sources.language import resolve_language

_CHANNEL_TYPES = frozenset({"public_channel", "private_channel", "public_supergroup", "private_supergroup"})


@dataclass(frozen=True, slots=True)
class TelegramPost(Report):
    """A Telegram post. `source` is who said it: for a forward, the original channel (`forwarded_from`), while
    `forwarded_by` names the channel that reposted it and `url` points at the repost, where it was read.
    `edited` is set when the text is an edited version; the url stays that of the original message, so the
    edited text (a new Report id) and the first version are two versions of one publication."""

    message_id: int | None = None
    edited: datetime | None = None
    forwarded_by: str | None = None


def looks_like_telegram_export(path: str | Path) -> bool:
    """A cheap sniff (first 64 KB) so that other .json files get a clear "not an export" instead of a parse."""
    with open(path, "rb") as handle:
        head = handle.read(65536).lstrip()
    return head.startswith(b"{") and (b'"messages"' in head or b'"chats"' in head)


def read_telegram_export(
    path: str | Path,
    *,
    language: str | None = None,
    channel_username: str | None = None,
    assume_tz: tzinfo = UTC,
    source_kind: SourceKind = "telegram",
) -> Iterator[TelegramPost]:
    """Every text post of the export, in file order; service messages and posts without text are skipped.

    `channel_username` (e.g. "examplechannel") gives public t.me/<name>/<id> links; otherwise channels get
    t.me/c/<id>/<message> links. Old exports have only local times: `assume_tz` says which zone they are in.
    Raises InputError naming the file when it is not valid JSON or not an export.
    """
    name = str(path)
    try:
        with open(path, "rb") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except json.JSONDecodeError as exc:
        raise InputError(name, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 JSON: {exc.reason} at offset {exc.start}") from None
    chats = _chats(data)
    if chats is None:
        raise InputError(name, "not a Telegram Desktop export: no `messages` list and no `chats.list`")
    for chat in chats:
        yield from _chat_posts(chat, name, language, channel_username, assume_tz, source_kind)


def _chats(data: Any) -> list[dict[str, Any]] | None:
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("messages"), list):
        return [data]
    chats = data.get("chats")
    if isinstance(chats, dict) and isinstance(chats.get("list"), list):
        return [c for c in chats["list"] if isinstance(c, dict) and isinstance(c.get("messages"), list)]
    return None


def _chat_posts(
    chat: dict[str, Any], name: str, language: str | None, username: str | None, assume_tz: tzinfo,
    source_kind: SourceKind,
) -> Iterator[TelegramPost]:
    chat_name = chat.get("name") or None
    for message in chat["messages"]:
        if not isinstance(message, dict) or message.get("type") != "message":
            continue
        text = message_text(message)
        if not text.strip():
            continue
        message_id = message.get("id") if isinstance(message.get("id"), int) else None
        publisher = message.get("from") or chat_name
        original = message.get("forwarded_from")
        yield TelegramPost(
            text=text,
            published=parse_timestamp(message.get("date_unixtime")) or parse_timestamp(message.get("date"), assume_tz),
            language=resolve_language(text, language),
            source=original or publisher,
            source_kind=source_kind,
            url=_post_url(chat, username, message_id),
            title=None,
            origin=f"{name}#{message_id}" if message_id is not None else name,
            message_id=message_id,
            edited=parse_timestamp(message.get("edited_unixtime")) or parse_timestamp(message.get("edited"), assume_tz),
            forwarded_by=publisher if original else None,
        )


def message_text(message: dict[str, Any]) -> str:
    """The post's plain text: `text_entities` when present, else the old `text` (string or mixed list)."""
    entities = message.get("text_entities")
    if isinstance(entities, list) and entities:
        return "".join(e.get("text", "") for e in entities if isinstance(e, dict))
    text = message.get("text", "")
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in text
                       if isinstance(part, str | dict))
    return ""


def _post_url(chat: dict[str, Any], username: str | None, message_id: int | None) -> str | None:
    if message_id is None:
        return None
    if username:
        return f"https://t.me/{username.lstrip('@')}/{message_id}"
    if chat.get("type") in _CHANNEL_TYPES and isinstance(chat.get("id"), int):
        return f"https://t.me/c/{chat['id']}/{message_id}"
    return None
