"""A regional official's own interception count, told with no place but his office's region, beside the ministry's
count over several regions, is its own event at his region (ANNOTATION.md: "a regional governor's own count for his
region is its own interception event ... even when it is part of a national total"), not a retelling of whichever
interception was told before it. Reports written for this test."""


def _interceptions(events):
    return [e for e in events if e.kind == "interception"]


def test_a_governors_own_count_after_the_ministrys_breakdown_is_its_own_event(read):
    text = ("Минобороны России сообщило, что ночью над Брянской, Орловской и Смоленской областями сбиты 12 беспилотников. "
            "Губернатор Орловской области Андрей Клычков сообщил, что силы ПВО уничтожили пять дронов, пострадавших нет.")
    found = _interceptions(read(text, "ru"))
    assert len(found) == 2, [(e.place, e.areas) for e in found]
    own = [e for e in found if e.place is not None and e.place.name_en == "Oryol Oblast"]
    assert own, [(e.place, e.areas) for e in found]


def test_a_governors_count_with_nothing_else_told_stays_one_event(read):
    text = ("Губернатор Орловской области Андрей Клычков сообщил, что ночью силы ПВО уничтожили пять дронов. "
            "Пострадавших нет.")
    assert len(_interceptions(read(text, "ru"))) == 1
