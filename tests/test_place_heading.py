"""A count of drones downed with no place but the one they were flying to is placed at that place's approaches, not at
the whole country (issue 10, class 1); a count downed over a named region stays there. Each report here was written for
the test."""


from report_reading import kinds


def test_russian_drones_flying_to_the_capital(read):
    events = read("Силы ПВО сбили 32 беспилотника, летевших на Москву, сообщил мэр. Пострадавших нет.", "ru")
    assert kinds(events) == [("interception", "Moscow")]


def test_ukrainian_drones_flying_to_the_capital(read):
    assert kinds(read("Сили ППО збили 20 дронів, що летіли на Київ, повідомив мер.", "uk")) == [("interception", "Kyiv")]


def test_english_drones_flying_towards_a_city(read):
    events = read("Air defences downed 32 drones flying towards Moscow overnight, the mayor said.")
    assert kinds(events) == [("interception", "Moscow")]


def test_a_count_over_a_named_region_stays_there(read):
    events = read("Над Брянской областью сбиты пять беспилотников, летевших в сторону Москвы.", "ru")
    assert kinds(events) == [("interception", "Bryansk Oblast")]
