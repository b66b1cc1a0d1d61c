"""A forecast told with a present modal before an infinitive ("армия может перенести уже этой зимой свои удары ...") is
no incident: extract/tense.future_only reads `modal_verbs` of lang/<code>/events.yaml as a future ("может", "могут";
uk "може", "можуть"), and "как ожидается" / "як очікується" frame the statement. A clause that also tells something
done ("ракета попала в дом, под завалами могут находиться люди") keeps its event."""

from report_reading import kinds


def test_ru_forecast_with_modal_makes_no_event(read):
    text = ("Армия может перенести уже этой зимой свои удары новыми ракетами вглубь Брянской области, пишет журнал, "
            "ссылаясь на двух офицеров.\n\nШтаб, как ожидается, сначала сосредоточится на нанесении ударов по "
            "Брянской области, пишет журнал.")
    assert read(text, lang="ru") == []


def test_ru_strike_with_modal_guess_keeps_its_event(read):
    text = "Ракета попала в жилой дом в Харькове, под завалами могут находиться люди, сообщил мэр города."
    assert kinds(read(text, lang="ru")) == [("strike", "Kharkiv")]


def test_uk_forecast_with_modal_makes_no_event(read):
    text = ("Армія може перенести вже цієї зими свої удари новими ракетами вглиб Брянської області, пише журнал з "
            "посиланням на двох офіцерів.")
    assert read(text, lang="uk") == []


# A modal about an attack's aftermath, the attack told before it as a noun, is no forecast: the strike stands
# (review15 #2). The modal reads as a future only when the event word follows it, the incident being what it governs.

def test_ru_modal_about_the_aftermath_keeps_the_strike(read):
    text = ("Под обломками общежития в Харькове после вечернего удара беспилотника могут находиться ещё трое "
            "студентов, сообщил мэр города Игорь Терехов.")
    assert kinds(read(text, lang="ru")) == [("strike", "Kharkiv")]


def test_ru_consequence_of_a_strike_told_with_a_modal_keeps_the_strike(read):
    text = "В результате ракетного удара по Запорожью могут быть пострадавшие, сообщил глава области."
    assert kinds(read(text, lang="ru")) == [("strike", "Zaporizhzhia")]


def test_ru_fire_after_an_attack_that_may_last_keeps_the_strike(read):
    text = ("Возгорание на заводе в Брянске после атаки беспилотников может продолжаться до утра, сообщили в "
            "администрации города.")
    assert [k for k, _ in kinds(read(text, lang="ru"))] == ["strike"]


def test_uk_modal_about_the_aftermath_keeps_the_strike(read):
    text = ("Під уламками гуртожитку в Харкові після вечірнього удару дрона можуть перебувати ще троє студентів, "
            "повідомив міський голова Ігор Терехов.")
    assert kinds(read(text, lang="uk")) == [("strike", "Kharkiv")]


def test_uk_fire_after_an_attack_that_may_last_keeps_the_strike(read):
    text = ("Пожежа на заводі в Запоріжжі після атаки безпілотників може тривати до ранку, повідомили в міській "
            "раді.")
    assert [k for k, _ in kinds(read(text, lang="uk"))] == ["strike"]


def test_ru_modal_governing_the_strike_is_a_forecast(read):
    text = "Противник может нанести новые удары по энергетике Полтавы уже этой зимой, считает аналитик."
    assert read(text, lang="ru") == []


def test_uk_modal_governing_the_strike_is_a_forecast(read):
    text = "Противник може завдати нових ударів по енергетиці Полтави вже цієї зими, вважає аналітик."
    assert read(text, lang="uk") == []
