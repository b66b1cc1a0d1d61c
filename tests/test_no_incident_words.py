"""Posts that tell no incident of war, yet share its words (issue 10, "no incident", the second fault class of the
Russian ledger's judges): a crime, an accident or unrest with no armed force, war actor or weapon of war anywhere; a
car or a water cannon that "сбил" people; an event word denied; "на поле боя", the battlefield of a remark; a call,
a risk, a potential attack; a span of years, a part taken in the fighting, a denial, what people fled. And the war
reports beside them that must stay events: a saboteur's arson, shelling of a town, a shot-down drone. Each report
was written for this test."""

import pytest


# --- a crime, an accident or unrest, with no sign of war anywhere in the report --------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Двое неизвестных обстреляли кафе в центре Самары после ссоры с официантом. Погиб один посетитель. "
     "Возбуждено уголовное дело об убийстве, стрелков ищут.", "ru"),
    ("На трассе под Тулой водитель внедорожника выстрелил в другого водителя после ДТП. Пострадавший госпитализирован, "
     "следователи возбудили уголовное дело.", "ru"),
    ("В квартире в Пензе взорвалась граната, один человек погиб. Откуда она появилась, выяснят следователи.", "ru"),
    ("Невідомі обстріляли авто біля ресторану в Одесі після сварки, загинув чоловік. Відкрито кримінальне провадження "
     "за статтею про вбивство.", "uk"),
    ("Gunmen shot at a restaurant in Marseille after a dispute over the bill, killing a waiter. Police opened a murder "
     "investigation and detectives are searching for the attackers.", "en"),
])
def test_a_crime_with_no_sign_of_war_is_no_incident(read, text, lang):
    assert read(text, lang) == []


def test_an_aviation_accident_with_an_alarm_is_no_incident(read):
    text = ("Учебный самолёт выкатился за пределы полосы в аэропорту Пензы. В аэропорту объявили тревогу, к борту "
            "выехали спасатели. Люди не пострадали, но у самолёта серьёзные повреждения шасси.")
    assert read(text, "ru") == []


@pytest.mark.parametrize("text, lang", [
    # a saboteur's blast: a criminal case, and sabotage named
    ("Под Брянском на железной дороге прогремел взрыв под грузовым поездом. Возбуждено уголовное дело о диверсии, "
     "следователи ищут исполнителей.", "ru"),
    # shelling of a town, with a criminal case opened over it
    ("ВСУ обстреляли Шебекино из артиллерии, погиб мужчина. Следственный комитет возбудил уголовное дело о теракте.",
     "ru"),
])
def test_a_criminal_case_over_an_attack_of_war_stays(read, text, lang):
    assert read(text, lang) != []


# --- people knocked down are not aircraft shot down --------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Полицейские у здания парламента в Ереване сбивают протестующих струями воды из водомётов.", "ru"),
    ("В Казани внедорожник сбил прохожих на остановке, пострадали пять человек.", "ru"),
    ("У Львові водій позашляховика збив пішохода на переході.", "uk"),
])
def test_people_knocked_down_are_no_interception(read, text, lang):
    assert [e.kind for e in read(text, lang)] == []


def test_a_drone_shot_down_stays_an_interception(read):
    events = read("Силы ПВО сбили два беспилотника над Белгородской областью, сообщил губернатор.", "ru")
    assert [e.kind for e in events] == ["interception"]


# --- an event word denied ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Министр заявил, что зимой армия не наносила никаких ударов по больницам Луцка.", "ru"),
    ("Легкомоторный самолёт должен был приземлиться на аэродроме в Хабаровске утром, но не прилетел.", "ru"),
    ("Міністр заявив, що взимку армія не завдавала жодних ударів по лікарнях Луцька.", "uk"),
])
def test_an_event_word_denied_is_no_incident(read, text, lang):
    assert read(text, lang) == []


