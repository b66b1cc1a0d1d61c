"""What one clause says happened: its kind, weapon, target and attacker, from the language's event words.

A clause is the unit because one news sentence often reports several incidents, each in its own clause. The words
are all in `lang/<code>/events.yaml`; the code only knows how to look for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from eventledger.extract import attempts, lexicon_hits, tense
from eventledger.extract.airport_stops import airport_stopped
from eventledger.extract.guard import guarded, word_led
from eventledger.extract.normal_form import facility_name
from eventledger.extract.numbers import find_quantities
from eventledger.lang import alternation as _alt, topic
from eventledger.model import Kind, Target, TargetCategory, Weapon

_NAME_WORD = r"[A-ZА-ЯЁІЇЄҐ][\w'’\-]*"


@dataclass(frozen=True, slots=True)
class _TargetRule:
    pattern: re.Pattern[str]  # the facility words alone, so that a scan is one cheap alternation
    category: TargetCategory
    context: re.Pattern[str] | None
    default: TargetCategory


_NAMES_BEFORE = re.compile(rf"(?:{_NAME_WORD}\s+){{1,4}}$")
_NAME_AFTER = re.compile(rf"\s+(?!(?:in|of|at|on|near)\b){_NAME_WORD}(?:[\s-]+\d+)?")


@dataclass(frozen=True, slots=True)
class _Patterns:
    kinds: tuple[Kind, ...]  # in precedence order
    triggers: re.Pattern[str]  # one alternation, a named group per kind: one scan of the clause finds them all
    non_event: re.Pattern[str]
    accident: re.Pattern[str]
    threat: re.Pattern[str]
    negated: re.Pattern[str] | None
    debris: re.Pattern[str] | None
    weapons: tuple[Weapon, ...]  # most specific first
    weapon_words: re.Pattern[str]  # a named group per weapon
    kind_only_words: re.Pattern[str] | None  # weapon words that name the kind of attack, not the weapon ("shelling")
    targets: tuple[_TargetRule, ...]
    target_words: re.Pattern[str]  # a named group per target rule
    attackers: tuple[tuple[str, re.Pattern[str]], ...]
    actor_words: re.Pattern[str]
    target_assertion: re.Pattern[str]
    country_adjective: re.Pattern[str]
    demonyms: dict[str, str]
    origin: re.Pattern[str]
    attacker_verb: re.Pattern[str]
    side: re.Pattern[str]
    located: re.Pattern[str] | None
    district: re.Pattern[str]
    not_before_town: re.Pattern[str]
    lifted: re.Pattern[str]
    background: re.Pattern[str]
    list_joiner: re.Pattern[str]
    member_joiner: re.Pattern[str]  # a comma or a list joiner just before a list's next member ("..., 15 ... та 9 ...")
    attack_after: re.Pattern[str] | None
    generic: re.Pattern[str] | None
    actor_verb: re.Pattern[str] | None
    aerial: re.Pattern[str] | None
    weather: re.Pattern[str] | None
    working_normally: re.Pattern[str] | None
    small_arms: re.Pattern[str] | None
    modifier: re.Pattern[str] | None
    actor_object: re.Pattern[str] | None
    evidence: re.Pattern[str] | None
    attack_before: re.Pattern[str] | None
    office_after: re.Pattern[str] | None = None
    sound: re.Pattern[str] | None = None  # a loud sound heard (`sound_triggers`): an explosion unless explained
    hearsay: re.Pattern[str] | None = None  # "сообщения о взрыве" (`hearsay_before`): a rumour, denied or explained next
    sound_cause: re.Pattern[str] | None = None  # a cause of it that is no attack, or the explosion denied
    figurative_fire: re.Pattern[str] | None = None  # a person or an office "under fire" of critics, questions
    flight_safety: re.Pattern[str] | None = None
    care_place: re.Pattern[str] | None = None  # a hospital: no target where the wounded were taken to it (`target`)
    care_before: re.Pattern[str] | None = None
    care_after: re.Pattern[str] | None = None
    crime: re.Pattern[str] | None = None
    # assailants at the place, a shootout, a planted bomb (`armed_attack_words`); air defence alone (`air_defence_words`)
    armed_attack: re.Pattern[str] | None = None
    # "criminals", assailants only in the blast's own sentence and not the army officials call so (`army_called_criminals`)
    criminals: re.Pattern[str] | None = None
    army_criminals: re.Pattern[str] | None = None
    air_defence: re.Pattern[str] | None = None
    war_signs: re.Pattern[str] | None = None
    office_before: re.Pattern[str] | None = None
    seat: re.Pattern[str] | None = None
    region_official: re.Pattern[str] | None = None
    region_office: re.Pattern[str] | None = None
    relative: re.Pattern[str] | None = None
    own_incident_determiners: frozenset[str] = frozenset()  # "The attacks, which ...": of_the_incident
    fallen: re.Pattern[str] | None = None
    downed_weapon: re.Pattern[str] | None = None  # "a downed drone", "сбитый беспилотник": the weapon as what fell
    # "the downed drone had been damaged", "сбитый беспилотник был поврежден": damage the downed weapon itself took
    downed_weapon_damaged: re.Pattern[str] | None = None
    separate: re.Pattern[str] | None = None
    separate_opener: re.Pattern[str] | None = None  # "Separately, ...": a sentence opened as one more incident
    ongoing_campaign: re.Pattern[str] | None = None  # "... has kept up its strikes": a campaign going on
    # "debris of a second drone", "information on casualties is being clarified": a debris sentence that is not the
    # zero's (events._debris_after_zeros)
    debris_apart: re.Pattern[str] | None = None
    destroyed_thing: re.Pattern[str] | None = None  # things on the ground (a car, a house) that a verb of destroying names
    weapon_site: re.Pattern[str] | None = None  # a site or crew named by the weapon it serves ("bases for launching drones")
    destroy_verb: re.Pattern[str] | None = None
    auxiliary: re.Pattern[str] | None = None
    damage_cause: re.Pattern[str] | None = None  # "внаслідок", "as a result of": an attack word after it caused the damage
    targets_unnamed: re.Pattern[str] | None = None  # "всі цілі", "them": what flies, told without a weapon word
    genitive_after_noun: bool = False  # "склад заводу": a noun's genitive follows it (ru, uk)
    genitive_place: re.Pattern[str] | None = None  # "над", "біля", "районе": the noun after it is a place, not a subject
    damage: re.Pattern[str] | None = None
    damage_denied_before: re.Pattern[str] | None = None  # "не повредили", "could have damaged": no damage told
    damage_denied_after: re.Pattern[str] | None = None  # "пожара нет"
    # "без жертв и разрушений", "no deaths or damage": a harm denied and a damage NOUN after it (never a verb: "без
    # пострадавших и повреждены два дома", "without power and damaged a substation" tell damage)
    damage_denied_with_harm: re.Pattern[str] | None = None
    damage_noun: re.Pattern[str] | None = None
    damage_taken: re.Pattern[str] | None = None  # "sustained damage", "were damaged": damage told from what took it
    nothing_took_damage: re.Pattern[str] | None = None  # "no houses ...", "none of the houses ..." before it
    damage_over_war: re.Pattern[str] | None = None  # "... during the war": a war's total, no incident
    retold: re.Pattern[str] | None = None
    possessed_where: re.Pattern[str] | None = None
    undergone: re.Pattern[str] | None = None
    subject_verb: re.Pattern[str] | None = None
    air_assault: re.Pattern[str] | None = None  # "assault on": a clash's word that may tell an attack from the air
    ground_forces: re.Pattern[str] | None = None  # "troops", "infantry": who fights on the ground
    subject_killing: re.Pattern[str] | None = None  # "Israel killed a commander": the killer, whatever else the clause names
    nationality: re.Pattern[str] | None = None  # "citizens of": a country after it is whose people, not where  # "Россия подверглась атаке": the subject is where it happened
    sea_after: re.Pattern[str] | None = None  # a sea named for its shore, fleet or trade: words right after it
    sea_before: re.Pattern[str] | None = None  # ... and right before it
    war_scenes: re.Pattern[str] | None = None
    many_incidents: re.Pattern[str] | None = None  # attacks told as a trend or a span of many: no one incident
    # ... these and `weak_non_events` (a warning issued): no incident in a clause that tells none of its own
    weak_non_event: re.Pattern[str] | None = None
    alarm_state: re.Pattern[str] | None = None  # "air raid alarms were active": a state, no strike
    alarm_opener: re.Pattern[str] | None = None  # "as", "when": a clause of its own after the alarm
    recalled_period: re.Pattern[str] | None = None  # a clause dated to a period before the report's ("last week")
    present_before: re.Pattern[str] | None = None  # ... unless the clause's subject is today's ("The attack follows")
    # ... nor when the words right before the period make it a span's start, a comparison's or a noun's date ("since
    # October last year", "than last week", "a school that reopened last year"): matched at the end of the words before
    not_dating: re.Pattern[str] | None = None
    recalled_break: re.Pattern[str] | None = None  # ... nor across ", and" to a clause with its own incident
    recalled_today: re.Pattern[str] | None = None  # ... told on a day of its own ("on Monday", "сегодня")
    recalled_after: re.Pattern[str] | None = None  # "..., a day after drones hit X": the incident before today's
    # ... unless only a day or a speaker stands before it ("On Monday, two days after ...", "Officials said a day after")
    recalled_after_open: re.Pattern[str] | None = None
    tally_before_list: re.Pattern[str] | None = None  # "22 airstrikes on": a count of attacks before a list of places
    combat_deaths: re.Pattern[str] | None = None  # a soldier's death in combat: words right before the place
    scene_told_after: re.Pattern[str] | None = None  # "..., where a missile hit": an incident told at the war's scene
    body_names: re.Pattern[str] | None = None  # matched with case
    attack_only: re.Pattern[str] | None = None  # an attack told as an attack ("launched a drone attack")
    impact: re.Pattern[str] | None = None  # ... and words telling that it hit ("struck", "удар")
    # ... unless they name what was tried ("пытались нанести удар по Севастополю"): an attack told as an attempt
    attempted_attack: re.Pattern[str] | None = None
    carrier: re.Pattern[str] | None = None  # a drone that fired what hit ("the drone fired two missiles")
    mixed_missiles: re.Pattern[str] | None = None  # missiles of several types ("ракетами разного типа")
    air_war_closure: re.Pattern[str] | None = None  # an airport's Kovyor plan
    loud_sounds: re.Pattern[str] | None = None  # loud sounds heard, which beside that plan are explosions
    # a country named by its abbreviation after a place noun ("над территорией РФ"), and the country each names
    country_abbreviated: re.Pattern[str] | None = None
    abbreviations: dict[str, str] = field(default_factory=dict)
    several_areas: re.Pattern[str] | None = None  # "над пятью регионами": a count over several regions at once
    ground: re.Pattern[str] | None = None  # ground fighting: ground taken, encircled or cleared, prisoners, assaults
    # the part of the day (or an earlier day) a sentence tells ("ночью", "утром", "накануне"): events._compatible
    day_parts: dict[str, re.Pattern[str]] = field(default_factory=dict)
    destination: re.Pattern[str] | None = None  # "автобус, следовавший в": where it went, if the place is no locative
    care: re.Pattern[str] | None = None  # "are being treated in": where the wounded are treated (`is_care`)
    clash: re.Pattern[str] | None = None  # words of fighting between forces ("бои", "clashes"): `fighting_told`
    terror: re.Pattern[str] | None = None  # a terrorist attack's nouns ("теракт"): an `other` whatever weapon is near
    taken: re.Pattern[str] | None = None  # ground taken at a settlement ("освободили деревню"): `other` triggers


@cache
def patterns(lang: str) -> _Patterns:
    data = topic(lang, "events")
    flags = re.IGNORECASE
    kinds: list[Kind] = data["precedence"]
    weapon_words = _alt([w for words in data["weapons"].values() for w in words])
    actor_words = {actor: _alt(words) for actor, words in data["actors"].items()}
    attackers = []
    for actor, words in actor_words.items():
        alternatives = "|".join(
            "(?:" + template.replace(" ", r"\s").replace("{actor}", f"(?:{words})").replace("{weapon}", f"(?:{weapon_words})") + ")"
            for template in data["attacker_patterns"]
        )
        attackers.append((actor, guarded(rf"\b(?:{alternatives})\b", flags)))
    targets = []
    for rule in data["targets"]:
        targets.append(_TargetRule(
            pattern=guarded(rf"\b(?:{_alt(rule['words'])})\b", flags),
            category=rule["category"],
            context=_optional(rule.get("context"), r"\b", r"\b"),
            default=rule.get("default", rule["category"]),
        ))
    demonyms: dict[str, str] = data.get("demonyms", {})
    sea = data.get("sea_descriptors") or {}
    weapon_list = [w for words in data["weapons"].values() for w in words]
    return _Patterns(
        kinds=tuple(kinds),
        triggers=_groups([data["triggers"][kind] + (data.get("ground_taken") or [] if kind == "other" else [])
                          for kind in kinds], "k", flags),
        non_event=guarded(rf"\b(?:{_alt(data['non_events'] + data['accident_causes'])})\b", flags),
        many_incidents=_optional(data.get("many_incidents"), r"\b", r"\b", build=guarded),
        recalled_period=_optional(data.get("recalled_periods"), r"(?<!\w)", r"(?!\w)", build=guarded),
        present_before=_optional(data.get("present_before_recalled"), r"(?<!\w)", r"(?!\w)", build=guarded),
        not_dating=_optional(data.get("recalled_period_not_dating"), "", r"\s*$"),
        recalled_break=_optional(data.get("recalled_period_breaks"), "", ""),
        recalled_today=_optional(data.get("recalled_period_own_day"), r"(?<!\w)", r"(?!\w)"),
        recalled_after=_optional(data.get("recalled_after"), "^", "", flags=0),
        recalled_after_open=_optional(data.get("recalled_after_open"), "(?:", r")\s*$"),
        alarm_state=_optional(data.get("alarm_states"), r"\b", r"\b"),
        alarm_opener=_optional(data.get("alarm_clause_openers"), r"\b", r"\b"),
        weak_non_event=_optional(data.get("weak_non_events", []) + data.get("many_incidents", []), r"\b", r"\b",
                                 build=guarded),
        tally_before_list=_optional(data.get("tally_before_list"), r"(?<!\w)", r"\s*$"),
        accident=guarded(rf"\b(?:{_alt(data['accident_causes'])})\b", flags),
        debris=_optional(data.get("debris_phrases"), r"\b", r"\b", build=guarded),
        threat=re.compile(rf"\b(?:{_alt(data['threat_prefixes'])})\s+(?:[\w-]+\s+){{0,2}}$", flags),
        negated=_optional(data.get("negators"), r"\b", "$"),
        weapons=tuple(data["weapons"]),
        weapon_words=_groups(list(data["weapons"].values()), "w", flags),
        kind_only_words=_optional(data.get("kind_only_weapon_words")),
        targets=tuple(targets),
        target_words=_groups([rule["words"] for rule in data["targets"]], "t", flags),
        attackers=tuple(attackers),
        actor_words=guarded(rf"\b(?:{'|'.join(actor_words.values())})", flags),
        target_assertion=guarded(rf"\b(?:{_alt(data['target_assertions'])})((?:the\s+)?[^,;.]+)", flags),
        country_adjective=guarded(
            rf"\b({_alt(list(demonyms))})\s+(?:[\w-]+\s+)?(?:{_alt(data['country_nouns'])})\b", flags
        ),
        demonyms={k.casefold(): v for k, v in demonyms.items()},
        country_abbreviated=guarded(
            rf"\b(?:{_alt(data['country_nouns'])})\s+(?-i:({_alt(list(abbreviations))}))(?!\w)", flags
        ) if (abbreviations := data.get("country_abbreviations") or {}) else None,
        abbreviations=dict(abbreviations),
        several_areas=guarded(rf"\b(?:{_alt(data['several_areas'])})\b", flags) if data.get("several_areas") else None,
        origin=guarded(
            # (a place may stand in brackets after its marker: "from the south-eastern direction (Primorsko-Akhtarsk")
            rf"(?:\b(?:{_alt(data['origin_markers'])})(?:\s+|\s*\(\s*)(?:the\s+)?|\b(?:{_alt(data['affiliation_prefixes'])}))$", flags
        ),
        district=re.compile(rf"^\s+(?:{_alt(data['district_words'])})\b", flags),
        not_before_town=guarded(rf"\b(?-i:{_alt(data['not_before_town'])})\s+$"),
        attacker_verb=re.compile(rf"^(?:'s|’s)?\s+(?:{_alt(data['attacker_verbs'])})\b", flags),
        # "Kiev troops", and a place opening a longer name: "the Rapid Support Forces"
        # ... and a body that a side runs, whatever it does: "Gaza's Hamas-run health ministry", "Yemen's Houthi-run
        # Saba news agency" (`side_run_by`)
        side=re.compile(rf"^(?:'s|’s)?\s+(?:(?-i:[A-ZА-ЯЁІЇЄҐ][\w-]*)\s+){{0,2}}(?:{_alt(data['side_nouns'])})\b"
                        + (rf"|^(?:'s|’s)?\s+(?:the\s+)?(?:{_alt(data['side_run_by'])})\s+(?:[\w-]+\s+){{0,2}}?"
                           rf"(?:{_alt(data['side_nouns'])})\b" if data.get("side_run_by") else ""), flags),
        lifted=guarded(rf"\b(?:{_alt(data['lifted'])})\b", flags),
        background=guarded(rf"\b(?:{_alt(data['background_markers'])})\b", flags),
        attack_after=_optional(data.get("attack_nouns_after_country"), r"^(?:'s|’s)?\s+"),
        attack_before=_optional(data.get("attack_nouns_before_country"), r"\b", r"\s+$"),
        actor_verb=_optional(data.get("actor_verbs"), r"^(?:'s|’s)?\s+" + (
            rf"(?:(?:{_alt(data['actor_partners'])})\s+)?" if data.get("actor_partners") else ""), r"\b"),
        located=_optional(data.get("place_prepositions"), r"\b", r"\s+(?:the\s+)?$"),
        actor_object=_optional(data.get("actor_object_verbs"), r"\b", r"\s+$"),
        # (with every weapon word: "air defence shot down the drones" and "drones" alike tell the air war)
        aerial=_optional(data.get("air_defence_words"), r"\b", r"\b", build=guarded, more=weapon_list),
        weather=_optional(data.get("weather"), r"\b"),
        working_normally=_optional(data.get("working_normally"), r"\b"),
        flight_safety=_optional(data.get("flight_safety"), r"\b"),
        care_place=_optional(data.get("care_places"), "", "", build=lambda x, f: re.compile(x, f)),
        care_before=_optional(data.get("care_before"), r"(?<!\w)", "$"),
        care_after=_optional(data.get("care_after"), r"\s+", r"(?!\w)"),  # (matched at the word's end)
        small_arms=_optional(data.get("small_arms"), r"\b", r"\b", build=guarded),
        crime=_optional(data.get("crime_words"), r"\b", r"\b", build=guarded),
        armed_attack=_optional(data.get("armed_attack_words"), r"\b", r"\b", build=guarded),
        criminals=_optional(data.get("assailant_criminals"), r"\b", r"\b", build=guarded),
        army_criminals=_optional(data.get("army_called_criminals"), r"\b", r"\b", build=guarded),
        air_defence=_optional(data.get("air_defence_words"), r"\b", r"\b", build=guarded),
        war_signs=_optional(data.get("war_signs"), r"\b", r"\b", build=guarded,
                            more=[w for k, words in data["weapons"].items() if k != "artillery" for w in words]),
        modifier=_optional(data.get("compound_modifiers"), "^[-‑‐]", r"\b"),
        generic=_optional(data.get("generic_triggers")),
        evidence=_optional(data.get("conflict_evidence"), r"\b", r"\b", build=guarded, more=weapon_list),
        list_joiner=re.compile(rf"^\s*(?:,\s*)?(?:(?:{_alt(data['list_joiners'])})\s+)?"
                               + (rf"(?:(?:{_alt(data['list_articles'])})\s+)?" if data.get("list_articles") else "") + "$",
                               flags),
        member_joiner=re.compile(rf"(?:,|(?<!\w)(?:{_alt(data['list_joiners'])}))\s+$", flags),
        office_after=_optional(data.get("office_titles"), r"^(?:'s|’s)?\s+", r"\b"),
        office_before=_optional(data.get("office_titles"), r"\b", r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$"),
        seat=_optional(data.get("seats_before"), r"(?<!\w)", r"\s*$"),
        region_official=_optional(data.get("region_officials"), r"\b", r"\s+(?:[\w-]+\s+)?$"),
        region_office=_optional(data.get("region_offices"), r"^\s+", r"\b"),
        relative=_optional(data.get("relative_openers"), "", r"\b"),
        own_incident_determiners=frozenset(w.casefold() for w in data.get("own_incident_determiners", [])),
        fallen=_optional(data.get("fallen_debris")),
        downed_weapon=_optional(data.get("downed_weapons"), r"\b", r"\b"),
        downed_weapon_damaged=_optional(data.get("downed_weapon_damaged"), r"\b", r"\b"),
        separate=_optional(data.get("separate_incident"), r"\b", r"\s+(?:[\w-]+\s+)?$"),
        separate_opener=_optional(data.get("separate_openers"), r"^[\W\d_]*", r"\b"),
        ongoing_campaign=_optional(data.get("ongoing_campaign"), r"\b", r"\b"),
        debris_apart=_optional(data.get("debris_apart"), r"(?<!\w)", r"(?!\w)"),
        destroyed_thing=_optional(data.get("ground_objects")),
        weapon_site=_optional(data.get("weapon_sites"), r"(?<!\w)", r"(?!\w)"),
        destroy_verb=_optional(data.get("destroy_verbs")),
        auxiliary=_optional(data.get("auxiliaries")),
        # (up to three words may stand between the cause word and the attack word: "внаслідок нічного ворожого обстрілу")
        damage_cause=_optional(data.get("damage_causes"), r"(?<!\w)", r"\s+(?:[\w'’ʼ-]+\s+){0,3}$"),
        targets_unnamed=_optional(data.get("targets_unnamed"), "", r"$"),
        genitive_after_noun=bool(data.get("genitive_after_noun", False)),
        genitive_place=_optional(data.get("genitive_place_words")),
        damage=_optional(data.get("damage_words"), r"\b"),
        damage_denied_before=_optional(data.get("damage_denied_before"), r"(?<!\w)", r"\s+(?:[\w-]+\s+)?$"),
        damage_denied_with_harm=_optional(data.get("damage_denied_with_harm"), r"(?<!\w)", r"\s+(?:[\w-]+\s+)?$"),
        damage_noun=_optional(data.get("damage_nouns"), "^", "$"),
        # (up to three words, no punctuation, may stand between: "повреждений жилых зданий не выявлено")
        damage_denied_after=_optional(data.get("damage_denied_after"), r"^\w*\s+(?:[\w'’ʼ-]+\s+){0,3}?", r"(?!\w)"),
        damage_taken=_optional(data.get("damage_taken"), r"\b"),
        # (the denial opens the damaged thing's own words: no comma or clause-joining word between it and the verb)
        nothing_took_damage=_optional(data.get("damage_taken_denied_subject"), r"(?<!\w)",
                                      r"(?!\w)(?:(?!\b(?:but|and|while|though|although|however)\b)[^.;:!?,])*$"),
        damage_over_war=_optional(data.get("damage_over_war"), r"^\s*", ""),
        retold=_optional(data.get("restriction_retold"), r"\b", r"\b"),
        possessed_where=_optional(data.get("possessed_where"), "", r"\b"),
        # (a few words may stand between the country and the verb: "Россия этой ночью подверглась")
        nationality=_optional(data.get("nationality_markers"), r"\b", r"\s+(?:the\s+)?$", build=guarded),
        undergone=_optional(data.get("undergone_verbs"), r"^[\s,]+(?:[\w-]+\s+){0,3}?", r"\b"),
        subject_verb=_optional(data.get("subject_verbs"), r"^[ \t]+(?:[a-z]+ly[ \t]+)?", r"(?![\w-])(?![ \t]+by\b)", flags=0),
        air_assault=_optional(data.get("air_assault_words"), flags=re.IGNORECASE),
        ground_forces=_optional(data.get("ground_forces"), r"\b", r"\b"),
        subject_killing=_optional(data.get("subject_killing_verbs"), r"^[ \t]+(?:[a-z]+ly[ \t]+)?", r"(?![\w-])(?![ \t]+by\b)",
                                  flags=0),
        sea_after=_optional(sea.get("after"), r"^\s+", r"\b"),
        sea_before=_optional(sea.get("before"), r"\b", r"\s+$"),
        war_scenes=_optional(data.get("war_scenes"), r"(?<!\w)", r"\s+$"),
        combat_deaths=_optional(data.get("combat_deaths"), r"(?<!\w)", r"\s+$"),
        scene_told_after=_optional(data.get("scene_told_after"), r"^(?:[\s-]+[\w’'-]+){0,3}?\s*,\s*", r"\b"),
        body_names=_optional(data.get("body_names_after"), r"\s+", r"(?!\w)", flags=0),
        attack_only=guarded(rf"\b(?:{'|'.join(data['attack_only_words'])})", flags)
        if data.get("attack_only_words") and data.get("impact_words") else None,
        impact=guarded(rf"\b(?:{'|'.join(data['impact_words'])})", flags)
        if data.get("attack_only_words") and data.get("impact_words") else None,
        attempted_attack=_optional(data.get("attempted_attack"), r"\b", r"(?!\w)"),
        carrier=_optional(data.get("drone_fired"), r"\b", r"\b", build=guarded),
        mixed_missiles=_optional(data.get("mixed_missiles"), r"\b", r"\b", build=guarded),
        air_war_closure=_optional(data.get("air_war_closures"), r"(?<!\w)", r"(?!\w)"),
        loud_sounds=_optional(data.get("air_war_loud_sounds"), r"(?<!\w)", r"(?!\w)"),
        ground=_optional(data.get("ground_fighting"), r"(?<!\w)", r"(?!\w)", build=guarded),
        day_parts={part: word_led(rf"(?<!\w)(?:{_alt(words)})(?!\w)", flags)
                   for part, words in (data.get("day_parts") or {}).items()},
        destination=guarded(rf"\b(?:{_alt(data['destination_markers'])})\s+$", flags)
        if data.get("destination_markers") else None,
        care=guarded(rf"\b(?:{_alt(data['care_markers'])})\s+$", flags) if data.get("care_markers") else None,
        clash=_optional(data.get("clash_words"), r"(?<!\w)", r"(?!\w)", build=guarded),
        taken=_optional(data.get("ground_taken"), r"(?<!\w)", r"(?!\w)", build=guarded),
        terror=_optional(data.get("terror_attacks"), r"(?<!\w)", r"(?!\w)"),
        sound=_optional(data.get("sound_triggers"), flags=re.IGNORECASE),
        hearsay=_optional(data.get("hearsay_before"), r"(?<!\w)", r"\s+(?:[\w'’-]+\s+)?$"),
        sound_cause=_optional((data.get("sound_causes") or []) + data["accident_causes"], r"(?<!\w)", r"(?!\w)")
        if data.get("sound_causes") else None,
        figurative_fire=_optional(data.get("figurative_fire"), r"(?<!\w)", ""),
    )


def _optional(words: list[str] | None, before: str = "", after: str = "", *, flags: int = re.IGNORECASE,
              build: Callable[[str, int], re.Pattern[str]] | None = None, more: list[str] | None = None) -> re.Pattern[str] | None:
    """`before`, the words (and `more`) as one alternation, `after`: compiled (`build`; by default `guarded`, which
    speeds a pattern led by a word boundary and compiles any other as it is, or `word_led` for one led by `(?<!\\w)`:
    the same matches either way); None when the language file gives no such words."""
    if not words:
        return None
    if build is None:
        build = word_led if before.startswith(r"(?<!\w)") else guarded
    return build(rf"{before}(?:{_alt(words + (more or []))}){after}", flags)


def _groups(word_lists: list[list[str]], prefix: str, flags: int) -> re.Pattern[str]:
    """One alternation with a named group per word list (`k0`, `k1`...), the first list that matches winning; the
    shared word boundary stands before the groups so that the pattern can be guarded."""
    groups = "|".join(rf"(?P<{prefix}{i}>(?:{_alt(words)})\b)" for i, words in enumerate(word_lists))
    return guarded(rf"\b(?:{groups})", flags)


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: Kind
    start: int  # offsets within the clause text
    end: int


_last_triggers: tuple[str, str, tuple[re.Match[str], ...]] = ("", "", ())


def _trigger_words(text: str, lang: str) -> tuple[re.Match[str], ...]:
    """`patterns(lang).triggers.finditer(text)`, kept for the last text: `only_fallen` reads a clause's trigger words
    again after `trigger`."""
    global _last_triggers
    if _last_triggers[0] != text or _last_triggers[1] != lang:
        _last_triggers = (text, lang, tuple(lexicon_hits.finditer(patterns(lang).triggers, text)))
    return _last_triggers[2]


def trigger(text: str, lang: str, war_nearby: Callable[[], bool] = lambda: True,
            safety_nearby: Callable[[], bool] = lambda: False, around: Callable[[], str] = lambda: "") -> Trigger | None:
    """The kind of incident a clause reports, by the language's precedence; None when it reports none.

    `war_nearby()` says whether the clause's surroundings (its sentence, the one before, the report's first line) show
    armed conflict (`shows_war`): without it a generic trigger word ("attack", "удар") does not count. It is asked
    only when a generic word is found. `safety_nearby()` says whether they give the safety of flights as a reason for
    stopping an airport (`flight_safety`): the reason aviation authorities state for a closure in war ("Росавиация
    приостановила работу аэропорта ради обеспечения безопасности"), which stands for the war the report never names.
    `around()` gives the clause's sentence and the next one, where a loud sound heard may be explained (`explained`)."""
    p = patterns(lang)
    found = [(int(m.lastgroup[1:]), m.start(), m.end()) for m in _trigger_words(text, lang)  # type: ignore[index]
             if not lexicon_hits.search(p.threat, text, max(0, m.start() - 60), m.start())  # "the threat of an attack": feared
             # "there were no drone attacks on Kharkiv", "Kharkiv was not attacked": denied
             and not (p.negated is not None and p.negated.search(text, max(0, m.start() - 60), m.start()))]
    # "повреждений жилых зданий не выявлено", "руйнувань немає": damage denied is no incident
    found = [f for f in found if not _damage_denied(text, f[1], f[2], p) and not _damage_taken_denied(text, f[1], f[2], p)]
    if p.downed_weapon_damaged is not None:
        # "Сбитый беспилотник был поврежден средствами РЭБ и упал в поле": the damage the downed weapon itself took is
        # no strike's (fix22k review)
        own = [(m.start(), m.end()) for m in p.downed_weapon_damaged.finditer(text)]
        found = [f for f in found if not (p.kinds[f[0]] == "strike" and any(s <= f[1] < e for s, e in own))]
    # "пытались атаковать", "нанесёт удар": an infinitive or a future tells what is meant, not what happened
    # ("пытались сбить" is no downing: an attempt met is an attack, not an interception)
    found = [f for f in found if not tense.unrealised(text, f[1], f[2], lang, tried_done=p.kinds[f[0]] != "interception")]
    found = [read for f in found if (read := _attempt(f, text, p.kinds, lang)) is not None]
    if p.debris is not None and any(p.kinds[f[0]] == "interception" for f in found):
        # "debris of a downed drone hit a house": the drone was downed elsewhere; what its debris did here is a strike
        spans = [(m.start(), m.end()) for m in p.debris.finditer(text)]
        found = [f for f in found if not (p.kinds[f[0]] == "interception" and any(s <= f[1] < e for s, e in spans))]
    if p.destroyed_thing is not None and "interception" in p.kinds:
        # "после атак дронов автомобиль был уничтожен", "знищено гаражні бокси": what is destroyed on the ground was
        # struck, not intercepted; the clause's other words (damage, debris, the attack) still tell its strike
        caused = _attack_caused(text, found, p)
        attacks = [(s, e) for k, s, e in found if p.kinds[k] in ("strike", "shelling", "explosion")]
        found = [f for f in found if not (p.kinds[f[0]] == "interception" and _ground_destroyed(
            text, f[1], f[2], p, caused, attacks))]
    if p.weapon_site is not None and "interception" in p.kinds:
        # "bases for launching drones were destroyed", "поражены пункты управления БПЛА": the weapon word names what a
        # site or a crew on the ground is for; the noun that governs it, the site, is what the verb destroyed (struck)
        # ... but the site governs only its own member of a list: "destroyed drone control points and 40 drones",
        # "знищено розрахунки БпЛА та 12 безпілотників" still down 40 and 12 drones (`_counted_weapon_listed`)
        sites = [(m.start(), m.end()) for m in lexicon_hits.finditer(p.weapon_site, text)]
        found = [f for f in found if not (p.kinds[f[0]] == "interception" and (governing := _sites_governing(
            text, f[1], f[2], sites)) and not _counted_weapon_listed(text, lang, p, governing[-1][1], sites))]
    if p.figurative_fire is not None:
        # "the defence minister was under fire over his handling of the war", "министр оказался под огнём вопросов":
        # a person or an office under fire is criticised; only a place, a position or people in it are fired on
        spans = [(m.start(), m.end()) for m in p.figurative_fire.finditer(text)]
        found = [f for f in found if not any(s < f[2] and f[1] < e for s, e in spans)]
    if p.sound is not None and any(p.sound.fullmatch(text, f[1], f[2]) for f in found) and explained(
            text + " " + around(), lang):
        # "loud booms heard overnight were thunder", "гучні звуки спричинила гроза, а не вибухи": a sound explained
        found = [f for f in found if not p.sound.fullmatch(text, f[1], f[2])]
    if p.hearsay is not None and (heard := [f for f in found if p.hearsay.search(text, max(0, f[1] - 60), f[1])]) and explained(
            text + " " + around(), lang):
        # "в пабликах появились сообщения о взрыве. Глава города отрицает": a rumoured blast that the next sentence
        # denies or explains (drills, thunder) is none
        found = [f for f in found if f not in heard]
    if p.generic is not None:
        specific = [f for f in found if not p.generic.fullmatch(text, f[1], f[2])]
        if len(specific) < len(found) and not war_nearby():
            found = specific
    # "аэропорты прекратили обслуживание рейсов": an airport stopped, in a report of war (not "закрыт на ремонт")
    if (stop := airport_stopped(text, lang)) and "airspace_restriction" in p.kinds and (war_nearby() or safety_nearby()):
        found.append((p.kinds.index("airspace_restriction"), *stop))
    if not found:
        return None
    rank, start, end = min(found)
    kind = p.kinds[rank]
    # a threat, a drill, a denial is no incident; but an airport closed because of a threat is a real restriction
    if kind != "airspace_restriction" and (_told_non_event(text, p) or tense.future_only(text, lang, [(f[1], f[2]) for f in found])):
        return None  # ... nor is "the strike will kill 1.4 million": a clause told only in the future
    if kind == "airspace_restriction" and ((p.weather is not None and p.weather.search(text))
                                           or _works_normally(text, lang, p)):
        return None  # "рейсы задержаны из-за тумана"; "аэропорт сообщил, что работает штатно": none restricted
    if kind == "shelling" and small_arms(text, lang) and not names_artillery(text, lang):
        kind = "other"  # "неизвестные обстреляли автомобиль полиции": gunmen shooting, not artillery (but "the
        # gunmen's artillery attack", "боевики обстреляли из миномётов": the guns named make it a shelling)
    elif kind == "shelling" and weapon(text, lang) in ("ballistic_missile", "cruise_missile"):
        kind = "strike"  # "обстрел ракетами ATACMS": a named missile is a strike, whatever the verb
    elif kind == "strike" and _ground_fighting(text, found, p, lang):
        kind = "other"  # "атаки ВСУ по позициям в селе, девять взяты в плен": an assault on the ground, an armed clash
    elif kind == "other" and weapon(text, lang) in _FROM_AFAR and not _taken(text, start, end, p) and not (
            p.terror is not None and p.terror.search(text, start, end)):
        # "a major assault on Ukraine, launching hundreds of drones and missiles": an armed clash is fought without a
        # remote weapon (UCDP's battles); one named as the means makes the assault a strike (but not ground taken:
        # "освободили село при поддержке авиации" is the clash, the air support is told beside it)
        kind = "strike"  # (not a terrorist attack: "теракт у здания авиационной компании" is no air strike)
    return Trigger(kind, start, end)


def _taken(text: str, start: int, end: int, p: _Patterns) -> bool:
    """Whether the trigger word at `start`-`end` is one of ground taken (`ground_taken`); matched from `start` on the
    whole text, since its words look ahead past their own end ("освободили" before "деревню")."""
    return p.taken is not None and (m := p.taken.match(text, start)) is not None and m.end() == end


def air_assault(text: str, found: Trigger, context: str, lang: str) -> bool:
    """Whether an armed clash told only by a word that also names an attack from the air ("assault on":
    `air_assault_words`) is that attack: its surroundings (the report's first line, the sentence before, its own)
    name a weapon fired from afar and no ground fighting, and its own clause names no force that fights on the
    ground ("Russian troops launched an assault on the town": `ground_forces`). The clause's own weapon is read by
    `trigger` already."""
    p = patterns(lang)
    if p.air_assault is None or not p.air_assault.fullmatch(text, found.start, found.end):
        return False
    if p.ground_forces is not None and p.ground_forces.search(text):
        return False
    return weapon(context, lang) in _FROM_AFAR and not (p.ground is not None and p.ground.search(context))


def _ground_fighting(text: str, found: list[tuple[int, int, int]], p: _Patterns, lang: str) -> bool:
    """Whether a clause told as a strike only by generic words ("атаки", "удар", "attacked") tells ground fighting
    (`ground_fighting` of the language file: ground taken, encircled or cleared, prisoners taken, assaults on
    positions) with no remote weapon, gun or air defence named in it: an armed clash, which ANNOTATION.md codes `other`
    ("ВСУ атаковали позиции в районе Новоивановки, девять пленены"; not "дрон атаковал позиции", "удар авиации по
    окружённой группировке")."""
    if p.ground is None or p.generic is None:
        return False
    strikes = [f for f in found if p.kinds[f[0]] == "strike"]
    if not strikes or not all(p.generic.fullmatch(text, f[1], f[2]) for f in strikes):
        return False
    if not p.ground.search(text):
        return False
    return weapon(text, lang) is None and not (p.aerial is not None and p.aerial.search(text))


_WORD = re.compile(r"[\w'’ʼ-]+")


def ground_destroyed(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a verb of destroying between `start` and `end` has a thing on the ground for its object ("the wreckage
    of destroyed buildings", "уламки знищених будинків"): what was destroyed there was struck, nothing was downed."""
    return _ground_destroyed(text, start, end, patterns(lang))


def _ground_destroyed(text: str, start: int, end: int, p: _Patterns, caused: bool = False,
                      attacks: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether an interception word is a verb of destroying whose object is a thing on the ground: the word right
    before the verb (auxiliaries left out: "автомобиль был уничтожен"), or the noun before its genitive there
    ("склад заводу знищено", where a noun's genitive follows it), or one of the few after it before any word of what flies ("знищено гаражні
    бокси", "було знищено частину будинку"; not "знищено 17 ворожих БпЛА"). When `caused` (the clause gives an attack,
    a shelling or an explosion as the cause: "внаслідок обстрілу знищено ...", "was destroyed by a secondary explosion"),
    any verb of destroying with no word of what flies right before it or among the few after it tells the attack's
    damage, not a downing ("внаслідок атаки знищено 20 дронів" is still one). The words of the clause's `attacks`
    (the cause's trigger words: "обстрілу") are not the verb's subject."""
    if p.destroy_verb is None or p.destroyed_thing is None:
        return False
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    verbs = [i for i, (s, e) in enumerate(words) if start <= s < end and p.destroy_verb.fullmatch(text, s, e)]
    if not verbs:
        return False
    verb = verbs[-1]

    def flies(s: int) -> bool:
        return bool(p.weapon_words.match(text, s) or (p.aerial is not None and p.aerial.match(text, s)))

    def unnamed(s: int, e: int) -> bool:  # "всі цілі знищено", "all of them were destroyed"
        return p.targets_unnamed is not None and p.targets_unnamed.match(text, s, e) is not None

    before = [w for w in words[max(0, verb - 3):verb] if not (p.auxiliary and p.auxiliary.fullmatch(text, *w))]
    if before and p.destroyed_thing.match(text, *before[-1]):
        return True  # "автомобиль был уничтожен"
    before = [w for w in before if not any(s <= w[0] < e for s, e in attacks)]
    subject_flies = bool(before) and flies(before[-1][0])  # "12 drones were destroyed", "a drone destroyed a house"
    # (fix20a) something that flies named anywhere after the verb in its clause is what was destroyed ("над будинками
    # міста знищено 10 шахедів", "уничтожены 7 из 10 запущенных беспилотников"): no ground-noun or cause reading then
    # (... up to the clause's end or an attack word told as the cause after the verb: "was destroyed by an explosion
    # caused by a missile attack" names the missile as the cause, not as what was destroyed)
    clause_end = _CLAUSE_END.search(text, words[verb][1])
    stop = min([clause_end.start() if clause_end else len(text)] + [s for s, _ in attacks if s >= words[verb][1]])
    after = [w for w in words[verb + 1:] if w[0] < stop]
    flies_after = any(flies(s) for s, _ in after)
    if (p.genitive_after_noun and len(before) >= 2 and not subject_flies and not flies_after
            and p.destroyed_thing.match(text, *before[-2])
            and not _CLAUSE_END.search(text, before[-2][1], before[-1][0])
            # the head is the subject, not a place: no preposition before it ("над будинками", "в районе склада")
            and not (p.genitive_place is not None and (prev := [w for w in words[:verb] if w[1] <= before[-2][0]])
                     and p.genitive_place.fullmatch(text, *prev[-1]))):
        return True  # "склад заводу знищено": the head before its genitive
    for s, e in words[verb + 1:verb + 5]:
        # (a weapon's name may run on past this word: "unmanned aerial vehicles")
        if flies(s):
            return False
        if p.destroyed_thing.match(text, s, e):
            return True
    return (caused and not subject_flies and not flies_after
            and not any(unnamed(*w) for w in before[-1:] + words[verb + 1:verb + 5]))


def _attack_caused(text: str, found: list[tuple[int, int, int]], p: _Patterns) -> bool:
    """Whether the clause gives an attack, a shelling or an explosion as a cause (`damage_causes` right before its
    trigger word, at most three words between: "внаслідок обстрілу", "в результате удара", "by a secondary explosion",
    "as a result of the drone attack"): what is destroyed in it was destroyed by that attack."""
    if p.damage_cause is None:
        return False
    return any(p.kinds[k] in ("strike", "shelling", "explosion")
               and p.damage_cause.search(text, max(0, s - 80), s) is not None for k, s, _ in found)


def _sites_governing(text: str, start: int, end: int, sites: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sites, in the order of the text, an interception word's span takes its weapon word from: a `weapon_sites`
    phrase (which ends in the weapon word) overlaps the span and ends inside it ("[depots for storing drones] were
    destroyed") or the span ends inside the phrase ("destroyed [launch sites of drones]", "поражены [пункты управления БПЛА]"); or a verb
    told alone (one word) has the phrase after it, at most two words between and no punctuation ("знищено [пункти управління
    дронами]"; not a phrase before the verb, its subject: "оператори дронів знищили 5 шахедів" is a downing)."""
    return [(s, e) for s, e in sites
            if (s < end and start < e and (start < e <= end or s < end <= e))
            or (end <= s and not any(c.isspace() for c in text[start:end]) and _NEXT_TO.fullmatch(text, end, s))]


_CLAUSE_END = re.compile(r"[.;:!?\n]")
_LISTED_WITHIN = 80  # characters from a site's phrase to a later member of its list
_SPACE = re.compile(r"\s+")


def _counted_weapon_listed(text: str, lang: str, p: _Patterns, site_end: int, sites: list[tuple[int, int]]) -> bool:
    """Whether a later member of the list a site's phrase begins counts weapons of its own: a number after a comma or a
    list joiner, in the same clause and near, then at most three words and a weapon word that is no site's ("destroyed
    drone control points and 40 Ukrainian drones", "уничтожено два расчёта БПЛА и 14 беспилотников", "знищено 3
    розрахунки БпЛА, 15 одиниць техніки та 9 безпілотників"). One verb governs the whole list; the site governs only its
    own member, so the counted weapons were downed (kind18 review). Not "... and 12 vehicles", nor "... and 3 drone
    depots" (another site), nor a count with no joiner before it ("..., where 40 drones were stored")."""
    stop = _CLAUSE_END.search(text, site_end)
    stop_at = min(stop.start() if stop else len(text), site_end + _LISTED_WITHIN)
    for q in find_quantities(text, lang):
        if not (site_end <= q.start < stop_at and p.member_joiner.search(text[site_end:q.start])):
            continue
        pos = q.end
        for _ in range(4):  # the weapon word, after at most three words ("14 беспилотников", "40 Ukrainian drones")
            space = _SPACE.match(text, pos)
            if space is None:
                break
            pos = space.end()
            if (p.weapon_words.match(text, pos) or (p.aerial is not None and p.aerial.match(text, pos))) and not any(
                    s <= pos < e for s, e in sites):
                return True
            word = _WORD.match(text, pos)
            if word is None:
                break
            pos = word.end()
    return False


_NEXT_TO = re.compile(r"\s*(?:[\w'’ʼ-]+\s+){0,2}")


_FROM_AFAR = ("drone", "missile", "ballistic_missile", "cruise_missile", "glide_bomb", "aircraft", "naval_drone")


def _attempt(found: tuple[int, int, int], text: str, kinds: tuple[Kind, ...], lang: str) -> tuple[int, int, int] | None:
    """An event word after a verb of trying: a defence tried ("air defences tried to repel the attack") is no
    interception; an attack tried that failed ("drones attempted to attack a facility, but failed") is the one stopped."""
    rank, start, end = found
    if not attempts.attempted(text, start, lang):
        return found
    if kinds[rank] == "interception":
        return None
    if kinds[rank] == "strike" and "interception" in kinds and attempts.failed(text, lang):
        return kinds.index("interception"), start, end
    return found


_OPENING_QUOTE = re.compile(r"[«\"“„']\s*$")


def _works_normally(text: str, lang: str, p: _Patterns) -> bool:
    """Whether the clause's one airport says it works as usual (`working_normally`), which denies its restriction. Not
    when the restriction was lifted ("ограничения сняты, аэропорт работает в штатном режиме": a lifting, a claim of
    its own) nor when the clause names a second airport, whose closure the first's normal work does not deny
    ("аэропорт Калуги закрыт, а аэропорт Внуково работает штатно")."""
    if p.working_normally is None or p.working_normally.search(text) is None or p.lifted.search(text):
        return False
    nouns = _airport_nouns(lang)
    return nouns is None or len(nouns.findall(text)) <= 1


@cache
def _airport_nouns(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "places").get("airport_nouns") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})\w*", re.IGNORECASE) if words else None


def non_event(text: str, lang: str) -> bool:
    """Whether the text tells a non-event (a drill, a threat, an air-raid alert declared: `non_events`)."""
    return _told_non_event(text, patterns(lang))


def _told_non_event(text: str, p: _Patterns) -> bool:
    """Whether a non-event word is told as such, not as the name of a weapon: «Ураган» in quotes, or Ураган
    capitalised inside a clause (the whole word a weapon word of the language file: a launcher), and "атакували з «Ураган»" is an
    attack, not a hurricane. Capitalised at the clause's start it may be either, and stays the hurricane."""
    weapons: list[tuple[int, int]] | None = None  # the weapon words, found only once a non-event word asks

    def named(m: re.Match[str]) -> bool:
        nonlocal weapons
        if _OPENING_QUOTE.search(text, 0, m.start()):
            return True
        if not text[: m.start()].strip():
            return False
        if weapons is None:
            weapons = [(w.start(), w.end()) for w in p.weapon_words.finditer(text)]
        return any(s <= m.start() and m.end() <= e for s, e in weapons)

    return any(not named(m) for m in lexicon_hits.finditer(p.non_event, text))


def only_fallen(text: str, lang: str) -> bool:
    """Whether every strike word of a clause is debris or a weapon falling ("на месте падения обломков работают
    специалисты"): such a clause tells where a downed weapon came down, not what it did there."""
    p = patterns(lang)
    if p.fallen is None:
        return False
    strike = p.kinds.index("strike") if "strike" in p.kinds else -1
    words = [m for m in _trigger_words(text, lang) if int(m.lastgroup[1:]) == strike]  # type: ignore[index]
    return bool(words) and all(p.fallen.fullmatch(m.group(0)) for m in words)


def _damage_denied(text: str, start: int, end: int, p: _Patterns) -> bool:
    """Whether a trigger word is a word of damage that the words after it deny ("повреждений жилых зданий не выявлено",
    "руйнувань не виявлено", "пожара нет"): no damage told, so no incident of its own."""
    return (p.damage is not None and p.damage_denied_after is not None and bool(p.damage.match(text, start))
            and bool(p.damage_denied_after.match(text[end : end + 60])))


def _damage_taken_denied(text: str, start: int, end: int, p: _Patterns) -> bool:
    """Whether a trigger that tells damage from what took it ("two houses sustained damage", "were damaged") is denied
    by its subject ("no civilian objects in the city received damage", "none of the houses sustained damage") or told
    as a war's total ("the energy system has suffered heavy damage during the war"): no incident of its own."""
    if p.damage_taken is None or not p.damage_taken.match(text, start):
        return False
    return bool((p.nothing_took_damage is not None and p.nothing_took_damage.search(text[max(0, start - 100):start]))
                or (p.damage_over_war is not None and p.damage_over_war.match(text[end:end + 100])))


def explosions_told(text: str, lang: str) -> bool:
    """Whether a text has a word for explosions heard ("прогремели взрывы", "пролунали вибухи", "explosions were
    heard"), whatever kind its clause was read as."""
    p = patterns(lang)
    if "explosion" not in p.kinds:
        return False
    heard = p.kinds.index("explosion")
    return any(int(m.lastgroup[1:]) == heard for m in p.triggers.finditer(text))  # type: ignore[index]


def debris_told(text: str, lang: str) -> bool:
    """Whether a clause names debris of something downed (`fallen_debris`), or the downed weapon itself as what came
    down (`downed_weapons`: "a downed drone damaged a house", "сбитый беспилотник повредил крышу"): what it damaged
    where it fell is a strike, as its debris' would be (ANNOTATION.md)."""
    p = patterns(lang)
    return any(x is not None and bool(x.search(text)) for x in (p.fallen, p.downed_weapon))


def debris_apart(text: str, lang: str) -> bool:
    """Whether a sentence of debris says it is no part of a zero told before it: the debris of another weapon than the
    one downed ("debris of a second drone", "обломки другого беспилотника", "уламки іншого дрона") or a toll still
    unknown ("information on casualties is being clarified", "уточняется", "уточнюється"). `debris_apart` words."""
    pattern = patterns(lang).debris_apart
    return pattern is not None and pattern.search(text) is not None


def damaged(text: str, lang: str, debris: bool = False) -> bool:
    """Whether a clause tells of damage ("обломки повредили жилой дом"), with `debris` of something downed too ("debris
    damaged a house": a strike there). Damage denied or only possible is none: "обломки не повредили дома", "уламки
    могли пошкодити будинки", "пожара нет" (`damage_denied_before`, `damage_denied_after` of the language file)."""
    p = patterns(lang)
    if p.damage is None or (debris and not debris_told(text, lang)):
        return False
    return told_undenied(p.damage, _weapon_fate_blanked(text, p), lang, with_harm=True)


def _weapon_fate_blanked(text: str, p: _Patterns) -> str:
    """The text with the words that tell a downed weapon's own fate blanked (spaces, offsets kept): its participle
    ("the destroyed drones fell into the sea", `downed_weapons`), the damage it took ("the downed drone had been damaged
    by electronic warfare", `downed_weapon_damaged`) and a damage verb whose object it is ("sappers destroyed a downed
    drone"). None of them is damage the weapon did where it fell (fix22k review)."""
    spans: list[tuple[int, int]] = []
    if p.downed_weapon_damaged is not None:
        spans += [(m.start(), m.end()) for m in p.downed_weapon_damaged.finditer(text)]
    if p.downed_weapon is not None:
        for m in p.downed_weapon.finditer(text):
            spans.append((m.start(), m.end()))
            verb = _DAMAGE_VERB_BEFORE.search(text, 0, m.start())
            if verb is not None and p.damage is not None and p.damage.fullmatch(text, *verb.span(1)):
                spans.append(verb.span(1))
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


_DAMAGE_VERB_BEFORE = re.compile(r"(\w+)\s+$")  # the word right before a downed weapon: a damage verb takes it as object


def damaged_not_downed(text: str, lang: str) -> bool:
    """`damaged`, with the words of a downing left out: "nine drones were destroyed" tells no damage on the
    ground (a verb of destroying with a weapon for its object is an interception's word, not harm at a target)."""
    p = patterns(lang)
    for m in _trigger_words(text, lang):
        if p.kinds[int(m.lastgroup[1:])] == "interception":  # type: ignore[index]
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return damaged(text, lang)


def told_undenied(pattern: re.Pattern[str], text: str, lang: str, with_harm: bool = False) -> bool:
    """Whether a word of `pattern` (damage, or a hit: resolve's `hit_told`) stands in the text undenied by the words
    before or after it (`damage_denied_before`, `damage_denied_after`); `with_harm` also takes a damage noun after a
    harm denied ("без жертв и разрушений": `damage_denied_with_harm`) as denied."""
    p = patterns(lang)
    for m in pattern.finditer(text):
        if p.damage_denied_before is not None and p.damage_denied_before.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if (with_harm and p.damage_denied_with_harm is not None and p.damage_noun is not None
                and p.damage_noun.match(m.group())
                and p.damage_denied_with_harm.search(text[max(0, m.start() - 40) : m.start()])):
            continue
        if p.damage_denied_after is not None and p.damage_denied_after.match(text[m.end() : m.end() + 60]):
            continue
        return True
    return False


def separate(text_before: str, lang: str) -> bool:
    """Whether the words right before a trigger make it a new incident: "Another strike ...", "повторний удар"."""
    p = patterns(lang)
    return p.separate is not None and bool(p.separate.search(text_before[-40:]))


def opened_apart(sentence: str, lang: str) -> bool:
    """Whether a sentence opens as one more incident told apart from those before it ("Separately, ...", "Кроме того,
    ...", "Окремо, ..."; `separate_openers` words)."""
    p = patterns(lang)
    return p.separate_opener is not None and p.separate_opener.match(sentence) is not None


def ongoing_campaign(sentence: str, lang: str) -> bool:
    """Whether a sentence tells a campaign going on rather than one incident ("Russia has kept up its strikes on ...",
    "Since Friday, Russia has attacked the grid every night", "продолжает удары"; `ongoing_campaign` words)."""
    pattern = patterns(lang).ongoing_campaign
    return pattern is not None and pattern.search(sentence) is not None


def possessed_where(after: str, lang: str) -> bool:
    """Whether the words after a country's possessive are something of the land struck ("Ukraine's energy
    infrastructure", "Ukraine's power grid"), so that the country is where, not whose (`possessed_where` words)."""
    pattern = patterns(lang).possessed_where
    return pattern is not None and pattern.match(after) is not None


def restriction_retold(text: str, lang: str) -> tuple[int, int] | None:
    """The span of words pointing back at restrictions told before ("аналогичные меры приняли в Пензе", "similar
    restrictions were imposed at Kazan airport"; `restriction_retold` words), or None. Only a report that has just told
    an airport's restriction reads them as one: the caller asks that (`events.py`)."""
    pattern = patterns(lang).retold
    m = pattern.search(text) if pattern is not None else None
    return (m.start(), m.end()) if m else None


def flight_safety(text: str, lang: str) -> bool:
    """Whether the text gives the safety of flights as a reason ("в целях обеспечения безопасности полётов")."""
    p = patterns(lang)
    return p.flight_safety is not None and p.flight_safety.search(text) is not None


def weak_non_event(text: str, lang: str) -> bool:
    """Whether the text tells attacks as a trend or a span of many, or a warning issued (`many_incidents` and
    `weak_non_events`): no incident, unless the same clause tells one of its own, with its toll, damage or target
    (eventledger.extract.events decides that)."""
    p = patterns(lang)
    return p.weak_non_event is not None and lexicon_hits.search(p.weak_non_event, text) is not None


def alarm_only(text: str, lang: str) -> bool:
    """Whether the text tells alerts as a state over places (`alarm_states`: "air raid alarms were active in several
    regions") and no strike of its own: with the alarm's words blanked ("air raid" reads as a strike's word), no
    trigger is left, or only one named as the alarm's time ("... during the drone attack"). A strike told after the
    alarm in a clause of its own stands ("... as drones struck a substation": `alarm_clause_openers`)."""
    p = patterns(lang)
    if p.alarm_state is None:
        return False
    spans = [m.span() for m in lexicon_hits.finditer(p.alarm_state, text)]
    if not spans:
        return False
    blanked = text
    for start, end in spans:
        blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    left = trigger(blanked, lang)
    if left is None:
        return True
    last = max((end for _, end in spans if end <= left.start), default=None)
    if last is None:
        return False  # "drones struck the city, and alarms were active for hours": the strike told first stands
    return p.alarm_opener is None or not p.alarm_opener.search(text, last, left.start)


def recalled_period(text: str, lang: str, upto: int | None = None) -> bool:
    """Whether the text dates what it tells to a period before the report's own day, in words that need no
    publication date ("last week", "earlier this month", "three days ago": `recalled_periods` of the language file):
    an incident the report recalls (ANNOTATION.md's background), not one it reports. Only a period found before `upto`
    counts (the words before a clause, read with the clause after them).

    A period dates the clause's own verb only: not one that ends a span or a comparison or dates a noun
    (`recalled_period_not_dating`: "the deadliest attack since October last year", "a hospital that reopened last
    year"), and not across a break to a clause that tells an incident of its own (`recalled_period_breaks`, then a day
    of its own, `recalled_period_own_day`: "Last week officials warned of attacks, and on Monday a bomb hit a
    plant")."""
    p = patterns(lang)
    if p.recalled_period is None:
        return False
    for found in lexicon_hits.finditer(p.recalled_period, text, 0, len(text) if upto is None else upto):
        before = text[: found.start()]
        if p.present_before is not None and p.present_before.search(before):
            # "The attack on the port follows a drone strike last week": the subject is today's incident, what it
            # follows the recalled one (`present_before_recalled`), and so is any later period's
            return False
        if p.not_dating is not None and p.not_dating.search(before[-80:]):
            continue
        cut = p.recalled_break.search(text, found.end()) if p.recalled_break is not None else None
        if cut is not None and p.recalled_today is not None and p.recalled_today.search(text, cut.end()) and trigger(
                text[cut.end():], lang) is not None:
            continue
        return True
    return False


def recalled_after(text: str, before: str, lang: str) -> bool:
    """Whether the clause opens, inside its sentence, with the words that tell an incident a day or days before the
    one told (`recalled_after` of the language file: "<the strike> came a day after drones hit a depot"): not when the
    words before it (`before`, its sentence's opening) tell no incident and end in a comma or a speaker's verb
    (`recalled_after_open`: "On Monday, two days after a strike on the port, shelling killed two", "Officials said a
    day after the strike on X, drones hit Y"): there the words only date the sentence's own incident, told after them."""
    p = patterns(lang)
    if p.recalled_after is None or not p.recalled_after.search(text):
        return False
    return not (p.recalled_after_open is not None and p.recalled_after_open.search(before[-60:])
                and trigger(before, lang) is None)


def tells_many_incidents(text: str, lang: str) -> bool:
    """Whether the text tells attacks as a trend or a span of many (`many_incidents` of the language file: "drone
    attacks have increased", "in the last days of 2023"): no incident of its own, and its figures are no one
    incident's either."""
    p = patterns(lang)
    return p.many_incidents is not None and lexicon_hits.search(p.many_incidents, text) is not None


def tally_before_list(before: str, lang: str) -> bool:
    """Whether the words before a list of places count the attacks on them all ("the army carried out 9 airstrikes
    on", "40 drones of several kinds attacked": `tally_before_list` of the language file)."""
    p = patterns(lang)
    return p.tally_before_list is not None and lexicon_hits.search(p.tally_before_list, before) is not None


def weather(text: str, lang: str) -> bool:
    """Whether the text gives the weather as a cause ("из-за тумана", "на фоне непогоды")."""
    p = patterns(lang)
    return p.weather is not None and lexicon_hits.search(p.weather, text) is not None


def accident(text: str, lang: str) -> bool:
    """Whether the text names a cause that is no attack (a gas leak, fireworks, a flood)."""
    return lexicon_hits.search(patterns(lang).accident, text) is not None


def crime(text: str, lang: str) -> bool:
    """Whether a text tells a crime, an accident's inquiry or civil unrest (`crime_words`: a murder, a criminal case,
    investigators, a road accident, protesters): a cause other than war for what it shares with war's words."""
    p = patterns(lang)
    return p.crime is not None and lexicon_hits.search(p.crime, text) is not None


def war_signs(text: str, lang: str) -> bool:
    """Whether a text names an armed force, a war's actor or a weapon of war (`war_signs` and the `weapons` other than
    guns, whose words a shooting shares): what `crime` and `accident` need beside them to stay a report of war. Words
    ordinary crime shares with war (a shot, a weapon, an armed man, a grenade) are not among them. True when the
    language file gives no such list (the check is then never made)."""
    p = patterns(lang)
    return p.war_signs is None or p.war_signs.search(text) is not None


def air_war_closure(clause: str, context: str, lang: str) -> bool:
    """Whether a clause tells loud sounds heard (`air_war_loud_sounds`) and its context an airport's Kovyor plan
    (`air_war_closures`): the airspace cleared for a threat from the air, beside which the sounds are the air war's
    explosions. Only the sounds: any other generic word beside the plan ("повреждён при буксировке") needs war signs."""
    p = patterns(lang)
    return (p.air_war_closure is not None and p.loud_sounds is not None and p.loud_sounds.search(clause) is not None
            and p.air_war_closure.search(context) is not None)


def armed_attack(text: str, lang: str, own: str = "") -> bool:
    """Whether a text tells an attack by people at the place (`armed_attack_words`: assailants, a shootout, a home-made
    bomb; or "criminals" in the blast's `own` sentence, `assailant_criminals`, unless they are the army officials call
    so, `army_called_criminals`) and names no weapon fired from afar, no guns or shells and no air defence: the blast
    or the "обстрел" it tells is that attack's, an armed clash (`other`), not a blast of the air war nor a shelling
    (UCDP: a terrorist attack or a gunfight is fought by hand, a shelling from afar)."""
    p = patterns(lang)
    if not ((p.armed_attack is not None and lexicon_hits.search(p.armed_attack, text) is not None)
            or _criminals_at_the_place(own, p)):
        return False
    if weapon(text, lang) in _FROM_AFAR or names_artillery(text, lang):
        return False
    return p.air_defence is None or lexicon_hits.search(p.air_defence, text) is None


def _criminals_at_the_place(sentence: str, p: _Patterns) -> bool:
    """Whether a sentence names "criminals" who are not an army called so ("военные преступники из ВСУ", "російські
    злочинці", "war criminals": officials' name for the side that shells them)."""
    if p.criminals is None or not sentence:
        return False
    army = [(m.start(), m.end()) for m in lexicon_hits.finditer(p.army_criminals, sentence)] if p.army_criminals else []
    return any(not any(start <= m.start() < end for start, end in army)
               for m in lexicon_hits.finditer(p.criminals, sentence))


def small_arms(text: str, lang: str) -> bool:
    """Whether the clause tells of people shooting with guns: its "обстрел" names no artillery."""
    p = patterns(lang)
    return p.small_arms is not None and p.small_arms.search(text) is not None


@lru_cache(maxsize=512)
def weapon(text: str, lang: str) -> Weapon | None:
    """The most specific weapon named (weapons are listed most specific first in the language file); but a drone that
    fired or dropped the munition named ("the drone fired two missiles at a house", "дрон скинув вибухівку на авто")
    is the weapon: the subject that struck, not the object it fired (`drone_fired` of the language file)."""
    p = patterns(lang)
    if p.carrier is not None and p.carrier.search(text):
        return "drone"
    found = [int(m.lastgroup[1:]) for m in p.weapon_words.finditer(text)  # type: ignore[index]
             if not (p.kind_only_words and p.kind_only_words.fullmatch(m.group(0)))]
    if not found:
        return None
    named = p.weapons[min(found)]
    if named in _MISSILE_TYPES and mixed_missiles(text, lang):
        # "атакован ракетами разного типа, среди них - баллистическая", "понад 40 ракет, зокрема й балістичних": the
        # type named is one of the missiles; all of them are missiles of no one type (ANNOTATION.md: the most
        # specific weapon the report names for the incident, which here is the plain missile)
        return "missile"
    return named


_MISSILE_TYPES = ("ballistic_missile", "cruise_missile")


def mixed_missiles(text: str, lang: str) -> bool:
    """Whether a text tells missiles of several types (`mixed_missiles`: "ракетами разного типа", "понад 40 ракет,
    зокрема й балістичних") with a missile word that has no type of its own: "10 баллистических ракет, из них 6
    сбиты", "крилатими ракетами, зокрема «Калібрами»" and "10 cruise missiles, of which 8" are a salvo of one type."""
    p = patterns(lang)
    if p.mixed_missiles is None or not lexicon_hits.may_match(p.mixed_missiles, text):
        return False
    typed = [(m.start(), m.end()) for m in p.weapon_words.finditer(text)  # type: ignore[union-attr]
             if p.weapons[int(m.lastgroup[1:])] in _MISSILE_TYPES]  # type: ignore[index]
    return any(not any(start <= m.start() < end or (end <= m.start() and not text[end:m.start()].strip(" «»\"'"))
                       for start, end in typed)
               for m in lexicon_hits.finditer(p.mixed_missiles, text))


def names_artillery(text: str, lang: str) -> bool:
    """Whether a report names guns or shells anywhere: a shelling told elsewhere by its verb alone was made by them."""
    p = patterns(lang)
    artillery = p.weapons.index("artillery") if "artillery" in p.weapons else -1
    return any(int(m.lastgroup[1:]) == artillery and not (p.kind_only_words and p.kind_only_words.fullmatch(m.group(0)))
               for m in p.weapon_words.finditer(text))  # type: ignore[index]


def target(text: str, lang: str, sentence: str) -> Target | None:
    """The facility a clause names, preferring a named one ("Ryazan oil refinery") to a bare word ("the plant")."""
    best: tuple[int, Target] | None = None
    p = patterns(lang)
    for m in lexicon_hits.finditer(p.target_words, text):
        rule = p.targets[int(m.lastgroup[1:])]  # type: ignore[index]
        if _taken_to_care(p, text, m):
            continue
        # with the name before the facility word ("Ryazan oil refinery") and after it ("Plant Kupol")
        before = _NAMES_BEFORE.search(text, max(0, m.start() - 80), m.start())
        after = _NAME_AFTER.match(text, m.end())
        start, end = (before.start() if before else m.start()), (after.end() if after else m.end())
        if start == 0 and before and _common_word(text.split(None, 1)[0], lang):
            start = len(text.split(None, 1)[0]) + 1  # "Ранее Туапсинский НПЗ": a sentence's capital, not a name
        raw = text[start:end]
        raw = facility_name(raw, m.start() - start, m.end() - start, lang)  # "аэропорту Калуги" -> "аэропорт Калуги"
        name = re.sub(r"^(?:the|a|an)\s+", "", raw.strip(), flags=re.IGNORECASE)
        category = rule.category
        if rule.context is not None and not rule.context.search(sentence):
            category = rule.default
        named = sum(1 for word in name.split() if word[:1].isupper())
        if best is None or named > best[0]:
            best = (named, Target(name, category))
    return best[1] if best else None


def only_near_targets(text: str, lang: str) -> bool:
    """Whether every facility a clause names is named as where something came down near, not what it hit ("уламки
    впали біля школи", "обломки упали возле жилого дома"): the facility word follows one
    of the language's `near_words` with at most three words between. False when the clause names no facility."""
    near = _near_words(lang)
    matches = list(patterns(lang).target_words.finditer(text))
    return near is not None and bool(matches) and all(
        any(_FEW_WORDS.fullmatch(text, n.end(), m.start()) for n in near.finditer(text, max(0, m.start() - 80), m.start()))
        for m in matches)


def locates_another(text: str, before_end: int, start: int, lang: str) -> bool:
    """Whether the text between a place named before (ending at `before_end`) and one named at `start` is only a word
    of nearness ("село Разумное возле Белгорода", "the village of X near Y"): the second only tells where the first
    lies, and is no place the sentence tells of."""
    near = _near_words(lang)
    if near is None or not 0 <= start - before_end <= 40:
        return False
    return any(_COMMA_GAP.fullmatch(text, before_end, n.start()) and _GAP.fullmatch(text, n.end(), start)
               for n in near.finditer(text, before_end, start))


_FEW_WORDS = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}")  # a nearness word's few words before the facility it names
_COMMA_GAP = re.compile(r",?\s+")
_GAP = re.compile(r"\s+")


@cache
def _near_words(lang: str) -> re.Pattern[str] | None:
    """The language's `near_words`, whole words: read by `only_near_targets` and `locates_another`."""
    words = topic(lang, "events").get("near_words") or []
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", re.IGNORECASE) if words else None


def _taken_to_care(p: _Patterns, text: str, m: re.Match[str]) -> bool:
    """A hospital told as where the wounded were taken or are treated ("раненый доставлен в больницу", "отвёз в
    больницу", "В больницу доставлены 8 пострадавших", "was taken to hospital"), not what was struck: its word is a care
    place (`care_places`) with words of taking or treating right before it (`care_before`) or right after it
    (`care_after`) (ledger16: six of nine hospital targets of the Russian news ledger were so, and two strikes of one
    bus with the hospital as one post's target were kept apart as two targets)."""
    if p.care_place is None or not p.care_place.fullmatch(m.group(0)):
        return False
    if p.care_before is not None and p.care_before.search(text, max(0, m.start() - 90), m.start()):
        return True
    return p.care_after is not None and bool(p.care_after.match(text, m.end()))


@lru_cache(maxsize=4096)
def _common_word(word: str, lang: str) -> bool:
    """A very common word of the language (wordfreq's Zipf frequency >= 5: "Earlier", "Ранее", "Вчора")."""
    from eventledger.geo import Gazetteer

    return Gazetteer.load().zipf(word, lang) >= 5.0


def asserted_target(text: str, lang: str) -> tuple[int, int, str] | None:
    """ "the target was the Kupol plant": the span of the assertion and the target it names."""
    m = lexicon_hits.search(patterns(lang).target_assertion, text)
    if not m:
        return None
    named = re.sub(r"^the\s+", "", m.group(1).strip(), flags=re.IGNORECASE)
    named = re.split(r"\s+(?:which|that|who|where)\b", named)[0]
    return m.start(), m.end(), named


@lru_cache(maxsize=512)
def attacker(text: str, lang: str) -> str | None:
    p = patterns(lang)
    if not p.actor_words.search(text):
        return None
    for actor, pattern in p.attackers:
        if pattern.search(text):
            return actor
    return None


def countries_named(text: str, lang: str, *, speakers_too: bool = False) -> list[tuple[int, int, str]]:
    """Countries named by an adjective before a place noun ("four Russian airports" -> Russia), with spans; with
    `speakers_too`, also the adjective describing who speaks (for a clause that names no other place: "Authorities in
    Russian regions bordering Ukraine said drones attacked six villages" happened in Russia)."""
    p = patterns(lang)
    speakers = None if speakers_too else _speakers_of(lang)
    # (not the speakers' own description: "губернаторы двух российских областей заявили" names who speaks, not where)
    # (an adjective the case-blind pattern matched by a letter that folds to no key, "Ruſſian", names no country)
    named = [(m.start(), m.end(), country) for m in lexicon_hits.finditer(p.country_adjective, text)
             if (country := p.demonyms.get(m.group(1).casefold())) is not None
             and (speakers is None or not speakers.search(text, max(0, m.start() - 60), m.start()))]
    if p.country_abbreviated is not None:
        # "над территорией РФ": the country by its abbreviation after the noun
        named += [(m.start(), m.end(), p.abbreviations[m.group(1)]) for m in p.country_abbreviated.finditer(text)]
    return sorted(named)


@cache
def _speakers_of(lang: str) -> re.Pattern[str] | None:
    """Office words whose holders a country's adjective right after them describes (`country_of_speakers`)."""
    words = topic(lang, "events").get("country_of_speakers")
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s+(?:[\w-]+\s+)?$", re.IGNORECASE) if words else None


def several_areas(text: str, lang: str) -> re.Match[str] | None:
    """Where a clause names several regions at once by a common noun ("над пятью регионами", "over five regions")."""
    pattern = patterns(lang).several_areas
    return pattern.search(text) if pattern is not None else None


def is_origin(text_before: str, lang: str) -> bool:
    """A place right after "from"/"launched from" is where an attack came from, not where it happened; one right after
    "pro-" is a side ("pro-Russia rebels"), not a place at all."""
    return bool(lexicon_hits.search(patterns(lang).origin, text_before))


def is_destination(text_before: str, place: str, lang: str) -> bool:
    """A place right after "автобус, следовавший в" is where the bus was going ("в Херсон"), unless it is in the
    locative: "автобус, следовавший в Херсоне по маршруту" was hit in Kherson (`destination_markers`)."""
    pattern = patterns(lang).destination
    if pattern is None or not pattern.search(text_before):
        return False
    word = _WORD.match(place)
    if word is None:
        return False
    from eventledger.extract.morphology import analyzer

    cases = {p.tag.case for p in analyzer(lang).parse(word.group())}
    return not cases & {"loct", "loc2"}


def is_care(text_before: str, lang: str) -> bool:
    """A place right after "are being treated in", "лечатся в" is where the wounded are treated: no place of the
    incident when the report names another, yet the only place a report tells ("three were treated in Kharkiv after a
    missile hit") is where it happened, as far as the report says (`care_markers`; events._origins)."""
    pattern = patterns(lang).care
    return pattern is not None and bool(pattern.search(text_before))


def is_nationality(text_before: str, lang: str) -> bool:
    """A country right after "citizen of" / "граждан-" is whose citizens they are, not where ("a citizen of Georgia
    died"); a town there is where they live ("two citizens of Belgorod were injured"), so this is asked of countries
    only."""
    pattern = patterns(lang).nationality
    return pattern is not None and bool(pattern.search(text_before))


def is_side(text_after: str, lang: str) -> bool:
    """A town or country right before "troops"/"forces" names a side ("Kiev troops attacked Sloviansk"), not a place."""
    return bool(patterns(lang).side.match(text_after))


def is_office(text_before: str, text_after: str, lang: str) -> bool:
    """A place that names an official's office ("Belgorod region Governor Vyacheslav Gladkov", "the governor of the
    neighbouring Kursk region") tells who speaks, not where anything happened."""
    p = patterns(lang)
    return bool(p.office_after and p.office_after.match(text_after)) or bool(
        p.office_before and lexicon_hits.search(p.office_before, text_before))


def is_seat(text_before: str, lang: str) -> bool:
    """A place named as where a speaking body sits ("a security official in the northwestern city of Peshawar
    confirmed the attack", "authorities in Lipetsk, Voronezh and Mordovia issued warnings"): whose officials speak,
    not where anything happened (`seats_before` of the language file, matched right before the place). Unlike an office
    it is still where the report is: its incident told with no place of its own may be there."""
    p = patterns(lang)
    return bool(p.seat and p.seat.search(text_before[-80:]))


def speaks_for_region(text_before: str, text_after: str, lang: str) -> bool:
    """A region named in the genitive after an official's title ("сообщил губернатор Брянской области", "голова Сумської
    ОВА"): the official who tells a figure speaks for it. (Unlike `is_office`, the place may still be where the clause
    says something happened: Russian and Ukrainian put the title before the region as they put a verb before a place.)
    Not a seat (`is_seat`, whose place is no place of the clause): read as seats, these titles change 8 pool reports
    (on 0deb3b0), and seats read as these titles 5, so the two lists stay apart."""
    p = patterns(lang)
    return bool(p.region_official and p.region_official.search(text_before)) or bool(
        p.region_office and p.region_office.match(text_after))


def before_office_name(name: str, text_after: str, lang: str) -> bool:
    """A region named by its adjective alone right before its administration's name or its governor ("голова
    Харківської ОВА", "Сумської обласної військової адміністрації", "Тамбовский губернатор"): the adjective names only
    the office that speaks, never where something happened in the clause (unlike "губернатор Брянской области", see
    `speaks_for_region`, or "В Белгородской области губернатор сообщил"); the report may still be about the region."""
    p = patterns(lang)
    return " " not in name.strip() and bool(p.region_office and p.region_office.match(text_after))


def opens_relative(text: str, lang: str) -> bool:
    """Whether a relative clause opens in the text (", which ...", ", who ..."): what follows tells of the noun."""
    p = patterns(lang)
    return bool(p.relative and p.relative.search(text))


def of_the_incident(before: str, lang: str) -> bool:
    """Whether the text before a relative clause (all of it, from the report's start) ends in the report's own
    incident word opening its sentence ("The attacks, which began late on Tuesday", "Атака, которая началась во
    вторник вечером", "Удар, який росіяни завдали в неділю"): the clause tells of that incident, so its day is the
    incident's, not a noun's of its own ("launched from Crimea, which Russia annexed in 2014"). Only a determiner
    (`own_incident_determiners`) may stand before the word: "The previous attack, which came on Monday", "Предыдущая
    атака, которая была в понедельник" tell another incident, and "the strike, which killed five on Monday" inside a
    sentence tells a noun of that sentence, whose day the report's incident does not take."""
    sentence = before[max(before.rfind(mark) for mark in _SENTENCE_MARKS) + 1:].rstrip()
    tail = sentence[-_NOUN_REACH:]
    words = [m for m in _trigger_words(tail, lang) if m.end() == len(tail)]
    if not words:
        return False
    lead = sentence[:len(sentence) - len(tail) + min(m.start() for m in words)]
    determiners = patterns(lang).own_incident_determiners
    return all(word.casefold() in determiners for word in re.findall(r"[\w'’ʼ-]+", lead))


_NOUN_REACH = 40  # characters before a relative clause where the noun it tells of ends
_SENTENCE_MARKS = ".!?\n"


def is_attacker(text_after: str, lang: str, name: str = "") -> bool:
    """A country right before "attacked"/"launched" is the one attacking ("Russia attacked Ukraine overnight"); in
    Russian and Ukrainian only when named as the subject: "Россию ... атаковали" is the country attacked."""
    if not patterns(lang).attacker_verb.match(text_after):
        return False
    return lang not in ("ru", "uk") or not name or _nominative(name.split()[-1], lang)


@lru_cache(maxsize=4096)
def _nominative(word: str, lang: str) -> bool:
    from eventledger.geo.build import _analyzers

    ru, uk = _analyzers()
    return any("nomn" in p.tag for p in (ru if lang == "ru" else uk).parse(word))


def underwent(after: str, lang: str) -> bool:
    """Whether the words after a place tell what it went through (`undergone_verbs`: "suffered", "came under"), so
    that the place is where something happened, whatever its grammatical role."""
    pattern = patterns(lang).undergone
    return pattern is not None and pattern.match(after) is not None


def subject_by_case(lang: str) -> bool:
    """Whether the language tells a country's subject by its case (the_subject reads the nominative), so the reading
    is sure; English reads it from the order of words only, and its caller keeps such a country when the clause names
    no other place."""
    return lang in ("ru", "uk")


def kills(after: str, lang: str) -> bool:
    """Whether a country's clause goes on with a verb of killing whose subject it is ("Israel killed a commander on
    Tuesday": `subject_killing_verbs`): the killer, not where the killing was, even when the clause names no other
    place (in English, where the_subject's other verbs keep a country that is its clause's only place)."""
    pattern = patterns(lang).subject_killing
    return pattern is not None and pattern.match(after) is not None


def the_subject(name: str, lang: str, after: str = "") -> bool:
    """A country named in the nominative alone ("Росія здійснила чергову атаку", "країна-агресор Росія масовано
    атакує"): in Russian and Ukrainian the subject of its clause, who acts; where something happens is told in another
    case ("у Росії", "над Росією", "по Росії"). A name that also reads in another case ("Іран", nominative or
    accusative) is left alone, and so is a subject whose verb tells what it underwent ("Россия подверглась атаке",
    "Україна зазнала удару": `undergone_verbs`), which is where it happened."""
    if not name:
        return False
    p = patterns(lang)
    if p.undergone is not None and p.undergone.match(after):
        return False
    if not subject_by_case(lang):
        # no case to read: a verb in the past tense right after the country ("Israel killed a commander"), unless
        # a passive's "by" follows it ("Lebanon struck by ..."): `subject_verbs` of the language file. A guess (a verb
        # in "-ed" may tell what the country underwent): events._places_in drops such a country only beside another
        # place of its clause
        return p.subject_verb is not None and p.subject_verb.match(after) is not None
    return _nominative_only(name.split()[-1], lang)


def nominative_only(word: str, lang: str) -> bool:
    """Whether pymorphy3 reads the word, as a noun, in the nominative and in no other case ("Москва", not "Київ")."""
    return _nominative_only(word, lang)


@lru_cache(maxsize=4096)
def _nominative_only(word: str, lang: str) -> bool:
    from eventledger.geo.build import _analyzers

    ru, uk = _analyzers()
    nouns = [p.tag for p in (ru if lang == "ru" else uk).parse(word) if "NOUN" in p.tag]
    return bool(nouns) and all("nomn" in t and "Fixd" not in t for t in nouns)


def is_district(text_after: str, lang: str) -> bool:
    return bool(patterns(lang).district.match(text_after))


def town_unlikely(text_before: str, text_after: str, lang: str) -> bool:
    """ "over the Volga": a town name after a lower-case article is more likely the river or region, unless it
    names something of the town ("the Ryazan refinery", "the Izhevsk Electromechanical Plant")."""
    p = patterns(lang)
    if not p.not_before_town.search(text_before):
        return False
    following = text_after.lstrip()
    if following[:1].isupper():
        return False
    if following.split(" ", 1)[0].strip(",.;:") in (topic(lang, "events").get("town_nouns") or ()):
        return False  # "the Velykyi Burluk hromada": the town's community, named by the town
    return not any(rule.pattern.match(following) for rule in p.targets)


def restriction_lifted(text: str, lang: str) -> bool:
    return bool(patterns(lang).lifted.search(text))


def recalls_history(text: str, lang: str) -> bool:
    return bool(patterns(lang).background.search(text))


def joins_list(between: str, lang: str) -> bool:
    """Whether the text between two places only joins them in a list (", ", " and ", " та ")."""
    return bool(between.strip()) and bool(patterns(lang).list_joiner.match(between))


def is_attacking_country(text_before: str, text_after: str, lang: str) -> bool:
    """A country that owns the attack named with it: "the U.S. missile attack", "атака России по Киеву"."""
    p = patterns(lang)
    return bool((p.attack_after and p.attack_after.match(text_after)) or (p.attack_before and p.attack_before.search(text_before)))


def is_modifier(text_after: str, lang: str) -> bool:
    """A place joined by a hyphen to a participle is part of an adjective ("a Russia-launched drone", "US-made")."""
    p = patterns(lang)
    return bool(p.modifier and p.modifier.match(text_after))


def sea_as_shore(text_before: str, text_after: str, lang: str) -> bool:
    """A sea named for its shore, fleet or trade ("on the Black Sea coast", "the Black Sea Fleet in Sevastopol", "на
    побережье Черного моря"): the land or the ships the words name, not the sea, is where anything happened
    (`sea_descriptors` of the language file: words right after the sea, and right before it)."""
    p = patterns(lang)
    return bool(p.sea_after and p.sea_after.match(text_after)) or bool(p.sea_before and p.sea_before.search(text_before))


def scene_of_a_war(text_before: str, lang: str, text_after: str = "") -> bool:
    """A place named as the scene of a war, not of an incident ("the conflict with Israel in Gaza", "its war against
    Hamas in Gaza", "since Moscow launched its military operation in Ukraine", "войны в секторе Газа"): background
    every outlet gives, no incident's place (`war_scenes` of the language file: words right before the place). Unless
    the words after it tell an incident there ("its offensive in Kharkiv region, where a missile hit a school":
    `scene_told_after`). A soldier's death in combat there (`combat_deaths`) is the war's unless the rest of the
    sentence names a weapon ("погиб в бою под Бахмутом, когда снаряд попал в блиндаж"). `text_after`: the rest of the
    sentence after the place."""
    p = patterns(lang)
    before = text_before[-80:]
    if p.scene_told_after is not None and lexicon_hits.search(p.scene_told_after, text_after):
        return False
    if p.war_scenes is not None and lexicon_hits.search(p.war_scenes, before):
        return True
    return bool(p.combat_deaths and lexicon_hits.search(p.combat_deaths, before) and weapon(text_after, lang) is None)


def names_a_body(text_after: str, lang: str) -> bool:
    """A place right before the noun of an outlet or church ("Fars News Agency", "Kyiv Post", "the Moscow
    Patriarchate"): part of the body's name, not where anything happened (`body_names_after` of the language file,
    matched with case: "the Kyiv post office" is in Kyiv)."""
    pattern = patterns(lang).body_names
    return bool(pattern and pattern.match(text_after))


def names_a_part(text_before: str, lang: str) -> bool:
    """Whether the words right before a country name a part of it ("southern Lebanon", "central and western Ukraine",
    "на юге Ливана"): a strike there was told somewhere in particular, not at a whole country in talk."""
    words = topic(lang, "events").get("country_parts") or []
    if not words:
        return False
    part = "|".join(words)
    joiners = "|".join(topic(lang, "events").get("list_joiners") or [","])
    return bool(re.search(rf"(?<!\w)(?:{part})(?:\s*(?:,|{joiners})\s*(?:{part}))*\s+$", text_before[-60:],
                          re.IGNORECASE))


def in_a_title(text_before: str, text_after: str, lang: str) -> bool:
    """A place between a capitalised article and another capitalised word ("The Moscow Times", "The Kyiv
    Independent") is inside the name of an outlet or body, not where anything happened. (The capital after is tried
    first: one anchored match, where the article's pattern searches all the text before.)"""
    article = _title_article(lang)
    return article is not None and _CAPITAL_WORD.match(text_after) is not None and article.search(text_before) is not None


_CAPITAL_WORD = re.compile(r"\s+[A-Z][a-z]")


@cache
def _title_article(lang: str) -> re.Pattern[str] | None:
    articles = topic(lang, "events").get("title_articles") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, articles))})\s+$") if articles else None


