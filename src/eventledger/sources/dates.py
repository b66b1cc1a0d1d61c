"""Publication times as sources write them (ISO 8601, RFC 822 e-mail/RSS dates, Unix seconds) -> aware UTC datetimes.

Only machine-written timestamps are parsed here; dates written in prose ("1 July", "вчера") are the extractor's job.
A timestamp without a zone is taken in `assume_tz` (UTC unless the caller knows better), never guessed.
"""

from __future__ import annotations

import email.utils
from datetime import UTC, date, datetime, tzinfo


def to_utc(value: datetime, assume_tz: tzinfo = UTC) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=assume_tz)
    return value.astimezone(UTC)


def parse_timestamp(value: object, assume_tz: tzinfo = UTC) -> datetime | None:
    """An aware UTC datetime from a machine-written timestamp, or None when `value` is not one.

    Accepts datetimes, dates, Unix seconds (int, float or digit string), ISO 8601 ("2024-11-22 18:54:57+03:00",
    "2025-07-01", a trailing "Z") and RFC 822 ("Fri, 22 Nov 2024 15:54:57 GMT").
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return to_utc(value, assume_tz)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=assume_tz).astimezone(UTC)
    if isinstance(value, int | float):
        return _from_unix(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit() and len(text) >= 9:
        return _from_unix(float(text)) if len(text) <= 20 else None  # more digits: no time, and int() of them is slow
    try:
        return to_utc(datetime.fromisoformat(text), assume_tz)
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return to_utc(parsed, assume_tz) if parsed else None


def _from_unix(seconds: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(float(seconds), UTC)  # float() of a 400-digit int overflows: caught below
    except (OverflowError, OSError, ValueError):
        return None