# --- the battlefield, a call, a risk, a potential attack --------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Посол в Лондоне призвал военных не бояться, потому что ситуация на поле боя меняется каждый день.", "ru"),
    ("Разведка считает, что в Брюсселе склоняются к заморозке конфликта, чтобы восстановить силы на поле боя.", "ru"),
    ("Посол у Лондоні закликав військових не боятися, бо ситуація на полі бою змінюється щодня.", "uk"),
])
def test_the_battlefield_of_a_remark_is_no_clash(read, text, lang):
    assert read(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Актёр на концертах в Москве призывал к продолжению ракетных ударов по Киеву, сообщила СБУ.", "ru"),
    ("Посольство в Киеве закрылось на день из-за информации о потенциальной массированной воздушной атаке.", "ru"),
    ("Замминистра в Москве прокомментировал риск расширения географии ракетных атак по Брянску.", "ru"),
])
def test_a_call_a_risk_or_a_potential_attack_is_no_incident(read, text, lang):
    assert read(text, lang) == []


# --- a span of years, a part taken in the fighting, a denial, what people fled ---------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Жители Курской области добиваются компенсаций в судах: приграничные сёла Курской области обстреливают уже два "
     "года.", "ru"),
    ("Боец из Дагестана три недели подряд отбивал атаки противника под Авдеевкой.", "ru"),
    ("Доброволец участвовал в боях под Бахмутом, был ранен и награждён.", "ru"),
    ("Официальный представитель опроверг сообщения о вооружённых столкновениях в Дамаске.", "ru"),
    ("В школе в Варшаве преподают учителя, уехавшие от российских обстрелов Харькова.", "ru"),
    ("Жителі Сумщини вимагають компенсацій: прикордонні села Сумської області обстрілюють уже два роки.", "uk"),
])
def test_a_span_a_part_a_denial_or_a_flight_is_no_incident(read, text, lang):
    assert read(text, lang) == []


def test_shelling_of_the_day_stays(read):
    events = read("Утром ВСУ обстреляли Шебекино, повреждены два жилых дома, сообщил губернатор.", "ru")
    assert [e.kind for e in events] == ["shelling"]


# --- an outlet's name is no place; a thing said not to exist is no incident ------------------------------------------

def test_an_outlets_name_is_no_place(read):
    events = read("ВСУ обстреляли Белгород из РСЗО, пострадали двое, пишет New York Times со ссылкой на губернатора.",
                  "ru")
    assert [e.place.name_en if e.place else None for e in events] != [] and all(
        e.place is None or e.place.name_en != "New York" for e in events)


@pytest.mark.parametrize("text, lang", [
    ("Средств перехвата новой ракеты в мире сейчас не существует, заявил министр в Москве.", "ru"),
    ("Засобів перехоплення нової ракети у світі зараз не існує, заявив міністр у Києві.", "uk"),
])
def test_a_thing_said_not_to_exist_is_no_incident(read, text, lang):
    assert read(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("После обстрела Горловки следователи СК возбудили уголовное дело, ранены двое прохожих.", "ru"),
    ("Після обстрілу Херсона слідчі відкрили кримінальне провадження, поранені двоє перехожих.", "uk"),
])
def test_a_criminal_case_over_shelling_stays(read, text, lang):
    assert [e.kind for e in read(text, lang)] == ["shelling"]


@pytest.mark.parametrize("text, lang", [
    ("Военные под Курском перехватили видеопоток с украинского FPV-дрона.", "ru"),
    ("Военные опубликовали перехват переговоров противника под Курском.", "ru"),
    ("Військові під Харковом перехопили відеосигнал з російського FPV-дрона.", "uk"),
])
def test_communications_intercepted_are_no_interception(read, text, lang):
    assert read(text, lang) == []


def test_a_drone_intercepted_stays(read):
    assert [e.kind for e in read("Над Курском перехвачены три беспилотника, сообщил губернатор.", "ru")] == \
        ["interception"]


@pytest.mark.parametrize("text, lang", [
    ("На северо-западе Сирии идут самые ожесточённые бои с марта 2020 года, когда было заключено перемирие.", "ru"),
])
def test_a_comparisons_date_is_no_incident(read, text, lang):
    assert all(e.date is None or not str(e.date).startswith("2020") for e in read(text, lang))
