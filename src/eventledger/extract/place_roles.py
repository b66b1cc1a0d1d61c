"""Places that a report names but where nothing happened, told apart by grammar rather than by lists of names.

A place's role comes from the word that governs it. "Friction with the US", "a war between Israel and Hezbollah",
"граничащей с Украиной" name a party to a relation: the preposition (in Russian and Ukrainian with the instrumental
case pymorphy3 reads off the name's own ending) says so whatever the country. A place inside a relative clause that
opens right after another place ("Belgorod, which borders Ukraine") describes that place; the incident is at the place
the clause hangs on. Each language's prepositions live in `lang/<code>/place_roles.yaml`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from eventledger.extract import incidents, lexicon_hits, named_beside
from eventledger.extract.guard import word_led
from eventledger.extract.segment import sentences
from eventledger.geo import Candidate, PlaceMatch
from eventledger.lang import alternation, load


# a distance told in an apposition ("— located 80 km east of Novorossiysk"): the town after it is a reference point,
# whatever the place before it (a region too: the incident's own place is further back)
_DISTANCE = re.compile(r"\d\s*(?:km|км|kilomet|mile)", re.IGNORECASE)


def not_where(places: list[PlaceMatch], text: str, lang: str) -> set[int]:
    """Start offsets of the places (in text order) that a party preposition or a relative clause on another place
    governs, and of every place listed with one ("between the US and Ukraine"); and of the names of vessels
    (named_beside.names_a_vessel), which no later step may take for the report's place either."""
    found: set[int] = set()
    previous: PlaceMatch | None = None
    land: PlaceMatch | None = None  # the last place named before that is no sea ("80 km east of the Black Sea port of X")
    vessels: set[int] = set()
    ships = named_beside.may_name_a_vessel(text, lang)  # (no word for a ship in the report: no place is one's name)
    hulls = {m.start for m in places if ships and named_beside.names_a_vessel(
        text[max(0, m.start - 60) : m.start], text[m.end : m.end + 60], lang)}
    named = _two_word_names(places, hulls, text)
    for m in places:
        before = text[max(0, m.start - 40) : m.start]
        if m.start in hulls or (named and _two_word_name(m, text) in named):
            found.add(m.start)  # "the landing ship Tambov", "крейсер «Тамбов»": a ship's name, nowhere at all
            vessels.add(m.start)  # (a place listed after a ship is no ship: "the ship Tambov and Sevastopol")
        elif _party(m, before, lang) or (previous is not None and (_describes(text[previous.end : m.start], lang)
                                                                  or (_located_by(text[previous.end : m.start], lang)
                                                                      and not (_wider(previous, m) and not
                                                                               _DISTANCE.search(text, previous.end,
                                                                                                m.start))))) or (
                land is not None and land is not previous and _located_by(text[land.end : m.start], lang)
                and not (_wider(land, m) and not _DISTANCE.search(text, land.end, m.start))):
            found.add(m.start)
        elif previous is not None and previous.start in found - vessels and incidents.joins_list(
                text[previous.end : m.start], lang):
            found.add(m.start)
        previous = m
        if m.candidates and m.candidates[0].feature != "sea":
            land = m
    return found


_FIRST_WORD = re.compile(r"(?<![\w’'-])([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ’'-]+)[ \t]+$")


def _two_word_name(m: PlaceMatch, text: str) -> str | None:
    """The place with the capitalised word right before it ("Olenegorsky Gornyak"), or None when none stands there."""
    first = _FIRST_WORD.search(text, max(0, m.start - 40), m.start)
    return f"{first.group(1)} {text[m.start:m.end]}" if first else None


def _two_word_names(places: list[PlaceMatch], hulls: set[int], text: str) -> set[str]:
    """The names of two words that a word for a ship shows to be a vessel's ("the landing ship Olenegorsky Gornyak"):
    told again without that word ("the Olenegorsky Gornyak was hit"), the name is still the ship's, no town Gornyak.
    Only names of two words: a one-word ship name ("the frigate Tambov") may be the town's own elsewhere in the report."""
    return {name for m in places if m.start in hulls and (name := _two_word_name(m, text))}


