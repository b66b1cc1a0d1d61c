"""Russian (and Ukrainian) air defence and attacks as fresh reports tell them (thirteenth session, ru13): the outlet's
first-person aside ("Напомним, ...") tells nothing of the tense; air defence told verb-first, by an infinitive after a
verb of doing or trying, or in the passive; an attack told as an attempt, met by air defence, is that interception; a
governor named by his region's adjective speaks for it, and his own count is its own event beside the ministry's total;
destruction told in the short passive is a strike word. Every report here is written for the test."""


from report_reading import figures, kinds


def _kinds(events):
    return sorted(k for k, _ in kinds(events))


def test_an_outlets_aside_does_not_make_the_clause_future(read):
    events = read("Напомним, утром мэр сообщал о перехвате пяти дронов над Тульской областью.", "ru")
    assert kinds(events) == [("interception", "Tula Oblast")]
    assert figures(events[0]) == {"intercepted": 5}


def test_an_outlets_aside_in_ukrainian(read):
    events = read("Нагадаємо, вранці голова ОВА повідомляв про збиття п'яти дронів над Полтавщиною.", "uk")
    assert kinds(events) == [("interception", "Poltava Oblast")]
    assert figures(events[0]) == {"intercepted": 5}


def test_air_defence_told_verb_first_beside_a_strike(read):
    events = read("В Брянске беспилотник атаковал частный дом, повреждена крыша. Над городом сработала ПВО. Пострадавших "
                  "нет.", "ru")
    assert _kinds(events) == ["interception", "strike"]


def test_air_defence_told_verb_first_in_ukrainian(read):
    events = read("У Полтаві безпілотник атакував приватний будинок, пошкоджено дах. Над містом спрацювала ППО.", "uk")
    assert _kinds(events) == ["interception", "strike"]


def test_the_downing_as_an_infinitive_after_a_verb_of_doing(read):
    events = read("Над Липецком силам ПВО удалось сбить беспилотник.", "ru")
    assert kinds(events) == [("interception", "Lipetsk")]
    assert read("Эксперт считает, что ПВО может сбить любую ракету над Липецком.", "ru") == []


def test_the_downing_in_the_passive(read):
    events = read("Над Саратовом расчётами ПВО поражены три беспилотника.", "ru")
    assert kinds(events) == [("interception", "Saratov")]
    assert figures(events[0]) == {"intercepted": 3}


def test_a_depot_of_missiles_struck_stays_a_strike(read):
    events = read("Под Брянском ракетой поражен склад ракет, начался пожар.", "ru")
    assert _kinds(events) == ["strike"]


def test_an_attack_told_as_an_attempt_is_the_interception_that_met_it(read):
    events = read("Минобороны сообщило, что ВСУ попытались нанести удар по Белгородской области беспилотниками. Над "
                  "регионом уничтожены три БПЛА.", "ru")
    assert kinds(events) == [("interception", "Belgorod Oblast")]


def test_an_attempt_at_a_target_that_hit_nothing_is_the_interception(read):
    events = read("Ночью ВСУ осуществили попытку атаки нефтебазы в Брянске двумя беспилотниками. Оба дрона уничтожены "
                  "над городом, пострадавших и разрушений нет.", "ru")
    assert kinds(events) == [("interception", "Bryansk")]


def test_an_attempt_that_set_a_fire_stays_a_strike(read):
    events = read("Ночью ВСУ попытались нанести удар по нефтебазе в Брянске, в результате начался пожар. Над городом "
                  "уничтожены три БПЛА.", "ru")
    assert _kinds(events) == ["interception", "strike"]


def test_a_governor_named_by_his_regions_adjective_tells_his_own_count(read):
    events = read("Ночью силы ПВО уничтожили пять беспилотников над регионами России, сообщило Минобороны. Три дрона "
                  "сбили над Курской областью, по одному над Орловской и Липецкой. Липецкий губернатор Игорь Петров "
                  "сообщил об уничтожении двух дронов над регионом.", "ru")
    assert ("interception", "Lipetsk Oblast") in kinds(events)
    own = next(e for e in events if e.place is not None and e.place.key == "Lipetsk Oblast")
    assert figures(own)["intercepted"] == 2
    assert any(e.areas for e in events)  # the ministry's total stands beside it


def test_a_civilian_is_still_no_town(read):
    events = read("Мирный житель погиб при обстреле Горловки.", "ru")
    assert kinds(events) == [("shelling", "Horlivka")]


def test_destruction_told_in_the_short_passive(read):
    events = read("Ракета попала в Николаев. В Очакове разрушен склад.", "ru")
    assert len([k for k in _kinds(events) if k == "strike"]) == 2


def test_a_system_named_for_suppression_tells_no_interception(read):
    events = read("В Курской области беспилотник упал у дома, повреждено остекление. Глава района уточнил, что комплексы "
                  "подавления остаются на дежурстве.", "ru")
    assert _kinds(events) == ["strike"]
    events = read("Над Курской областью средствами РЭБ подавлены три беспилотника.", "ru")
    assert _kinds(events) == ["interception"]


def test_an_attack_of_so_many_repelled_counts_them(read):
    events = read("Над Тулой ПВО уничтожила три дрона. Днём над городом отражена атака ещё пяти беспилотников.", "ru")
    assert sorted(figures(e).get("intercepted") for e in events) == [3, 5]
