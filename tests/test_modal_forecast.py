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