def country_beside(named: list[tuple[PlaceMatch, Candidate]], text: str, lang: str, clause_start: int) -> set[int]:
    """Start offsets of the countries a clause names with no word of place governing them (`country_role`) when the
    clause also names a town or region of another country: the state acting or spoken of ("Russia pummelled Sumy",
    "Russia issued a denial about the attack on Poltava"), not a second place of the clause's incident. A country
    joined to the place before it by "and" or a comma ("Kharkiv and Russia") is a member of a list, and stays.
    `named`: the clause's places in text order, each with its best reading. Only languages that list the words:
    Russian and Ukrainian tell the role by the case (incidents.the_subject)."""
    if _role_words(lang) is None:
        return set()
    found: set[int] = set()
    for i, (m, best) in enumerate(named):
        if best.feature != "country" or not best.place.country:
            continue
        if not any(b.feature not in _AREAS and b.feature != "sea" and b.place.country
                   and b.place.country != best.place.country for _, b in named):
            continue
        if country_role(text[max(clause_start, m.start - 60) : m.start], lang) is True:
            continue
        if i and incidents.joins_list(text[named[i - 1][0].end : m.start], lang):
            continue
        found.add(m.start)
    return found


def governs_country(before: str, lang: str) -> bool:
    """Whether a word of place governs the country `before` ends at (`country_role`): the country after it is where,
    whatever verb follows ("a drone strike on a convoy in northern Iraq killed five")."""
    return country_role(before[-60:], lang) is True


@lru_cache(maxsize=4096)  # (asked of the same words twice a country in a clause: events._places_in and _not_where)
def country_role(before: str, lang: str) -> bool | None:
    """The role of a country read from the preposition that governs it (the words right before it, with "the" and up to
    two lower-case words between: "over western Russia"), in a language that tells it by word order (`country_roles`
    of place_roles.yaml; Russian and Ukrainian tell it by the case, incidents.the_subject).

    True, where: a preposition of place ("in", "over", "across"), a verb of attack ("attacked Ukraine"), a preposition
    of a target after a word of attack ("the attack on Ukraine", "strikes against Russia"), "of" after a word of land
    ("the territory of Ukraine", "much of Ukraine", unless that land is where something came from: "sent from the
    territory of Belarus") or after a word of attack ("the bombardment of Gaza"). False, the state or a party: any
    other preposition ("aid workers from Canada", "an attack blamed on Ukraine", "ascribing it to Ukraine", "jets used
    against Ukraine", "the army of Russia"). None: no preposition, the country a subject or an object, which the
    caller reads from the verb."""
    words = _role_words(lang)
    if words is None:
        return None
    tokens = re.findall(r"[^\W\d_][\w'’-]*|[^\w\s]", before[-80:])
    skipped = 0
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].casefold()
        if words.place.fullmatch(word) or words.attack.fullmatch(word):
            return True
        if words.target.fullmatch(word):
            return i > 0 and bool(words.target_after.fullmatch(tokens[i - 1].casefold()))
        if word == "of":
            # (a word of attack before it too: "the bombardment of Gaza" is where it fell)
            land = i > 0 and bool(words.land.fullmatch(tokens[i - 1].casefold())
                                  or words.target_after.fullmatch(tokens[i - 1].casefold()))
            # ... and the land's own preposition: "sent from the territory of Belarus" is where from
            return land and not (i > 1 and country_role(" ".join(tokens[: i - 1]), lang) is False)
        if words.other.fullmatch(word):
            return False
        if skipped >= 3 or not (word in words.skip or words.adjective.fullmatch(tokens[i])):
            return None  # (a verb or a name before it: a subject or an object, which the caller reads)
        skipped += 1
    return None


class _RoleWords:
    """The word classes `country_role` reads, compiled once a language (`country_roles` of place_roles.yaml)."""

    def __init__(self, data: dict[str, list[str]]) -> None:
        def whole(key: str) -> re.Pattern[str]:
            return re.compile(rf"(?:{'|'.join(data.get(key) or ['(?!)'])})", re.IGNORECASE)

        self.place, self.attack, self.target = whole("place"), whole("attack"), whole("target")
        self.target_after, self.land, self.other = whole("target_after"), whole("land"), whole("other")
        self.adjective = re.compile(rf"(?:{'|'.join(data.get('adjectives') or ['(?!)'])})")  # (case as written)
        self.skip = frozenset(w.casefold() for w in data.get("skip") or [])


@cache
def _role_words(lang: str) -> _RoleWords | None:
    data = (load(lang).get("place_roles") or {}).get("country_roles")
    return _RoleWords(data) if data else None


def acting(after: str, lang: str, name: str = "", before: str = "", capital: bool = False) -> bool:
    """Whether a country or a capital (`name`, with the words `before` and `after` it in its sentence) is the state
    acting rather than a place: a capital as the subject of a verb of its own (`_capital_subject`: "Moscow has yet to
    comment", "Moscow mostly uses drones"), or a verb chain of a state's verb after either (`_state_verb_after`), unless
    a word of place governs it ("the strikes on Russia will continue": `country_role`). The one test of "a capital is
    acting as the state" that the clause reader and the report's home country both use."""
    if capital and _capital_subject(after, lang, before):
        return True
    return country_role(before[-80:], lang) is not True and _state_verb_after(after, lang, name)


