"""A stated zero ("no one was hurt", "никто не пострадал", "постраждалих немає") is said of every incident it covers: of
each place its clause names, and of each incident told since the last figure of harm. A count (two killed) is told
once, of one incident; nobody hurt is true of each."""


from report_reading import figures


def by_place(events):
    return {e.place.key: figures(e) for e in events if e.kind in ("strike", "shelling") and e.place}


def test_no_injuries_at_two_places_of_one_clause(read):
    events = read("A Russian drone attack hit Kyiv overnight. Debris hit a school in Kharkiv and a house in Sumy, "
                  "causing no injuries.")
    assert by_place(events) == {"Kyiv": {}, "Kharkiv": {"injured": 0}, "Sumy": {"injured": 0}}


def test_no_one_hurt_after_two_strikes_of_one_round(read):
    events = read("Беспилотник атаковал дом в Шебекино, повреждены окна. Также в Грайвороне с дрона сбросили взрывное "
                  "устройство, поврежден автомобиль. По предварительным данным, никто не пострадал.", "ru")
    zero = {"killed": 0, "injured": 0}
    assert by_place(events) == {"Shebekino": zero, "Grayvoron": zero}


def test_ukrainian_zero_after_two_strikes(read):
    events = read("Ворожий дрон влучив у будинок у Херсоні. Також уламки пошкодили авто в Білозерці. Постраждалих немає.",
                  "uk")
    zero = {"killed": 0, "injured": 0}
    assert by_place(events) == {"Kherson": zero, "Bilozerka": zero}


def test_a_zero_after_a_toll_speaks_only_of_what_followed(read):
    events = read("A drone hit a house in Shebekino. A shell killed two people in Valuyki. Another drone struck a car "
                  "in Grayvoron. No one was hurt.")
    assert by_place(events) == {"Shebekino": {}, "Valuyki": {"killed": 2}, "Grayvoron": {"killed": 0, "injured": 0}}
