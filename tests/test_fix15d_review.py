"""Review 15b's findings on ru15 (fix15d): a drone that destroys what it attacked is no interception (air defence must
be the subject); a recalled differing count is another wave only when told of another time; airport-restriction
wordings need an aircraft word or an airport; "целью удара стал X" names what the strike hit. Every report here is
written for the test."""

from report_reading import kinds


def _kinds(events):
    return sorted(k for k, _ in kinds(events))


def test_drones_that_destroyed_what_they_attacked_are_no_interception(read):
    events = read("Ударные дроны армии атаковали ангары на окраине Харькова и уничтожили их, рассказал военный "
                  "блогер.", "ru")
    assert "interception" not in _kinds(events)
    events = read("Экипаж ударного беспилотника выследил грузовик противника и уничтожил его.", "ru")
    assert "interception" not in _kinds(events)


def test_air_defence_destroying_the_drone_it_found_is_still_an_interception(read):
    events = read("Дежурная смена ПВО засекла над Липецком беспилотник и уничтожила его, сообщил глава региона.", "ru")
    assert _kinds(events) == ["interception"]


def test_the_same_nights_earlier_update_is_one_interception(read):
    events = read("За ночь над Орловской областью сбиты девять беспилотников, сообщил губернатор. Напомним, ранее "
                  "говорилось о перехвате четырёх беспилотников над Орловской областью этой ночью.", "ru")
    assert _kinds(events) == ["interception"]
    events = read("Протягом ночі над Полтавщиною збили 12 дронів, повідомив голова ОВА. Нагадаємо, раніше він "
                  "повідомляв про знищення шести дронів над Полтавщиною.", "uk")
    assert _kinds(events) == ["interception"]
    events = read("Air defence destroyed 14 drones over Belgorod region overnight, the governor wrote. As reported "
                  "earlier, six drones were destroyed over Belgorod region during the night.", "en")
    assert _kinds(events) == ["interception"]


def test_a_recalled_count_of_the_night_against_a_morning_count_is_another_wave(read):
    events = read("Утром над Орловской областью сбиты два беспилотника, сообщил губернатор. Напомним, ранее "
                  "губернатор писал, что ночью над Орловской областью перехвачены восемь дронов.", "ru")
    assert _kinds(events) == ["interception", "interception"]


def test_a_plant_or_a_clinic_limiting_its_work_is_no_airport(read):
    events = read("После обстрела хлебозавод в Курске ограничил выпуск продукции, сообщил губернатор.", "ru")
    assert "airspace_restriction" not in _kinds(events)
    events = read("Поликлиника Брянска после атаки дронов ограничила прием граждан.", "ru")
    assert "airspace_restriction" not in _kinds(events)
    events = read("После удара беспилотников автостанция Шебекино временно не принимает и не отправляет рейсы.", "ru")
    assert "airspace_restriction" not in _kinds(events)


def test_an_airport_that_sends_out_no_flights_is_still_a_restriction(read):
    events = read("Аэропорт Калуги временно не принимает и не отправляет рейсы, сообщила Росавиация.", "ru")
    assert _kinds(events) == ["airspace_restriction"]
    events = read("В аэропорту Самары введены ограничения: ограничен приём и выпуск самолётов.", "ru")
    assert _kinds(events) == ["airspace_restriction"]


def test_the_target_of_a_strike_stays_a_strike(read):
    events = read("Днём ВСУ атаковали Курск. Целью удара стало здание школы. Над городом работала ПВО.", "ru")
    assert "strike" in _kinds(events)
    events = read("Увечері окупанти вдарили по Херсону. Метою удару була котельня. Над містом працювала ППО.", "uk")
    assert "strike" in _kinds(events)
