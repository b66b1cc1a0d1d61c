"""Attribution (fix20c): the misreadings an independent review found in attr20, each in reports written for these
tests (names, places and wording invented).

- a name set off by commas before an adverb and a speech verb is the speaker only as the apposition of a speaker noun
  that opens the clause ("the mayor, X, later said"), and not before a plural verb; an object or a victim so set off
  ("who treated the cook, X,", "Загинув сторож, X, також повідомили") is no speaker;
- a woman hurt or killed who holds an office ("начальница склада") is not the source of a later masculine office of
  another body ("сообщил начальник полиции");
- a quotation's tag credits its subject only: not the one told ("рассказала мэру ...", "розповіла голові ОВА ..."),
  and a pronoun ("she said", "— рассказала она") credits nobody new;
- "according to" naming nobody leaves the sentence's own speech verb to name a speaker only when that speaker opens a
  clause of its own, not inside "which X said" or "a day after X said";
- "conveyed" (carried) is no speech verb.
"""

import pytest

from report_reading import casualty_event, sources


@pytest.mark.parametrize("lang, report", [
    ("en", "A drone hit a depot in Lgov overnight. Firefighters, who rescued the cook, Pavel Sorokin, later said that "
           "four people were injured."),
    ("en", "A drone hit a depot in Lgov overnight. The district clinic, which treated the cook, Pavel Sorokin, has "
           "since said that four people were injured."),
    ("ru", "Ночью беспилотник атаковал Льгов. Мэр, посетивший в больнице раненого сторожа, Петра Белова, также "
           "сообщил, что ранены ещё четыре человека."),
    ("ru", "Ночью беспилотник атаковал Льгов. Медики, которые спасли сторожа, Петра Белова, позже сообщили, что ранены "
           "четыре человека."),
    ("uk", "Уночі дрон атакував Ромни. Мер, який провідав пораненого сторожа, Петра Білика, також повідомив, що "
           "поранено ще чотирьох людей."),
    ("uk", "Уночі дрон атакував Ромни. Загинув сторож, Петро Білик, також повідомили, що поранено чотирьох людей."),
])
def test_a_name_set_off_as_an_object_or_a_victim_is_no_speaker(read, lang, report):
    named = {"Pavel Sorokin", "Петр Белов", "Пётр Белов", "Петро Білик"}
    assert not sources(casualty_event(read(report, lang)), "injured") & named


def test_a_victim_set_off_before_a_plural_verb_does_not_take_the_earlier_speaker(read):
    report = ("Уночі дрон атакував Ромни, повідомив голова ОВА Степан Гончар. Постраждав сторож, Петро Білик, пізніше "
              "повідомили, що поранено ще чотирьох людей.")
    assert "Петро Білик" not in sources(casualty_event(read(report, "uk")), "injured")


@pytest.mark.parametrize("lang, report, office", [
    ("ru", "Ночью беспилотник атаковал Льгов. Погибла начальница склада Мария Белова. Ещё три человека ранены, сообщил "
           "начальник полиции.", "Мария Белова"),
    ("ru", "Ночью беспилотник атаковал Льгов. Начальница склада Мария Белова ранена. Ещё три человека пострадали, "
           "сообщил начальник полиции Курской области.", "Мария Белова"),
    ("uk", "Уночі дрон атакував Ромни. Загинула начальниця складу Марія Білик. Ще троє людей поранені, повідомив "
           "начальник поліції.", "Марія Білик"),
    ("uk", "Уночі дрон атакував Ромни. Загинула очільниця громади Марія Білик. Ще троє людей поранені, повідомив "
           "очільник громади.", "Марія Білик"),
])
def test_a_woman_hurt_does_not_hold_a_later_masculine_office(read, lang, report, office):
    found = sources(casualty_event(read(report, lang)), "injured")
    assert not any(name and (name.startswith(office.split()[0][:4]) or office.split()[1][:4] in name)
                   for name in found)


@pytest.mark.parametrize("lang, report, told", [
    ("ru", "Ночью беспилотник ударил по складу в Льгове, сообщил представитель Минобороны Игорь Фомин. «Загорелся "
           "ангар. Ранены два человека. Все испугались», — рассказала мэру Петру Воронину соседка.", "Петр Воронин"),
    ("uk", "Уночі дрон ударив по складу в Ромнах, повідомив речник ДСНС Ігор Фоменко. «Загорівся ангар. Поранені двоє "
           "людей. Усі злякалися», — розповіла голові ОВА Степану Гончару сусідка.", "Степан Гончар"),
])
def test_the_one_told_does_not_take_the_quotation(read, lang, report, told):
    assert told not in sources(casualty_event(read(report, lang)), "injured")


@pytest.mark.parametrize("lang, report, official", [
    ("en", "Mayor Petr Voronin said a drone hit Lgov overnight. The Defence Ministry said it shot down six drones over "
           "the region. \"Two people next door were injured. Our windows are gone,\" she said.", "Mayor Petr Voronin"),
    ("ru", "Мэр Петр Воронин сообщил, что ночью беспилотник атаковал Льгов. Минобороны сообщило, что над областью сбиты "
           "шесть беспилотников. «Ранены два соседа. Окна выбиты», — рассказала она.", "Петр Воронин"),
    ("uk", "Мер Петро Воронін повідомив, що вночі дрон атакував Ромни. Міноборони повідомило, що над областю збито шість "
           "дронів. «Поранені двоє сусідів. Вікна вибиті», — розповіла вона.", "Петро Воронін"),
])
def test_a_pronoun_tag_credits_nobody_new(read, lang, report, official):
    assert official not in sources(casualty_event(read(report, lang)), "injured")


@pytest.mark.parametrize("report", [
    "A drone hit a depot in Lgov overnight. Four people were injured in the strike, which Governor Petr Voronin said "
    "was the heaviest this month, according to reports.",
    "A drone hit a depot in Lgov overnight. Four people were injured, a day after Governor Petr Voronin said the town "
    "was calm, according to reports.",
])
def test_according_to_nobody_ignores_a_speaker_inside_a_subordinate_clause(read, report):
    assert sources(casualty_event(read(report)), "injured") == {None}


def test_according_to_nobody_after_a_main_clause_tag_keeps_it(read):
    report = "A drone hit a depot in Lgov overnight. Four people were injured, Governor Petr Voronin said, according to reports."
    assert sources(casualty_event(read(report)), "injured") == {"Governor Petr Voronin"}


@pytest.mark.parametrize("report", [
    "A drone hit Lgov overnight, Governor Petr Voronin said. Ambulances conveyed four injured people to the town hospital.",
    "A drone hit Lgov overnight, Governor Petr Voronin said. Medics from the town hospital conveyed four injured men "
    "to a larger clinic.",
    "A drone hit Lgov overnight, Governor Petr Voronin said. The charity conveyed its sympathy; four people were injured.",
])
def test_conveyed_is_no_speech_verb(read, report):
    found = sources(casualty_event(read(report)), "injured")
    assert not any(name and ("Ambulances" in name or "Medics" in name or "charity" in name) for name in found)
