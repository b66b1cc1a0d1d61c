"""A closing clause that names no place, day or target and only says that no one was hurt ("В результате атак никто
не пострадал") sums up the incidents told before it: each of them gets the zero, and no new incident without a place
is made of its attack word."""


from report_reading import figures


def _strikes(events):
    return {e.place.key: figures(e) for e in events if e.kind in ("strike", "shelling") and e.place}


def test_a_russian_summary_of_attacks_is_said_of_each_village(read):
    events = read("Губернатор сообщил о двух атаках дронов. В Грайвороне дрон повредил грузовик. В селе Головчино "
                  "беспилотник атаковал частный дом, повреждена кровля. В результате атак никто не пострадал.", "ru")
    assert [e for e in events if e.kind == "strike" and e.place is None] == []
    assert all(f == {"killed": 0, "injured": 0} for f in _strikes(events).values()) and len(_strikes(events)) == 2


def test_a_ukrainian_summary_of_attacks_is_said_of_each_town(read):
    events = read("Ворог атакував Сумщину. У Білопіллі дрон влучив у склад. У Краснопіллі уламки пошкодили "
                  "будинок. Внаслідок атак ніхто не постраждав.", "uk")
    assert [e for e in events if e.kind == "strike" and e.place is None] == []
    assert _strikes(events)["Bilopillia"] == _strikes(events)["Krasnopillya"] == {"killed": 0, "injured": 0}


def test_an_english_summary_of_the_attacks_is_said_of_each_city(read):
    events = read("Drones hit a warehouse in Kursk on Monday. Debris also damaged a house in Lgov on Monday. "
                  "No one was hurt in the attacks, the governor said.")
    assert [e for e in events if e.kind == "strike" and e.place is None] == []
    assert all(f == {"killed": 0, "injured": 0} for f in _strikes(events).values()) and len(_strikes(events)) == 2


# after interceptions only, the summary's zero is the interceptions' (ANNOTATION.md gives an interception its "no one was
# hurt"), not a strike with no place or at the report's main place
def test_a_russian_summary_after_interceptions_only_makes_no_strike(read):
    events = read("Над Брянской областью ночью сбиты четыре беспилотника, сообщил губернатор. Ещё два дрона "
                  "уничтожены над Курской областью. В результате этих атак пострадавших и разрушений нет.", "ru")
    assert [e.kind for e in events if e.kind != "interception"] == []
    assert any(figures(e).get("injured") == 0 for e in events)


def test_a_ukrainian_summary_after_interceptions_only_makes_no_strike(read):
    events = read("Уночі над Миколаївщиною сили ППО збили шість дронів. Внаслідок атаки ніхто не постраждав.", "uk")
    assert [e.kind for e in events if e.kind != "interception"] == []


def test_an_english_summary_after_interceptions_only_makes_no_strike(read):
    events = read("Air defences shot down five drones over the Belgorod region overnight, the governor said. "
                  "Nobody was hurt in the attack.")
    assert [e.kind for e in events if e.kind != "interception"] == []