def _capital_subject(after: str, lang: str, before: str) -> bool:
    """A capital as the subject of a verb of its own ("Moscow has yet to comment", "Kyiv has repeatedly tried to",
    "Moscow mostly uses drones") or whose front lines are told is the state, not a place (`capital_verbs` of
    place_roles.yaml); unless a place preposition governs it ("the ministry in Moscow has said") or the verb tells what
    it underwent or its defence ("Kyiv has suffered", "Moscow has repelled a drone attack": `undergone_verbs`,
    `capital_defends`). "Has" or "had" alone is no verb of its own: "Kyiv has had no power since the strike" is the
    city. English only: Russian and Ukrainian read a subject by its case (`_state_verb_after`)."""
    verb, defends = _capital_patterns(lang)
    if verb is None:
        return False
    located = incidents.patterns(lang).located
    if located is not None and before and located.search(before):
        return False
    if incidents.underwent(after, lang) or (defends is not None and defends.match(after)):
        return False
    return verb.match(after) is not None


@cache
def _capital_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """`capital_verbs` (matched at the capital's end, case as written) and `capital_defends` (up to three words after
    it, any case) of place_roles.yaml."""
    data = load(lang).get("place_roles") or {}
    verbs, defends = data.get("capital_verbs"), data.get("capital_defends")
    verb = re.compile(rf"^(?:{alternation(verbs)})") if verbs else None
    defence = re.compile(rf"^[\s,]+(?:[\w-]+\s+){{0,3}}?(?:{alternation(defends)})\b",
                         re.IGNORECASE) if defends else None
    return verb, defence


def _state_verb_after(after: str, lang: str, name: str = "") -> bool:
    """Whether the words right after a country or a capital are a verb chain whose subject it is, the state acting: a
    modal or "do" and an active verb ("Moscow will respond", "Kyiv did not confirm", "Russia may be targeting power
    plants"), or an adverb and a verb in the present ("Moscow usually denies such strikes"), the verb one of what a state does
    (`state_verbs` of place_roles.yaml: saying, deciding, demanding, responding, denying, accusing, using, launching).
    Any other verb leaves the place where: a capital is the subject of what it went through as often ("Moscow again
    repels a drone attack", "Kyiv still lacks power"), and so is a passive ("Kyiv could be hit again") or a verb of
    `undergone_verbs` (events.yaml). The perfect and the progressive are left alone: "has" and "is" lead what a place
    went through as often as what a state did ("Kyiv has had no power since", "Kyiv is burning"). `state_verb_chain`
    of place_roles.yaml.

    Russian and Ukrainian tell the subject by its case: a name read in the nominative alone ("Москва", not "Київ",
    nominative or accusative) followed, past adverbs, by a finite verb whose lemma is one of `state_verbs`
    ("Москва зазвичай заперечує такі удари") acts; "Москва отразила атаку", "Москва проснулась от взрывов" do not."""
    verbs = _state_verbs(lang)
    if verbs is None:
        return False
    if incidents.subject_by_case(lang):
        return bool(name) and _finite_verb_after(after, lang, verbs) and incidents.nominative_only(
            name.split()[-1], lang) and not incidents.underwent(after, lang)
    chain = _chain(lang)
    if chain is None:
        return False
    auxiliary, adverb_led = chain
    if (m := auxiliary.match(after)) is not None:
        if incidents.underwent(after[m.end("aux"):], lang):
            return False
        first, second = m.group("first").casefold(), (m.group("second") or "").casefold()
        # "may be targeting" acts; "could be hit" undergoes
        verb = first if first != "be" else second if second.endswith("ing") and second != "being" else ""
        return verbs.fullmatch(verb) is not None
    m = adverb_led.match(after)
    return m is not None and verbs.fullmatch(m.group("verb").casefold()) is not None and not incidents.underwent(
        after[m.start("adverb") - 1:], lang)


_WORDS_AFTER = re.compile(r"^(?:[ \t]+[^\W\d_]+(?:-[^\W\d_]+)?){1,3}")


def _finite_verb_after(after: str, lang: str, verbs: re.Pattern[str]) -> bool:
    """Whether the first word after a name that is no adverb is a finite verb (pymorphy3's VERB, not a participle)
    whose lemma `verbs` matches, with nothing but spaces between ("Москва зазвичай використовує", not "Москва: ...")."""
    from eventledger.geo.build import _analyzers

    words = _WORDS_AFTER.match(after)
    if words is None:
        return False
    ru, uk = _analyzers()
    for word in words.group().split():
        parse = (ru if lang == "ru" else uk).parse(word.casefold())[0]
        if "ADVB" in parse.tag:
            continue
        return "VERB" in parse.tag and verbs.fullmatch(parse.normal_form) is not None
    return False