def is_actor(text_after: str, lang: str, text_before: str = "") -> bool:
    """A country or capital right before a verb of saying or doing ("Moscow blames", "Russia has intensified") or
    right after one ("blames Kyiv") is a state acting or acted on, not a place where something happened."""
    p = patterns(lang)
    if p.actor_object and text_before and p.actor_object.search(text_before):
        return True  # (before the test of a place preposition: "hit back at Russia" ends in one)
    if p.located and text_before and p.located.search(text_before):
        return False  # "the base in Iraq shot down two drones": where the base is, not who shot
    return bool(p.actor_verb and p.actor_verb.match(text_after))


# matched at the place's end: "MOSCOW (Reuters) -", "KYIV —", and a country and day before the agency ("Odesa, Ukraine,
# Mar 29 (EFE).-")
_DATELINE_TOWNS = re.compile(r"[ \t]*(?:[A-ZА-ЯЁІЇЄҐ][\w.'’-]*(?:[ \t]+[A-ZА-ЯЁІЇЄҐ][\w.'’-]*)?,[ \t]*){1,2}")
_AN_AGENCY = r"\s*(?:\([^()\n]{2,40}\)\s*)?"  # "(AP)", "(Reuters)" before a dateline's dash, or nothing
_DATELINE_AGENCY = re.compile(_AN_AGENCY + "[-–—]")  # after a dateline's last place: "(AP) —"
_DATELINE_AFTER = re.compile(
    _AN_AGENCY + r"[-–—:]|\.\s+\d{1,2}\s+[^\W\d_]+\.\s+[^\W\d_][\w.]*\s+[-–—]|(?:,\s*(?:[A-Z][\w.]*|\d{1,4})(?:\s+(?:[A-Z][\w.]*|\d{1,4})){0,2}){1,3}\s*\([^()\n]{2,40}\)\s*\.?\s*[-–—:]"
    # (a day told whole, "Kiev, 13 April 2025 (dpa/MIA) -", is three words after its comma)
    # ... and an agency in capitals with no dash after it, the report's first words following ("Simferopol, Apr 29 (UNI) A")
    r"|(?:,\s*(?:[A-Z][\w.]*|\d{1,4})(?:\s+(?:[A-Z][\w.]*|\d{1,4})){0,2}){1,3}\s*\([A-Z]{2,10}\)[ \t]+(?=[A-ZА-ЯЁІЇЄҐ])")


