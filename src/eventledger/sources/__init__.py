"""Every input eventledger reads, turned into `eventledger.model.Report`s.

One module per kind of input: text files and directories (`files`), HTML pages (`web`), safe HTTP (`fetch`),
RSS/Atom feeds (`feeds`), Telegram Desktop exports (`telegram_export`), live Telegram (`telegram_live`, optional),
JSON Lines / CSV corpora (`corpus`). None of them touches the database: they take and return plain values.
"""

from importlib import import_module

from eventledger.sources.errors import FetchError, InputError, NoReports
from eventledger.sources.fetch import FetchResult, fetch  # the function, not the module of the same name

# Imported on first use: a plain text file should not pay for the feed and web libraries (0.3 s at start-up).
_HOMES = {
    "read_corpus": "corpus", "PollResult": "feeds", "is_due": "feeds", "poll_feed": "feeds", "iter_inputs": "files", "read_text_file": "files",
    "guess_language": "language", "TelegramPost": "telegram_export", "read_telegram_export": "telegram_export",
    "read_html": "web", "read_html_file": "web", "read_url": "web",
}
__all__ = sorted([*_HOMES, "FetchError", "FetchResult", "InputError", "NoReports", "fetch"])


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
