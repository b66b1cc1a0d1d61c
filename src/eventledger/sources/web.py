"""HTML pages -> Reports: trafilatura finds the main text, title, date and site name, leaving menus and footers out."""

from __future__ import annotations

import html as html_lib
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from eventledger.model import Report, SourceKind
from eventledger.sources.dates import parse_timestamp, to_utc
from eventledger.sources.errors import InputError
from eventledger.sources.files import DEFAULT_MAX_BYTES, read_bytes
from eventledger.sources.language import resolve_language

# htmldate keeps the time and zone of article:published_time & co when asked for them.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_BLOCKS = ("p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "pre")


def read_html(
    html: str | bytes,
    url: str | None = None,
    *,
    origin: str | None = None,
    published: datetime | None = None,
    source: str | None = None,
    source_kind: SourceKind = "media",
    language: str | None = None,
) -> Report:
    """The page's main text as a Report; `source` given by the caller wins over the page's site name, `published`
    is for a page that gives no date of its own.

    Raises InputError (naming `origin`, the URL or "<html>") when the page has no article text.
    """
    name = origin or url or "<html>"
    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        raise InputError(name, "empty page")
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise InputError(name, f"cannot parse the page as HTML: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - trafilatura/htmldate assert on crafted pages (a tiny SVG with a script)
        raise InputError(name, f"cannot parse the page as HTML: {type(exc).__name__}: {exc}") from None
    text = (doc.text or "").strip() if doc else ""
    if not text:
        raise InputError(name, "no article text found in the page")
    return Report(
        text=text,
        published=parse_timestamp(doc.date) or (to_utc(published) if published else None),
        language=resolve_language(text, language),
        source=source or doc.sitename or _host(url),
        source_kind=source_kind,
        url=url or doc.url,
        title=doc.title,
        origin=origin or url,
    )


def read_html_file(
    path: str | Path,
    *,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: datetime | None = None,
    source: str | None = None,
    language: str | None = None,
) -> Report:
    """A saved page (.html/.htm); its canonical URL, when the page declares one, becomes the Report's url."""
    path = Path(path)
    return read_html(
        read_bytes(path, max_bytes), url, origin=str(path), published=published, source=source, language=language
    )


def read_url(url: str, *, published: datetime | None = None, source: str | None = None,
             language: str | None = None, **fetch_options) -> Report:
    """Fetch a page safely (see fetch.fetch for the options) and read it."""
    from eventledger.sources.fetch import fetch

    result = fetch(url, **fetch_options)
    return read_html(result.content, result.url, origin=url, published=published, source=source, language=language)


def html_fragment_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed entry's summary): paragraphs and line breaks kept as newlines.

    trafilatura is for whole pages and drops short fragments, so this walks the fragment with lxml instead.
    """
    if "<" not in fragment:
        return html_lib.unescape(fragment).strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return html_lib.unescape(re.sub(r"<[^>]*>", " ", fragment)).strip()
    for junk in root.xpath(".//script|.//style"):
        junk.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    text = re.sub(r"[ \t\r\f\v]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
