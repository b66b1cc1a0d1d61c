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
import reprlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from eventledger.model import Report, SourceKind
from eventledger.sources.dates import parse_timestamp
from eventledger.limits import MAX_ENTITIES, MAX_JSON_DEPTH, check_text
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
) -> Iterator[TelegramPost | InputError]:
    """Every text post of the export, in file order; service messages and posts without text are skipped.

    `channel_username` (e.g. "examplechannel") gives public t.me/<name>/<id> links; otherwise channels get
    t.me/c/<id>/<message> links. Old exports have only local times: `assume_tz` says which zone they are in.
    A post that cannot be read (no date or an unreadable one, a message that is not an object) is yielded as an
    InputError naming `file#id` (or `file message N`, N its place in its list, when it has no id); raises InputError
    naming the file when it is not valid JSON (after the posts before the error) or not an export.
    """
    name = str(path)
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    with handle:
        lists: list[str] = []  # the message lists met, so that a JSON file that is no export is named as such
        for chat, message, number in _stream_messages(handle, name, lists):
            yield from _chat_post(chat, message, number, name, language, channel_username, assume_tz, source_kind)
        if not lists:
            raise InputError(name, "not a Telegram Desktop export: no `messages` list and no `chats.list`")


# Where messages stand: (the message's prefix, the prefix of the chat holding it) for a one-chat and an account export.
_MESSAGES = {"messages.item": "", "chats.list.item.messages.item": "chats.list.item"}
_LISTS = frozenset({"messages", "chats.list.item.messages"})
_CHAT_FIELDS = ("name", "type", "id")


def _stream_messages(handle: BinaryIO, name: str, lists: list[str]) -> Iterator[tuple[dict[str, Any], Any, int]]:
    """(chat fields, message, its number in its list from 1) for every message, parsed as a stream (ijson): an export
    is never held whole and its nesting is bounded by MAX_JSON_DEPTH. The chat's name, type and id are those written
    before its messages, as Telegram Desktop writes them. A JSON error raises InputError after the messages before it
    were yielded."""
    chat: dict[str, Any] = {}
    depth, builder, inside, number = 0, None, "", 0
    events = ijson.parse(handle, use_float=True)
    try:
        for prefix, event, value in events:
            if event in ("start_map", "start_array"):
                depth += 1
                if depth > MAX_JSON_DEPTH:
                    raise InputError(name, f"JSON nested deeper than {MAX_JSON_DEPTH} levels (near byte {handle.tell():,})")
            elif event in ("end_map", "end_array"):
                depth -= 1
            if builder is not None:
                builder.event(event, value)
                if prefix == inside and event == "end_map":
                    yield dict(chat), builder.value, number
                    builder = None
                continue
            if prefix in _LISTS and event == "start_array":
                lists.append(prefix)
                number = 0
            elif prefix in _MESSAGES and event == "start_map":
                builder, inside, number = ijson.ObjectBuilder(), prefix, number + 1
                builder.event(event, value)
            elif prefix in _MESSAGES and event != "end_array":  # a message that is not an object is named; a list
                number += 1                                         # once it ends (a file too deep is named alone)
                if event != "start_array":
                    yield dict(chat), value, number
            elif prefix in _MESSAGES:
                yield dict(chat), [], number
            elif prefix in _MESSAGES.values() and event == "start_map":
                chat = {}
            elif event not in ("start_map", "start_array", "end_map", "end_array", "map_key"):
                base, _, key = prefix.rpartition(".")
                if key in _CHAT_FIELDS and base in _MESSAGES.values():
                    chat[key] = value
    except ijson.JSONError as exc:
        raise InputError(name, f"not valid JSON {_where_invalid(handle, exc)}") from None
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 JSON: {exc.reason} at offset {exc.start}") from None


def _where_invalid(handle: BinaryIO, exc: Exception) -> str:
    """Where the JSON went wrong, as the json module says it ("(line 3, column 7: Expecting ',' delimiter)").

    ijson's parser does not count lines, so the (size-limited) file is read again, only on this error path."""
    try:
        handle.seek(0)
        json.loads(handle.read())
    except json.JSONDecodeError as bad:
        return f"(line {bad.lineno}, column {bad.colno}: {bad.msg})"
    except (ValueError, RecursionError, OSError) as bad:
        return f"({str(bad).split(';')[0] or type(bad).__name__})"
    first = str(exc).strip().splitlines()
    return f"({first[0] if first else type(exc).__name__})"


