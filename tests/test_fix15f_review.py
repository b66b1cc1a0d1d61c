"""review15c #4 and #2, with reports written for these tests.

#4: an attack told as finished ("в результате удара", "после удара", uk "внаслідок удару") lifts only the modal
reading of a forecast ("могут быть погибшие": the strike happened); a verb in the future tense is still a threat
("погибнут сотни, пригрозил X"), and a threat is no event.

#2: a Kyiv strike moves to the one district a report names only when the district is told as the strike's place (after
a preposition of place, in a sentence that tells the strike and not a downed weapon's debris); residents, crews or
windows of a district leave it at the city, and so does the interception."""


def _kinds(events):
    return [(e.kind, e.place.key if e.place else None) for e in events]


def test_future_after_a_finished_strike_word_is_a_threat_ru(read):
    assert read("В результате ракетного удара по Харькову погибнут тысячи людей, пригрозил депутат.", "ru") == []
    assert read("После удара дронов по Днепру город останется без воды, заявил политолог.", "ru") == []
    assert read("Вследствие ракетного удара по Запорожью пострадают мирные жители, пригрозил депутат.", "ru") == []


def test_future_after_a_finished_strike_word_is_a_threat_uk(read):
    assert read("Унаслідок удару по Харкову загинуть тисячі людей, заявив депутат.", "uk") == []


def test_modal_after_a_finished_strike_word_stays_a_strike_ru(read):
    events = read("После ракетного удара по Харькову могут быть пострадавшие, сообщил глава области.", "ru")
    assert [e.kind for e in events] == ["strike"]


def test_district_of_residents_keeps_the_city_en(read):
    events = read("Residents of the Obolonskyi district spent the night in shelters as a Russian drone hit a warehouse "
                  "in Kyiv, injuring three workers, the mayor said.")
    assert _kinds(events) == [("strike", "Kyiv")]


def test_district_of_crews_keeps_the_city_en(read):
    events = read("A Russian missile hit a supermarket in Kyiv on Sunday, killing three people, the mayor said. "
                  "Firefighters from the Holosiivskyi district were sent to the site.")
    assert _kinds(events) == [("strike", "Kyiv")]


def test_district_asked_to_close_windows_keeps_the_city_uk(read):
    events = read("Уночі ворог атакував Київ ракетами. Ракета влучила у промисловий об'єкт, спалахнула пожежа, повідомив "
                  "Тимур Ткаченко. Мешканців Оболонського району просять зачинити вікна.", "uk")
    assert _kinds(events) == [("strike", "Kyiv")]


def test_district_of_residents_keeps_the_city_ru(read):
    events = read("Ракета попала в склад в Киеве, погибли два человека, сообщил Кличко. Жителей Голосеевского района "
                  "попросили закрыть окна.", "ru")
    assert _kinds(events) == [("strike", "Kyiv")]


def test_debris_in_a_district_moves_neither_strike_nor_interception_uk(read):
    events = read("Російська ракета влучила в торговий центр у Києві, загинули троє людей, повідомив Віталій Кличко. "
                  "Уламки збитого дрона впали в Оболонському районі, там пошкоджено гараж.", "uk")
    assert "Obolon" not in [e.place.key for e in events if e.place]
    assert ("strike", "Kyiv") in _kinds(events)


def test_district_told_as_the_strike_place_still_moves_it_ru(read):
    events = read("Ракета ударила по Киеву, повреждён жилой дом в Голосеевском районе, ранены трое, сообщил Кличко.",
                  "ru")
    assert _kinds(events) == [("strike", "Holosiyiv")]
