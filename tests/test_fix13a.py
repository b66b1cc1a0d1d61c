"""Wrong readings found by review 13 in the fig13 and ru13 merges, each told here by a report written for this test
(en / ru / uk): a hospitalisation of patients, a body or "the rest" is no count of the hurt hospitalised; a downing
denied ("не удалось сбить") or only tried ("пытались сбить, но ...") is no interception; an attempt on a target where a
later sentence tells a fire stays a strike; a ministry's strike on air-defence positions or on launchers is no
interception; the quote of the hurt hospitalised is short."""

import pytest

from report_reading import casualty_event, figures, kinds


# 1. hospital words with no person word of the lists before them: patients, a body, the rest


@pytest.mark.parametrize("text, lang", [
    ("A Russian missile hit a clinic in Zaporizhzhia on Tuesday, wounding five people, the governor said. Patients "
     "were evacuated to a different hospital across the city.", "en"),
    ("Беспилотник ударил по поликлинике в Шебекино, ранены четыре человека, сообщил губернатор. Пациентов клиники "
     "эвакуировали в соседнюю больницу.", "ru"),
    ("Російська ракета влучила в поліклініку в Запоріжжі, поранено чотирьох людей, повідомив голова ОВА. Пацієнтів "
     "поліклініки евакуювали до міської лікарні.", "uk"),
    ("A Russian drone hit a minibus in Kherson, killing a passenger and wounding three others, the governor said. The "
     "body was brought to the regional hospital morgue.", "en"),
])
def test_patients_or_a_body_moved_to_hospital_are_no_count_of_the_hurt(read, text, lang):
    assert "hospitalized" not in figures(casualty_event(read(text, lang)))


@pytest.mark.parametrize("text, lang, rest", [
    ("Russian shelling hit Nikopol on Sunday and wounded five people, the governor said. Three of them got first aid "
     "on the spot; the rest were taken to hospital.", "en", 2),
    ("Беспилотник атаковал Белгород, пострадали шесть человек, сообщил губернатор. Троих перевязали на месте. "
     "Остальных доставили в больницу.", "ru", 3),
    ("Російські війська обстріляли Херсон, поранено сімох людей, повідомив голова ОВА. Трьом допомогу надали на місці. "
     "Решту доставили до лікарні.", "uk", 4),
])
def test_the_rest_hospitalised_is_not_everyone_hurt(read, text, lang, rest):
    # (read as none, or as the rest; never as everyone hurt)
    assert figures(casualty_event(read(text, lang))).get("hospitalized") in (None, rest)


# 2. a downing denied or only tried


@pytest.mark.parametrize("text, lang", [
    ("Беспилотник так и не удалось сбить: он врезался в склад в Курске, повреждена крыша.", "ru"),
    ("Ракету не вдалося збити: вона влучила в автосервіс у Харкові, поранено трьох людей.", "uk"),
    ("Расчёты ПВО пытались сбить дрон над Брянском, но он упал на гараж, пострадал мужчина.", "ru"),
])
def test_a_downing_denied_or_only_tried_is_no_interception(read, text, lang):
    assert "interception" not in [k for k, _ in kinds(read(text, lang))]


# 3. an attempt on a target, with a fire there told in a later sentence


def test_an_attempt_with_a_fire_at_the_target_told_later_stays_a_strike(read):
    events = read("Ночью ВСУ пытались атаковать нефтебазу в Новороссийске беспилотниками. Средства ПВО уничтожили семь "
                  "дронов. На территории нефтебазы загорелся резервуар, огонь потушен, сообщили в администрации.", "ru")
    assert "strike" in [k for k, _ in kinds(events)]


# 4. a ministry's strike summary: air-defence positions and launchers struck


@pytest.mark.parametrize("text", [
    "Минобороны России сообщило, что в Запорожской области средства ПВО противника поражены ударами армейской авиации.",
    "Минобороны России заявило, что за минувшие сутки в зоне СВО поражены 2 пусковые установки ракет и склад горючего.",
])
def test_air_defence_or_launchers_struck_are_no_interception(read, text):
    events = read(text, "ru")
    assert "interception" not in [k for k, _ in kinds(events)]
    assert all("intercepted" not in figures(e) for e in events)


# 12. the quote of the hurt hospitalised


def test_the_quote_of_the_hurt_hospitalised_is_short(read):
    events = read("A woman was wounded by a Russian drone over Sumy and was later taken to hospital, the governor "
                  "said.", "en")
    (claim,) = [c for c in casualty_event(events).claims if c.figure == "hospitalized"]
    assert "Sumy" not in claim.quote


# ... and what the fixes keep


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian shelling hit Nikopol on Sunday, the governor said. Two people were wounded. Neighbours injured by the "
     "blast were taken to the city hospital.", "en", 2),
    ("Беспилотник атаковал Белгород, сообщил губернатор. Пострадала пенсионерка, которую с ожогами доставили в "
     "городскую больницу.", "ru", 1),
])
def test_the_hurt_named_before_the_hospital_words_are_still_counted(read, text, lang, expected):
    assert figures(casualty_event(read(text, lang))).get("hospitalized") == expected


def test_air_defence_trying_to_down_drones_with_no_failure_told_is_still_an_interception(read):
    events = read("Жители Брянска слышали взрывы, ПВО пытались сбить беспилотники над городом.", "ru")
    assert "interception" in [k for k, _ in kinds(events)]
