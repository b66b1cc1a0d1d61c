"""Figures of a post told beside other incidents (ledger16b): reports written for these tests.

- A count with no trigger of its own ("..., ещё пять человек получили ранения") goes to the incident told last *before*
  it, not to one whose damage the post tells in later paragraphs (events._attach_orphans).
- "Информации о разрушениях или пострадавших не поступало" is nobody hurt, not one hurt read from the bare noun.
- One person told hurt in the prepositional / after "про" ("сообщила о раненой девушке", "про поранену дівчину").
"""

from report_reading import figures


def _by_place(events):
    return {e.place.key if e.place else None: figures(e) for e in events}


def test_count_after_the_clause_goes_to_the_incident_told_before_it_ru(read):
    events = read("Ночью дроны атаковали Одессу и Харьков. По данным властей, в Одессе погибла пенсионерка, еще пять "
                  "человек получили ранения. Позже мэр Харькова сообщил, что бомба повредила дорогу в городе. Кроме "
                  "того, в Харькове повреждена заправка.", "ru")
    places = {k: v for k, v in _by_place(events).items() if k}
    odesa = next(v for k, v in places.items() if "odesa" in k.lower() or "odessa" in k.lower())
    kharkiv = next(v for k, v in places.items() if "kharkiv" in k.lower())
    assert odesa == {"killed": 1, "injured": 5}
    assert "injured" not in kharkiv


def test_count_after_the_clause_goes_to_the_incident_told_before_it_uk(read):
    events = read("Вночі дрони атакували Одесу та Харків. За даними влади, в Одесі загинула пенсіонерка, ще п'ятеро "
                  "людей отримали поранення. Пізніше мер Харкова повідомив, що бомба пошкодила дорогу в місті. Крім "
                  "того, у Харкові пошкоджено заправку.", "uk")
    places = {k: v for k, v in _by_place(events).items() if k}
    odesa = next(v for k, v in places.items() if "odesa" in k.lower() or "odessa" in k.lower())
    kharkiv = next(v for k, v in places.items() if "kharkiv" in k.lower())
    assert odesa == {"killed": 1, "injured": 5}
    assert "injured" not in kharkiv


def test_count_after_the_clause_goes_to_the_incident_told_before_it_en(read):
    events = read("Drones attacked Odesa and Kharkiv overnight. In Odesa a pensioner was killed, and another five people "
                  "were injured, officials said. Later the mayor of Kharkiv said a bomb damaged a road in the city. Also "
                  "in Kharkiv a petrol station was damaged.")
    places = {k: v for k, v in _by_place(events).items() if k}
    kharkiv = next(v for k, v in places.items() if "kharkiv" in k.lower())
    assert "injured" not in kharkiv


def test_no_information_on_damage_or_casualties_is_nobody_hurt_ru(read):
    (e,) = read("Ночью ракеты атаковали Киев, обломки упали в двух районах. Информации о разрушениях или пострадавших "
                "в Киеве не поступало, сообщили власти.", "ru")
    assert figures(e) == {"killed": 0, "injured": 0}


def test_no_information_on_damage_or_casualties_is_nobody_hurt_uk(read):
    (e,) = read("Вночі ракети атакували Київ. Інформації про руйнування або постраждалих у Києві не надходило.", "uk")
    assert figures(e) == {"killed": 0, "injured": 0}


def test_one_hurt_told_after_who_reported_it_ru(read):
    (e,) = read("Ночью дроны атаковали Запорожье. Областная администрация сообщила о раненой женщине.", "ru")
    assert figures(e) == {"injured": 1}


def test_one_hurt_told_after_who_reported_it_uk(read):
    (e,) = read("Вночі дрони атакували Запоріжжя. Обласна адміністрація повідомила про поранену дівчину.", "uk")
    assert figures(e) == {"injured": 1}


# "а в другом районе области": what a post tells "in another district" right after a place is not at that place; it is
# the incident of its kind the post goes on to tell at a place of its own (a twin at the first place otherwise)


def test_told_in_another_district_is_not_at_the_place_before_ru(read):
    events = read("Губернатор Ростовской области сообщил, что в районе Таганрога сбит беспилотник, а в другом районе "
                  "области в результате падения беспилотника ранен один человек. Из-за падения еще одного беспилотника "
                  "в Белокалитвинском районе произошел взрыв, ранение получил водитель.", "ru")
    strikes = [e for e in events if e.kind == "strike"]
    assert len(strikes) == 1
    assert "Taganrog" not in (strikes[0].place.key if strikes[0].place else "")
    assert figures(strikes[0])["injured"] == 1


def test_told_in_another_district_is_not_at_the_place_before_uk(read):
    events = read("Голова ОВА повідомив, що в районі Ізюма збито безпілотник, а в іншому районі області внаслідок "
                  "падіння безпілотника поранено одну людину. Через падіння ще одного безпілотника в Балаклії стався "
                  "вибух, поранення отримав водій.", "uk")
    strikes = [e for e in events if e.kind == "strike"]
    assert len(strikes) == 1
    assert figures(strikes[0])["injured"] == 1
