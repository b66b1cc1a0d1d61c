"""Reading a public Telegram channel live with the user's own API credentials (telethon), as TelegramPosts.

Optional: telethon is installed only with `pip install 'eventledger[telegram]'` and imported only when this is
called, so the rest of eventledger never needs it. The api_id/api_hash come from https://my.telegram.org and are
the user's; the first run asks for a login code interactively and telethon keeps the session in `session`.
Not tested here (no network, no credentials): the mapping below mirrors telethon's Message fields.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from eventledger.model import SourceKind
from eventledger.sources.dates import to_utc
from eventledger.sources.errors import InputError
from eventledger.sources.language import resolve_language
from eventledger.sources.telegram_export import TelegramPost


def read_channel(
    channel: str,
    *,
    api_id: int,
    api_hash: str,
    session: str = "eventledger",
    limit: int | None = 100,
    min_id: int = 0,
    offset_date: datetime | None = None,
    language: str | None = None,
    source_kind: SourceKind = "telegram",
) -> Iterator[TelegramPost]:
    """Posts of `channel` (a username like "examplechannel" or a t.me link), newest first, with text only.

    `min_id` gives only posts newer than the last one read (keep the largest `message_id` you stored).
    """
    try:
        from telethon.sync import TelegramClient
    except ImportError:
        raise InputError(channel, "reading Telegram live needs telethon: pip install 'eventledger[telegram]'") from None
    with TelegramClient(session, api_id, api_hash) as client:
        entity = client.get_entity(channel)
        username = getattr(entity, "username", None)
        title = getattr(entity, "title", None) or username or channel
        for message in client.iter_messages(entity, limit=limit, min_id=min_id, offset_date=offset_date):
            post = _post(message, username, title, language, source_kind)
            if post is not None:
                yield post


def _post(message: Any, username: str | None, title: str, language: str | None,
          source_kind: SourceKind) -> TelegramPost | None:
    text = getattr(message, "message", None) or ""
    if not text.strip():
        return None
    forward = getattr(message, "forward", None)
    original = None
    if forward is not None:
        chat = getattr(forward, "chat", None)
        original = getattr(chat, "title", None) or getattr(forward, "from_name", None)
    url = f"https://t.me/{username}/{message.id}" if username else None
    return TelegramPost(
        text=text,
        published=to_utc(message.date) if message.date else None,
        language=resolve_language(text, language),
        source=original or title,
        source_kind=source_kind,
        url=url,
        title=None,
        origin=url or f"telegram:{title}#{message.id}",
        message_id=message.id,
        edited=to_utc(message.edit_date) if getattr(message, "edit_date", None) else None,
        forwarded_by=title if original else None,
    )
