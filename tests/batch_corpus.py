"""A generated corpus for `batch`: short English and Russian reports of incidents in towns that recur every day, each
incident told by two to four sources, so that resolution has joins to make. Written by templates, never copied."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

TOWNS = [  # (English, Russian in the prepositional case, region in English)
    ("Kharkiv", "Харькове", "Kharkiv Oblast"), ("Odesa", "Одессе", "Odesa Oblast"),
    ("Zaporizhzhia", "Запорожье", "Zaporizhzhia Oblast"), ("Dnipro", "Днепре", "Dnipropetrovsk Oblast"),
    ("Belgorod", "Белгороде", "Belgorod Oblast"), ("Kursk", "Курске", "Kursk Oblast"),
    ("Sumy", "Сумах", "Sumy Oblast"), ("Kherson", "Херсоне", "Kherson Oblast"),
    ("Bryansk", "Брянске", "Bryansk Oblast"), ("Ryazan", "Рязани", "Ryazan Oblast"),
]
WEAPONS = [("drone", "беспилотник"), ("missile", "ракета"), ("glide bomb", "авиабомба")]
SOURCES = ["Example Wire", "Example Daily", "regional governor", "local channel"]
EN = [
    "A Russian {weapon} struck a residential building in {town}, {region}, on {day}, injuring {n} people, "
    "the regional governor said.",
    "{town} came under attack on {day}: a {weapon} hit an apartment block, and {n} people were injured, "
    "local officials reported.",
    "Officials in {town} said {n} people were injured when a {weapon} hit a residential area of the city on {day}.",
    "A {weapon} attack on {town} on {day} damaged houses and left {n} people injured, according to {source}.",
]
RU = [
    "В {town_ru} {day_ru} {weapon_ru} попала в жилой дом, пострадали {n} человек, сообщил губернатор.",
    "{day_ru_cap} в {town_ru} в результате удара пострадали {n} человек, повреждены жилые дома.",
]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]


def records(n: int, seed: int = 7, start: datetime = datetime(2025, 3, 1, 6, tzinfo=timezone.utc)) -> list[dict]:
    """`n` records (text, date, source, id) in publication order: incidents on consecutive days, each town hit
    again and again, each incident told by 2-4 reports a few hours apart."""
    rng = random.Random(seed)
    out: list[dict] = []
    incident = 0
    while len(out) < n:
        town, town_ru, region = TOWNS[incident % len(TOWNS)]
        when = start + timedelta(days=incident // 3, hours=rng.randrange(0, 4))
        weapon, weapon_ru = rng.choice(WEAPONS)
        injured = rng.randint(2, 40)
        day = f"{when:%B} {when.day}"
        day_ru = f"{when.day} {RU_MONTHS[when.month - 1]}"
        for k in range(rng.randint(2, 4)):
            if len(out) >= n:
                break
            published = when + timedelta(hours=2 * k + 1, minutes=rng.randrange(60))
            if rng.random() < 0.3:
                text = rng.choice(RU).format(town_ru=town_ru, day_ru=day_ru, day_ru_cap=day_ru.capitalize(),
                                             weapon_ru=weapon_ru, n=injured)
            else:
                text = rng.choice(EN).format(town=town, region=region, day=day, weapon=weapon, n=injured,
                                             source=SOURCES[k])
            out.append({"id": f"r{len(out) + 1}", "text": text, "date": published.isoformat(), "source": SOURCES[k]})
        incident += 1
    return out


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def write_parquet(path: Path, rows: list[dict], row_group_size: int = 100) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return path
