"""Three joins of the fifteenth session kept to what they are for (review15 #3-#5):

- a bus's destination is no place of the attack, but "в/у" with the locative is where the bus was hit
  ("автобус, следовавший в Одессе по маршруту": Odesa), not where it went (`destination_markers`);
- one clause's fighting at two places is one clash, but two shootings, each with its own target, stay two
  (`clash_words`, extract/fighting_told.py);
- the speakers' country adjective is no area beside a place the clause names, but it is the place when the clause
  names no other ("Officials in Russian regions near the border said ...")."""


def _places(events, kind=None):
    return sorted(e.place.name_en if e.place else "" for e in events if kind is None or e.kind == kind)


def test_a_bus_hit_in_its_own_city_keeps_the_city(read):
    events = read("Беспилотник ударил по автобусу, следовавшему в Одессе по городскому маршруту. Пострадали четыре "
                  "пассажира, сообщил глава области.", "ru")
    assert _places(events) == ["Odesa"]


def test_a_bus_hit_in_its_own_city_keeps_the_city_in_ukrainian(read):
    events = read("Дрон ударив по автобусу, що прямував в Одесі міським маршрутом. Постраждали чотири пасажири, "
                  "повідомив голова області.", "uk")
    assert _places(events) == ["Odesa"]


def test_where_the_bus_was_going_is_still_no_place(read):
    events = read("Взрыв на автовокзале в Харькове: ранены трое.\n\nВзрыв произошёл перед отправлением автобуса, "
                  "следующего в Полтаву.", "ru")
    assert "Poltava" not in _places(events)


def test_two_shootings_with_their_own_targets_stay_two(read):
    events = read("Неизвестные обстреляли патрульную машину в Назрани и блокпост в Махачкале, ранен один "
                  "полицейский, сообщили в МВД.", "ru")
    assert len([e for e in events if e.kind == "other"]) == 2


def test_two_shootings_with_their_own_targets_stay_two_in_ukrainian(read):
    events = read("Невідомі обстріляли патрульну машину в Назрані та блокпост у Махачкалі, поранено одного "
                  "поліцейського, повідомили в МВС.", "uk")
    assert len([e for e in events if e.kind == "other"]) == 2


def test_one_clause_of_fighting_at_two_places_is_still_one_clash(read):
    events = read("Армия ведёт бои в Алеппо и Идлибе, сообщает местный телеканал.", "ru")
    assert len([e for e in events if e.kind == "other"]) == 1


def test_the_speakers_country_is_the_place_when_the_clause_names_no_other(read):
    events = read("Officials in Russian regions near the border said drones attacked four villages overnight, "
                  "injuring three people.")
    assert _places(events) == ["Russia"]


def test_an_offensive_repelled_at_two_places_is_one_clash(read):
    events = read("Правительственные войска отразили наступление боевиков в Хаме и Идлибе, погибли 12 военных, "
                  "сообщило министерство обороны.", "ru")
    assert len([e for e in events if e.kind == "other"]) == 1