# an excerpt that opens with the day it was published, " date 2025-05-03 OSLO, May 3 (Reuters) -"
_DATE_STAMP = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}[ \t]+")


# the answers of `is_dateline` for the last text: each place is asked about by several steps, and again for each
# reading of its clause
_datelines: tuple[str, dict[tuple[int, int], bool]] = ("", {})


def is_dateline(text: str, start: int, end: int) -> bool:
    """`_is_dateline`, kept for the last text (the same answer, worked out once a place)."""
    global _datelines
    seen = _datelines
    if seen[0] is not text:
        seen = _datelines = (text, {})
    found = seen[1].get((start, end))
    if found is None:
        found = seen[1][(start, end)] = _is_dateline(text, start, end)
    return found


def _is_dateline(text: str, start: int, end: int) -> bool:
    """A place opening a paragraph in capitals or followed by an agency and a dash ("MOSCOW (Reuters) -", "KYIV —"):
    the dateline, where the report was filed. So is the country or region after the town in one ("KYIV, Ukraine (AP)
    —": Ukraine), and the town of a dateline with its day ("Москва. 30 декабря. INTERFAX.RU -")."""
    stamp = _DATE_STAMP.match(text)
    first = stamp.end() if stamp else 0  # the first words after an excerpt's opening date stamp open its first paragraph
    i = start
    while i > first and text[i - 1] in " \t":
        i -= 1
    if i > first and text[i - 1] != "\n":
        line = max(text.rfind("\n", max(0, start - 60), start) + 1, first) if start > 0 else 0
        # the town (and a region) of a dateline before it, capitalised and followed by commas
        return bool(line or start - first <= 60) and bool(_DATELINE_TOWNS.fullmatch(text, line, start)) and bool(
            _DATELINE_AGENCY.match(text, end))
    word = text[start:end]
    return bool(_DATELINE_AFTER.match(text, end)) or (word.isupper() and len(word) > 3 and text[end:end + 2].strip()[:1] in (",", "("))


def explained(text: str, lang: str) -> bool:
    """Whether a text gives a loud sound a cause that is no attack (thunder, fireworks, a planned demolition, drills, a
    sonic boom, an accident: `sound_causes` and `accident_causes`) or denies it was an explosion ("а не вибухи")."""
    p = patterns(lang)
    return p.sound_cause is not None and bool(p.sound_cause.search(text))


def aerial(text: str, lang: str) -> bool:
    """Whether a text names something that flies or air defence: what an interception claim is about."""
    p = patterns(lang)
    return p.aerial is None or bool(p.aerial.search(text))


def shows_war(text: str, lang: str) -> bool:
    """Whether a text shows armed conflict: a weapon, an armed force, an attack named with its country
    (`conflict_evidence` and `weapons` of the language file), or a warring state as the one attacking ("Ukraine
    attacked an oil refinery in Syzran": `attacker_patterns`), which no everyday sense of "attacked" has."""
    p = patterns(lang)
    return p.evidence is None or bool(lexicon_hits.search(p.evidence, text)) or attacker(text, lang) is not None
