"""Wrong kind, twentieth session (kind20). Reports written for these tests (en/ru/uk), with sentences each rule must not
fire on.

1. A verb of destroying is a downing only when what it destroyed flies: what an attack, a shelling or an explosion told
   as the cause destroyed ("внаслідок обстрілу знищено ...", "was destroyed by a secondary explosion"), a thing on the
   ground named before its genitive ("інфраструктура підприємства знищена"), and explosive objects made safe by
   sappers ("знешкодили 78 вибухонебезпечних предметів") are no interception."""


def of_kind(events, kind):
    return [e for e in events if e.kind == kind]


# -- 1. destroyed by the attack told as the cause: no interception ---------------------------------------------------

def test_uk_destroyed_as_a_result_of_shelling_is_no_interception(read):
    for text in ("Вчора ввечері внаслідок обстрілу Покровська повністю знищено понад десять приватних домоволодінь.",
                 "У Нікополі внаслідок нічного ворожого обстрілу знищено дві господарчі споруди.",
                 "У Херсоні в результаті удару дрона знищено приватне авто."):
        events = read(text, "uk")
        assert not of_kind(events, "interception"), text
        assert events, text  # the attack itself is still told


def test_ru_destroyed_as_a_result_of_shelling_is_no_interception(read):
    for text in ("В Шебекино в результате обстрела полностью уничтожены три частных домовладения.",
                 "В Белгороде вследствие удара беспилотника уничтожена инфраструктура предприятия."):
        events = read(text, "ru")
        assert not of_kind(events, "interception"), text
        assert events, text


def test_en_destroyed_by_an_explosion_caused_by_an_attack_is_no_interception(read):
    text = ("Near Khmelnytskyi, a depot holding old rocket motors and other explosives was destroyed by a secondary "
            "explosion caused by a Russian missile attack on Tuesday.")
    assert not of_kind(read(text), "interception")


def test_uk_ground_thing_before_its_genitive_is_no_interception(read):
    text = ("Вранці окупанти обстріляли Кременчук. На жаль, інфраструктура підприємства знищена, повідомив голова "
            "ОВА.")
    assert not of_kind(read(text, "uk"), "interception")


def test_sappers_making_explosive_objects_safe_is_no_interception(read):
    events = read("Минулої доби ворог обстріляв 12 населених пунктів Харківщини. За минулу добу піротехніки ДСНС "
                  "обстежили 5 га території та знешкодили 40 вибухонебезпечних предметів, - додав голова ОВА.", "uk")
    assert of_kind(events, "shelling") and not of_kind(events, "interception")


# -- negatives: what flies was destroyed, whatever the cause told ---------------------------------------------------

def test_uk_drones_destroyed_during_an_attack_are_still_downed(read):
    for text in ("Внаслідок атаки на Київщину сили ППО знищили 20 ворожих дронів.",
                 "В результаті атаки над Київщиною знищено 20 шахедів.",
                 "Ворог атакував Одещину. Внаслідок атаки всі цілі знищено силами ППО.",
                 "Над Одещиною сили ППО знешкодили 12 ударних БпЛА."):
        assert of_kind(read(text, "uk"), "interception"), text


def test_ru_drones_destroyed_during_an_attack_are_still_downed(read):
    for text in ("В результате атаки на Брянскую область средства ПВО уничтожили 12 беспилотников.",
                 "Над Курской областью уничтожены пять украинских БПЛА, в результате атаки пострадавших нет."):
        assert of_kind(read(text, "ru"), "interception"), text


def test_en_drones_destroyed_by_air_defence_are_still_downed(read):
    for text in ("As a result of the overnight attack, 12 drones were destroyed by air defence over the Kursk region.",
                 "Twelve drones were destroyed by air defence over the Kursk region during the attack."):
        assert of_kind(read(text), "interception"), text


def test_en_a_drone_that_destroyed_a_house_is_a_strike(read):
    events = read("Last night an enemy kamikaze drone destroyed a private house in a village of Cherkasy region.")
    assert not of_kind(events, "interception")


def test_en_no_genitive_read_before_a_verb_of_destroying(read):
    text = ("A total of 17 unmanned aerial vehicles were detected, destroyed and their remains cleared by air defence "
            "over the Voronezh region overnight, the governor said.")
    assert of_kind(read(text), "interception")


# -- 2. en: an airport's operations restricted is an airspace restriction ----------------------------------------------

def test_en_airport_operations_restricted_is_a_restriction(read):
    events = read("During the overnight drone attack, Russian authorities restricted airport operations in Kaluga and "
                  "Saratov, the Ukrainian military said.")
    assert len(of_kind(events, "airspace_restriction")) == 2
    events = read("Late on Tuesday, as Ukrainian drones attacked the Volgograd region, Rosaviatsia imposed restrictions on "
                  "operations at the airport in the regional capital.")
    assert of_kind(events, "airspace_restriction")


def test_en_other_operations_restricted_are_no_restriction(read):
    for text in ("Near Kupiansk the Russian army restricted ground operations after the drone attack on Tuesday.",
                 "Ukraine said restrictions on military operations at the front near Pokrovsk remained after Russian "
                 "shelling killed two people."):
        assert not of_kind(read(text), "airspace_restriction"), text


# -- 3. downings told by a weapon brought to the ground, an attack stopped, a thing struck down -----------------------

def test_ru_drone_landed_by_air_defence_is_an_interception(read):
    assert of_kind(read("Глава Крыма заявил, что ночью средствами РЭБ на севере полуострова приземлили вражеский "
                        "беспилотник.", "ru"), "interception")


def test_ru_attack_stopped_by_air_defence_is_an_interception(read):
    for text in ("Губернатор Тульской области сообщил, что над Алексином силы ПВО пресекли атаку.",
                 "Вечером над Брянской областью пресечена попытка совершить атаку с применением БПЛА самолетного типа."):
        assert of_kind(read(text, "ru"), "interception"), text


def test_en_struck_down_and_defeated_drones_are_intercepted(read):
    assert of_kind(read("Near the Yeysk air base, a Tu-141 Swift drone was struck down overnight, the channel said."),
                   "interception")
    assert of_kind(read("Near Yurovka in Krasnodar Krai, about six UAVs were defeated overnight, the ministry said."),
                   "interception")


def test_landed_stopped_struck_down_with_nothing_that_flies_are_no_interception(read):
    for text, lang in (("Самолёт приземлился в аэропорту Сочи после удара по Краснодару.", "ru"),
                       ("ФСБ пресекла попытку прорыва ДРГ в Брянской области после обстрела Климово.", "ru"),
                       ("Літак приземлився в Борисполі вперше після початку ракетних ударів.", "uk"),
                       ("У Києві пішохід був збитий автомобілем під час повітряної тривоги.", "uk"),
                       ("Russian troops were defeated near Kharkiv after heavy shelling, the general said.", "en"),
                       ("The ban on drone strikes was struck down by a court in Kyiv on Monday.", "en")):
        assert not of_kind(read(text, lang), "interception"), text
