"""The optional richer source: a GeoNames country dump the user downloaded (RU.txt, UA.txt, allCountries.txt, or the
.zip they come in), whose populated places of any size are added to the gazetteer. Villages below 500 inhabitants,
absent from the packaged data, are where much of this war happens.

The format is GeoNames' documented dump format (readme.txt of the export): one place per line, 19 tab-separated
columns: geonameid, name, asciiname, alternatenames (comma-separated), latitude, longitude, feature class, feature
code, country code, cc2, admin1 code, admin2 code, admin3 code, admin4 code, population, elevation, dem, timezone,
modification date. Only feature class P (populated places) is read; places already in the gazetteer are kept as they are.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from eventledger.geo.build import (
    ALTERNATE, FOCUS_COUNTRIES, OWN, GazetteerBuildError, _Entity, _is_code_like, script,
)

if TYPE_CHECKING:
    from eventledger.geo.build import _Builder

COLUMNS = 19


def dump_rows(path: Path) -> Iterator[list[str]]:
    """The rows of a dump file, plain or zipped (the .zip GeoNames serves holds one .txt of the same name)."""
    path = Path(path)
    try:
        if path.suffix.lower() == ".zip":
            with zipfile.ZipFile(path) as archive:
                members = [n for n in archive.namelist() if n.endswith(".txt") and n != "readme.txt"]
                if not members:
                    raise GazetteerBuildError(f"{path}: no GeoNames .txt file inside")
                with archive.open(members[0]) as raw:
                    yield from _rows(io.TextIOWrapper(raw, encoding="utf-8"), path)
        else:
            with path.open(encoding="utf-8", newline="") as f:
                yield from _rows(f, path)
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise GazetteerBuildError(f"{path}: cannot read the GeoNames dump: {exc}") from exc


def _rows(f: io.TextIOBase, path: Path) -> Iterator[list[str]]:
    for number, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
        if not row or row[0].startswith("#"):
            continue
        if len(row) != COLUMNS or not row[0].isdigit():
            raise GazetteerBuildError(f"{path}:{number}: not a GeoNames dump line ({len(row)} columns, expected {COLUMNS})")
        yield row


def add_dump_places(b: _Builder, path: Path) -> int:
    """Add the dump's populated places that the builder lacks; returns how many were added."""
    known = {e.geonames_id for e in b.entities if e.feature == "city" and e.geonames_id}
    added = 0
    for row in dump_rows(path):
        if row[6] != "P" or int(row[0]) in known:
            continue
        try:
            lat, lon = float(row[4]), float(row[5])
            population = int(row[14] or 0)
        except ValueError as exc:
            raise GazetteerBuildError(f"{path}: place {row[0]} has a malformed number: {exc}") from exc
        country = row[8]
        code = f"{country}.{row[10]}" if row[10] else None
        e = b.add(_Entity("city", row[1], country, code, lat, lon, population, int(row[0]),
                          findable=country in FOCUS_COUNTRIES, precision="city"))
        b.name(e, row[1], OWN)
        if row[2] and row[2] != row[1]:
            b.name(e, row[2], OWN)
        for alt in row[3].split(",") if row[3] else ():
            if script(alt) and not _is_code_like(alt) and alt != alt.lower():
                b.name(e, alt, ALTERNATE)
        known.add(int(row[0]))
        added += 1
    return added
