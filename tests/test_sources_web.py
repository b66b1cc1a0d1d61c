"""HTML pages read offline: the main text, title, date and site of a saved page."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from eventledger.sources import InputError, read_html, read_html_file
from eventledger.sources.web import html_fragment_text

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


def test_a_saved_page_gives_its_article_title_date_and_site():
    report = read_html_file(FIXTURES / "page.html")
    assert report.title == "Drones hit fuel depot near Examplegrad"
    assert report.source == "Example Herald" and report.source_kind == "media"
    assert report.published == datetime(2025, 3, 14, 5, 30, tzinfo=UTC)
    assert report.url == "https://herald.example/news/depot"  # the page's canonical link
    assert report.origin == str(FIXTURES / "page.html")
    assert "Two people were injured" in report.text
    assert "Subscribe" not in report.text and "Home" not in report.text


def test_the_caller_can_name_the_source_and_the_pages_own_date_wins():
    html = (FIXTURES / "page.html").read_text(encoding="utf-8")
    report = read_html(html, "https://mirror.example/a", source="Mirror", published=datetime(2025, 3, 15, tzinfo=UTC))
    assert (report.source, report.published, report.url) == ("Mirror", datetime(2025, 3, 14, 5, 30, tzinfo=UTC),
                                                              "https://mirror.example/a")


def test_a_page_without_a_date_or_site_name_falls_back_to_the_host():
    html = "<html><body><article><p>" + "Взрывы прогремели ночью в Примерске, сообщили жители. " * 6 + "</p></article></body></html>"
    report = read_html(html, "https://www.primer.example/news/2")
    assert report.source == "primer.example" and report.language == "ru" and report.published is None


@pytest.mark.parametrize("html", ["", "   ", "<html><body><div></div><script>var x = 1;</script></body></html>"])
def test_pages_without_text_are_named_errors(html):
    with pytest.raises(InputError, match=r"^https://x.example/p: (empty page|no article text)"):
        read_html(html, "https://x.example/p")


def test_feed_fragments_keep_paragraphs_and_line_breaks():
    fragment = "<p>First <b>bold</b> line.</p><p>Second<br>third &amp; last</p><script>x()</script>"
    assert html_fragment_text(fragment) == "First bold line.\n\nSecond\nthird & last"
    assert html_fragment_text("Plain &amp; simple") == "Plain & simple"