@cache
def _state_verbs(lang: str) -> re.Pattern[str] | None:
    """The verbs of a state acting (`state_verbs` of place_roles.yaml): forms in English, lemmas in Russian and
    Ukrainian."""
    words = (load(lang).get("place_roles") or {}).get("state_verbs")
    return re.compile(rf"(?:{'|'.join(words)})", re.IGNORECASE) if words else None


@cache
def _chain(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = (load(lang).get("place_roles") or {}).get("state_verb_chain")
    if not data:
        return None
    adverb = rf"(?:{'|'.join(data['adverbs'])})"
    auxiliary = re.compile(rf"^[ \t]+(?:{adverb}[ \t]+)*(?P<aux>{'|'.join(data['auxiliaries'])})[ \t]+(?:{adverb}[ \t]+)*"
                           rf"(?P<first>[a-z]+)(?:[ \t]+(?:{adverb}[ \t]+)*(?P<second>[a-z]+))?", re.IGNORECASE)
    adverb_led = re.compile(rf"^[ \t]+(?P<adverb>(?:{'|'.join(data['verb_adverbs'])}))[ \t]+"
                            rf"(?P<verb>{data['present_verb']})\b")
    return auxiliary, adverb_led


def seats(places: list[PlaceMatch], text: str, lang: str) -> set[int]:
    """Start offsets of the places named as where a speaking body sits ("a security official in the city of Peshawar
    confirmed", "authorities in Lipetsk, Voronezh and Mordovia issued warnings") or as a person's post or origin ("a
    deputy minister of the Kursk region", "уроженец Курска"), or as where people were left without power after a word
    of it in its sentence ("the hit on a transformer left 700 homes without power, among them the villages of Stepove
    and Zelene": `outage_before`), and of every place listed with one: no place of what the clause tells, yet where the
    report may be (incidents.is_seat). A strike on a substation is at the substation, not in each village it supplied."""
    found: set[int] = set()
    previous: PlaceMatch | None = None
    post, outage = _post_pattern(lang), _outage_pattern(lang)
    if post is not None and not lexicon_hits.may_match(post, text):
        post = None  # (none of its words in the report: not looked for before each place)
    # (the sentences are split only for a text that tells an outage at all: most never do)
    starts = [s.start for s in sentences(text, lang)] if outage is not None and outage.search(text) else []
    for m in places:
        before = text[max(0, m.start - 80) : m.start]
        opened = next((start for start in reversed(starts) if start <= m.start), None)
        if incidents.is_seat(before, lang) or (post is not None and post.search(before)) or (
                opened is not None and outage.search(text, opened, m.start)) or (
                previous is not None and previous.start in found
                and incidents.joins_list(text[previous.end : m.start], lang)):
            found.add(m.start)
        previous = m
    return found


def body_country(places: list[PlaceMatch], text: str, lang: str) -> Candidate | None:
    """The one country a report names as a defence body's ("Минобороны России", "Russia's Defence Ministry": `body_before`
    and `body_after` of place_roles.yaml): where that body's count with no place of its own was made. None when the
    report names no such country, or two."""
    before_pattern, after_pattern = _body_patterns(lang)
    found: dict[str, Candidate] = {}
    for m in places:
        if not m.candidates or m.candidates[0].feature != "country":
            continue
        if (before_pattern and before_pattern.search(text[max(0, m.start - 60) : m.start])) or (
                after_pattern and after_pattern.match(text[m.end : m.end + 60])):
            found.setdefault(m.candidates[0].place.country, m.candidates[0])
    return next(iter(found.values())) if len(found) == 1 else None


def body_named(text: str, lang: str, country_place: dict[str, Candidate]) -> Candidate | None:
    """The one country whose defence body a report names in words the gazetteer reads as no place ("Минобороны РФ",
    "российские средства ПВО": `body_names` of place_roles.yaml, by country as the language's demonyms name it)."""
    found = {name for name, pattern in _body_names(lang) if pattern.search(text) and name in country_place}
    return country_place[found.pop()] if len(found) == 1 else None


@cache
def _body_names(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    names = (load(lang).get("place_roles") or {}).get("body_names") or {}
    return tuple((country, word_led(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE))
                 for country, words in names.items() if words)


@cache
def _body_patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load(lang).get("place_roles") or {}
    before, after = data.get("body_before") or [], data.get("body_after") or []
    return (word_led(rf"(?<!\w)(?:{'|'.join(before)})\s*$", re.IGNORECASE) if before else None,
            re.compile(rf"^(?:{'|'.join(after)})(?!\w)", re.IGNORECASE) if after else None)


@cache
def _outage_pattern(lang: str) -> re.Pattern[str] | None:
    """Words of a power, water or gas outage (`outage_before` of place_roles.yaml)."""
    words = (load(lang).get("place_roles") or {}).get("outage_before") or []
    return word_led(rf"(?<!\w)(?:{'|'.join(f'(?:{w})' for w in words)})(?!\w)", re.IGNORECASE) if words else None


@cache
def _post_pattern(lang: str) -> re.Pattern[str] | None:
    """A person's post or origin right before a place ("заместитель министра ЖКХ Астраханской области", "уроженец
    Курска", "a deputy minister of the Kursk region"): whose post, not where the person was when something happened
    (`post_before` of place_roles.yaml). Read as a seat: no place of its clause, yet the report may be about it."""
    words = (load(lang).get("place_roles") or {}).get("post_before") or []
    return word_led(rf"(?<!\w)(?:{'|'.join(f'(?:{w})' for w in words)})\s*$", re.IGNORECASE) if words else None


def _party(m: PlaceMatch, before: str, lang: str) -> bool:
    """A country or capital right after a party preposition (in the case it must govern there)."""
    rules = _rules(lang)
    if rules is None or not m.candidates or not (m.candidates[0].feature == "country" or m.candidates[0].capital):
        return False
    pattern, excluded, case = rules
    found = pattern.search(before)
    if found is None or (found.group(1) or "").casefold() in excluded:
        return False
    return case is None or _in_case(m.text.split()[0], case, lang)


def _describes(between: str, lang: str) -> bool:
    """Whether the text after a place opens a relative clause about it that is still going on: ", which borders "."""
    opened = between.lstrip()
    return (opened.startswith(",") and len(between) < 60 and incidents.opens_relative(between[:12], lang)
            and not re.search(r"[,;.:!?()\"«»]", opened[1:]))


_AREAS = frozenset({"admin1", "region", "country"})


def _wider(first: PlaceMatch, then: PlaceMatch) -> bool:
    """Whether the first place is a region or country and the one after it a town or district: a region does not lie
    in a town's district ("Київська область, зокрема район Білої Церкви" names the part of the region hit)."""
    return bool(first.candidates and then.candidates) and first.candidates[0].feature in _AREAS \
        and then.candidates[0].feature not in _AREAS


def _located_by(between: str, lang: str) -> bool:
    """Whether the text after a place is an apposition saying where that place lies, up to the next place: "Maryinka,
    a western suburb of Donetsk", "в Марьинке, пригороде Донецка" (`located_by` words): the incident is at the first.
    A dash opens such an apposition when it tells a distance ("the Krasnodar region — located 80 km east of
    Novorossiysk"); else a dash opens a clause of its own ("атака на район — в поселке X повреждено остекление")."""
    opened = between.lstrip()
    pattern = _located_pattern(lang)
    return (pattern is not None and (opened[:1] == "," or opened[:1] in ("—", "–") and bool(_DISTANCE.search(opened)))
            and len(between) < 80 and pattern.fullmatch(opened[1:]) is not None)


@cache
def _located_pattern(lang: str) -> re.Pattern[str] | None:
    words = (load(lang).get("place_roles") or {}).get("located_by") or []
    return re.compile(rf"\s*(?:{'|'.join(f'(?:{w})' for w in words)})\s*", re.IGNORECASE) if words else None


@cache
def _rules(lang: str) -> tuple[re.Pattern[str], frozenset[str], str | None] | None:
    data = load(lang).get("place_roles") or {}
    words = data.get("party_prepositions") or []
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in words)
    # the word before, the preposition, an article or one adjective at most ("with the US", "с соседней Украиной")
    pattern = re.compile(rf"(?:([^\W\d_]+)\s+)?(?<!\w)(?:{alternatives})\s+(?:the\s+)?(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
    excluded = frozenset(w.casefold() for w in data.get("party_not_after") or [])
    return pattern, excluded, data.get("party_case")


@lru_cache(maxsize=4096)
def _in_case(word: str, case: str, lang: str) -> bool:
    """Whether pymorphy3 reads the word in the case, and in no reading as the genitive ("с Украины": from)."""
    from eventledger.geo.build import _analyzers

    ru, uk = _analyzers()
    tags = [p.tag for p in (ru if lang == "ru" else uk).parse(word)]
    return any(case in t for t in tags) and not any("gent" in t for t in tags)
