"""Kinds of events (issue 10, wrong kind), the kind22 review's misfires: a downed weapon's own fate is no damage it
did where it fell (its participle "the destroyed drones", damage it took as the subject "the downed drone had been
damaged", a damage verb with it for object "destroyed a downed drone"); a site on the ground named by its weapon over
any agreeing adjective ("пусковую установку зенитных ракет") is what the verb destroyed, no downing; uk downed weapons
in the feminine and plural ("збита ракета", "збиті дрони"). The reports are the independent reviewer's own writing
for this review (/tmp/review22-kind22), not third-party text."""

import pytest

from eventledger.extract import incidents


def kinds(events):
    return sorted(e.kind for e in events)


# --- the weapon's own fate is no damage it did ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The intercepted missiles were destroyed over the Black Sea on Tuesday, the Ukrainian Navy said.",
    "Air defence shot down 15 drones over the Odesa region overnight, and the destroyed drones fell into the sea, "
    "the air force said.",
    "The downed drone had been damaged by electronic warfare and fell in a field near Kursk on Monday, the governor "
    "said. Nobody was hurt.",
    "Sappers destroyed a downed drone that had failed to explode near Sumy on Friday, police said.",
    "Ukraine's air force said its units shot down 40 drones overnight and published photos of the destroyed drones in "
    "a field near Kyiv.",
    "Air defences shot down two missiles over Kyiv on Tuesday, and the destroyed missiles' fragments were collected "
    "by police, the mayor said.",
])
def test_en_the_downed_weapons_own_fate_is_no_strike(read, text):
    assert "strike" not in kinds(read(text, "en"))


@pytest.mark.parametrize("text, lang", [
    ("Сбитый беспилотник был поврежден средствами РЭБ и упал в поле под Курском, сообщил губернатор. "
     "Пострадавших нет.", "ru"),
    ("Збитий дрон був пошкоджений засобами РЕБ і впав у полі під Черніговом, повідомила ОВА. Постраждалих немає.",
     "uk"),
])
def test_damage_the_downed_weapon_took_is_no_strike(read, text, lang):
    assert "strike" not in kinds(read(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("the destroyed drones fell into the sea", "en"),
    ("the downed drone had been damaged by electronic warfare and fell in a field", "en"),
    ("сбитый беспилотник был поврежден средствами РЭБ и упал в поле", "ru"),
    ("збитий дрон був пошкоджений засобами РЕБ і впав у полі", "uk"),
])
def test_the_weapons_own_fate_is_no_damage(text, lang):
    assert not incidents.damaged(text, lang, debris=True)


@pytest.mark.parametrize("text, lang", [
    ("Air defences shot down a drone over the Belgorod region overnight, and a downed drone damaged a gas pipeline "
     "in the village of Maslova Pristan, governor Vyacheslav Gladkov said.", "en"),
    ("Ukrainian forces shot down a Shahed over Odesa overnight, and the downed Shahed set fire to a warehouse in the "
     "port, the regional administration said.", "en"),
    ("Над Белгородом ночью сбит беспилотник, сбитый беспилотник повредил крышу частного дома, сообщил губернатор "
     "Вячеслав Гладков.", "ru"),
    ("Над Києвом уночі збито дрон, збитий дрон пошкодив дах багатоповерхівки в Дарницькому районі, повідомив "
     "Віталій Кличко.", "uk"),
])
def test_damage_the_downed_weapon_did_is_still_a_strike(read, text, lang):
    assert "strike" in kinds(read(text, lang))


# --- uk downed weapons in the feminine and plural ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Над Харковом збито ракету, збита ракета пошкодила склад, повідомив Ігор Терехов.",
    "Над Сумами збито два дрони, збиті дрони пошкодили дах школи, повідомила ОВА.",
])
def test_uk_feminine_and_plural_downed_weapons_tell_a_strike(read, text):
    assert "strike" in kinds(read(text, "uk"))


def test_uk_downed_weapons_that_damaged_nothing_stay_an_interception(read):
    events = read("Сили ППО знищили 30 дронів, знищені дрони впали в поле, повідомили Повітряні сили.", "uk")
    assert kinds(events) == ["interception"]


# --- ru sites on the ground named by their weapon ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Артиллеристы уничтожили в Запорожской области пусковую установку зенитных ракет, сообщило Минобороны.",
    "Артиллеристы уничтожили пусковую установку зенитных ракет, сообщило Минобороны.",
    "ВСУ уничтожили в Курской области пункт управления российскими беспилотниками, сообщил Генштаб.",
])
def test_ru_a_site_named_by_its_weapon_is_no_downing(read, text):
    assert "interception" not in kinds(read(text, "ru"))


@pytest.mark.parametrize("text", [
    "Минобороны сообщило об уничтожении над территорией Брянской области двенадцати украинских беспилотников.",
    "Дежурные средства ПВО уничтожили ночью над Белгородской областью три украинских беспилотника, сообщило "
    "Минобороны.",
])
def test_ru_the_downing_still_reaches_its_weapon(read, text):
    assert "interception" in kinds(read(text, "ru"))
