"""Russian reports, written for these tests, read the way English ones are: every trigger family, number form, date
form and attribution shape, from the data in lang/ru/."""

from datetime import datetime, timezone

import pytest
import yaml

from eventledger.extract.pipeline import extract
from eventledger.lang import LANG_DIR
from eventledger.model import Event, Report

PUBLISHED = datetime(2024, 9, 20, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def read(gazetteer):
    def read(text: str, published: datetime = PUBLISHED) -> list[Event]:
        return extract(Report(text=text, published=published, language="ru"), gazetteer)
    return read


def one(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.kind == kind]
    assert len(found) == 1, [(e.kind, e.place and e.place.key) for e in events]
    return found[0]


def figures(e: Event) -> dict[str, tuple[int, int, int | None]]:
    return {name: (f.low, f.best, f.high) for name, f in e.figures.items()}


@pytest.mark.parametrize("lang", ["ru", "uk"])
@pytest.mark.parametrize("topic", ["events", "figures", "attribution"])
def test_every_language_file_has_the_keys_english_has(lang, topic):
    english = yaml.safe_load((LANG_DIR / "en" / f"{topic}.yaml").read_text(encoding="utf-8"))
    other = yaml.safe_load((LANG_DIR / lang / f"{topic}.yaml").read_text(encoding="utf-8"))
    assert set(english) <= set(other)


def test_a_drone_strike_on_an_oil_depot_with_collective_numerals_and_the_speaker_after_the_verb(read):
    e = one(read("В ночь на 3 августа беспилотник атаковал нефтебазу в Брянске, сообщил губернатор Александр Богомаз. "
                 "Погибли трое, ещё пятеро ранены."), "strike")
    assert (e.weapon, e.date, e.place.key, e.target.category) == ("drone", "2024-08-03", "Bryansk", "energy")
    assert figures(e) == {"killed": (3, 3, 3), "injured": (5, 5, 5)}
    killed = next(c for c in e.claims if c.figure == "killed")
    assert (killed.source, killed.source_kind, killed.quote) == ("Александр Богомаз", "official", "Погибли трое")


def test_an_interception_attributed_to_an_official_by_title(read):
    e = one(read("Вечером 12 сентября средства ПВО сбили два беспилотника над Курском, сообщил глава региона."), "interception")
    assert (e.weapon, e.date, e.place.key, figures(e)) == ("drone", "2024-09-12", "Kursk", {"intercepted": (2, 2, 2)})
    assert e.claims[-1].source == "глава региона"


def test_explosions_heard_by_residents_tonight(read):
    e = one(read("Жители Саратова сообщили о нескольких взрывах этой ночью."), "explosion")
    assert (e.place.key, e.date) == ("Saratov", "2024-09-20")
    assert e.claims[0].source_kind == "residents"


def test_rosaviatsia_closes_an_airport_and_later_lifts_the_restriction(read):
    e = one(read("Росавиация: ограничения на прием и выпуск воздушных судов в аэропорту Калуги.\n\n"
                 "Ограничения в аэропорту Калуги сняты."), "airspace_restriction")
    assert (e.place.iata, e.place.precision) == ("KLF", "point")
    assert any(c.assertion == "restriction_lifted" for c in e.claims)


def test_the_kovyor_plan_is_an_airspace_restriction_at_the_named_airport(read):
    found = [e for e in read("В аэропорту Казани введен план «Ковёр».") if e.kind == "airspace_restriction"]
    assert "KZN" in {e.place.iata for e in found}


def test_shelling_with_mlrs_and_a_count_in_words(read):
    e = one(read("ВСУ обстреляли Горловку из РСЗО, пострадали два мирных жителя."), "shelling")
    assert (e.place.key, e.place.country, e.weapon, e.attacker) == ("Horlivka", "UA", "artillery", "Ukraine")
    assert figures(e) == {"injured": (2, 2, 2)}


def test_a_hedged_lower_bound_after_a_missile_strike(read):
    e = one(read("По предварительным данным, в Белгороде после удара ракеты погибли не менее 4 человек."), "strike")
    assert (e.place.key, e.weapon, figures(e)) == ("Belgorod", "missile", {"killed": (4, 4, None)})
    assert all(c.hedged for c in e.claims if c.figure)


def test_glide_bombs_yesterday_evening_and_a_stated_zero(read):
    e = one(read("Вчера вечером противник сбросил две КАБ на Харьков. Погибших и пострадавших нет."), "strike")
    assert (e.weapon, e.date, e.place.key) == ("glide_bomb", "2024-09-19", "Kharkiv")
    # the two glide bombs dropped are launched (as the real-news gold counts "13 guided bombs" dropped)
    assert figures(e) == {"killed": (0, 0, 0), "injured": (0, 0, 0), "launched": (2, 2, 2)}


def test_yakoby_hedges_a_claimed_hit(read):
    e = one(read("Ракета якобы попала в здание школы в Курске."), "strike")
    assert (e.place.key, e.target.category) == ("Kursk", "civilian_infrastructure")
    assert e.claims[0].hedged


def test_the_speaker_after_a_closing_dash(read):
    e = one(read("Силами ПВО Минобороны над Коломной сбит беспилотник, летевший на Москву, — Сергей Собянин"), "interception")
    assert e.place.key == "Kolomna"  # not Moscow: the drone was flying towards it
    assert e.claims[0].source == "Сергей Собянин"


def test_one_casualty_named_by_a_singular_noun_and_po_dannym(read):
    e = one(read("Женщина погибла в Шебекино при атаке FPV-дрона, по данным оперштаба Белгородской области."), "strike")
    assert (e.place.key, e.weapon, figures(e)) == ("Shebekino", "drone", {"killed": (1, 1, 1)})
    assert e.claims[-1].source_kind == "official"


def test_a_ministry_names_its_country_without_placing_the_strike_there(read):
    events = read("Министерство обороны России заявило, что утром российские военные нанесли удар по объектам энергетики в Украине.")
    assert [e.place.key for e in events if e.kind == "strike"] == ["Ukraine"]


def test_a_question_about_an_interception_is_not_one(read):
    assert [e.kind for e in read("Были ли они сбиты, не известно.")] == []


def test_the_russian_telegram_dev_set_assembles_from_shared_and_evaluates(shared, tmp_path, gazetteer):
    """eval/dev_telegram_ru keeps annotations only; the posts come from ../shared (this test skips without it)."""
    import importlib.util

    from eventledger.evaluate import evaluate

    script = LANG_DIR.parents[2] / "eval" / "dev_telegram_ru" / "assemble.py"
    spec = importlib.util.spec_from_file_location("assemble_dev_ru", script)
    assemble = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(assemble)  # type: ignore[union-attr]
    assert assemble.assemble(tmp_path) >= 160
    result = evaluate([tmp_path], lambda report: extract(report, gazetteer))
    tally = result.by_language["ru"]
    assert tally.errors == 0
    # 166 posts since issue 10 added 100 drawn at random (0.60 on the tree before issue 10's changes); a drop below
    # this floor is a regression worth a look
    assert tally.f1 >= 0.55
