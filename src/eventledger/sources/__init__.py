"""Every input eventledger reads, turned into `eventledger.model.Report`s.

One module per kind of input: text files and directories (`files`), HTML pages (`web`), safe HTTP (`fetch`),
RSS/Atom feeds (`feeds`), Telegram Desktop exports (`telegram_export`), live Telegram (`telegram_live`, optional),
JSON Lines / CSV corpora (`corpus`). None of them touches the database: they take and return plain values.
"""

from eventledger.sources.corpus import read_corpus
from eventledger.sources.errors import FetchError, InputError
from eventledger.sources.feeds import PollResult, is_due, poll_feed
from eventledger.sources.fetch import FetchResult, fetch
from eventledger.sources.files import iter_inputs, read_text_file
from eventledger.sources.language import guess_language
from eventledger.sources.telegram_export import TelegramPost, read_telegram_export
from eventledger.sources.web import read_html, read_html_file, read_url

__all__ = [
    "FetchError", "FetchResult", "InputError", "PollResult", "TelegramPost", "fetch", "guess_language", "is_due",
    "iter_inputs", "poll_feed", "read_corpus", "read_html", "read_html_file", "read_telegram_export", "read_text_file", "read_url",
]