def _chat_post(
    chat: dict[str, Any], message: Any, number: int, name: str, language: str | None, username: str | None,
    assume_tz: tzinfo, source_kind: SourceKind,
) -> Iterator[TelegramPost | InputError]:
    """The message's post (none for a service message or one without text), or the error naming it."""
    if not isinstance(message, dict):
        kind = {"list": "a list", "str": "a string", "int": "a number", "float": "a number", "bool": "true or false"}
        yield InputError(f"{name} message {number}", f"not a message object but {kind.get(type(message).__name__, 'null')}")
        return
    if message.get("type") != "message":
        return
    message_id = message.get("id") if isinstance(message.get("id"), int) else None
    where = f"{name}#{message_id}" if message_id is not None else f"{name} message {number}"
    try:
        post = _post(chat, _string(chat.get("name")), message, message_id, where, language, username, assume_tz,
                     source_kind)
    except InputError as exc:
        yield exc
    except Exception as exc:  # noqa: BLE001 - one crafted post must not end the export
        yield InputError(where, f"unreadable post: {type(exc).__name__}: {exc}")
    else:
        if post is not None:
            yield post


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _post(
    chat: dict[str, Any], chat_name: str | None, message: dict[str, Any], message_id: int | None, where: str,
    language: str | None, username: str | None, assume_tz: tzinfo, source_kind: SourceKind,
) -> TelegramPost | None:
    text = check_text(message_text(message, where), where)
    if not text.strip():
        return None
    publisher = _string(message.get("from")) or chat_name
    original = _string(message.get("forwarded_from"))
    for value in (publisher, original):
        check_text(value or "", where)
    published = parse_timestamp(message.get("date_unixtime")) or parse_timestamp(message.get("date"), assume_tz)
    if published is None:  # Telegram Desktop writes both on every message: a post without one is damaged
        given = next((message[k] for k in ("date_unixtime", "date") if message.get(k) not in (None, "")), None)
        raise InputError(where, "no date (`date` or `date_unixtime`)" if given is None
                         else f"unreadable date {reprlib.repr(given)}")
    return TelegramPost(
        text=text,
        published=published,
        language=resolve_language(text, language),
        source=original or publisher,
        source_kind=source_kind,
        url=_post_url(chat, username, message_id),
        title=None,
        origin=where,
        message_id=message_id,
        edited=parse_timestamp(message.get("edited_unixtime")) or parse_timestamp(message.get("edited"), assume_tz),
        forwarded_by=publisher if original else None,
    )


def message_text(message: dict[str, Any], name: str = "<message>") -> str:
    """The post's plain text: `text_entities` when present, else the old `text` (string or mixed list).

    Pieces that are not text are left out; more than MAX_ENTITIES pieces make the post an InputError."""
    entities = message.get("text_entities")
    if isinstance(entities, list) and entities:
        _check_pieces(entities, name)
        return "".join(_piece(e) for e in entities if isinstance(e, dict))
    text = message.get("text", "")
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        _check_pieces(text, name)
        return "".join(part if isinstance(part, str) else _piece(part) for part in text if isinstance(part, str | dict))
    return ""


def _piece(entity: dict[str, Any]) -> str:
    text = entity.get("text", "")
    return text if isinstance(text, str) else ""


def _check_pieces(pieces: list[Any], name: str) -> None:
    if len(pieces) > MAX_ENTITIES:
        raise InputError(name, f"too many text entities: {len(pieces):,}, the limit is {MAX_ENTITIES:,}")


def _post_url(chat: dict[str, Any], username: str | None, message_id: int | None) -> str | None:
    if message_id is None:
        return None
    if username:
        return f"https://t.me/{username.lstrip('@')}/{message_id}"
    if chat.get("type") in _CHANNEL_TYPES and isinstance(chat.get("id"), int):
        return f"https://t.me/c/{chat['id']}/{message_id}"
    return None
