"""From the facts of each clause to the events of one report.

A report tells one incident in many sentences (the trigger in one, the casualties in another, the target in a third)
and mentions other incidents in passing. The rules here: each clause with a trigger proposes an incident per place it
names; proposals of the same kind, date and place (or no place) are one event; explosions at the place of a strike
are that strike; a clause with figures but no trigger belongs to the incident at its place, else to the last one
told. Every figure and assertion becomes a Claim with its source, quote and offsets.
"""

from __future__ import annotations

import re

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache, partial

from eventledger.extract import incidents, lexicon_hits, named_beside, place_roles, place_within
from eventledger.extract.attribution import (UNNAMED, Source, SourceBook, hedge_spans, impersonal_spans, opens_pointing_back,
                                             outlet_own, own_hedge_spans, personal_name, recalls, turns)
from eventledger.extract.capital_named import tells_the_capital
from eventledger.extract.channel_footer import footer_channel
from eventledger.extract.dates import DateMention, find_dates, mourning_day, names_a_weekday, report_day, status_time
from eventledger.extract.days_told import days_apart, days_told
from eventledger.extract.day_told_before import BULLET_LINE, NEAR, day_told_before, recall_pattern
from eventledger.extract.kind_joints import by_kind
from eventledger.extract.increments import added_up, told_as_more, without_counted_on
from eventledger.extract.figures import EVERYONE, EVERYONE_OF, FigureMention, find_figures, told_of_a_part
from eventledger.extract.finest_place import at_the_port, off_the_coast, to_finest
from eventledger.extract.numbers import Quantity
from eventledger.extract.parts_of_toll import without_parts
from eventledger.extract.place_heading import heads_for_capital, place_heading
from eventledger.extract.place_told_next import place_told_next
from eventledger.extract.retold_days import retold_without_day
from eventledger.extract.quotations import (
    closes_quotation, first_opening, has_marks, left_open, marks_paired, opens_quotation, quotes_words, unclosed_opening,
)
from eventledger.extract.fighting_told import fighting_told_once
from eventledger.extract.guard import word_led
from eventledger.extract.same_incident import (around_capital, contains, more_counts, one_per_incident, own_accounts,
                                                same_place)
from eventledger.extract.segment import Span, clauses, sentences
from eventledger.extract.spans import Within
from eventledger.extract.war_totals import of_a_war, tells_war_total
from eventledger.extract.weapon_types import one_per_weapon, same_family
from eventledger.extract.word_lists import every_language, words_of
from eventledger.geo import Candidate, PlaceMatch
from eventledger.geo import local_names
from eventledger.geo.distance import between
from eventledger.geo.offsets import place_with_offset
from eventledger.lang import SUPPORTED, alternation, topic, whole_words
from eventledger.model import Area, Claim, Event, Kind, Place, SourceKind, Target, Weapon, content_id
from eventledger.reconcile import reconcile, reconcile_figure

# How specific a place is: the smallest wins as an event's location.
_SPECIFICITY = {"airport": 0, "point": 0, "city": 1, "admin2": 2, "area": 2, "sea": 2, "admin1": 3, "region": 4, "country": 5}
_CASUALTY_KINDS = ("strike", "shelling", "explosion")
_BACKDROP_KINDS = ("strike", "shelling", "explosion", "other")  # kinds a country-wide backdrop is read as
_BACKGROUND_AFTER = timedelta(days=7)
_HARMED = ("killed", "injured", "hospitalized", "critical")
# figures an attack that hit nothing may carry: what was launched, what air defence downed, the airports it closed
_TOLD_OF_ATTACK = ("launched", "intercepted", "airports")


@dataclass
class _Draft:
    """An event being assembled from the clauses of one report."""

    kind: Kind
    place: Candidate | None
    date: str | None
    date_precision: str | None
    anchor: int
    weapon: Weapon | None = None
    target: Target | None = None
    attacker: str | None = None
    areas: list[Candidate] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    explicit_date: bool = False
    dated: bool = False  # its clauses name a day (else it has the publication day)
    day_named: bool = False  # ... a date, a weekday or yesterday, not only a part of the night or day ("overnight")
    recalls: bool = False
    retold: bool = False  # told only in sentences recalling an earlier report ("As was reported, ...", "Напомним, ...")
    recalled: bool = False  # ... whoever the sentence names as its teller ("Напомним, ранее губернатор сообщал ...")
    when: frozenset[str] = frozenset()  # the parts of the day (or an earlier day) its sentences tell
    details: str | None = None
    listed: bool = False  # proposed by a list of places the clause gives nothing of their own
    fallen: bool = False  # proposed only by debris that hit nothing and hurt nobody
    separate: bool = False  # told as another incident ("Another strike hit ..."): it joins none told before
    another: bool = False  # told with "another", facts of its own or not ("Днём произошла ещё одна атака")
    # told at a place named only as another than those told ("в соседнем районе области", "за межами селища"): it
    # takes no place from the sentences around it, and joins none told before (`elsewhere_words`)
    elsewhere: bool = False
    not_at: tuple[Candidate, ...] = ()  # ... the places its clause names, which it is not at
    day_carried: bool = False  # its day is the last one the report named before it (day_told_before), not its own
    regions: list[Candidate] = field(default_factory=list)  # with no place: the regions of the officials telling it
    told_day: str | None = None  # with no publication date, the day its clause tells, read against a stand-in day
    headline_end: int = 0  # where the report's headline ends (0: it opens with none)
    heading_end: int = 0  # told in a line of its own (a headline): where that line ends (else 0)
    next_end: int = 0  # ... and where the sentence after it ends
    placeless: tuple[tuple[int, int], ...] = ()  # the report's sentences that name no place (spans)

    @property
    def headline(self) -> bool:
        """Whether it is told only in the report's headline, which the body retells (ANNOTATION.md)."""
        return bool(self.claims) and all(c.start < self.headline_end for c in self.claims)

    def absorb(self, other: _Draft) -> None:
        self.listed = self.listed and other.listed
        self.elsewhere = self.elsewhere and other.elsewhere
        self.fallen = self.fallen and other.fallen
        self.retold = self.retold and other.retold
        self.recalled = self.recalled and other.recalled
        self.when = self.when | other.when
        self.place = self.place or other.place
        self.weapon = self.weapon or other.weapon
        if other.target and (not self.target or _named(other.target) > _named(self.target)):
            self.target = other.target
        self.attacker = self.attacker or other.attacker
        self.claims.extend(other.claims)
        self.explicit_date = self.explicit_date or other.explicit_date
        self.dated = self.dated or other.dated
        self.day_named = self.day_named or other.day_named
        self.told_day = self.told_day or other.told_day
        self.areas.extend(a for a in other.areas if not any(_same_place(a, mine) for mine in self.areas))


def _named(target: Target) -> int:
    return sum(1 for w in target.name.split() if w[:1].isupper())


def _same_place(a: Candidate | None, b: Candidate | None) -> bool:
    if a is None or b is None:
        return False
    if a.place.geonames_id and a.place.geonames_id == b.place.geonames_id:
        return True
    return (a.place.key, a.place.country) == (b.place.key, b.place.country)


def _contains(outer: Candidate, inner: Candidate) -> bool:
    """Whether `outer` (a country or an admin1 area) contains `inner`."""
    if _SPECIFICITY.get(outer.feature, 9) <= _SPECIFICITY.get(inner.feature, 9) or _same_place(outer, inner):
        return False
    if outer.feature == "country":
        return inner.place.country == outer.place.country
    if outer.feature == "admin1":
        return inner.place.country == outer.place.country and inner.place.admin1 == outer.place.admin1
    return False


def build_events(
    text: str,
    lang: str,
    report_id: str,
    published: datetime | None,
    places: list[PlaceMatch],
    quantities: list[Quantity],
    dates: list[DateMention],
    country_place: dict[str, Candidate],
    sentence_langs: Mapping[int, str] | None = None,
    region_lists: Sequence[tuple[int, int, list[Candidate], int]] = (),
) -> list[Event]:
    """The events of one report. `country_place` maps a country name ("Russia") to its gazetteer entry;
    `sentence_langs` gives the language of sentences (by start offset) that differ from the report's; `region_lists`
    the regions of each list that the gazetteer left unread (`region_lists.bare_members`), by the list's span."""
    book = SourceBook(text, lang)
    country_of = {c.place.country: c for c in country_place.values() if c.place.country}
    # launch sites, and parties or places a relative clause describes ("friction with the US"): never where
    origins = _origins(places, text, lang, region_lists) | place_roles.not_where(places, text, lang)
    # where the bodies that speak sit ("officials in Peshawar said"): no place of a clause, yet where the report may be
    seats = place_roles.seats(places, text, lang)
    authorities: dict[str, Source] = {}  # the officials and military bodies the report quotes, by name
    first_told: dict[str, int] = {}  # ... and where the first sentence that names each begins
    unquoted: set[str] = set()  # officials named denying or habitually telling ("Authorities have not confirmed")
    drafts: list[_Draft] = []
    orphans: list[_Orphan] = []
    offices: dict[int, list[Candidate]] = {}  # the regions whose officials speak in an orphan clause, by its start
    told_places: list[Candidate] = []  # every place a clause names where something happened
    told_in: list[list[Candidate]] = []  # ... and those of each sentence
    published_day = report_day(published, text, lang)

    # the last speaker goes on through later sentences and paragraphs until another is named (how news tells an account)
    paragraph_speaker = UNNAMED
    outlet_told: list[Span] = []  # clauses the outlet tells itself ("Напомним, ...") and those carried on after them
    outlet_telling = False
    carried: list[Span] = []  # clauses whose speaker is carried on from a sentence before
    all_sentences = sentences(text, lang)
    war: dict[int, bool] = {}

    def war_at(span: Span) -> bool:
        """incidents.shows_war of a sentence, searched only when asked and once: most clauses never ask."""
        if span.start not in war:
            war[span.start] = incidents.shows_war(span.text, lang)
        return war[span.start]

    first_sentence = all_sentences[0] if all_sentences else None
    heading = _headline(all_sentences, text)
    dates_within, quantities_within, places_within = Within(dates), Within(quantities), Within(places)
    harm: dict[int, bool] = {}

    def harm_after(i: int) -> bool:
        """Whether the sentence after sentence i tells casualties or damage (searched only when asked and once)."""
        if i not in harm:
            after = all_sentences[i + 1] if i + 1 < len(all_sentences) else None
            alang = (sentence_langs.get(after.start, lang) if sentence_langs else lang) if after else lang
            harm[i] = after is not None and (incidents.damaged(after.text, alang) or any(
                f.figure in _HARMED and f.value > 0
                for f in find_figures(after, quantities_within.inside(after.start, after.end), alang)))
        return harm[i]
    told_within = Within(days_told(text, lang, published_day))
    told_when: frozenset[str] = frozenset()  # the part of the day today's account last told ("Сегодня утром ...")
    signed_since = 0  # where a line signing what was told above it ("— Собянин.") would begin to sign
    named_from: int | None = None  # where the first sentence naming a speaker begins: a footer's channel's lead ends there
    footer = footer_channel(text, lang)
    book.own_channel = footer[0] if footer is not None else None
    outlet_before = False  # the sentence before was the outlet's own account ("Our journalists saw ...": outlet_own)
    for i, sentence in enumerate(all_sentences):
        previous_sentence = all_sentences[i - 1] if i else None
        slang = sentence_langs.get(sentence.start, lang) if sentence_langs else lang
        book.lang = slang  # a mixed report: each sentence is read with its own language's words
        sentence_hedges = hedge_spans(sentence.text, slang)
        sentence_dates = dates_within.inside(sentence.start, sentence.end)
        sentence_quantities = quantities_within.inside(sentence.start, sentence.end)
        sentence_places = places_within.inside(sentence.start, sentence.end)
        recap = recalls(sentence.text, slang)
        recalled_sentence = recap  # (kept when a named teller below makes `recap` False for attribution)
        sentence_when = _day_parts(sentence.text, slang)
        if sentence_when and not recalled_sentence:
            told_when = sentence_when
        turn = turns(sentence.text, slang)
        told_in.append([])
        # a new paragraph after a quotation, opening with no speaker and no more quoted words, is the outlet's own
        after_quotation = previous_sentence is not None and "\n" in text[previous_sentence.end:sentence.start] \
            and quotes_words(previous_sentence.text) and not opens_quotation(sentence.text)
        heading_line = _line_heading(sentence, text, sentence_places, slang)
        line_place: Candidate | None = None
        named_here: list[tuple[Span, Source]] = []  # the clauses of this sentence that name their own speaker
        if _signing_line(text, sentence) and (signed := book.signature(sentence.text)).name:
            # "Ещё пять беспилотников сбили ...\n\nСпециалисты работают на месте.\n\n— Собянин.": a line signing what the
            # post told above it, back to the last speaker a sentence named; the words after it are the outlet's again
            _credit_span(drafts, orphans, signed, signed_since, sentence.start, carried)
            paragraph_speaker, outlet_telling, signed_since = UNNAMED, True, sentence.end
            named_from = sentence.start if named_from is None else named_from
            continue
        # (two incidents of different kinds at places of their own joined by "and": a clause each, extract/kind_joints.py)
        # (its speaker is the whole clause's: "X said drones hit A and air defence downed two over B" is X's, both parts)
        for whole, clause in [(w, part) for w in clauses(sentence, slang) for part in by_kind(w, sentence_places, slang)]:
            speaker = book.speaker(whole, sentence)
            if speaker.name is None and clause.start == sentence.start and _opens_line(text, sentence) \
                    and not (heading is not None and sentence.start == heading.start
                             and not book.opens_words_below(sentence.text)):
                # "Губернатор Воронежской области Гусев: Дежурными силами ПВО ... уничтожены два беспилотника": a body
                # line led by its speaker (the headline's own lead is read below, and goes on into nothing)
                speaker = book.line_lead(sentence.text)
            if speaker.name:
                # "Earlier, Gladkov had said that two were found dead, while two more were injured": the speaker a
                # recalling sentence names goes on through its later clauses
                recap = turn = False
            if (recap or turn or book.unsaid or book.vague) and speaker.name is None:
                paragraph_speaker, outlet_telling = UNNAMED, True
            if book.unsaid and book.unsaid.name and book.unsaid.kind in ("official", "military"):
                unquoted.add(book.unsaid.name)
            if book.vague and speaker.name is None:
                # "officials said" beside a named governor: the report quotes more than his one account
                unquoted.add(book.vague)
            if speaker.name and speaker.kind in ("official", "military"):
                authorities[speaker.name] = speaker
                # (a sentence that points back, "Об этом сообщил X", names him for its paragraph's sentences before it)
                # (a tag closing what he told, "..., заявил X", "..., — X", names him for its paragraph's sentences too)
                first_told.setdefault(speaker.name, _paragraph_start(text, previous_sentence.start) if previous_sentence
                                      and (book.pointed_back or opens_pointing_back(sentence.text, slang))
                                      else _quotation_start(text, sentence.start) if book.tag_closes else sentence.start)
            if book.pointed_back and speaker.name and (said := previous_sentence) is not None:
                # "... пострадали двое. Об этом сообщил губернатор X.": X said the sentence before, and the sentences
                # of its paragraph before it that name no speaker of their own ("В Харькове погибли семь человек. Еще
                # 15 пострадали. Об этом сообщил X")
                # (its speaker, not the one carried on from a paragraph before: "..., сообщает телеграм-канал.\n\n
                # Ранены три человека. Об этом сообщил губернатор X")
                opens = _paragraph_start(text, said.start)
                # (... and the clauses of its own sentence before it: "Ранее пострадала женщина, об этом сообщил X")
                _credit(drafts, orphans, speaker, lambda c, o=opens, e=max(said.end, clause.start): o <= c.start < e,
                        over=lambda c, o=opens: any(o <= k.start and k.start <= c.start < k.end for k in carried))
            if book.tag_closes and speaker.name and clause.start > sentence.start:
                # "Three missiles hit the port, while air defence shot down two more, the army said": a tag closing the
                # sentence tells its earlier clauses too, whoever was carried into them
                _credit_span(drafts, orphans, speaker, sentence.start, clause.start, carried)
            if book.tag_closes and speaker.name and _closes_paragraph(text, sentence) \
                    and _named_in(speaker.name, sentence):
                # "В Курске дрон попал в дом. Ранены трое. На месте работают службы, сообщил губернатор X.": a tag
                # closing its paragraph tells the paragraph's sentences before it that name no speaker of their own,
                # ahead of a channel's lead or a speaker carried on from before (a pronoun's, "she said", names no one new)
                _credit_span(drafts, orphans, speaker, _quotation_start(text, sentence.start), sentence.start, carried)
            hedged = _hedged(clause, sentence, sentence_hedges)
            carried_person = False  # whether an official named before is carried on into this clause
            if speaker.name is None and not book.names_speech(whole):
                # "X said a drone hit a depot. Two people were injured.": still X; but "Reportedly, ..." relays nobody,
                # while X's own "According to preliminary data, ..." is still X
                own = own_hedge_spans(sentence.text, slang)
                if (impersonal := impersonal_spans(sentence.text, slang)) \
                        and (outlet_before or _names_a_new_place(sentence_places, places, sentence.start)):
                    # "It is reported that ...", "як повідомляється" about a place the report has not named before ("X
                    # said a missile hit Kharkiv.\n\nIn Dnipro, it is reported, two were killed"), or right after the
                    # outlet's own account ("X said ... Our journalists saw burnt cars. It is reported that ..."): another
                    # account, relayed by nobody; about the places told before, the speaker's own
                    own = [o for o in own if not any(i[0] < o[1] and o[0] < i[1] for i in impersonal)]
                relayed = _hedged(clause, sentence, [h for h in sentence_hedges
                                                     if not any(s <= h[0] and h[1] <= e for s, e in own)])
                speaker = UNNAMED if relayed else paragraph_speaker
                if speaker.name:
                    carried.append(clause)
                    carried_person = speaker.kind == "official" and (
                        speaker.person or personal_name(speaker.name, slang) is not None)
                if after_quotation and clause.start == sentence.start:
                    # '"Two women are seriously injured," announced the governor.' and then, a paragraph on, "Twelve
                    # others were hospitalized.": the governor's words ended with the quotation
                    speaker = paragraph_speaker = UNNAMED
                    outlet_telling = True
            elif book.own_sentence_only and speaker.name:
                # "Видео опубликовано в Telegram-канале «X». В Белгороде ранены двое.": the channel the video came out
                # on is the source of its own sentence; whoever was telling before goes on after it
                named_here.append((clause, speaker))
            elif not ((recap or turn or book.unsaid or book.vague) and speaker.name is None):
                # (an authority cited by a teller, "TASS reported, citing governor X", told only his own sentence: the
                # teller goes on)
                paragraph_speaker = book.cited_teller if book.cited_teller is not None else speaker
                outlet_telling = False
                if speaker.name and book.cited_teller is None:
                    named_here.append((clause, speaker))
            if outlet_telling:
                outlet_told.append(clause)
            if speaker.name is None and heading is not None and sentence.start == heading.start:
                # "Governor: Three wounded as drone strikes building": the headline's own claims (its source neither
                # goes on into the body nor counts as an authority the body quotes)
                speaker = book.headline_speaker(sentence.text)
            # (a vague or a denying speaker names someone all the same: "украинские СМИ сообщают")
            # (but not the footer's channel naming itself: "По данным SHOT" in SHOT's own post is the channel's account)
            if named_from is None and (
                    (speaker.name and not (footer is not None and speaker.name.casefold() == footer[0].casefold()))
                    or book.vague or (book.unsaid and book.unsaid.name)):
                named_from = sentence.start
            # names of channels and outlets are not places ("the Telegram channel Shot"); "the Tatarstan government" is
            # ... nor is the one who speaks ("Xinhua recalled", "Kyiv said")
            speakers = [s.name for s in (speaker, *book.known.values()) if s.name and s.kind in ("telegram", "media")]
            speakers += [speaker.name] if speaker.name and " " not in speaker.name and speaker.kind != "residents" else []
            # ... and "governor Ivan Orlov" ends with a surname, not the town of Orlov
            # (but "Жителі Ізмаїла", residents named by their town, end with the town)
            speakers += [surname for s in (speaker, *book.known.values())
                         if s.name and s.kind != "residents" and (surname := _surname(s.name))]
            near = (first_sentence, previous_sentence, sentence)
            ctx = _Clause(text, report_id, published, slang, sentence, clause, speaker, hedged, sentence_hedges, sentence_dates,
                          tuple(s for s in near if s is not None), war_at,
                          told_within.inside(sentence.start, sentence.end), published_day=published_day,
                          country_of=country_of, harm_next=lambda i=i: harm_after(i),
                          next_text=all_sentences[i + 1].text if i + 1 < len(all_sentences) else "",
                          places_at=tuple((m.start, m.candidates[0]) for m in sentence_places
                                          if m.candidates and clause.start <= m.start < clause.end))
            clause_places = _places_in(clause, text, sentence_places, slang, speakers, origins | seats)
            if heading_line and clause.start == sentence.start:
                line_place = clause_places[0] if len({p.place.key for p in clause_places}) == 1 else None
            elif line_place is not None and not clause_places:
                # "Ворожбянська громада – загинули двоє; поранені ще двоє (удари дронів)": a summary's line that opens
                # with its place tells that place's news in every clause that names none of its own
                clause_places = [line_place]
            if _bare_list(clause, sentence_places, clause_places, text, slang):
                ctx = replace(ctx, bare_list=True)
            figures = [f for f in find_figures(clause, sentence_quantities, slang, text[clause.end:clause.end + 400])
                       if not of_a_war(text[sentence.start:f.start], slang)]
            if not any(f.figure in _CASUALTIES and not f.alone for f in figures) and _tally_over_list(
                    clause, sentence_places, clause_places, text, slang):
                # a count of attacks over three or more villages with nothing else ("shelled five times at A, B, C and
                # D"): a tally of a day over a region, no incident at each village (ANNOTATION.md: a summary whose
                # places have nothing of their own); a clause with its own toll still tells its incidents
                continue
            if listed := _listed_with(clause, region_lists, sentence_places, clause_places):
                ctx = replace(ctx, listed=listed)
            told_places += clause_places
            told_in[-1] += clause_places
            # (the speakers' country adjective is the place only when the clause names no other)
            countries = [
                country_place[name]
                for _, _, name in incidents.countries_named(clause.text, slang, speakers_too=not clause_places)
                if name in country_place
            ]
            new_drafts, orphan = _read_clause(ctx, clause_places, countries, figures)
            if carried_person and _restriction_told(new_drafts):
                # "22 беспилотника сбиты, — Собянин.\n\nВ аэропортах Внуково и Домодедово введены ограничения": a governor
                # or a mayor tells what was downed and hit; an airport's restriction is the aviation authority's or the
                # airport's to announce, so a clause telling one naming no one is the outlet's, not his carried on
                for d in new_drafts:
                    d.claims = [replace(c, source=None, source_kind="unknown") for c in d.claims]
                outlet_told.append(clause)  # (nor does he take it as the only authority the report quotes)
            if not orphan and (summary := _zero_summary(new_drafts, drafts)) is not None:
                new_drafts, orphan = [], summary
            for d in new_drafts:
                d.retold = recap
                d.recalled = recalled_sentence
                # (a sentence of today's account telling no time has the time it last told)
                d.when = sentence_when or (frozenset() if recalled_sentence else told_when)
            drafts += new_drafts
            regions = _offices_in(sentence, text, sentence_places, slang, seats)
            for d in new_drafts:
                if d.place is None and not d.areas:
                    d.regions = regions
            if orphan:
                orphans.append(orphan)
                offices[orphan[2]] = regions

        if named_here:
            signed_since = sentence.end
        outlet_before = not named_here and outlet_own(sentence.text, slang) and not any(
            book.names_speech(c) for c in clauses(sentence, slang))
        if (told := _quotation_teller(all_sentences, i, named_here, slang)) is not None:
            # '"The shelling killed two men. Three were hurt," the mayor added.': the quotation's earlier sentences
            # are the words of the speaker its tag names, whoever the outlet was carrying on before it opened (and
            # however many officials the report quotes)
            teller, opened = told
            _credit(drafts, orphans, teller, lambda c, a=opened, b=sentence.start: a <= c.start < b,
                    over=lambda c, a=opened, b=sentence.start: a <= c.start < b and any(
                        k.start <= c.start < k.end for k in carried))
    # ... and the officials a "Source:" line names, after the text or before it, are quoted by the whole report
    authorities |= {s.name: s for s in book.known.values() if s.name and s.kind in ("official", "military")}
    if len(authorities) == 1 and not unquoted - authorities.keys():
        # a report that quotes one authority tells its account throughout: its unhedged, unattributed figures are his
        (only,) = authorities.values()
        # ... but not the headline's: a heading that names nobody is the outlet's own line ("Two civilians injured in
        # missile strike on Kharkiv"), whoever the body goes on to quote
        # ... nor the lead above the sentence that first names him: what the outlet tells before it quotes anyone is its own
        # ("Seven people were injured in a missile attack on Kyiv.\n\n... says Mayor X"; a "Source:" line names him for
        # the whole report)
        since = first_told.get(only.name, 0) if only.name not in {s.name for s in book.known.values()} else 0
        _credit(drafts, orphans, only, lambda c: not c.hedged and not any(s.start <= c.start < s.end for s in outlet_told)
                and not (heading is not None and heading.start <= c.start < heading.end) and c.start >= since)
    if footer is not None and not any(s.name for s in book.known.values()):
        _credit_channel(drafts, orphans, footer, named_from)
    # "the governor said" and "Governor Vyacheslav Gladkov said" in one report are one speaker
    for d in drafts:
        d.claims = [_held(c, book) for c in d.claims]
    orphans = [(located, [_held(c, book) for c in claims], at) for located, claims, at in orphans]
    # a headline naming only vague officials ("... — власти"): its figures are credited once the incidents are
    # joined, from the body's claims of its own incident (`_headline_figures_told_below`)
    vague_headline = (heading, vague_kind) if heading is not None and (
        vague_kind := book.headline_vague(heading.text)) is not None else None
    anchors = [d.anchor for d in drafts]
    for d in drafts:
        if d.place is None and not d.areas and d.kind in _CASUALTY_KINDS and not d.elsewhere:
            # "A drone dropped explosives on a police building. The incident took place in the Trubchevsky district."
            d.place = place_told_next(d.anchor, all_sentences, told_in, anchors, lang)
    events = _merge(drafts, published_day or _sole_day(text, lang, dates), lang)
    events = _days_told_after(events, published_day, lang, [
        (s.start, s.end) for s in all_sentences if not any(s.start <= m.start < s.end for m in places)
        and not any(s.start <= start < s.end for start, *_ in region_lists)])
    for e in events:
        retold = partial(_retold_in, e, events, all_sentences, heading, places, region_lists, text, lang)
        if not e.dated and (told := day_told_before(e.anchor, dates, text, lang, published_day, retold)) is not None:
            e.date, e.date_precision = told.date, told.precision  # still undated: its clauses name no day
            e.day_carried = True
    # "Ранее мы писали, что при взрыве погиб ...", "За последние три дня ВСУ нанесли два удара ...": retold with no day
    # of its own, not an incident of the publication day (retold_days)
    events = [e for e in events if e.dated or not retold_without_day(e.anchor, text, dates, lang)]
    # "Пуски проведены в ответ на удары ракетами по Белгородской и Воронежской областям": strikes
    # named as what someone answers, with no day or figure of their own, are the cause of a statement, not an incident
    events = [e for e in events if e.dated or any(c.figure for c in e.claims) or not _answered_there(e, text, lang)]
    # "СБУ показала части ракеты, которой был атакован Днепр" after the strike told with its day: an incident named
    # only in a relative clause, of the same kind and place as another event of the report, is that one retold (the
    # main clause's day is the showing's, not the strike's)
    events = [e for e in events if not _retold_in_relative_clause(e, events, all_sentences, text, lang)]
    # "The blasts come amid air raids across Ukraine", "Israel has kept up its assaults", "a base for aircraft used
    # against Ukraine": beside an incident the report places at a town, district or region, a strike, explosion or
    # clash told only at a whole country after the report's first sentence and headline, with nothing counted in its
    # own clauses (a stated zero is a count: "a missile hit a substation in Ukraine, but no one was hurt"), is the
    # war's or the campaign's backdrop, not an incident: a target alone does not make it one; what the lead or the
    # headline tells at the country is the report's own incident, its town perhaps unread; one told with a day of its
    # own, or opened as one more incident with a target of its own, is an incident (`_incident_apart`). Asked before the
    # figures of other sentences are lent to it. (Measured in fix21e and not done: keeping a country other than the placed
    # incidents', or dropping the figures told right after a backdrop with it, cost validation false events and
    # attributions: on real reports such countries are mostly actors, scenes and misread names.)
    lead_end = all_sentences[0].end if all_sentences else 0
    events = [e for e in events if not _backdrop(e, events, lead_end, places, text, lang)]
    _attach_orphans(events, orphans, offices, text, lang)
    events = [e for e in events if not (e.listed and not _has_own(e))]
    stated_cause = incidents.accident(text, lang) or incidents.weather(text, lang)
    if not any(war_at(s) for s in all_sentences) and (not incidents.aerial(text, lang) or stated_cause):
        # a report with no weapon, armed force or air defence anywhere (a programming tip, a metro delay, a murder, a
        # chemistry accident) tells no incident of war, whatever words it shares with one; an airport closure and
        # explosions heard may stand alone ("В аэропорту Казани введены временные ограничения", "Донецк сотрясают
        # взрывы": ANNOTATION.md records explosions whose cause is not stated) - unless the report states an accident
        # ("Предварительная причина - хлопок газа")
        accidental = incidents.accident(text, lang)
        # ... and explosions heard are what stands: a blast that killed or injured people at a filling station, in a
        # flat or a mine, with no weapon or armed force named, is an accident or a crime, not an incident of war
        # ... and a plane in such a report is a plane, not an air war, once the report states an accident ("SSJ-100
        # загорелся при посадке"); a closure it gives a cause of no war ("терминал обесточен") is no restriction of war
        events = [e for e in events if (e.kind == "airspace_restriction" and not incidents.weather(text, lang)) or (
            e.kind == "explosion" and not accidental and not any(c.figure in _HARMED for c in e.claims))]
    if events and (incidents.crime(text, lang) or stated_cause) and not incidents.war_signs(text, lang):
        # a report that tells a crime, an accident or unrest ("убийство", "уголовное дело", "выкатился за пределы
        # полосы", "протестующие") and names no armed force, war actor or weapon of war anywhere tells no incident of
        # war, whatever war-like words it shares with one: a shooting in a restaurant "обстреляли", a car that "сбил"
        # passers-by, an alarm at an airport; a partisan's arson or a soldier's crime names the force (`war_signs`)
        events = [e for e in events if e.kind == "airspace_restriction" and not incidents.weather(text, lang)]
    # "Russia will answer for the strikes": a strike somewhere in a whole country, with nothing of its own, is talk;
    # "strikes in southern Lebanon" name a part of it
    events = [e for e in events if not (e.kind in ("strike", "shelling") and e.place is not None
                                        and e.place.feature == "country" and not _has_own(e)
                                        and not _in_a_part(e, places, text, lang))]
    main = _main_place(places, text, lang, origins)
    unplaced = [e for e in events if e.place is None and not e.areas]
    home = _home_country(places, origins, text, lang) if unplaced else None  # (asked once a report, not once an event)
    for e in unplaced:
        capital_told = tells_the_capital([c.quote for c in e.claims], lang)  # placed at the capital later (capital_named)
        if e.kind == "strike" and not capital_told and not e.elsewhere and _debris_damage(e, lang) and (
                before := _place_told_before(e.anchor, all_sentences, told_in, text) or main) is not None:
            # "Над Севастополем сбиты шесть ракет. В результате падения обломков повреждены 12 строений.": debris that
            # damaged something is a strike where it fell (ANNOTATION.md), told with no place of its own: where the
            # paragraph has just told the downing (else the place the report is about), not a placeless nothing
            e.place = before
        elif main is not None and (e.kind in ("airspace_restriction", "explosion") or (
                e.kind in _CASUALTY_KINDS and (_has_own(e) or e.attacker is not None or e.another))) and not (
                main.feature == "admin1" and capital_told) and _named_in_item(main, e.anchor, places, text):
            # "after the strike, two were injured", "residents of Saratov heard explosions": the place the report is
            # about; but attack words with no toll, target or attacker ("«Атаки могут начаться»" under a headline
            # naming Zaporizhzhia) are talk, not an incident there; "Днём произошла ещё одна атака" tells one that
            # happened (and parts a running tally from a new wave: same_incident.py)
            e.place = main
        elif main is None and e.kind in _CASUALTY_KINDS and any(c.figure for c in e.claims) and not capital_told \
                and home is not None and (area := _one_area(
                    _where_told(places, all_sentences, e.anchor, [p for x in events for p in (x.place, *x.areas) if p]),
                    origins, home)) is not None:
            # "обломки повредили дом, семья не пострадала ... над Ростовской областью сбиты 9 беспилотников": a
            # report that names no town, only one region where something happened (or one in the strike's own
            # sentence), tells its strike there, as it tells its interception
            e.place = area
        elif e.kind == "interception" and (heading := place_heading(e.anchor, all_sentences, places, text, lang)):
            e.place = heading  # "сбиты 32 беспилотника, летевших на Москву": the approaches of Moscow
        elif e.kind == "interception" and not _counts(e) - {("intercepted", 1)} \
                and not any(c.source_kind == "military" for c in e.claims) \
                and (before := _place_told_before(e.anchor, all_sentences, told_in, text)) is not None:
            # "Увечері дрони атакували Черкаси. Над містом працювала ППО.": air defence at work, told with no count
            # and no place of its own, worked where the paragraph has just told the attack (not over the country; but
            # a ministry's "air defence downed the drones" is the ministry's claim over its country); one drone told
            # downed ("the UAV was struck down") is no count over a country either
            e.place = before
        elif e.kind == "interception" and not heads_for_capital(e.anchor, all_sentences, text, lang) and home is not None:
            # a count with no place ("61 of the 112 drones were shot down"): the one area the report is about ("drones
            # attacked a depot in Kaluga Oblast ... all were destroyed"), else the country
            e.place = _one_area(places, origins, home) or _country_of(home, places, country_place)
        elif e.kind == "interception" and home is None and (
                body := place_roles.body_country(places, text, lang) or place_roles.body_named(text, lang, country_place)):
            # "Минобороны России сообщило, что сбиты две ракеты Storm Shadow": a ministry's count that names no place
            # is over its own country (ANNOTATION.md: precision `country` when it names no region)
            e.place = body
    if any(e.kind == "explosion" for e in events) and any(e.kind == "interception" for e in unplaced):
        # ... and the same once an interception told with no place of its own ("над городом работала ПВО",
        # "air defence was at work") has taken the report's place: the explosions heard there are that interception
        events = _explosions_joined(events, lang)
    # a strike or a clash told nowhere in particular and with no figure ("the plant was struck two years ago") is not a record
    events = [e for e in events if not (e.kind in _CASUALTY_KINDS + ("other",) and e.place is None and not e.areas
                                        and not any(c.figure for c in e.claims))]
    # a report that opens with a headline (its first line, one sentence) tells there the incident its body retells
    headed = len(all_sentences) > 1 and "\n" in text[all_sentences[0].end:all_sentences[1].start] \
        and "\n" not in text[:all_sentences[0].start].strip()
    placeless = tuple((s.start, s.end) for s in all_sentences
                      if not any(s.start <= m.start < s.end for m in places))
    for e in events:
        e.headline_end = all_sentences[0].end if headed else 0
        e.placeless = placeless
        at = next((i for i, s in enumerate(all_sentences) if s.start <= e.anchor < s.end), None)
        if at is not None and at + 1 < len(all_sentences) and _own_line(text, all_sentences[at]):
            e.heading_end, e.next_end = all_sentences[at].end, all_sentences[at + 1].end
    events = one_per_incident(events)  # type: ignore[assignment]  # _Draft is a same_incident.Proposal
    events = one_per_weapon(events, lambda quote: incidents.weapon(quote, lang))
    to_finest(events, told_places, lang)  # "a drone attack on the Kyiv region ... in the Boryspil district": Boryspil
    off_the_coast(events, told_places, lang)  # "an attack in the Red Sea ... off the coast of Mokha": off Mokha
    at_the_port(events, told_places, lang)  # "drones attacked Novorossiysk, a city ... on the Black Sea": Novorossiysk
    events = one_per_incident(events)  # type: ignore[assignment]  # ... where the district's own retelling may be told
    # a front roundup's clash told at two places of one clause, or beside the fire that backs it: one clash
    events = fighting_told_once(events, lang)  # type: ignore[assignment]
    # an attack told with nothing it did, where air defence met it that day, is that interception
    told = [text[s.start:s.end] for s in all_sentences]
    events = [e for e in events if not _into_interception_attack(e, events, lang, told)]
    # "Russia attacked Kyiv ... in the Holosiivskyi district": there
    _at_the_one_quarter(events, places, text, lang, [(s.start, s.end) for s in all_sentences])
    if vague_headline is not None:
        _headline_figures_told_below(events, *vague_headline)
    # with no publication date, the report's latest day told stands in for it: an incident of 2022 recalled in a
    # report of events of 2024 is background all the same
    reference = published_day or _latest_day(events)
    days_read = dates_within if published_day else told_within
    launched = [c for e in events for c in e.claims if c.figure == "launched"]  # what "all of them" may point back to
    for d in events:
        if published_day is None and d.date is None:
            d.claims = _off_other_months(d, all_sentences, told_within, text)
        # "a woman was killed ... another person died": two (added up before counts on from a larger total go)
        # ... unless told on a day of its own other than the event's: "Another person was killed on Sunday"
        day = d.date if d.dated and published_day else None
        counted = added_up(_counted_only(d.claims, quantities_within, text, lang), text, lang, partial(
            _more_on_another_day, day=day, all_sentences=all_sentences, dates=days_read))
        d.claims = _everyone_counted(without_parts(without_counted_on(counted, text, lang), text), launched,
                                     quantities_within)
        d.claims = _hospitalised_are_hurt(d.claims, lang)
        d.claims = _off_wider_day_totals(d, all_sentences, places, text, lang)
        if d.kind == "strike" and d.weapon == "artillery":
            # "Росіяни атакували Нікополь. Через влучання снаряда ...": what guns and launchers fire is a shelling,
            # whichever verb told the incident first
            d.kind = "shelling"
    _zeros_lent(events, text, lang)
    return [_finish(d, report_id, reference) for d in events]


_LENT_TO = {"strike": ("interception",), "shelling": ("interception",), "explosion": ("interception",),
            "interception": ("strike", "shelling", "explosion")}


def _zeros_lent(events: list[_Draft], text: str, lang: str) -> None:
    """A stated zero that is all its event holds ("There were no casualties", proposed as a strike of its own because
    it says "the attack") is told of the one attack the report tells there that day in the other role: where air
    defence met the attack, "nobody was hurt" is the interception's too (ANNOTATION.md gives it to the interception),
    and an interception's "no casualties" is the strike's it stood beside. The taker gets a copy of the zeros (they
    stay with their teller's event too: which of the two gold keeps is not told by the words). Only one taker, on the
    same day, at the same place or a town and the district it sits in (never an oblast, a country or a sea holding
    the town: "no casualties" in Voronezh says nothing of the rest of Russia). A taker that counts any harm of its own
    (killed 3, or a zero of its own) gets nothing: a zero beside deaths would be false of it. A zero told of a group
    only ("no civilian casualties", "без пострадавших среди мирного населения") is not lent: of the other event it would
    read as no one at all (`zero_restricted` in lang/<code>/figures.yaml). A strike that hit something of its own (a
    target) keeps its zero to itself."""
    restricted = _zero_restricted(lang)
    for donor in events:
        zeros = [c for c in donor.claims if c.figure]
        if donor.kind == "interception" and (debris := _debris_after_zeros(donor, events, text, lang)):
            # (an interception's count of drones downed beside its "no one was hurt" does not keep the zero from the
            # debris strike told right after it: `_debris_after_zeros`)
            zeros = [c for c in zeros if c.figure in _HARMED]
            if restricted is None or not any(restricted.search(_zero_told(text, c)) for c in zeros):
                debris.claims.extend(zeros)
            continue
        if not zeros or donor.place is None or donor.target is not None or donor.kind not in _LENT_TO or any(
                c.figure not in _HARMED or c.value != 0 or c.lower_bound for c in zeros):
            continue
        if restricted is not None and any(restricted.search(_zero_told(text, c)) for c in zeros):
            continue
        takers = [e for e in events if e is not donor and e.kind in _LENT_TO[donor.kind] and e.place is not None
                  and e.date == donor.date and (same_place(e.place, donor.place) or _town_in_district(e.place, donor.place)
                                                or _town_in_district(donor.place, e.place))]
        if len(takers) != 1 or any(c.figure in _HARMED for c in takers[0].claims):
            continue
        takers[0].claims.extend(zeros)


def _debris_after_zeros(donor: _Draft, events: list[_Draft], text: str, lang: str) -> _Draft | None:
    """The strike of an interception's debris that its stated zero also speaks of: "A drone was shot down over X. No one
    was hurt. Falling debris damaged a roof." The zero, told after the interception, is the interception's (ANNOTATION.md);
    the debris told next is the same drone's, so what the zero denies was denied of it too. What ties the debris to
    the interception: the strike is the first incident told after the zero, in a sentence naming debris
    (`fallen_debris`), on the same day at the same place (or with no place of its own), and it counts no harm of its
    own; not the debris of another weapon, nor one whose toll is still being clarified (`incidents.debris_apart`). None
    when the interception counts any harm above zero or holds no zero."""
    harmed = [c for c in donor.claims if c.figure in _HARMED]
    if not harmed or any(c.value != 0 or c.lower_bound for c in harmed):
        return None
    told = max(c.start for c in harmed)
    later = [e for e in events if e is not donor and e.anchor > told]
    if not later:
        return None
    nxt = min(later, key=lambda e: e.anchor)
    if nxt.kind != "strike" or nxt.date != donor.date or any(c.figure in _HARMED for c in nxt.claims) or not (
            nxt.place is None or donor.place is None or same_place(nxt.place, donor.place)):
        return None
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, nxt.anchor)), default=0)
    stop = _SENTENCE_BREAK.search(text, nxt.anchor)
    told = text[start : stop.start() if stop else len(text)]
    # (not the debris "of a second drone", nor one whose casualties "are being clarified": `incidents.debris_apart`)
    return nxt if incidents.debris_told(told, lang) and not incidents.debris_apart(told, lang) else None


def _retold_in(e: _Draft, events: list[_Draft], all_sentences: list[Span], heading: Span | None,
               places: list[PlaceMatch], region_lists: Sequence[tuple[int, int, list[Candidate], int]], text: str,
               lang: str, day: DateMention) -> bool:
    """Whether the sentence of `day` may tell incident `e`, told before it with no day, so that the day is `e`'s. Not
    when that sentence tells other incidents only: its claims all of events of another kind, or it names places, none
    of them `e`'s, holding it or within it, and its events of `e`'s kind lie elsewhere too. "ВС РФ нанесли удар по
    X.\n\nНакануне наши бойцы сбили дрон над Y": the day is the downing's, and the strike keeps the publication day
    (ANNOTATION.md: the date a post gives for that incident). A place named only as what another lies near
    ("Накануне дрон атаковал село Разумное возле Белгорода" after a lead on Belgorod: incidents.locates_another) is not
    a place that sentence tells. A headline (one line with no full stop, `_headline`) tells the lead's incident: the
    lead's day stays its own, wherever it places it."""
    if heading is not None and e.anchor < heading.end:
        return True
    sentence = next((s for s in all_sentences if s.start <= day.start < s.end), None)
    if sentence is None:
        return True
    told = [o for o in events if any(sentence.start <= c.start < sentence.end for c in o.claims)]
    if not told:
        return True

    def near(p: Candidate | None) -> bool:
        return e.place is None or p is None or _same_place(e.place, p) or _contains(e.place, p) or _contains(p, e.place)

    kinds = _CASUALTY_KINDS if e.kind in _CASUALTY_KINDS else (e.kind,)
    inside = [m for m in places if m.candidates and sentence.start <= m.start < sentence.end]
    named = [m.candidates[0] for m in inside
             if not any(incidents.locates_another(text, o.end, m.start, lang) for o in inside if o.end <= m.start)]
    named += [c for start, _end, bare, _last in region_lists if sentence.start <= start < sentence.end for c in bare]
    if not named:  # an incident of its kind, placed by no name of this sentence, may be `e`'s telling on
        return any(o.kind in kinds for o in told)
    return any(o.kind in kinds and near(o.place) for o in told) or any(near(p) for p in named)


def _town_in_district(outer: Candidate, inner: Candidate) -> bool:
    """Whether `outer` is a district (raion) holding the town `inner`."""
    return outer.feature == "admin2" and inner.feature == "city" and contains(outer, inner)


def _zero_told(text: str, c: Claim) -> str:
    """A zero's words and what follows them in their sentence, where a group it is told of is named ("без
    пострадавших среди мирного населения")."""
    rest = re.split(r"[.;!?\n]", text[c.end:c.end + 80], maxsplit=1)[0]
    return f"{c.quote} {rest}"


@cache
def _zero_restricted(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "figures").get("zero_restricted") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})", re.IGNORECASE) if words else None


@cache
def _day_totals(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "figures").get("day_totals") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None


def _off_wider_day_totals(d: _Draft, all_sentences: list[Span], places: list[PlaceMatch], text: str,
                          lang: str) -> list[Claim]:
    """An incident at a town or a district keeps no count told as a day's total over another, wider place ("Over the
    past day the region was shelled with 240 rounds", "минулої доби по області випущено 275 снарядів"),
    when it has a count of that figure told otherwise: the day's total sums many incidents (ANNOTATION.md's aggregate)
    and, the largest of its report, it would outvote the place's own count. A day's total that names the incident's own
    place ("За сутки в Макеевке погибли шесть человек") is the place's. `day_totals` in
    lang/<code>/figures.yaml."""
    pattern = _day_totals(lang)
    if pattern is None or d.place is None or d.place.feature in ("admin1", "country", "area", "sea"):
        return d.claims

    def wider_day_total(c: Claim) -> bool:
        sentence = _sentence_at(all_sentences, c.start)
        if sentence is None or not lexicon_hits.search(pattern, text[sentence.start:sentence.end]):
            return False
        named = [m.candidates[0] for m in places if m.candidates and sentence.start <= m.start and m.end <= sentence.end]
        return bool(named) and not any(_same_place(d.place, p) for p in named)

    drop: set[int] = set()
    for figure in {c.figure for c in d.claims if c.figure}:
        told = [c for c in d.claims if c.figure == figure]
        wider = [c for c in told if wider_day_total(c)]
        if wider and len(wider) < len(told):
            drop |= {id(c) for c in wider}
    return [c for c in d.claims if id(c) not in drop] if drop else d.claims


def _retold_in_relative_clause(e: _Draft, events: list[_Draft], all_sentences: list[Span], text: str, lang: str) -> bool:
    """Whether the incident is told only in a relative clause of its sentence (", которой был атакован Днепр"), with no
    figure of its own, while another event of the report, of its kind and place and another day, tells it."""
    if e.place is None or any(c.figure for c in e.claims):
        return False
    if not any(o is not e and o.kind == e.kind and o.place is not None and _same_place(o.place, e.place)
               and o.date and o.date != e.date for o in events):
        return False
    sentence = _sentence_at(all_sentences, e.anchor)
    if sentence is None:
        return False
    found = incidents.trigger(sentence.text, lang)
    if found is None:
        return False
    opened = max(sentence.text.rfind(mark, 0, found.start) for mark in ",;:")
    return opened >= 0 and incidents.opens_relative(sentence.text[opened:found.start], lang)


def _answered_there(e: _Draft, text: str, lang: str) -> bool:
    """Whether the incident's place is named only inside a phrase of what someone answers ("в ответ на удары ... по
    Курской области", `answered_attacks`), in the sentence that tells it: up to a mark of punctuation or the next
    word of attack ("в ответ на удары по Брянску ВС РФ нанесли удар по Киеву": Kyiv is the answer's, and stays), and
    only when the sentence tells no attack before the phrase (the answer's own, which the place may be misread for)."""
    pattern = _answered_pattern(lang)
    if pattern is None or e.place is None or not e.place.place.as_written:
        return False
    opened = max(text.rfind(mark, 0, e.anchor) for mark in ".!?\n") + 1
    ends = [at for mark in ".!?\n" if (at := text.find(mark, e.anchor)) >= 0]
    sentence = text[opened : min(ends, default=len(text))]
    written = e.place.place.as_written.casefold()
    for m in pattern.finditer(sentence):
        if incidents.trigger(sentence[: m.start()], lang) is not None:
            continue  # "Hezbollah fired rockets into Israel in retaliation for the strike near Naqoura": its own attack
        stretch = re.split(r"[,;:()—–]", sentence[m.end():], maxsplit=1)[0]
        if (then := incidents.trigger(stretch, lang)) is not None:
            stretch = stretch[: then.start]
        if written in stretch.casefold() and written not in (sentence[: m.start()] + sentence[m.end() + len(stretch):]).casefold():
            return True
    return False


@cache
def _answered_pattern(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("answered_attacks") or []
    return re.compile(rf"(?<!\w)(?:{alternation(words)})", re.IGNORECASE) if words else None


def _named_in_item(place: Candidate, anchor: int, places: list[PlaceMatch], text: str) -> bool:
    """Whether the report's main place is named in the item of a bulleted digest that holds `anchor` (True when the
    report is no such digest): "🔻Спецназ разгонял протестующих в центре Тбилиси ... 🔻Армия Сирии заявила ...
    Минобороны России сообщило, что авиация наносит удары по повстанцам": each item is news of its own, and the city
    the digest names most often is not where another item's incident is."""
    starts = [m.start() for m in BULLET_LINE.finditer(text)]
    if len(starts) < 2:
        return True
    opened = max((at for at in starts if at <= anchor), default=0)
    closed = min((at for at in starts if at > anchor), default=len(text))
    return any(opened <= m.start < closed and m.candidates and _same_place(m.candidates[0], place) for m in places)


def _off_other_months(d: _Draft, all_sentences: list[Span], told_within: Within, text: str) -> list[Claim]:
    """With no publication date and no date of the event's own, a figure whose clause is dated by a month with no
    day ("In May shelling wounded two more", "У квітні дрон поранив трьох") is another time's: a recalled attack,
    which the event's undated lead cannot be of (and, the report undated, `_compatible` cannot part them by their
    days). Only a month that opens the figure's sentence or its clause after ";" (a few words at most before it, no
    comma) dates the figure: a month inside an apposition or a relative clause ("the strike, the worst since May,
    killed two", "the clinic, which reopened in April, said ...", "назначенный в марте") or after "since / с / з"
    tells of something else, and the lead's figures stay. A month the event's lead sentence tells or its clause
    dates itself by is the event's own, and its figures stay too."""
    lead = _sentence_at(all_sentences, d.anchor)
    own = {m.date[:7] for m in told_within.inside(lead.start, lead.end)} if lead is not None else set()
    if d.told_day is not None and len(d.told_day) == 7:  # the clause told a month ("in June"), not a day
        own.add(d.told_day)

    def dates_clause(m: DateMention, sentence: Span) -> bool:
        if m.precision != "month" or m.date[:7] in own:
            return False
        if _span_words().match(text, m.start):
            return False
        opened = max(sentence.start, text.rfind(";", sentence.start, m.start) + 1)
        head = text[opened:m.start]
        return "," not in head and len(head.split()) <= 3 and not _span_words().search(head)

    kept = []
    for c in d.claims:
        sentence = _sentence_at(all_sentences, c.start) if c.figure else None
        if sentence is not None and any(dates_clause(m, sentence) for m in told_within.inside(sentence.start, c.start)):
            continue
        kept.append(c)
    return kept


@cache
def _span_words() -> re.Pattern[str]:
    """Every language's words before a month that bounds a span of time (`span_words` in dates.yaml): such a month is
    where the span began or ended, not the day of the clause's figure."""
    return whole_words([w for lang in SUPPORTED for w in topic(lang, "dates").get("span_words", [])])


# the tellers whose tag takes a quotation's earlier sentences: those that rank at least as the outlet does when figures
# are reconciled (reconcile.SOURCE_RANK); a name of no kind ("Hrytsenko said") ranks below the outlet's own words, so
# crediting him would demote its counts
_QUOTATION_TELLERS = frozenset({"official"})


# a sentence that is only a speech tag on its own line ("– повідомив голова ОВА X"), and one that ends a quotation
_TAG_ON_ITS_LINE = re.compile(r"\s*[–—-]\s*\w")
_ENDS_QUOTING = re.compile(r"[”»\"][,.]?\s*$")


def _tag_subject_only(tag: str, lang: str) -> bool:
    """Whether a quotation's tag ("— сообщил губернатор X", "the mayor added") names its speaker as its subject: not
    when it holds a pronoun ("she said": whoever she is, nobody new is named), nor, in Russian or Ukrainian, a noun in the
    dative not led by a preposition ("рассказала губернатору ... жительница", "розповіла голові ОВА ...": the one told,
    not the teller) as its first noun."""
    words = re.findall(r"[^\W\d_][\w'’-]*", tag)
    pronouns = {w.casefold() for w in topic(lang, "attribution").get("pronouns", [])}
    if any(w.casefold() in pronouns for w in words):
        return False
    if lang not in ("ru", "uk"):
        return True
    from eventledger.extract.morphology import analyzer

    morph = analyzer(lang)
    for k, word in enumerate(words):
        if k and words[k - 1].islower() and len(words[k - 1]) <= 3:
            continue  # "по", "к", "до": a case a preposition asks for
        readings = morph.parse(word)
        if readings and "NOUN" in readings[0].tag:
            # the tag's first noun: its subject ("повідомляє голова Ради оборони ...") or the one told ("розповіла
            # голові ОВА ... мешканка"); the nouns after it are its own ("Кривого Рогу")
            return "datv" not in readings[0].tag
    return True


def _quotation_teller(all_sentences: list[Span], i: int, named_here: list[tuple[Span, Source]], lang: str = "en",
                      back: int = 6) -> tuple[Source, int] | None:
    """The speaker whose tag closes a quotation that opened in a sentence before this one, and where it opened: the
    sentence's first quotation mark closes a quotation (or the sentence is a tag on a line of its own after one), the
    clause holding it (or starting right after it) names a speaker of its own, and one of the `back` sentences before
    left a quotation open, with no quotation mark in the sentences between."""
    sentence = all_sentences[i]
    if not named_here:
        return None
    closing = closes_quotation(sentence.text)
    last = i - 1  # the last sentence before the tag's that may have opened the quotation
    opened_at = None  # where the quotation opened, when the sentence before the tag both opened and ended it
    if closing is None and i and _TAG_ON_ITS_LINE.match(sentence.text) \
            and _ENDS_QUOTING.search(all_sentences[i - 1].text):
        # '... two were hurt."\n– the mayor added.', '...поранено двох.”,\n– повідомив голова ОВА X': the tag on
        # a line of its own, opened by a dash, closes the quotation the line before it ends
        closing, before = 0, all_sentences[i - 1]
        if closes_quotation(before.text) is None:
            # (the quotation opened in that sentence too: its first mark opens it)
            if (opens := first_opening(before.text)) is None:
                return None
            opened_at = before.start + opens
        else:
            last = i - 2
    if closing is None:
        return None
    at = sentence.start + closing
    tag = next(((c, s) for c, s in named_here if c.start <= at + 4 and at < c.end), None)
    if tag is None or tag[1].kind not in _QUOTATION_TELLERS \
            or not _tag_subject_only(sentence.text[closing + 1: tag[0].end - sentence.start], lang):
        return None
    teller = tag[1]
    if opened_at is not None:
        return teller, opened_at
    for j in range(last, max(-1, last - back), -1):
        opened = left_open(all_sentences[j].text)
        if opened is None:
            opened = unclosed_opening(all_sentences[j].text)  # ('“Зранку ворог ударив по заводу «Азот».')
        if opened is not None:
            # ('He added: "A shell hit the school ...': a quotation a colon introduces takes its sentence's start)
            lead = all_sentences[j].text[:opened].rstrip()
            return teller, all_sentences[j].start + (0 if lead.endswith(":") else opened)
        if has_marks(all_sentences[j].text) and not marks_paired(all_sentences[j].text):
            # (a name in quotation marks inside the quotation, 'по заводу «Азот»', goes on past)
            return None
    return None


def _opens_line(text: str, sentence: Span) -> bool:
    """Whether a sentence opens its line (after bullets or spaces only)."""
    line = text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start]  # (its line only: asked of many sentences)
    return not line.strip(" \t•*-–—◾️▪️🔹🔸")


def _restriction_told(drafts: list[_Draft]) -> bool:
    """Whether a clause's incidents are airport restrictions alone."""
    return bool(drafts) and all(d.kind == "airspace_restriction" for d in drafts)


def _signing_line(text: str, sentence: Span) -> bool:
    """Whether a sentence stands on a line of its own, the last of the text or a paragraph's, and is no item of a list
    of dashed lines (the lines around it open with no dash). Asked of every sentence, so it reads only the lines
    around the sentence, never the text before or after it whole (a 1 MB report has thousands of sentences)."""
    if text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip():
        return False  # (something before it on its line)
    rest = _NOT_SPACE_OR_TAB.search(text, sentence.end)
    if rest is not None and rest.group() != "\n" and _NOT_SPACE.search(text, rest.start()):
        return False  # (something after it on its line)
    lines = [ln.strip() for ln in (_lines_before(text, sentence.start, 3) + _lines_after(text, sentence.end, 3))
             if ln.strip()]
    return not any(ln[0] in "-–—•" for ln in lines)


_NOT_SPACE_OR_TAB = re.compile(r"[^ \t]")
_NOT_SPACE = re.compile(r"\S")


def _lines_before(text: str, end: int, n: int) -> list[str]:
    """`text[:end].splitlines()[-n:]`, reading back only past n + 1 line breaks."""
    start = end
    for _ in range(n + 1):
        start = text.rfind("\n", 0, start)
        if start < 0:
            break
    return text[start + 1 : end].splitlines()[-n:]


def _lines_after(text: str, start: int, n: int) -> list[str]:
    """`text[start:].splitlines()[:n]`, reading on only to the n-th line break."""
    end = start
    for _ in range(n):
        end = text.find("\n", end) + 1
        if end == 0:
            return text[start:].splitlines()[:n]
    return text[start:end].splitlines()[:n]


def _own_line(text: str, sentence: Span) -> bool:
    """Whether a sentence stands on a line of its own, as a headline does."""
    # (its line only, never the whole text before or after it: asked of many sentences)
    after = _NOT_SPACE_OR_TAB.search(text, sentence.end)
    return not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip(" \t") and (
        after is not None and after.group() == "\n")


def _hospitalised_are_hurt(claims: list[Claim], lang: str = "en") -> list[Claim]:
    """ "Троє чоловіків з травмами госпіталізовані", "two women were taken to hospital": people taken to hospital were
    hurt, so an incident told only by its hospitalised (no count, bare word or
    stated zero of the injured anywhere in it) has as many injured, each hospitalisation told again as an injured claim
    of its source (the project's gold gives an injured figure to 178 of the pool's 181 events with a hospitalised one,
    never fewer). A zero hospitalised ("refused hospitalisation") says nothing of the hurt, nor does a part of a group
    ("two of the injured were hospitalised": more were hurt, how many is not told)."""
    if any(c.figure == "injured" for c in claims):
        return claims
    hurt = [replace(c, figure="injured") for c in claims
            if c.figure == "hospitalized" and isinstance(c.value, int) and c.value > 0
            and not told_of_a_part(c.quote, lang)]
    return claims + hurt if hurt else claims


_POINTS_BACK = 200  # how far before "all of them" the count it points back to may end (about two sentences)


def _everyone_counted(claims: list[Claim], told_before: Sequence[Claim] = (),
                      quantities: Within[Quantity] | None = None) -> list[Claim]:
    """ "Four people were injured ... All the injured were taken to hospitals": as many hospitalised as the event's
    best count of the injured; "14 drones were launched ... All of them were shot down": as many downed as launched
    (`EVERYONE_OF`). An event that holds no such count takes the one the words point back to: the last count of the
    group the report told just before them (`told_before`, any event's: "launched 14 drones at the region" may have
    gone to the strike its sentence told). "All of them" downed points back to the last count told before it: where
    another count stands between ("fired 12 missiles ... 20 houses were hit, all of them destroyed"), "them" are
    those, not the weapons. With no such count, the claim says no number and is dropped."""
    out = []
    for c in claims:
        if c.value != EVERYONE:
            out.append(c)
            continue
        of = EVERYONE_OF.get(c.figure or "")
        if of == "launched" and quantities is not None and _another_count_between(c, [*claims, *told_before], quantities):
            continue
        group = reconcile_figure([b for b in claims if b.figure == of and b.value != EVERYONE]) if of else None
        if group is None and of == "launched":
            back = [b for b in told_before if b.figure == of and isinstance(b.value, int) and b.end <= c.start
                    and c.start - b.end <= _POINTS_BACK]
            group = reconcile_figure([max(back, key=lambda b: b.end)]) if back else None
        # (a group known only to be at least so many is so many at least; a group told by a bare word, "the
        # injured", no count at all)
        if group is not None and group.best > 0 and not (group.best == 1 and group.high is None):
            out.append(replace(c, value=group.best, lower_bound=c.lower_bound or group.high is None))
    return out


def _another_count_between(c: Claim, claims: Sequence[Claim], quantities: Within[Quantity]) -> bool:
    """Whether a count other than the launched count that "all of them" (`c`) points back to stands between the two."""
    launched = [b for b in claims if b.figure == "launched" and isinstance(b.value, int) and b.end <= c.start]
    if not launched:
        return False
    last = max(launched, key=lambda b: b.end)
    return bool(quantities.inside(last.end, c.start))


def _more_on_another_day(claim: Claim, day: str | None, all_sentences: list[Span], dates: Within[DateMention]) -> bool:
    """Whether the claim's sentence tells a day of its own and every day it tells is apart from the event's day
    (`day`, when the event tells one), else from every day told before it: "Another person was killed on Sunday"
    after Monday's strike is an incident of that Sunday, not one more of Monday's dead (increments.added_up)."""
    sentence = next((s for s in all_sentences if s.start <= claim.start < s.end), None)
    if sentence is None:
        return False
    own = dates.inside(sentence.start, sentence.end)
    if day is not None:
        return bool(own) and all(days_apart(m.date, day) for m in own)
    before = dates.inside(0, sentence.start)
    return bool(own) and bool(before) and all(days_apart(m.date, b.date) for m in own for b in before)


def _counted_only(claims: list[Claim], quantities: Within[Quantity], text: str, lang: str) -> list[Claim]:
    """A word naming casualties without a count of its own ("the injured were taken to hospital", "є постраждалі",
    "a six-month-old girl was hurt") speaks of people its speaker counts elsewhere: where the same speaker (or an
    unnamed one) counts more than one of that figure, the word gives no figure of its own, so it neither pulls `low`
    down to one nor stands as the latest 'specific' figure. Said by someone else ("there were fatalities", the
    governor beside a channel's count), it stays the claim it is (UCDP's non-numeric "casualties", at least one)."""

    def counted(c: Claim) -> bool:
        # ("Another person died" after "killed two" is one more, counted as such: increments.added_up)
        return bool(quantities.inside(c.start, c.end)) or told_as_more(c, text, lang)

    # a value above one is a count however it was told: by a numeral, or by people listed by their ages or nouns
    # ("79-летняя, 78-летняя и 60-летняя", "двое мужчин и женщина")
    counts = [c for c in claims if c.figure and isinstance(c.value, int) and c.value > 1]

    def told_by_counter(c: Claim) -> bool:
        return any(k.figure == c.figure and (k.source is None or c.source is None or k.source == c.source)
                   for k in counts)

    # a stated zero is a count too, against a bare word that tells no number of its own ("There were no injuries or
    # fatalities ... attacks that have resulted in injuries and deaths", "Жильцы не пострадали ... среди раненых"):
    # the word, at least one of somebody, does not raise the report's nobody (a word said of one person does)
    zeros = [c for c in claims if c.figure and c.value == 0 and not c.lower_bound and not c.hedged]

    def told_zero(c: Claim) -> bool:
        return c.lower_bound and any(
            k.figure == c.figure and (k.source is None or c.source is None or k.source == c.source) for k in zeros)

    return [c for c in claims
            if not (c.figure and c.value == 1 and not counted(c) and (told_by_counter(c) or told_zero(c)))]


def _headline_figures_told_below(events: list[_Draft], heading: Span, kind: SourceKind) -> None:
    """Give the figures of a headline that names only vague officials ("Two killed in Kherson - officials", "В Николаеве
    погибли два человека — власти") the source the body gives the same figure ("..., two people were killed, Governor
    X said"): the headline sums up the account below it, and its "officials" are the ones the body names. Only the
    body's claims of the headline claim's own incident count: two killed told of another town below is another
    incident's toll, not the one the headline sums up. Only when that incident's body tells the figure and value from
    one source alone, of the headline's kind (officials are no outlet or channel: `SourceBook.headline_vague`); a
    figure only the headline tells stays as it was. (A headline naming nobody at all is the outlet's own line:
    crediting it too moved one validation attribution the wrong way.)"""
    def headline(c: Claim) -> bool:
        return heading.start <= c.start < heading.end

    for e in events:
        below: dict[tuple[str, int], set[tuple[str, str]]] = {}
        for c in e.claims:
            if c.figure and not headline(c):
                below.setdefault((c.figure, c.value), set()).add((c.source or "", c.source_kind))

        def told_below(c: Claim, below: dict[tuple[str, int], set[tuple[str, str]]] = below) -> Claim:
            if c.source is not None or not c.figure or not headline(c):
                return c
            told = below.get((c.figure, c.value), set())
            if len(told) != 1 or not (only := next(iter(told)))[0] or only[1] != kind:
                return c
            return replace(c, source=only[0], source_kind=only[1])

        e.claims = [told_below(c) for c in e.claims]


def _held(claim: Claim, book: SourceBook) -> Claim:
    person = book.holder(claim.source, claim.start)
    return replace(claim, source=person.name, source_kind=person.kind) if person else claim


def _sole_day(text: str, lang: str, dates: list[DateMention]) -> date | None:
    """The one day a report with no publication date tells ("Overnight August 14, 2024 ... the drones were destroyed"):
    its clauses that name no day are of that day, as they would be of the publication day. A report telling two days
    or more gives none (a recalled strike), nor one that also tells days by words read from a publication day it lacks
    ("on Tuesday", "yesterday"): its one full day is then a page stamp, often the morning after the incident."""
    days = {m.date for m in dates if m.precision == "day"}
    if len(days) != 1:
        return None
    day = date.fromisoformat(days.pop())
    return None if any(m.relative for m in find_dates(text, lang, day)) else day


def _latest_day(events: list[_Draft]) -> date | None:
    days = [date.fromisoformat(e.date) for e in events if e.date and len(e.date) == 10]
    return max(days) if days else None


def _names_a_new_place(sentence_places: list[PlaceMatch], places: list[PlaceMatch], start: int) -> bool:
    """Whether a sentence names a place (its gazetteer's best reading) that no words before it named."""
    before = {m.candidates[0].place.name for m in places if m.end <= start and m.candidates}
    return any(m.candidates and m.candidates[0].place.name not in before for m in sentence_places)


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding offset `at` begins."""
    return text.rfind("\n", 0, at) + 1


_OPENS_QUOTATION = re.compile(r"\s*(?:[-—–]\s|[“«„\"])")
_CLOSES_QUOTATION = re.compile(r"[”»]|[^\s“«„]\"|,\s*[-—–]\s")


def _named_in(name: str, sentence: Span) -> bool:
    """Whether the sentence names the speaker itself (the stem of the name's last word), not a pronoun standing for him."""
    return name.split()[-1][:4].casefold() in sentence.text.casefold()


def _closes_paragraph(text: str, sentence: Span) -> bool:
    """Whether `sentence` is its paragraph's last: nothing but spaces before the line ends (or the text does)."""
    rest = text[sentence.end:]
    return not rest.strip(" \t") or rest.lstrip(" \t").startswith(("\n", "\r"))


def _quotation_start(text: str, at: int) -> int:
    """Where what a tag closing its paragraph at offset `at` told begins: its paragraph's start, or the start of the
    paragraph before when that one opens a quotation (a dash or an opening mark) it does not close, so that the tag
    closes it ("- Два дрони влучили в склад ... Є поранені.\nРешту скажемо пізніше, - повідомив X"; '“... after two drones
    hit the depot\n\nin the town. Four workers were hurt,” X said'); a list's dash items are no quotation."""
    start = _paragraph_start(text, at)
    if start == 0 or _OPENS_QUOTATION.match(text, start):
        return start
    end = len(text[:start].rstrip())
    previous = _paragraph_start(text, end)
    paragraph = text[previous:end]
    opening = _OPENS_QUOTATION.match(paragraph)
    if opening and paragraph.strip() and not _CLOSES_QUOTATION.search(paragraph, opening.end()) \
            and not _listed_line(text, previous, opening):
        return previous
    return start


def _listed_line(text: str, at: int, opening: re.Match[str]) -> bool:
    """Whether a paragraph opening with a dash at offset `at` is an item of a list: the line before it opens with a
    dash too ("Итоги ночи:\n- сбиты 12 беспилотников\n- повреждены два дома"), so the dash marks items, not a
    quotation."""
    if not re.match(r"\s*[-—–]\s", opening.group()) or at == 0:
        return False
    end = len(text[:at].rstrip())
    return re.match(r"\s*[-—–•]\s", text[_paragraph_start(text, end):end]) is not None


def _headline(all_sentences: list[Span], text: str) -> Span | None:
    """The report's headline: its first line when that is one sentence standing alone above the body, with no full stop
    (a one-sentence lead paragraph ends with one)."""
    if len(all_sentences) > 1 and "\n" in text[all_sentences[0].end:all_sentences[1].start] \
            and "\n" not in text[:all_sentences[0].start].strip() \
            and not all_sentences[0].text.rstrip().endswith((".", "!", "?", "…", '"', "”", "»", "“")):
        return all_sentences[0]
    return None


def _credit(drafts: list[_Draft], orphans: list[_Orphan], speaker: Source, which: Callable[[Claim], bool],
            over: Callable[[Claim], bool] = lambda c: False) -> None:
    """Give the unattributed claims `which` selects to a speaker named elsewhere: the one the next sentence names
    ("Об этом сообщил X"), or the only authority a report quotes; and those `over` selects whatever their source."""

    def credited(c: Claim) -> Claim:
        if (c.source is None or over(c)) and which(c):
            return replace(c, source=speaker.name, source_kind=speaker.kind)
        return c

    for d in drafts:
        d.claims = [credited(c) for c in d.claims]
    for i, (located, claims, at) in enumerate(orphans):
        orphans[i] = (located, [credited(c) for c in claims], at)


def _credit_span(drafts: list[_Draft], orphans: list[_Orphan], speaker: Source, start: int, end: int,
                 carried: Sequence[Span]) -> None:
    """Give a tag's speaker what the text told from `start` to `end`: the claims naming nobody, and those a speaker
    named before was only carried into (a clause of `carried`), not those a sentence there names its own speaker for."""
    _credit(drafts, orphans, speaker, lambda c: start <= c.start < end,
            over=lambda c: start <= c.start < end and any(k.start <= c.start < k.end for k in carried))


def _credit_channel(drafts: list[_Draft], orphans: list[_Orphan], footer: tuple[str, int],
                    named_from: int | None) -> None:
    """Give the claims a post tells naming nobody to the channel its closing invitation line names ("❗️ Подписывайся
    на X": channel_footer), kind `telegram`: "a channel post where nobody else is named" is the channel's own
    (eval/ANNOTATORS.md). In a post that names a source (an official, an outlet or channel it relays, "officials
    said"), only its own lead is: what it tells before the first sentence naming anyone (`named_from`), as
    eval/ANNOTATORS.md settles ("a channel's own lead ... a speaker named later takes only what follows"). Its later
    paragraphs that name no one are not plainly the channel's (crediting every such paragraph gave the channel the words
    of an official who signed the post a paragraph below, and of "украинские СМИ сообщают", and cost more claims on the
    Telegram dev sets than it gained); a signing line below the lead ("— Собянин.") has taken its words already.
    A "Source:" line names a source for the whole post: then nothing is the channel's.
    """
    name, start = footer
    end = start if named_from is None else min(start, named_from)
    _credit(drafts, orphans, Source(name, "telegram"), lambda c: c.start < end)


def _zero_summary(new: list[_Draft], told: list[_Draft]) -> _Orphan | None:
    """A clause after incidents already told that names no place, day or target of its own and says only that no one
    was hurt ("В результате атак никто не пострадал", "The attack caused no casualties") sums up what was told: its zero
    is said of those incidents (as a clause without an incident word), not of a new incident with no place. After
    interceptions only ("Над областью сбиты четыре беспилотника ... В результате этих атак пострадавших нет"), it is the
    interceptions' zero (ANNOTATION.md gives an interception its "no one was hurt"), not a strike of its own. Damage
    told in the same clause changes nothing ("The attacks damaged several buildings, but no one was hurt" still sums
    up the incidents told before): a clause that names a place of its own is its own incident, and is read as such
    above (fig20 tried to make a placeless clause with damage its own incident; it took the zero from all but the
    last incident and was taken out)."""
    if len(new) != 1 or not any(d.kind in _CASUALTY_KINDS or d.kind == "interception" for d in told):
        return None
    (d,) = new
    figures = [c for c in d.claims if c.figure]
    if (d.kind not in _CASUALTY_KINDS or d.place is not None or d.areas or d.dated or d.target is not None or d.separate
            or d.another or not figures or not _all_zero(figures)):
        return None
    return [], [c for c in d.claims if c.assertion != "kind"], d.anchor


def _debris_damage(d: _Draft, lang: str) -> bool:
    """Whether one of the incident's own clauses tells debris (or a downed weapon's fall) that damaged something."""
    return any(c.assertion == "kind" and incidents.debris_told(c.quote, lang) and incidents.damaged(c.quote, lang, debris=True)
               for c in d.claims if c.quote)


def _has_own(d: _Draft) -> bool:
    """Whether an incident has something of its own besides the word that it happened: a figure or a target."""
    return d.target is not None or any(c.figure for c in d.claims)


def _backdrop(e: _Draft, events: list[_Draft], lead_end: int, places: list[PlaceMatch], text: str, lang: str) -> bool:
    """Whether a strike, explosion or clash is told only at a whole country, beside an incident placed at a town or
    region, after the report's first sentence and headline, with no figure of its own (build_events says why)."""
    return (e.kind in _BACKDROP_KINDS and e.place is not None and e.place.feature == "country" and e.anchor >= lead_end
            and any(o.place is not None and o.place.feature != "country" for o in events)
            and not any(c.start < max(lead_end, e.headline_end, e.heading_end) for c in e.claims)
            and not _figured(e) and not _in_a_part(e, places, text, lang) and not _incident_apart(e, events, text, lang))


def _over_another_target(e: _Draft, events: list[_Draft]) -> bool:
    """Whether a country-level event holds an incident of the report placed inside it (a town, a region) that hit
    another target: "Кроме того, ночью российские ракеты ударили по энергообъектам Украины" after a strike on a block
    in Dnipro. Kept, it would join that incident as its wider telling and give it its own target and source; it is the
    backdrop (fix22m: keeping it apart instead, never joined, cost validation a place; asked of one told with a day
    too, it dropped a factory's strike told "later on Monday" that joins nothing, whose toll went to the town)."""
    return any(o.place is not None and o.place.feature != "country" and e.place is not None and contains(e.place, o.place)
               and o.target is not None and o.target != e.target for o in events)


def _incident_apart(e: _Draft, events: list[_Draft], text: str, lang: str) -> bool:
    """Whether a country-level event is told as an incident of its own rather than the war's backdrop: its own clauses
    name its day ("Russian drones struck an airfield in Russia on Saturday"; a part of the night alone, "overnight",
    is no day: a country's night of strikes is the backdrop of a town's, fix22m; the backdrop is told as what goes on,
    "amid strikes across Ukraine", "has kept up its assaults"), or its sentence opens as one more incident and names
    what was hit ("Separately, an explosion damaged a rail bridge in Belarus"; "Кроме того, ...", "Окремо, ...") and
    holds no incident of the report at another target (`_over_another_target`); never one told as a campaign going
    on, with its day or not ("Since Friday, Russia has attacked the grid every night")."""
    told = [text[c.start:c.end] for c in e.claims if c.assertion == "kind"]
    if any(incidents.ongoing_campaign(t, lang) for t in told):
        return False
    return e.day_named or (e.target is not None and any(incidents.opened_apart(t, lang) for t in told)
                           and not _over_another_target(e, events))


def _figured(d: _Draft) -> bool:
    """Whether an incident has a count of its own, a stated zero too ("no one was hurt")."""
    return any(c.figure and isinstance(c.value, int) for c in d.claims)


def _in_a_part(d: _Draft, places: list[PlaceMatch], text: str, lang: str) -> bool:
    """Whether a clause that told the event names its country with a part of it before ("southern Lebanon")."""
    told = [(c.start, c.end) for c in d.claims if c.assertion == "kind"]
    return any(s <= m.start < e and m.candidates and _same_place(m.candidates[0], d.place)
               and incidents.names_a_part(text[max(0, m.start - 60):m.start], lang)
               for m in places for s, e in told)


def _home_country(places: list[PlaceMatch], origins: set[int], text: str = "", lang: str = "") -> Candidate | None:
    """A place of the country the report names most often, launch sites left out, and a country named only as whose
    or who acts ("a US drone", "Russia's defence ministry", "the US said") left out too when the report names any
    country otherwise: owning the drone or speaking makes no country the one where things happen."""
    counts: dict[str, tuple[int, int, Candidate]] = {}
    acting: dict[str, tuple[int, int, Candidate]] = {}
    for m in places:
        if m.candidates and m.start not in origins and m.candidates[0].place.country:
            best = m.candidates[0]
            tally = acting if text and _acting_country(text, m, best, lang) else counts
            n, first, _ = tally.get(best.place.country, (0, m.start, best))
            tally[best.place.country] = (n + 1, first, best)
    counts = counts or acting
    return max(counts.values(), key=lambda v: (v[0], -v[1]))[2] if counts else None


def _acting_country(text: str, match: PlaceMatch, best: Candidate, lang: str) -> bool:
    """A country named as whose something is or who acts, by the tests `_places_in` reads a clause with: "a US drone",
    "Russia's Defence Ministry", "Russia attacked", "Moscow said", "Ukrainian forces"."""
    if best.feature != "country" and not best.capital:
        return False
    line_start = max(text.rfind("\n", 0, match.start), text.rfind(".", 0, match.start)) + 1
    ends = [i for i in (text.find("\n", match.end), text.find(". ", match.end)) if i >= 0]
    before, after = text[max(line_start, match.start - 60) : match.start], text[match.end : min(ends, default=len(text))]
    if incidents.is_actor(after, lang, before) or incidents.is_side(after, lang) or (
            best.capital and place_roles.acting(after, lang, match.text, before, capital=True)):
        return True
    return best.feature == "country" and (_attributive(match.text, after) or incidents.is_attacker(after, lang, match.text)
                                          or (after.startswith(("'s ", "’s ")) and not incidents.possessed_where(after[3:], lang))
                                          or incidents.is_attacking_country(before, after, lang))


def _sentence_at(all_sentences: list[Span], at: int) -> Span | None:
    """The sentence that holds offset `at` (None between sentences)."""
    return next((s for s in all_sentences if s.start <= at < s.end), None)


def _where_told(places: list[PlaceMatch], all_sentences: list[Span], at: int, told: list[Candidate]) -> list[PlaceMatch]:
    """The mentions of the places where the report's incidents are (`told`), and those of the sentence at `at`; not a
    place named only in passing ("Officials in the Trubchevsky district met on Monday")."""
    own = _sentence_at(all_sentences, at)
    return [m for m in places if m.candidates and (
        (own is not None and own.start <= m.start < own.end) or any(_same_place(m.candidates[0], t) for t in told))]


def _place_told_before(anchor: int, sentences: list[Span], told: list[list[Candidate]], text: str) -> Candidate | None:
    """The one place (finer than a country) that the nearest earlier sentence of the paragraph holding `anchor` names,
    when that sentence names any; None when it names several, or none is named before in the paragraph."""
    here = next((i for i, s in enumerate(sentences) if s.start <= anchor < s.end), None)
    if here is None:
        return None
    opened = _paragraph_start(text, sentences[here].start)
    for i in range(here - 1, -1, -1):
        if sentences[i].end <= opened:
            return None
        if told[i]:
            named = [c for c in told[i] if c.feature != "country"]
            if not named or any(not _same_place(c, named[0]) for c in named):
                return None
            return named[0]
    return None


def _one_area(places: list[PlaceMatch], origins: set[int], home: Candidate) -> Candidate | None:
    """The place a report names in its country when all it names there is one place, or lies in one subdivision the
    report names: where an interception told with no place of its own happened. None when it names several areas."""
    named = [m.candidates[0] for m in places if m.candidates and m.start not in origins
             and m.candidates[0].place.country == home.place.country and m.candidates[0].feature != "country"]
    distinct: list[Candidate] = []
    for c in named:
        if not any(_same_place(c, d) for d in distinct):
            distinct.append(c)
    if len(distinct) == 1:
        return distinct[0]
    subdivisions = [c for c in distinct if c.feature == "admin1"]
    if len(subdivisions) == 1 and all(c is subdivisions[0] or _contains(subdivisions[0], c) for c in distinct):
        return subdivisions[0]
    return None


def _country_of(place: Candidate, places: list[PlaceMatch], country_place: dict[str, Candidate]) -> Candidate | None:
    """The gazetteer entry of the country a place is in, if the report names it or the language has its adjective."""
    code = place.place.country
    for m in places:
        if m.candidates and m.candidates[0].feature == "country" and m.candidates[0].place.country == code:
            return m.candidates[0]
    return next((c for c in country_place.values() if c.place.country == code), None)


def _origins(places: list[PlaceMatch], text: str, lang: str,
             region_lists: Sequence[tuple[int, int, list[Candidate], int]] = ()) -> set[int]:
    """Start offsets of the places an attack came from: after "launched from", every place listed with one
    ("from Bryansk, Kursk and Primorsko-Akhtarsk", "з напрямків Брянська, Курська та Приморсько-Ахтарська"), and those
    a bracket opened right after one lists ("з районів Міллерово (Шахти, Воронеж – РФ)"); and the member read
    of a list of regions whose unread members open right after such words ("летели в сторону Тверской, Ярославской и
    Вологодской областей": where the drones were heading, none of them where they were downed)."""
    found: set[int] = set()
    for start, end, _bare, _last in region_lists:
        # (a list's span may open with the lower-case words before its first member: "сторону Тверской, ...")
        first = start + next((i for i, ch in enumerate(text[start:end]) if ch.isupper()), 0)
        if incidents.is_origin(text[max(0, first - 40) : first], lang):
            found |= {m.start for m in places if start <= m.start < end}
    previous: PlaceMatch | None = None
    cared: set[int] = set()  # where the wounded are treated: given up below only for another place of the report
    for m in places:
        before = text[max(0, m.start - 40) : m.start]
        if incidents.is_care(before, lang):
            cared.add(m.start)
        between = text[previous.end : m.start] if previous is not None else ""
        if incidents.is_origin(before, lang) or incidents.is_destination(before, text[m.start:m.end], lang) or (
                m.candidates and m.candidates[0].feature == "country" and incidents.is_nationality(before, lang)):
            found.add(m.start)
        elif previous is not None and previous.start in found and (
                incidents.joins_list(between, lang) or between.strip() == "("):
            found.add(m.start)
        previous = m
    if any(m.start not in found | cared and m.candidates and m.candidates[0].feature != "country" for m in places):
        found |= cared
    return found


@dataclass(frozen=True, slots=True)
class _Clause:
    """One clause with what is known around it: who speaks, whether it is hedged, the dates of its sentence."""

    text: str
    report_id: str
    published: datetime | None
    lang: str
    sentence: Span
    span: Span
    speaker: Source
    hedged: bool
    hedges: list[tuple[int, int]]
    dates: list[DateMention]
    near: tuple[Span, ...] = ()  # the sentence, the one before and the report's first line: where signs of war are sought
    war_at: Callable[[Span], bool] = lambda span: True  # whether a sentence shows armed conflict (memoised per report)
    told_days: list[DateMention] = field(default_factory=list)  # with no publication date: `days_told` of the sentence
    bare_list: bool = False  # the clause's places stand in one list with nothing between them ("in Rostov and Crimea")
    published_day: date | None = None  # the publication day in the report's readers' zone (dates.local_day)
    # the regions of a list in the clause told by an adjective alone ("над Тульской, Калужской и Орловской областями":
    # Tula and Kaluga), beside a member of it the clause names: the areas of a claim over the whole list
    listed: tuple[tuple[Candidate, ...], ...] = ()  # each list: the member read, then those told by an adjective alone
    country_of: Mapping[str, Candidate] = field(default_factory=dict)  # the gazetteer's country entries, by code
    # whether the sentence after this one tells casualties or damage ("Обломки упали возле дома. Ранены двое."; memoised)
    harm_next: Callable[[], bool] = lambda: False
    places_at: tuple[tuple[int, Candidate], ...] = ()  # where each place the clause names begins (the gazetteer's best)
    next_text: str = ""  # the sentence after this one: where a loud sound heard may be explained (incidents.explained)

    @property
    def war_nearby(self) -> bool:
        return any(self.war_at(s) for s in self.near)

    @property
    def context(self) -> str:
        return " ".join(s.text for s in self.near)

    def claim(self, start: int, end: int, value: int | str, *, figure: str | None = None, assertion: str | None = None,
              lower_bound: bool = False) -> Claim:
        return Claim(
            report_id=self.report_id, start=start, end=end, quote=self.text[start:end], value=value, figure=figure,
            assertion=assertion, lower_bound=lower_bound, source=self.speaker.name, source_kind=self.speaker.kind,
            hedged=self.hedged, published=self.published,
        )


_Orphan = tuple[list[Candidate], list[Claim], int]


# a line of a summary that opens with its place: the place (after bullets, emoji, quotation marks), at most two words
# of kind ("громада", "район", "городской округ") and a dash or colon ("Ворожбянська громада – ...", "Белгородский
# район: ...")
_LINE_HEADING = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}[–—:-]\s")


@cache
def _kind_heading(lang: str) -> re.Pattern[str] | None:
    """A place's kind word or two right before a colon ("Білопільська громада:", "Белгородский городской округ:"):
    the `line_heading_words` of the language's places file. Only these: a headline's "<place> <predicate>: ..."
    ("Sumy region shelled again: ...", "Полтава знову під ударом: ...") heads no summary line."""
    words = topic(lang, "places").get("line_heading_words") or []
    return re.compile(rf"\s*(?:(?:{alternation(words)})\s+)?(?:{alternation(words)}):\s", re.IGNORECASE) \
        if words else None


def _line_heading(sentence: Span, text: str, places: list[PlaceMatch], lang: str) -> bool:
    """Whether the sentence opens with a place and a dash (or a colon after its kind words), as the lines of an
    administration's daily summary do (the clause loop then takes its first clause's one place for the later clauses
    that name none)."""
    first = min((m for m in places if m.candidates), key=lambda m: m.start, default=None)
    if first is None or any(ch.isalnum() for ch in text[sentence.start:first.start]):
        return False
    if _LINE_HEADING.match(text, first.end) is not None:
        return True
    kind = _kind_heading(lang)
    return first.candidates[0].feature != "country" and kind is not None and kind.match(text, first.end) is not None


def _read_clause(
    c: _Clause, clause_places: list[Candidate], countries: list[Candidate], figures: list[FigureMention]
) -> tuple[list[_Draft], _Orphan | None]:
    """The incidents a clause proposes (one per place it names, or one over several areas for an interception), or,
    when it names no incident, its figures and assertions for the incident they belong to."""
    clause, sentence, lang = c.span, c.sentence, c.lang
    if tells_war_total(clause.text, lang):
        return [], None  # "the offensive has killed more than 40,000": a whole war's toll, no incident's
    located = _most_specific(clause_places + [x for x in countries if not any(_same_place(x, p) for p in clause_places)])
    figure_claims = [_figure_claim(m, sentence, c) for m in figures]
    # (a hospitalisation told alone, "Их направили в больницу", is a figure of an incident, not a sign of one)
    own_claims = [cl for m, cl in zip(figures, figure_claims) if not m.alone]
    assertion_claims = []
    if target_said := incidents.asserted_target(clause.text, lang):
        _, end, named = target_said
        assertion_claims.append(c.claim(clause.start, clause.start + end + len(named), named, assertion="target"))

    # a generic word ("удар", "attack") with casualties of its own is an incident; without, it needs signs of war nearby
    # (an airport's Kovyor plan told nearby is such a sign for loud sounds: "план «Ковёр» ... жители сообщают о громких звуках")
    found = incidents.trigger(clause.text, lang, lambda: bool(own_claims) or c.war_nearby or incidents.air_war_closure(
                                  clause.text, c.context, lang),
                              lambda: incidents.flight_safety(c.context, lang),
                              lambda: f"{sentence.text} {c.next_text}")
    if found is None and (retold := incidents.restriction_retold(clause.text, lang)) and any(
            s is not sentence and (t := incidents.trigger(s.text, lang)) is not None and t.kind == "airspace_restriction"
            for s in c.near):
        # "Ранее аналогичные меры приняли в Пензе и Ульяновске", right after an airport's restriction (in the sentence
        # before or the headline): each airport told is a restriction of its own (ANNOTATION.md)
        found = incidents.Trigger("airspace_restriction", *retold)
    if found and found.kind == "interception" and not incidents.aerial(c.context, lang):
        # "атаки отражены" with no drone, missile or air defence in sight: ground fighting, an armed clash; "сбил
        # пешехода" (ran over) with no sign of war at all: nothing
        found = incidents.Trigger("other", found.start, found.end) if c.war_nearby else None
    if found and found.kind == "airspace_restriction" and incidents.weather(c.context, lang) and not incidents.aerial(
            c.context, lang):
        # "19 рейсов перенесли из-за непогоды. В Шереметьево задержали 10 рейсов": the weather told a sentence before,
        # and no drone or air defence anywhere near, is the cause
        found = None
    if found and found.kind == "other" and incidents.air_assault(clause.text, found, c.context, lang):
        # "The night's assault on the port city lasted four hours" in a report of drones: the attack from the air the
        # report tells, not an armed clash (unless the clause names troops: incidents.air_assault)
        found = incidents.Trigger("strike", found.start, found.end)
    if found and found.kind == "strike" and _is_launch_summary(figures, located):
        # "Russia attacked Ukraine overnight with 118 drones, the Air Force said": a nightly air-defence summary
        found = incidents.Trigger("interception", found.start, found.end)
    if found and not any(m.figure in _CASUALTIES and not m.alone for m in figures) and not assertion_claims and (
            incidents.weak_non_event(clause.text, lang) or incidents.alarm_only(clause.text, lang)):
        # a trend, a span of many attacks or a warning issued, with no toll of the clause's own, tells no incident
        # ("shelling of the coast has intensified"); one with its own killed or wounded tells its own incident
        # beside the trend ("shelling intensified in the town, where a man was killed")
        found = None
    prefix = sentence.text[: max(0, clause.start - sentence.start)]
    recalled = incidents.recalled_period(clause.text, lang) or incidents.recalled_period(
        sentence.text[: clause.end - sentence.start], lang, upto=len(prefix)
    ) or incidents.recalled_after(clause.text, prefix, lang)  # ("Earlier this month, in the village of X, ...")
    if recalled:
        # "Last week, a strike on the village killed three", "Earlier this month, a drone hit a truck": an incident
        # the report recalls (ANNOTATION.md's background), dated without a day the reader could check against the
        # publication; neither an incident of the report's nor figures of another
        found = None
    if found is None and not figure_claims and len(located) == 1 and located[0].feature == "city" \
            and (item := _damage_item(clause.text, lang)) is not None \
            and _told_as_damage(c.text, clause.start, item, clause.text, lang) \
            and any(clause.start + item[0] <= at < clause.start + item[2] for at, _ in c.places_at):
        # "У Савинцях - хати та автівки", "• с. Гути – клуб": an item naming a settlement and
        # what was damaged there, with no verb of its own (`_damage_item`)
        assertion_claims.append(c.claim(clause.start, clause.end, item[1].name, assertion="target"))
    if found is None:
        orphan = (located, figure_claims + assertion_claims, clause.start) if (
            figure_claims or assertion_claims) and not recalled else None
        if orphan and (_recalled(clause, c) or _recalled(sentence, c, relative_too=True)):
            # "... with 25 people killed in a single incident in late December": figures of an earlier incident; and
            # "The war began when militants stormed in on October 7, killing some 1,200": a clause without a trigger
            # tells of the incident its sentence dates (a day and month without a year, read back from publication)
            orphan = None
        if orphan and figure_claims and incidents.tells_many_incidents(clause.text, lang):
            # "after a bombing killed nine in May, raids on the border have grown": a trend's or a span's figures
            # are no figures of an incident the report tells
            orphan = None
        return [], orphan
    mention = _date_for(clause, c.dates, found, lang)
    told_day = _date_for(clause, c.told_days, found, lang)
    kind_claim = c.claim(clause.start, clause.end, found.kind, assertion="kind")
    lifted = found.kind == "airspace_restriction" and incidents.restriction_lifted(clause.text, lang)
    extra = [c.claim(clause.start, clause.end, "lifted", assertion="restriction_lifted")] if lifted else []
    weapon = None
    # (an armed clash has no weapon: one fought with a weapon from afar is a strike (`incidents.trigger`), so one kept a
    # clash beside such a word was not fought with it: "зачищены сёла ... до памятника МиГ-29", "теракт возле здания
    # авиационной компании", "освободили село при поддержке авиации"; nor with the gunmen's rifles, no weapon of SCHEMA's)
    if found.kind not in ("airspace_restriction", "other"):
        weapon = incidents.weapon(clause.text, lang) or (
            incidents.weapon(sentence.text, lang) if found.kind in ("strike", "interception", "shelling") else None
        ) or (
            # "Замечен беспилотник. Силы ПВО ликвидировали его": what air defence downed was told a sentence before
            incidents.weapon(c.context, lang) if found.kind == "interception" or (
                found.kind == "strike" and incidents.debris_told(clause.text, lang)) else None
        )  # ("Над Одещиною знищено 20 БпЛА. Внаслідок падіння уламків пошкоджено склад": the debris of what was downed)
        if weapon is None and found.kind == "shelling" and incidents.names_artillery(c.text, lang):
            weapon = "artillery"  # "обстреляли село" after "Осколки снарядов повредили...": the report's guns
        if found.kind == "strike" and weapon == "artillery" and incidents.weapon(c.text, lang) == "artillery":
            # "artillery struck Kherson", "pounded Kupiansk with mortars": guns shell, whatever the verb; but a shell
            # in a report of missiles ("один из снарядов попал в машину") is one of the missiles
            found = incidents.Trigger("shelling", found.start, found.end)
    fallen = found.kind == "strike" and _fell_harmlessly(clause, c, figure_claims)
    # (debris that fell "outside the town", hitting nothing and hurting nobody, is the attack's told before, not an
    # incident of its own elsewhere: "Обломки дрона упали за пределами города, пострадавших нет")
    # (the word list first: one search, where `_harmless` reads the clause for debris, damage and targets)
    elsewhere = found.kind in _CASUALTY_KINDS and not fallen \
        and bool(words_of(lang, "elsewhere_words").search(clause.text)) and not _harmless(clause, c, figure_claims)
    # "Спустя час дрон врезался в склад": a time after the incident told before opens
    # the clause, and a weapon is named: another incident, though the place may be the same city
    later = found.kind in _CASUALTY_KINDS and _told_later(clause.text, lang)
    common = dict(
        kind=found.kind, date=mention.date if mention else None, date_precision=mention.precision if mention else None,
        anchor=clause.start, weapon=weapon, target=incidents.target(clause.text, lang, sentence.text),
        attacker=incidents.attacker(sentence.text, lang),
        explicit_date=mention is not None and not mention.relative, dated=mention is not None,
        day_named=mention is not None and _names_a_day(mention, lang),
        recalls=incidents.recalls_history(clause.text, lang),
        fallen=fallen,
        # (told with a place or a figure of its own: a spokesman's bare "Another missile strike." is the series so far)
        separate=found.kind in _CASUALTY_KINDS and (
            bool(located or own_claims) and incidents.separate(clause.text[: found.start], lang) or elsewhere or later),
        elsewhere=elsewhere,
        another=incidents.separate(clause.text[: found.start], lang),
        told_day=told_day.date if told_day and mention is None else None,
    )
    if found.kind == "interception" and c.listed:
        # "19 дронов сбиты над Тульской, Калужской и Орловской областями": one claim over the three, not over the one
        # region the gazetteer read (ANNOTATION.md: an interception claim over several areas is one event with its areas)
        # (in the list's order: the adjectives alone come before the member that carries the region word)
        placed: list[Candidate] = []
        for p in clause_places:
            for read, *bare in c.listed:
                if _same_place(p, read):
                    placed += [b for b in bare if not any(_same_place(b, x) for x in clause_places + placed)]
            placed.append(p)
        clause_places = placed
        located = _most_specific(clause_places + [x for x in countries if not any(_same_place(x, p) for p in clause_places)])
    whole = countries + [p for p in clause_places if p.feature == "country"]
    if found.kind == "interception" and whole and located and not any(
            _same_place(x, p) for x in whole for p in located) and _part_named_after(clause.text, lang, located):
        # "147 drones over Russian territory, including the Moscow region": the country's count, the region one of
        # its areas, not the place of the whole count
        located = [whole[0], *located]
    elif found.kind == "interception" and not whole and len(located) == 1 and located[0].feature == "admin1" and (
            country := c.country_of.get(located[0].place.country or "")) is not None and (
            several := incidents.several_areas(clause.text, lang)) and _part_named_after(clause.text[several.end():], lang) \
            and _governs_count(clause.text[several.end():], lang):
        # "над пятью регионами сбиты 30 беспилотников, из них 20 — над Курской областью": a count over several
        # regions of the country the one region named as its part lies in, not that region's count
        located = [country, *located]
        clause_places = [country, *clause_places]
    finer = None  # a place inside the area of an interception, told after the count: where its debris or damage fell
    if found.kind == "interception" and len(located) == 1 and (
            over := _over_area(c, located[0], clause.start + found.start)) is not None:
        finer, located = located[0], [over]
    if found.kind == "interception" and len(located) > 1:
        # one interception claim over several areas ("over six oblasts, Crimea and the Black Sea")
        draft = _Draft(place=None, areas=_areas(clause_places, countries), **common)  # type: ignore[arg-type]
        draft.claims = [kind_claim, *extra, *figure_claims, *assertion_claims]
        return [draft], None
    drafts = []
    # "strikes were recorded in Kharkiv, Sumy and Odesa oblasts": a list with nothing of its own makes no events
    # (ANNOTATION.md). One thing named for the whole list ("drones attacked an oil depot in Rostov Region and Crimea") is
    # the attack's own, told once: one event, at the first place, keeps it; the other places have no target of their
    # own ("hit a building in Holosiivskyi and a house in Darnytskyi" has), unless damage is told ("атаковали Белгород и
    # Шебекино, повреждены дома": each place's houses)
    # (a list whose other members the gazetteer left unread, told by their adjectives alone before the one read: "у
    # Житомирській, Вінницькій та Київській областях", is a list too, its read member not the first place named)
    after_bare = [where for where in located if any(len(members) > 1 and _same_place(members[0], where)
                                                    for members in c.listed)]
    listed = (len(located) > 1 or bool(after_bare)) and found.kind in ("strike", "shelling") and not own_claims and (
        common["target"] is None or (c.bare_list and not incidents.damaged(clause.text, lang)) or bool(after_bare))
    target = common["target"]
    if listed:
        common["target"] = None
    # "hit a building in Holosiivskyi and a house in Darnytskyi, causing no injuries": a count is told once, at the
    # first place; a stated zero is said of each place
    zeros = [cl for cl in figure_claims if cl.figure in _HARMED and cl.value == 0]
    downed_there = located[:1]  # (the clause's first place, before a restriction's are narrowed to its airports)
    cause = _attack_caused_it(c, clause_places) if found.kind == "airspace_restriction" else None
    if found.kind == "airspace_restriction":
        # (the place of an attack told as the closure's cause is the attack's, not a restricted one)
        located = _without_bracketed(c, place_within.restricted(
            [p for p in located if cause is None or not _same_place(p, cause[2])] or located))
    for i, where in enumerate(located or [None]):
        draft = _Draft(place=where, listed=listed and not (i == 0 and target is not None and not after_bare),
                       **{**common, "target": target if i == 0 else common["target"]})  # type: ignore[arg-type]
        draft.claims = [kind_claim, *extra] + (figure_claims + assertion_claims if i == 0 else zeros)
        drafts.append(draft)
    harmed = [cl for cl in figure_claims if cl.figure in _HARMED and cl.value]
    if found.kind == "interception" and (harmed or incidents.damaged(clause.text, lang, debris=True)):
        # "two people were injured in an attempted airstrike, during which 10 air targets were shot down", "отражена
        # атака беспилотников, обломки повредили крышу частного дома": nobody is hurt and nothing damaged by an
        # interception; the casualties or the damage are a strike's, where what was not downed (or its debris) fell
        # (ANNOTATION.md), told with the casualties or else the clause's stated zeros
        drafts[0].claims = [cl for cl in drafts[0].claims if cl not in harmed]
        anchor = harmed[0].start if harmed else common["anchor"]
        # ("над Азовом сбит дрон, а в соседнем районе пострадала женщина": not where it was downed)
        away = bool(words_of(lang, "elsewhere_words").search(c.text, clause.start, max(anchor, clause.start)))
        strike = _Draft(place=None if away else finer or drafts[0].place,  # type: ignore[arg-type]
                        **{**common, "kind": "strike", "anchor": anchor, "elsewhere": away, "separate": away,
                           "not_at": tuple(clause_places) if away else ()})
        strike.claims = [c.claim(clause.start, clause.end, "strike", assertion="kind"), *(harmed or zeros)]
        drafts.append(strike)
    downed = [cl for cl in figure_claims if cl.figure in _DOWNED_COUNTS]
    if found.kind == "airspace_restriction" and downed:
        # "Kazan airport halted all flights while air defence downed 12 drones over Tatarstan": what was downed is no
        # figure of a restriction but the claim of an interception told in the same clause (ANNOTATION.md: the airport
        # closure and the interception are two events), where the drones were downed: the place told nearest after
        # the count ("... downed 12 drones over Tatarstan"), else the nearest before it ("над Татарстаном сбиты 8"),
        # not the airport; else the clause's first place as read before the restriction keeps only its airports
        drafts[0].claims = [cl for cl in drafts[0].claims if cl not in downed]
        weapon = incidents.weapon(clause.text, lang) or incidents.weapon(sentence.text, lang)
        at = next((cl.start for cl in downed), common["anchor"])
        where_downed = _downed_where(c, clause_places, at) or (downed_there[0] if downed_there else None)
        interception = _Draft(place=where_downed,
                              **{**common, "kind": "interception", "anchor": at, "weapon": weapon, "target": None})  # type: ignore[arg-type]
        interception.claims = [c.claim(clause.start, clause.end, "interception", assertion="kind"), *downed]
        drafts.append(interception)
    if cause is not None:
        # "План «Ковёр» ввели в аэропорту Махачкалы после атаки беспилотников на Каспийск": the attack told as the
        # cause, at a place of its own, is an incident beside the closure (ANNOTATION.md: one event per incident and
        # place), of the kind its own words tell
        start, kind, where = cause
        told = c.text[start:clause.end]
        attack = _Draft(place=where, **{**common, "kind": kind, "anchor": start, "target": None,  # type: ignore[arg-type]
                                        "weapon": incidents.weapon(told, lang) if kind != "explosion" else None})
        attack.claims = [c.claim(start, clause.end, kind, assertion="kind")]
        drafts.append(attack)
    return drafts, None


# the opening words after a later time where the weapon that then strikes stands: as the doer ("Спустя час беспилотник
# ударил", "Two hours later, a Russian drone hit") or after the attack verb ("Через годину вдарила ракета"). A weapon
# further in is told by someone, or is the attack whose toll or fire is told ("Через час губернатор сообщил, что дрон
# ...", "the toll of the drone attack rose", "огонь от удара беспилотника"): three words, none after a comma or colon
_LATER_WINDOW = re.compile(r"[,\s]*(?:[^\W\d_][\w'’-]*\s+){0,2}[\w'’-]+")


def _told_later(clause: str, lang: str) -> bool:
    """Whether a clause opens with a time after the incident told before (`later_openers`: "Спустя час",
    "Two hours later") and then tells a new attack, its weapon among the words right after it (`_LATER_WINDOW`); not a
    later report, update, toll or consequence of the incident told before ("Через час губернатор сообщил, что в
    результате атаки дрона пострадали трое", "A few hours later, the toll of the drone attack rose")."""
    opener = words_of(lang, "later_openers").search(clause[:60])
    if opener is None or clause[:opener.start()].strip(" \t\n,.;:—–-«»\"*"):
        return False
    window = _LATER_WINDOW.match(clause, opener.end())
    return window is not None and incidents.weapon(window.group(), lang) is not None


def _told_as_damage(text: str, start: int, item: tuple[int, Target, int], clause: str, lang: str) -> bool:
    """Whether an item of a dash list (`_damage_item`) is told as damage: a damage word in the item ("Шебекино -
    повреждены дом и авто"), or in the line that opens its list ("Повреждено:", "Damaged:"), or that line tells the
    attack the list details ("Ворог обстріляв Балаклію та Савинці" then "У Савинцях - хати"). A list of hospitals the
    wounded were taken to, of shelters, of schools gone to remote lessons names places and buildings, no damage."""
    if incidents.damaged(clause, lang):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    while line_start > 0:
        opener_start = text.rfind("\n", 0, line_start - 1) + 1
        opener = text[opener_start:line_start - 1]
        if opener.strip() and _damage_item(opener, lang) is None:
            return incidents.damaged(opener, lang) or (
                (t := incidents.trigger(opener, lang)) is not None and t.kind in _CASUALTY_KINDS)
        line_start = opener_start
    return False


def _attack_caused_it(c: _Clause, clause_places: list[Candidate]) -> tuple[int, Kind, Candidate] | None:
    """In a restriction clause, an attack told as its cause after one of the language's `restriction_causes` ("после",
    "після", "after"), with a place of its own after it that is no airport: where the cause begins, its kind and its
    place. A threat of an attack ("из-за угрозы атаки") tells none (`incidents.trigger` drops it)."""
    pattern = _restriction_causes(c.lang)
    if pattern is None or (m := pattern.search(c.text, c.span.start, c.span.end)) is None:
        return None
    found = incidents.trigger(c.text[m.end():c.span.end], c.lang)
    if found is None or found.kind not in ("strike", "shelling", "explosion"):
        return None
    if not any(c.span.start <= s < m.start() for s, _ in c.places_at):
        return None  # (the closure names its own place before the cause: "flights were halted because of a drone
        # attack at four airports: Kaluga, ..." names the airports after it)
    where = [q for s, q in c.places_at if m.end() <= s < c.span.end and q.feature not in ("airport", "point")
             and any(_same_place(p, q) for p in clause_places)]
    return (m.start(), found.kind, where[0]) if where else None


@cache
def _restriction_causes(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("restriction_causes") or []
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s", re.IGNORECASE) if words else None


_DOWNED_COUNTS = frozenset({"intercepted", "shot_down"})


def _without_bracketed(c: _Clause, located: list[Candidate]) -> list[Candidate]:
    """A restriction clause's places without a name that is a bracket's whole content right after a city ("в аэропортах
    Сочи (Адлер) и Анапы (Витязево)", "Kaliningrad (Khrabrovo)"): the name of that city's airport, not a town of its own
    (ANNOTATION.md: one restriction per airport named). A bracket that lists several names, or one after a region or a
    country ("airports in the Volga region (Kazan, Samara and Nizhnekamsk)"), names the airports themselves."""
    starts = sorted(c.places_at, key=lambda x: x[0])
    dropped = []
    for i, (start, place) in enumerate(starts):
        before = c.text[:start].rstrip()
        close = c.text.find(")", start)
        if not before.endswith("(") or i == 0 or close < 0:
            continue
        s, q = starts[i - 1]
        inside = c.text[start:close]
        if (_SPECIFICITY.get(q.feature, 9) <= _SPECIFICITY["city"] and not _same_place(q, place)
                and re.fullmatch(r"[\w’'.\- ]+", c.text[s:len(before) - 1].strip() or "-")
                and re.fullmatch(r"[\w’'.\- ]+", inside.strip() or "-")
                and not any(start < t < close for t, _ in starts)):
            dropped.append(place)
    return [p for p in located if not any(_same_place(p, d) for d in dropped)
            or any(_same_place(p, q) for s, q in starts if not c.text[:s].rstrip().endswith("("))]


def _over_area(c: _Clause, inner: Candidate, trigger: int) -> Candidate | None:
    """The area an interception clause counts over, named after the language's `over_area_words` ("над Ростовской
    областью уничтожено 30 беспилотников, на промобъекте в Каменском районе начался пожар", "12 drones were destroyed
    over the Kursk region, and debris damaged a house in Rylsk"), when the one finer place inside it is told after both
    the count and the area, past a comma: that place is where something else happened (the fire, the debris), not
    where the count was taken. None when the clause says nothing so ("над областью, в Каменском районе, сбит")."""
    pattern = _over_words(c.lang)
    if pattern is None:
        return None
    inner_at = next((s for s, p in c.places_at if _same_place(p, inner)), None)
    if inner_at is None or inner_at < trigger:
        return None
    for start, place in c.places_at:
        if (start < inner_at and place.feature in _OVER_AREAS and _contains(place, inner)
                and pattern.search(c.text, max(0, start - 20), start) and "," in c.text[max(start, trigger):inner_at]):
            return place
    return None


_OVER_AREAS = frozenset({"admin1", "admin2", "country", "sea"})


@cache
def _over_words(lang: str) -> re.Pattern[str] | None:
    words = topic(lang, "events").get("over_area_words") or []
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s+$", re.IGNORECASE) if words else None


def _downed_where(c: _Clause, clause_places: list[Candidate], at: int) -> Candidate | None:
    """In a restriction clause that counts what air defence downed, the place told nearest after the count, else
    nearest before it, that is no airport ("Аэропорт Калуги закрыли, ПВО уничтожила 12 беспилотников над Калужской
    областью": Kaluga Oblast, not the airport)."""
    told = [(start, p) for p in clause_places if p.feature not in ("airport", "point")
            for start in [next((s for s, q in c.places_at if _same_place(p, q)), None)] if start is not None]
    after = [x for x in told if x[0] >= at]
    if after:
        return min(after, key=lambda x: x[0])[1]
    before = [x for x in told if x[0] < at]
    return max(before, key=lambda x: x[0])[1] if before else None


def _listed_with(
    clause: Span, lists: Sequence[tuple[int, int, list[Candidate], int]], places: list[PlaceMatch],
    clause_places: list[Candidate],
) -> tuple[tuple[Candidate, ...], ...]:
    """The lists inside the clause whose member read after the unread ones is one of the clause's places, each as that
    member and then its unread regions (a list of launch sites or of speakers' regions, left out of the clause's
    places, adds none)."""
    out: list[tuple[Candidate, ...]] = []
    for start, end, bare, last in lists:
        if not (clause.start <= start and end <= clause.end):
            continue
        after = next((m.candidates[0] for m in places if last <= m.start < end and m.candidates), None)
        member = next((p for p in clause_places if after is not None and _same_place(after, p)), None)
        if member is not None:
            out.append((member, *bare))
    return tuple(out)


def _fell_harmlessly(clause: Span, c: _Clause, figure_claims: list[Claim]) -> bool:
    """ "Специалисты работают на месте падения обломков", "видео с места падения обломков сбитого над Москвой БПЛА":
    debris that hit nothing and hurt nobody tells where the interception was, not a strike (ANNOTATION.md makes debris
    a strike only by the damage or casualties it caused)."""
    return (not _hurt(figure_claims) and incidents.only_fallen(clause.text, c.lang) and not incidents.damaged(clause.text, c.lang)
            and (incidents.target(clause.text, c.lang, c.sentence.text) is None
                 # "fell near a residential building": hit nothing, unless the next sentence tells what it did there
                 # ("Обломки упали возле жилого дома. Ранены два человека.": the casualties are the debris' strike)
                 or (incidents.only_near_targets(clause.text, c.lang) and not c.harm_next())))


def _hurt(figure_claims: list[Claim]) -> bool:
    """Whether the claims count anyone harmed (a stated zero harms nobody)."""
    return any(cl.figure in _HARMED and isinstance(cl.value, int) and cl.value > 0 for cl in figure_claims)


def _harmless(clause: Span, c: _Clause, figure_claims: list[Claim]) -> bool:
    """Whether a clause tells debris that did nothing: no one hurt, nothing damaged, no target hit ("обломки упали в
    поле, пострадавших нет"): it holds nothing of its own to make an incident apart from the attack told before. (A
    weapon that hit something no target word names, "дрон попал в аптеку", is no debris: it stays an incident.)"""
    return not _hurt(figure_claims) and incidents.debris_told(clause.text, c.lang) and not incidents.damaged(clause.text, c.lang) \
        and incidents.target(clause.text, c.lang, c.sentence.text) is None


def _recalled(clause: Span, c: _Clause, relative_too: bool = False) -> bool:
    """Whether a clause is dated, in its own words, well before the report was published."""
    published = c.published_day
    return any(clause.start <= d.start and d.end <= clause.end and (relative_too or not d.relative)
               and _before(d.date, published) for d in c.dates)


def _is_launch_summary(figures: list[FigureMention], located: list[Candidate]) -> bool:
    """ "Russia attacked Ukraine with 118 drones": weapons launched at a whole country. "Five missiles launched from a
    HIMARS hit the office" names no country attacked: a strike."""
    return any(m.figure == "launched" for m in figures) and bool(located) and all(c.feature == "country" for c in located)


def _hedged(clause: Span, sentence: Span, sentence_hedges: list[tuple[int, int]]) -> bool:
    """A hedge in the clause, or one opening the sentence ("Reportedly, ..."), distances the report from the clause."""
    for start, _ in sentence_hedges:
        absolute = sentence.start + start
        if clause.start <= absolute < clause.end or start < 3:
            return True
    return False


def _figure_claim(m: FigureMention, sentence: Span, c: _Clause) -> Claim:
    start = m.start
    # "Reportedly, nine people were injured": the opening hedge belongs to the quote of the claim it qualifies.
    for h_start, h_end in c.hedges:
        absolute_end = sentence.start + h_end
        if h_start < 3 and 0 <= m.start - absolute_end <= 3:
            start = sentence.start + h_start
    return c.claim(start, m.end, m.value, figure=m.figure, lower_bound=m.lower_bound)


def _surname(name: str) -> str | None:
    """The last word of a speaker's name when a capitalised word (a given name) stands before it: "Ivan Orlov"."""
    words = name.split()
    if len(words) >= 2 and words[-2][:1].isupper() and words[-1][:1].isupper():
        return words[-1]
    return None


def _places_in(clause: Span, text: str, places: list[PlaceMatch], lang: str, speakers: list[str],
               origins: set[int]) -> list[Candidate]:
    found: list[Candidate] = []
    offsets: list[Candidate] = []
    named: list[tuple[PlaceMatch, Candidate]] = []
    subjects: set[int] = set()  # English countries read as a verb's subject (incidents.the_subject)
    denied: int | None = None  # the end of the last country a preposition names as no place (place_roles.country_role)
    for match in places:
        if not (clause.start <= match.start and match.end <= clause.end) or not match.candidates:
            continue
        if incidents.weapon(match.text, lang):
            continue  # "КАБами" is glide bombs, not Kabo in the Central African Republic
        if any(match.text in name.split() or match.text == name for name in speakers):
            continue  # "the Telegram channel Shot": a source's name, not a place
        best = match.candidates[0]
        after, before = text[match.end : clause.end], text[clause.start : match.start]
        if best.feature == "country" and (place_roles.country_role(before[-80:], lang) is False or (
                denied is not None and incidents.joins_list(_ARTICLE_END.sub("", text[denied:match.start]), lang))):
            # "aid workers from Moldova and Canada", "a drone attack blamed on Ukraine": whence or whom, not where
            denied = match.end
            continue
        if incidents.scene_of_a_war(before, lang, _rest_of_sentence(text, match.end)):
            continue  # "its war in Ukraine", "a soldier killed in combat near Bakhmut": not near Bakhmut either (asked
            # before the offset, which skips _not_where; so _not_where does not ask it again)
        if moved := place_with_offset(text, match, lang):
            # "15 km north of Kupiansk": somewhere near the town, not the town; used when the clause names nothing finer
            offsets.append(Candidate(moved, "admin2", 0, best.admin1_code))
            continue
        if _not_where(text, match, best, lang, before, after, origins):
            continue
        if best.feature == "country" and _attributive(match.text, after):
            continue  # "a US drone", "A UK maritime security company", "U.S. troops": whose, not where
        if best.feature == "area" and best.place.key in _WORLD_REGIONS:
            continue  # "Europe's biggest nuclear plant", "war in the Middle East": talk of a part of the world
        if best.feature == "country" and incidents.the_subject(match.text, lang, after) and not (
                place_roles.governs_country(before, lang)):
            if incidents.subject_by_case(lang) or incidents.kills(after, lang):
                continue  # "Росія здійснила масовану атаку на Київ": the state acting, not the place
            # English tells the subject only by the order of words, and a verb in "-ed" may tell what the country
            # underwent ("Lebanon mourned ...", "Yemen pounded overnight"): the country gives way only to another
            # place of the clause ("Israel killed a commander in Lebanon"); alone, it stays the clause's place
            subjects.add(match.start)
        if best.feature == "country" and (incidents.is_attacker(after, lang, match.text) or (
                after.startswith(("'s ", "’s ")) and not incidents.possessed_where(after[3:], lang))
                                          or incidents.is_attacking_country(before, after, lang)):
            continue  # "Russia attacked ...", "Russia's Defence Ministry": the attacker or the speaker, not the place
        if best.capital and after.startswith(("'s ", "’s ")) and incidents.is_attacking_country(before, after, lang):
            continue  # "throughout Moscow's full-scale invasion": the state, as a country would be
        if incidents.is_office(before, after, lang) or incidents.before_office_name(match.text, after, lang):
            continue  # "Kyiv Mayor Vitali Klitschko": whose office speaks, not where (yet still the city a report is about)
        if best.feature in ("city", "country") and incidents.is_side(after, lang):
            continue  # "Kiev troops", "Russian-backed Donetsk forces": a side
        last_word = " " + match.text.split()[-1] if " " in match.text else ""
        district = incidents.is_district(after, lang) or incidents.is_district(last_word, lang)
        # (a name the gazetteer read with its site's words, "the Afipsky oil refinery", names the site by them)
        own_words = match.text.split(" ", 1)[1] if " " in match.text and match.text.split(" ", 1)[1][:1].islower() else ""
        if best.feature == "city" and (district or incidents.town_unlikely(
                before, f" {own_words}{after}" if own_words else after, lang)):
            continue
        named.append((match, best))
    if subjects and any(match.start not in subjects for match, _ in named):
        named = [(match, best) for match, best in named if match.start not in subjects]
    acting = place_roles.country_beside(named, text, lang, clause.start)  # "Russia pummelled Sumy": who, not where
    named = [(match, best) for match, best in named if match.start not in acting]
    # "в хуторе Масаловка Каменского района", "аэродром Дягилево в Рязани": the district and the city say where the
    # village and the airfield lie
    landmarks = place_within.located(named, text, lang)
    landmarks |= place_within.far_in_clause(named, text, clause.start, lang, offsets)  # "в подмосковной деревне Становое под Раменским"
    for match, best in named:
        if match.start not in landmarks and not any(_same_place(best, f) for f in found):
            found.append(best)
    if not any(_SPECIFICITY.get(f.feature, 9) <= _SPECIFICITY["admin2"] and f.feature != "sea" for f in found):
        if offsets:
            # "in the Red Sea 65 nautical miles west of Hodeidah", "в Черном море у побережья Одессы": the point the
            # offset gives is where at sea; the sea's own point is hundreds of kilometres away
            found = [f for f in found if f.feature != "sea"]
        found.extend(offsets)
    return found


_ARTICLE_END = re.compile(r"(?i)(?<!\w)the\s*$")  # "from Ukraine, the U.S. and Britain": a list's article
_QUARTER_KM = 15.0  # a city's own districts ("Holosiivskyi district" of Kyiv) lie this close to its centre


def _at_the_one_quarter(events: list[_Draft], places: Sequence[PlaceMatch], text: str, lang: str,
                        told: Sequence[tuple[int, int]] = ()) -> None:
    """A report on a city that is a region of its own (Kyiv) that names one district of it, with the word for a
    district ("the Holosiivskyi district", "у Печерському районі"), tells where its one strike there was: the most
    specific place the report names (ANNOTATION.md). The clauses drop the district's own reading (a town before
    "district" is most often a raion's name), so the city's incident moves there afterwards; it stays at the city when
    the report names two districts or more, or holds two incidents of damage there, and an interception stays (its
    count covers the city). The district must be told as the incident's place, after a preposition of place
    (`district_at_words`: "in the Obolonskyi district", not "Residents of the Obolonskyi district" or "crews from the
    Podilskyi district"), in a sentence (`told`: the report's sentences) that tells the strike itself and no
    interception (not "Debris of a downed drone fell in the Sviatoshynskyi district")."""
    quarters: dict[int, list[Candidate]] = {}
    where: dict[int, list[tuple[int, int]]] = {}  # id of a district held: the sentences that tell it as a place
    at_words = words_of(lang, "district_at_words")
    for m in places:
        part = m.candidates[0] if m.candidates else None
        if part is None or part.feature != "city":
            continue
        if _told_with_districts(m, text, lang):  # "in two Kyiv districts", "у двох районах Києва": several
            quarters.setdefault(part.place.geonames_id or 0, []).extend([part, part])
        last_word = " " + m.text.split()[-1] if " " in m.text else ""
        following = text[m.end:m.end + 40]
        if not (incidents.is_district(following, lang) or incidents.is_district(last_word, lang)):
            continue
        word = last_word.strip() if incidents.is_district(last_word, lang) else following.split()[0]
        plural = words_of(lang, "district_plural_words").fullmatch(word.strip(",.;:"))
        line = text[max(0, m.start - 40):m.start].rsplit("\n", 1)[-1]
        placed = any(at_words.fullmatch(w.strip(",.;:")) for w in line.split()[-3:])  # "in the Holosiivskyi district"
        for city in _cities_holding(part, places):
            held = quarters.setdefault(city.place.geonames_id or 0, [])
            if plural:
                held += [part, part]  # one of a list of districts: several, whichever the gazetteer read
            elif not any(_same_place(part, q) for q in held):
                held.append(part)
            if placed:  # not "Residents of the Obolonskyi district", "Мешканців Дарницького району"
                sentence = next(((a, b) for a, b in told if a <= m.start < b), (m.start, m.end))
                where.setdefault(id(next(q for q in held if _same_place(part, q))), []).append(sentence)
    caught = [c.start for o in events if o.kind == "interception" for c in o.claims]
    for e in events:
        if e.kind not in ("strike", "shelling", "explosion") or e.place is None or e.place.feature != "city":
            continue
        held = quarters.get(e.place.place.geonames_id or 0, [])
        there = [o for o in events if o.kind in ("strike", "shelling", "explosion") and o.place is not None
                 and _same_place(o.place, e.place)]
        if len(held) != 1 or there != [e]:
            continue
        if told and not any(_tells_there(e, (a, b), caught, lang, text) for a, b in where.get(id(held[0]), [])):
            continue  # the district told in a sentence of something else, or of an interception's debris
        e.place = held[0]


def _tells_there(e: _Draft, sentence: tuple[int, int], caught: Sequence[int], lang: str, text: str) -> bool:
    """Whether the sentence that names a district tells the strike `e` itself: it holds a claim of e and none of an
    interception; debris of another weapon told there (a missile strike, "Уламки збитого дрона впали у Святошинському
    районі") tells where a downed weapon fell, not where the strike hit."""
    a, b = sentence
    if not any(a <= c.start < b for c in e.claims) or any(a <= c < b for c in caught):
        return False
    if e.weapon is None or not incidents.debris_told(text[a:b], lang):
        return True
    fell = incidents.weapon(text[a:b], lang)
    return fell is None or fell == e.weapon or ("missile" in fell and "missile" in e.weapon)  # one family


def _told_with_districts(city: PlaceMatch, text: str, lang: str) -> bool:
    """Whether the city's name stands right after or right before a plural word for districts ("районах Києва",
    "Kyiv districts"): the report tells of several of its districts, named or not."""
    before = text[max(0, city.start - 30):city.start].split()
    after = text[city.end:city.end + 30].split()
    return any(words_of(lang, "district_plural_words").fullmatch(w.strip(",.;:")) for w in before[-1:] + after[:1])


def _cities_holding(part: Candidate, places: Sequence[PlaceMatch]) -> list[Candidate]:
    """The cities the report names that are regions of their own and hold `part` near their centre."""
    out = []
    for m in places:
        city = m.candidates[0] if m.candidates else None
        if city is None or city.feature != "city" or city.population <= part.population or not contains(city, part):
            continue
        apart = between(city.place, part.place)
        if apart is not None and apart <= _QUARTER_KM and city.place.geonames_id:
            out.append(city)
    return out


# Parts of the world that span several countries (the gazetteer's hand areas, by their English key): no report places
# an incident at a continent, and a clause naming one talks of it ("Europe's biggest nuclear plant", "the war in the
# Middle East", "Middle East Press"), where the incident is told by a country or a town. Not the Caucasus: the
# gazetteer's area holds the North Caucasus, a part of Russia where strikes are placed ("an oil depot in the North
# Caucasus", "на Северном Кавказе") when the report names nothing finer.
_WORLD_REGIONS = frozenset({"Europe", "Asia", "Africa", "North America", "South America", "Oceania", "Antarctica",
                            "Middle East"})


def _bare_list(clause: Span, places: list[PlaceMatch], found: list[Candidate], text: str, lang: str) -> bool:
    """Whether the places a clause tells of are named one after another, joined only by commas and "and" ("oil
    terminals in Rostov Region and Crimea", "в Ростовской области и Крыму"): whatever the clause says, it says of them
    all, and none of them has anything of its own."""
    named = [m for m in places if clause.start <= m.start and m.end <= clause.end and m.candidates
             and any(_same_place(m.candidates[0], f) for f in found)]
    return len(named) > 1 and all(incidents.joins_list(text[a.end : b.start], lang) for a, b in zip(named, named[1:]))


def _tally_over_list(clause: Span, places: list[PlaceMatch], found: list[Candidate], text: str, lang: str) -> bool:
    """Whether a clause counts attacks over a list of three or more places named one after another ("conducted 22
    airstrikes on A, B, C and D"): the words right before the list count them (`tally_before_list`)."""
    named = [m for m in places if clause.start <= m.start and m.end <= clause.end and m.candidates
             and any(_same_place(m.candidates[0], f) for f in found)]
    # (names the gazetteer lacks may open the list: "attacked Lokvove, Huliaipole, ...")
    before = _LEADING_NAMES.sub("", text[clause.start:named[0].start]) if named else ""
    if len(named) < 2 or not incidents.tally_before_list(before, lang):
        return False
    # ... the names one after another, some perhaps not in the gazetteer ("Novodanylivka, Yurkivka, Temyrivka, and
    # Mala Tokmachka"), three or more in all
    between = [text[a.end:b.start] for a, b in zip(named, named[1:])]
    if not all(_LISTED_NAMES.fullmatch(gap) for gap in between):
        return False
    return len(named) + sum(len(_LISTED_NAME.findall(gap)) for gap in between) >= 3


_CASUALTIES = frozenset({"killed", "injured", "hospitalized", "critical"})
_LISTED_NAME = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w’'-]*(?: [A-ZА-ЯЁІЇЄҐ][\w’'-]*)?(?=\s*(?:,|\band\b|$))")
_CAPITAL = "A-ZА-ЯЁІЇЄҐ"
_LEADING_NAMES = re.compile(rf"(?:\s[{_CAPITAL}][\w’'-]*(?: [{_CAPITAL}][\w’'-]*)?,)+\s*$")
_LISTED_NAMES = re.compile(rf"(?:\s*(?:,|\band\b|\bта\b|\bі\b|\bи\b)\s*|\s*[{_CAPITAL}][\w’'-]*(?: [{_CAPITAL}][\w’'-]*)?)*")


def _in_a_quoted_name(text: str, match: PlaceMatch) -> bool:
    """A place inside guillemets with other words is a name of a channel, outlet or building («Осторожно, Москва»,
    «Белгород Новости», «Петрозаводск говорит»), not where anything happened; a place alone in them is itself (в
    аэропорту «Калуга»)."""
    opened = text.rfind("«", max(0, match.start - 40), match.start)
    if opened < 0 or "»" in text[opened:match.start] or "\n" in text[opened:match.start]:
        return _in_straight_quotes(text, match)
    closed = text.find("»", match.end, match.end + 40)
    if closed < 0 or "«" in text[match.end:closed] or "\n" in text[match.end:closed]:
        return False
    inside = text[opened + 1:closed]
    # a name is a few words; a sentence quoted in guillemets («В Изюме ранен мужчина, в Балаклее ...») is speech
    return len(inside.split()) <= _NAME_WORDS and bool(re.search(r"[^\W\d_]", text[opened + 1:match.start] + text[match.end:closed]))


def _in_straight_quotes(text: str, match: PlaceMatch) -> bool:
    """The same in straight double quotes ("из "Каспийского груза""): the quote before the place opens a pair (an even
    number of quotes before it in its paragraph), the one after closes it, both within a name's length."""
    line_start = text.rfind("\n", 0, match.start) + 1
    opened = text.rfind('"', max(line_start, match.start - 40), match.start)
    if opened < 0 or text.count('"', line_start, opened) % 2:
        return False
    closed = text.find('"', match.end, match.end + 40)
    if closed < 0 or "\n" in text[match.end:closed]:
        return False
    inside = text[opened + 1:closed]
    return len(inside.split()) <= _NAME_WORDS and bool(re.search(r"[^\W\d_]", text[opened + 1:match.start] + text[match.end:closed]))


_NAME_WORDS = 4  # the most words a channel's or outlet's name in guillemets has («Осторожно, Москва», «Белгород Новости»)


_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,4}")
_LOWER_WORD = re.compile(r"\s+(?!(?:and|or|in|on|at|to|of|for|from|by|with|as|is|was|has|had|have|said|says)\b)[a-z]")


def _attributive(name: str, after: str) -> bool:
    """A country written as its initials right before a lower-case word ("a US drone", "UK maritime", "U.S. troops")
    qualifies that word, as an adjective would: it says whose, not where."""
    return bool(_ABBREVIATION.fullmatch(name)) and bool(_LOWER_WORD.match(after))


def _rest_of_sentence(text: str, start: int) -> str:
    """The words from `start` to the end of their sentence (at most 200 characters)."""
    rest = text[start : start + 200]
    end = re.search(r"[.!?\n]", rest)
    return rest[: end.start()] if end else rest


def _not_where(text: str, match: PlaceMatch, best: Candidate, lang: str, before: str, after: str,
               origins: set[int]) -> bool:
    """Mentions of a place that say nothing of where an incident is: a launch site ("launched from Kursk"), a dateline
    ("MOSCOW (Reuters) -"), a time zone ("21:01 Moscow time"), a street ("ул. Орджоникидзе"), a road or a front
    ("трасса Запорожье-Донецк", "the Kupiansk direction"), a ship's name (place_roles.not_where), a state acting or
    addressed ("Moscow blames Kyiv", "Russia has intensified", "Moscow will respond": place_roles.acting)."""
    return match.start in origins or incidents.is_dateline(text, match.start, match.end) or _in_a_quoted_name(
        text, match) or (
        named_beside.tells_the_clock(before, after, lang)) or named_beside.names_a_street(before, after, lang) or (
        named_beside.names_a_road(before, after, lang) or named_beside.names_a_quarter(before, after, lang)) or (
        named_beside.names_a_body(before, after, lang)) or (
        incidents.is_modifier(after, lang)) or incidents.in_a_title(before, after, lang) or (
        best.feature == "sea" and incidents.sea_as_shore(before, after, lang)) or (
        incidents.names_a_body(after, lang)) or (
        (best.capital or best.feature == "country") and (incidents.is_actor(after, lang, before) or (
            place_roles.acting(after, lang, match.text, before, best.capital))))


def _main_place(places: list[PlaceMatch], text: str, lang: str, origins: set[int]) -> Candidate | None:
    """The city (or airport) a report names most often, outside "from X" phrases: where an unplaced incident is. A
    report that names no such place but one subdivision ("a civilian was killed in the Volgograd region ... the man,
    48, died of shrapnel wounds") is about that subdivision: its unplaced incident is there (ANNOTATION.md: the most
    specific place the report names for it); with two subdivisions or more it stays unplaced."""
    counts: dict[tuple[object, ...], tuple[int, int, Candidate]] = {}
    regions: dict[tuple[object, ...], Candidate] = {}
    finer = False  # a district or a point the report names: its region is not the finest place it gives
    for match in places:
        if not match.candidates or match.candidates[0].feature not in ("city", "airport", "admin1", "admin2", "point"):
            continue
        best = match.candidates[0]
        before, after = text[max(0, match.start - 40) : match.start], text[match.end : match.end + 40]
        if _not_where(text, match, best, lang, before, after, origins) or incidents.scene_of_a_war(
                before, lang, _rest_of_sentence(text, match.end)) or _in_a_recap(text, match.start, lang):
            continue
        key = (best.place.geonames_id, best.place.key, best.place.country)
        if best.feature in ("admin2", "point"):
            finer = True
            continue
        if best.feature == "admin1":
            if not incidents.is_office(before, after, lang):  # "the governor of the Kursk region": who speaks
                regions[key] = best
            continue
        n, first, _ = counts.get(key, (0, match.start, best))
        counts[key] = (n + 1, first, best)
    if not counts:
        return next(iter(regions.values())) if len(regions) == 1 and not finer else None
    return max(counts.values(), key=lambda v: (v[0], -v[1]))[2]


def _in_a_recap(text: str, at: int, lang: str) -> bool:
    """Whether offset `at` lies in a sentence the outlet opens by recalling its earlier reporting ("Нагадаємо, минулого
    тижня ворог обстріляв село на Луганщині"): the place of that recalled incident is not the place the report is
    about."""
    opened = max(text.rfind(mark, 0, at) for mark in ".!?\n") + 1
    return recalls(text[opened:at].lstrip(" \t\n•*-–—"), lang)


def _most_specific(candidates: list[Candidate]) -> list[Candidate]:
    """The places a clause is about: drop each that contains another one named with it."""
    kept = [c for c in candidates if not any(_contains(c, other) for other in candidates)]
    return sorted(kept, key=lambda c: _SPECIFICITY.get(c.feature, 9)) if kept else []


def _part_named_after(text: str, lang: str, parts: list[Candidate] = ()) -> bool:  # type: ignore[assignment]
    """Whether the clause names a part of what it counted ("including", "в том числе", "зокрема": figures.yaml
    part_markers), after the country it names by its adjective ("over Russian territory") when it names one so. With
    the `parts` the clause locates, one of them must be named after the marker ("над территорией России сбиты 40, из
    них 12 над Курской областью"): a region named before it is where the whole count was told, the country only its
    container ("В России над Курской областью сбили 9 беспилотников, обломки одного из них ..."), and the marker
    there counts something else."""
    pattern = _part_markers(lang)
    if pattern is None:
        return False
    named = incidents.countries_named(text, lang)
    marker = pattern.search(text[named[0][1]:] if named else text)
    if marker is None:
        return False
    after = text[(named[0][1] if named else 0) + marker.start():].casefold()
    written = [p.place.as_written.casefold() for p in parts if p.feature != "country" and p.place.as_written]
    return not written or any(w in after for w in written)


def _governs_count(after: str, lang: str) -> bool:
    """Whether several regions named by a common noun are where the count is told, the text after them running to the
    part named in one stretch: "над пятью регионами сбиты 30 беспилотников, из них 20 — над Курской", not "Как и в
    других приграничных регионах, над Белгородской областью сбиты 8 беспилотников, из них 3 — ..." (a comparison of
    its own, set off before the count of one region)."""
    pattern = _part_markers(lang)
    part = pattern.search(after) if pattern is not None else None
    if part is None:
        return False
    between = after[: part.start()]
    breaks = list(_STRETCH_BREAK.finditer(between))
    if breaks and len(between[breaks[-1].end():].split()) <= 2:
        between = between[: breaks[-1].start()]  # the break that opens the part ("..., 20 of them over ...")
    return _STRETCH_BREAK.search(between) is None


_STRETCH_BREAK = re.compile(r"[,;:.!?()—–]")


@cache
def _part_markers(lang: str) -> re.Pattern[str] | None:
    # a space in a marker stands for any one space character, as in every other pattern built from the language files
    markers = topic(lang, "figures").get("part_markers") or []
    return re.compile(rf"(?<!\w)(?:{alternation(markers)})(?!\w)", re.IGNORECASE) if markers else None


def _areas(places: list[Candidate], countries: list[Candidate]) -> list[Candidate]:
    areas = [c for c in countries]
    for place in places:
        if place.feature == "country" and any(_same_place(place, c) for c in areas):
            continue
        if not any(_same_place(place, a) for a in areas):
            areas.append(place)
    return areas


def _date_for(clause: Span, sentence_dates: list[DateMention], found: incidents.Trigger, lang: str) -> DateMention | None:
    """The date nearest the trigger, preferring dates inside the clause; never one of a relative clause after the
    trigger ("launched from Crimea, which Russia annexed in 2014"): that date is the noun's, not the incident's."""
    trigger_at = clause.start + found.start
    sentence_dates = [d for d in sentence_dates if not (
        clause.start + found.end <= d.start <= clause.end
        and incidents.opens_relative(clause.text[found.end : d.start - clause.start], lang)
        and not _relative_of_trigger(clause.text[: found.end], clause.text[found.end : d.start - clause.start], lang))
        and not (clause.start <= d.start <= clause.end and status_time(clause.text, d.start - clause.start, lang))
        and not (clause.start <= d.start <= trigger_at
                 and mourning_day(clause.text, d.start - clause.start, found.start, lang))]
    if not sentence_dates:
        return None
    inside = [d for d in sentence_dates if clause.start <= d.start and d.end <= clause.end]
    pool = inside or sentence_dates
    return min(pool, key=lambda d: abs(d.start - trigger_at))


def _relative_of_trigger(before: str, between: str, lang: str) -> bool:
    """Whether a relative clause opens right after the trigger word, the report's own incident opening its clause
    ("The attacks, which began late on Tuesday, targeted ..."): it tells of the incident itself, and a date in it is
    the incident's. Not after another incident's word ("The previous attack, which came on Monday, ..."): that day is
    of the earlier attack, which the report's own incident must not take (`incidents.of_the_incident`)."""
    p = incidents.patterns(lang)
    return p.relative is not None and p.relative.match(between) is not None and incidents.of_the_incident(before, lang)


def _merge(drafts: list[_Draft], published: date | None, lang: str) -> list[_Draft]:
    for d in drafts:
        if d.date is None and published is not None:
            d.date, d.date_precision = published.isoformat(), "day"
    events: list[_Draft] = []
    for draft in drafts:
        # "Volgograd region Governor Andrei Bocharov said there were no injuries due to the attack": his region's
        home = next((e for e in reversed(events) if _compatible(e, draft) and _in_any(e, draft.regions)), None)
        if home is None and _officials_own_count(draft):
            # "Губернатор Воронежской области сообщил, что БПЛА был сбит над региональным центром", after the ministry's
            # count over several regions: the official's own claim for his region, its own event (ANNOTATION.md), not
            # a retelling of whichever interception was told last
            draft.place = draft.regions[0]
        if home is None and draft.place is None and any(e.elsewhere or e.not_at for e in events):
            # (an incident told elsewhere and joined by its place later is told last where its place's clauses are)
            home = max((e for e in events if _compatible(e, draft)), default=None,
                       key=lambda e: max((c.start for c in e.claims if c.start < draft.anchor), default=-1))
        home = home or next((e for e in reversed(events) if _compatible(e, draft)), None)
        if home is None:
            events.append(draft)
        else:
            home.absorb(draft)
    # a strike and a shelling at one place on one day are one incident told with two words ("Ukrainian shelling kills
    # four in Belgorod ... the strike damaged a house"): the kind first told stands
    merged: list[_Draft] = []
    for e in events:
        host = next((m for m in merged if {m.kind, e.kind} <= {"strike", "shelling"} and m.date == e.date and not e.separate
                     and not days_apart(m.told_day, e.told_day)
                     and e.place is not None and _same_place(m.place, e.place)), None)
        if host is not None:
            host.absorb(e)
        else:
            merged.append(e)
    # debris that hit nothing joins the interception before explosions join strikes: the blast heard where it fell is
    # that interception too, not a strike's
    events = [e for e in merged if not (e.fallen and _into_interception(e, merged))]
    for e in events:
        if e.fallen and e.place is not None and e.place.feature != "country":
            # "Обломки сбитого беспилотника нашли в Орловской области" with no interception told: the debris is the
            # claim that a drone was downed there (ANNOTATION.md: debris is a strike only by what it damaged)
            e.kind = "interception"
            e.target = None  # (what it fell near: "обломки упали возле жилого дома")
    return _explosions_joined(events, lang)


def _days_told_after(events: list[_Draft], published: date | None, lang: str,
                     placeless: Sequence[tuple[int, int]]) -> list[_Draft]:
    """An incident told with its place and no day, then told again by its word with a day and nothing else: no place
    named in its sentence (read or not), no figure, not as another incident ("Дрон ударил по общежитию в Глухове,
    погибли восемь. ... Удар был нанесен поздно вечером в понедельник", "The strike came late on Monday"): that day
    is the incident's own, not the publication day it took, and the retelling joins it. The incident told last before
    it, of its kind and with a place, takes the day; a day told with a place, a figure, "another" or a weapon of
    another family (`_weapons_differ`) is its own incident's. Only a whole day within a week before publication:
    "11 октября украинцы уже наносили удар по этому месту", "В сентябре дрон ударил по многоэтажке" recall an
    earlier incident at that place; and never one told as done before (`recalled_before` in dates.yaml: "вчера по
    городу уже били")."""
    if published is None:
        return events
    recall = recall_pattern(lang)
    joined: set[int] = set()
    for k, told in enumerate(events):
        if (not told.dated or told.date_precision != "day" or told.place is not None or told.areas
                or told.kind not in _CASUALTY_KINDS or told.date is None
                or not published - NEAR <= date.fromisoformat(told.date) <= published
                or told.separate or told.another or told.elsewhere or told.recalled or told.retold
                or any(c.figure for c in told.claims)
                or not all(any(start <= c.start < end for start, end in placeless) for c in told.claims)
                or recall is not None and any(recall.search(c.quote) for c in told.claims)):
            continue
        before = [e for e in events[:k] if id(e) not in joined and e.anchor < told.anchor]
        host = max((e for e in before if e.kind == told.kind), key=lambda e: e.anchor, default=None)
        if host is None or host.dated or host.place is None or _weapons_differ(host.weapon, told.weapon):
            continue
        host.date, host.date_precision, host.dated = told.date, told.date_precision, True
        host.day_named = host.day_named or told.day_named
        host.explicit_date = host.explicit_date or told.explicit_date
        host.absorb(told)
        joined.add(id(told))
    return [e for e in events if id(e) not in joined]


def _weapons_differ(a: Weapon | None, b: Weapon | None) -> bool:
    """Whether two incidents name weapons of different families ("A missile struck an office building in Dnipro. On
    Saturday evening a drone attacked a warehouse"): the later is another attack, not the first one retold."""
    return a is not None and b is not None and not same_family(a, b)


def _explosions_joined(events: list[_Draft], lang: str) -> list[_Draft]:
    """Explosions heard where a strike hit (or nowhere in particular) are that strike; explosions that harmed nobody,
    heard where air defence worked that day with no strike there, are that interception (ANNOTATION.md)."""
    strikes = [e for e in events if e.kind in ("strike", "shelling")]
    interceptions = [e for e in events if e.kind == "interception" and not e.areas]
    kept: list[_Draft] = []
    for e in events:
        if e.kind == "explosion":
            host = next((s for s in strikes if s.date == e.date and (e.place is None or _same_place(s.place, e.place))), None)
            if host is None and not any(c.figure in _HARMED for c in e.claims):
                host = next((i for i in interceptions if i.date == e.date and i.place is not None
                             and (e.place is None or _same_place(i.place, e.place))), None)
            if host is None and not any(c.figure in _HARMED for c in e.claims):
                host = _one_place_below(e, strikes + interceptions, lang) or _heard_nearby(e, strikes, interceptions)
            if host is not None:
                host.absorb(e)
                continue
        kept.append(e)
    return kept


# A settlement this close to the town a strike hit hears that strike's blast (a city's suburbs and the villages beside
# it, not the next town of its region).
_HEARD_KM = 12.0


def _heard_nearby(heard: _Draft, strikes: list[_Draft], interceptions: list[_Draft]) -> _Draft | None:
    """Explosions that harmed nobody, heard at a settlement beside the town where the report's one strike of that day
    hit ("у сусідньому селі чули вибух" beside a glide bomb on the city), are that
    strike heard from nearby, not an incident of their own: when no other strike or interception of that day is told,
    and the settlement lies within _HEARD_KM of the town."""
    if heard.place is None or heard.place.feature != "city":
        return None
    same_day = [h for h in strikes + interceptions if h.date == heard.date]
    if len(same_day) != 1 or same_day[0].kind not in ("strike", "shelling"):
        return None
    strike = same_day[0]
    if strike.place is None or strike.place.feature != "city" or strike.areas or _told_apart(heard, strike):
        return None
    apart = between(strike.place.place, heard.place.place)
    return strike if apart is not None and apart <= _HEARD_KM else None


def _told_apart(heard: _Draft, strike: _Draft) -> bool:
    """Whether the explosions are told as a happening of their own beside the strike: told of a part of the day the
    strike's telling does not tell ("Вдень ... КАБ влучила в Харків" and "Увечері в Пісочині пролунали вибухи"), or
    either told of an earlier day or as a recall ("Нагадаємо, ...", "Earlier in the day, ...": the language files'
    `background_markers`)."""
    if "before" in heard.when | strike.when or heard.when - strike.when:
        return True
    if heard.recalled or strike.recalled or heard.retold or strike.retold:
        return True
    return any(every_language("background_markers").search(c.quote)
               for d in (heard, strike) for c in d.claims if c.assertion == "kind" and c.quote)


def _one_place_below(heard: _Draft, hosts: list[_Draft], lang: str) -> _Draft | None:
    """Explosions that harmed nobody, heard over a sea or somewhere in a whole country ("взрывы над акваторией Чёрного
    моря" in a report of air defence over one port), where the report's strikes and interceptions of that day name one
    place finer than a region where explosions were heard too ("Несколько взрывов прогремели в Новороссийске"), are
    that place's incident told from where the sound came (ANNOTATION.md: one post, one incident), not a second one at
    sea or in the country. Two such places, or none where explosions were heard ("explosions in Mariupol, the city on
    the Sea of Azov" beside a strike on Kyiv): no join."""
    if heard.place is None or heard.place.feature not in ("sea", "country"):
        return None
    finer = [h for h in hosts if h.date == heard.date and h.place is not None and not h.areas and _heard_there(h, lang)
             and _SPECIFICITY.get(h.place.feature, 9) <= _SPECIFICITY["admin2"] and h.place.feature != "sea"
             and (heard.place.feature == "sea" or h.place.place.country == heard.place.place.country)]
    if not finer or any(not _same_place(h.place, finer[0].place) for h in finer):
        return None
    return finer[0]


def _heard_there(d: _Draft, lang: str) -> bool:
    return any(c.assertion == "kind" and (c.value == "explosion" or incidents.explosions_told(c.quote, lang))
               for c in d.claims if c.quote)


def _officials_own_count(d: _Draft) -> bool:
    """Whether an interception told nowhere in particular is a regional official's own account: his region (his
    office, `_offices_in`) is the one region named in its sentence, and he is the one who told it."""
    return d.kind == "interception" and d.place is None and not d.areas and len(d.regions) == 1 and any(
        c.assertion == "kind" and c.source and c.source_kind == "official" for c in d.claims)


def _into_interception(fallen: _Draft, events: list[_Draft]) -> bool:
    """Debris that hit nothing where air defence downed a drone the same day is that interception (ANNOTATION.md: debris
    is a strike by the damage or casualties it caused): absorbed into it, if there is one."""
    host = next((i for i in events if i.kind == "interception" and i.date == fallen.date and (
        fallen.place is None or any(w is None or _same_place(w, fallen.place) or _contains(w, fallen.place)
                                    for w in (i.areas or [i.place])))), None)
    if host is None:
        return False
    target = host.target
    host.absorb(fallen)
    host.target = target  # (a building the debris fell near is no target of the interception: "упали возле дома")
    return True


def _into_interception_attack(attack: _Draft, events: list[_Draft], lang: str, told_sentences: Sequence[str] = ()) -> bool:
    """An attack told only as an attack ("Ukraine launched a drone attack on Moscow", "drone attacks shut down Moscow's
    airports"), with no figure, no damage and no target of its own (an airport whose flights were stopped is no
    target; "nobody was hurt" is no harm done where air defence met it), at the place (or within the area) where air
    defence met the attack that day, is the attack the interception stopped (ANNOTATION.md: an interception claim; a
    strike is what hit something): absorbed into that interception, its kind word no claim of it."""
    if attack.kind != "strike" or attack.place is None or attack.place.feature == "country" or attack.fallen or (
            attack.separate or attack.weapon == "artillery"):
        return False
    closed = any(e.kind == "airspace_restriction" for e in events)
    p = incidents.patterns(lang)
    # "пытались нанести удар по Севастополю", "предприняли попытку атаки аэродрома": an attack told as an attempt
    # is told as an attack, its "удар" what was tried and its target what was aimed at, not what was hit
    tried = [(c.start + m.start(), c.start + m.end()) for c in attack.claims if c.figure is None and c.quote
             and p.attempted_attack is not None for m in p.attempted_attack.finditer(c.quote)]
    if attack.target is not None and not (closed and attack.target.category == "airport") and not tried:
        return False
    if tried and attack.target is not None and _target_harmed(attack, told_sentences, lang):
        return False  # "пытались атаковать НПЗ ... На территории НПЗ возник пожар": the attempt hit its target
    # "nobody was hurt" is no harm done, where air defence met the attack (not where an airport only closed)
    unhurt = any(c.figure in _HARMED and c.value == 0 for c in attack.claims)
    if any(c.figure is not None and c.figure not in _TOLD_OF_ATTACK and not (c.figure in _HARMED and c.value == 0)
           for c in attack.claims) or any(
            incidents.damaged(c.quote, lang) for c in attack.claims if c.quote):
        return False
    zeros = [(c.start, c.end) for c in attack.claims if c.figure in _HARMED and c.value == 0]
    told = [_without(c, zeros + tried) for c in attack.claims if c.figure is None and c.quote]  # ("пострадавших нет": no toll)
    if p.attack_only is None or p.impact is None or not (tried or any(p.attack_only.search(q) for q in told)) or any(
            p.impact.search(q) for q in told):
        return False  # "struck", "удар", explosions heard: the attack told as hitting
    met = ("interception",) if unhurt else ("interception", "airspace_restriction")
    # explosions heard in the town are not met by a claim over several areas (as `_explosions_joined` keeps them from
    # one): "У місті лунають вибухи" beside "збито 15 над Миколаївською, Одеською та Херсонською областями"
    heard = any(c.assertion == "kind" and c.value == "explosion" for c in attack.claims)
    host = next((i for i in events if i.kind in met and i.date == attack.date and not (heard and i.areas) and any(
        w is not None and (same_place(w, attack.place) or contains(w, attack.place) or contains(attack.place, w)
                           or around_capital(attack.place, w))  # (met on its way to the capital, in the region around)
        for w in [i.place, *i.areas])), None)
    if host is None:
        return False
    if host.kind == "interception":
        host.weapon = host.weapon or attack.weapon
        host.attacker = host.attacker or attack.attacker
        # ... and what the attack's clauses counted is the interception's: the weapons that came ("Пять дронов пытались
        # атаковать область ... все уничтожены") and the "nobody was hurt" (ANNOTATION.md gives both to the interception)
        host.claims.extend(c for c in attack.claims if c.figure is not None and c not in host.claims)
    return True


def _target_harmed(attack: _Draft, told_sentences: Sequence[str], lang: str) -> bool:
    """Whether another sentence of the report tells damage or a fire at a target of the attack's kind ("Ночью пытались
    атаковать НПЗ беспилотниками. ... На территории НПЗ возник пожар"): what was tried was done there."""
    own = {c.quote for c in attack.claims if c.quote}
    for sentence in told_sentences:
        if any(q in sentence for q in own) or not incidents.damaged_not_downed(sentence, lang):
            continue  # (not "nine drones were destroyed ... the raid was aimed at the port": downed)
        at = incidents.target(sentence, lang, sentence)
        if at is not None and attack.target is not None and at.category == attack.target.category:
            return True
    return False


def _without(claim: Claim, spans: list[tuple[int, int]]) -> str:
    """The claim's quote with the parts inside the spans blanked (a toll of none told in the same clause)."""
    quote = claim.quote
    for start, end in spans:
        lo, hi = max(start, claim.start) - claim.start, min(end, claim.end) - claim.start
        if lo < hi:
            quote = quote[:lo] + " " * (hi - lo) + quote[hi:]
    return quote


def _compatible(a: _Draft, b: _Draft) -> bool:
    # (asked first of the flag, false for nearly every draft: `_merge` asks this of every pair)
    if (a.elsewhere or b.elsewhere) and any(
            x.elsewhere and y.place is not None and any(_same_place(y.place, p) for p in x.not_at)
            for x, y in ((a, b), (b, a))):
        return False  # "над Азовом сбит дрон, а в соседнем районе ..." is not at Azov
    if a.kind != b.kind or a.date != b.date or b.separate or (
            a.place is not None and b.place is not None and days_apart(a.told_day, b.told_day)):
        return False
    if a.kind == "interception":
        if not _one_count(a, b) and not _same_place(a.place, b.place):
            # a national total and a governor's count for his region are two claims of two events (ANNOTATION.md)
            return False
        if a.place is not None and b.place is not None and own_accounts(a, b):  # type: ignore[arg-type]
            return False  # ... and so, counted or not, are the ministry's claim and the governor's own for his region
        if a.recalled != b.recalled and _downed(a) and _downed(b) and not _downed(a) & _downed(b) and _other_time(
                *((a, b) if a.recalled else (b, a))):
            # a differing count recalled from an earlier report and told of another time (an earlier day, or another
            # part of the day than today's count: a morning's count against a recalled night's) is another wave; told
            # of the same time, or of none, it is the same downing updated
            return False
        if _within_country(a, b) or _within_country(b, a):
            outer, inner = (a, b) if _within_country(a, b) else (b, a)
            # "В Туапсе работала ПВО ... всего над территорией России уничтожены 17 беспилотников": the whole
            # country's count is no count of the one place told with none of its own; two claims (ANNOTATION.md)
            return bool(inner.areas) or not _counts(outer) or bool(_counts(inner)) or (
                inner.place is not None and inner.place.feature == "country")
            # ("Russia attacked Ukraine with 112 drones ... 61 of the 112 were shot down over four oblasts": one)
    if a.areas or b.areas:
        return bool(a.areas and b.areas and any(_same_place(x, y) for x in a.areas for y in b.areas)) or (
            not b.areas and b.place is None
        )
    return a.place is None or b.place is None or _same_place(a.place, b.place)


def _counts(d: _Draft) -> set[tuple[str, object]]:
    return {(c.figure, c.value) for c in d.claims if c.figure in ("launched", "intercepted")}


def _downed(d: _Draft) -> set[object]:
    return {c.value for c in d.claims if c.figure == "intercepted"}


@cache
def _any_day_part(lang: str) -> re.Pattern[str] | None:
    """All the words of `incidents.patterns(lang).day_parts` in one pattern: where it matches nowhere, none of the parts'
    patterns does (each is `(?<!\\w)(?:words)(?!\\w)`), so most sentences are scanned once, not once a part. None (scan
    each) when a part has no words (its pattern would match an empty string)."""
    lists = list((topic(lang, "events").get("day_parts") or {}).values())
    if not lists or not all(lists):
        return None
    return word_led(rf"(?<!\w)(?:{alternation([w for words in lists for w in words])})(?!\w)", re.IGNORECASE)


def _names_a_day(mention: DateMention, lang: str) -> bool:
    """Whether a date mention names a day, not only a part of the night or day of the publication's ("overnight",
    "ночью", "минулої ночі"): a date, a weekday, "yesterday" ("вчера вечером")."""
    parts = _day_parts(mention.text, lang)
    return not mention.relative or not parts or "before" in parts or names_a_weekday(mention.text, lang)


def _day_parts(text: str, lang: str) -> frozenset[str]:
    """The parts of the day a sentence tells (the language's `day_parts`: night, morning, day, evening, before for an
    earlier day), and the part a clock time tells ("в 7:50")."""
    joined = _any_day_part(lang)
    parts = {part for part, pattern in incidents.patterns(lang).day_parts.items() if pattern.search(text)} \
        if joined is None or lexicon_hits.search(joined, text) else set()
    for m in re.finditer(r"(?<![\d:.])([01]?\d|2[0-3]):[0-5]\d(?![\d:])", text) if ":" in text else ():  # (a time needs its colon)
        hour = int(m.group(1))
        parts.add("night" if hour < 5 or hour >= 23 else "morning" if hour < 12 else "day" if hour < 18 else "evening")
    return frozenset(parts)


def _other_time(recalled: _Draft, today: _Draft) -> bool:
    """Whether a recalled count is told of another time than today's: an earlier day, or a part of the day today's
    count does not tell (when both tell one)."""
    return "before" in recalled.when or bool(recalled.when and today.when and not recalled.when & today.when)


def _one_count(a: _Draft, b: _Draft) -> bool:
    """Two interception proposals can be one claim when one has no counts or they share one; or, when one of them has
    no place yet, when they count different things ("attacked with 15 drones" and "14 were destroyed")."""
    mine, theirs = _counts(a), _counts(b)
    if not mine or not theirs or mine & theirs:
        return True
    unplaced = (a.place is None and not a.areas) or (b.place is None and not b.areas)
    if unplaced and not {f for f, _ in mine} & {f for f, _ in theirs}:
        return True
    # ... or, neither placed yet, the later counts on from the earlier ("ПВО сбила 44 из них, ещё 10 подавлены РЭБ":
    # more of the same downing, added up by increments.added_up; one placed apart is its own: "ещё три, летевших к
    # столице")
    return (a.place is None and not a.areas and b.place is None and not b.areas
            and bool(more_counts(max(a, b, key=lambda d: d.anchor))))


def _within_country(outer: _Draft, inner: _Draft) -> bool:
    if outer.place is None or outer.place.feature != "country":
        return False
    code = outer.place.place.country
    return bool(inner.areas) and all(x.place.country == code for x in inner.areas if x.place.country) or (
        inner.place is not None and inner.place.place.country == code and not inner.areas)


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _attach_orphans(events: list[_Draft], orphans: list[_Orphan], offices: Mapping[int, list[Candidate]],
                    text: str = "", lang: str = "en") -> None:
    """Figures from clauses without a trigger go to the casualty-bearing incident at their place, else the last one told
    in the region of the official who tells them, else the last one told."""
    capable = [e for e in events if e.kind in _CASUALTY_KINDS and not _is_background(e)] or [
        e for e in events if e.kind in _CASUALTY_KINDS
    ]
    interceptions = [e for e in events if e.kind == "interception"]
    latest: dict[int, tuple[int, int]] = {}  # id(event) -> (claims seen, their last start): claims only grow here

    def last_claim(e: _Draft) -> int:
        seen, top = latest.get(id(e), (0, -1))
        if seen < len(e.claims):
            top = max(top, max(c.start for c in e.claims[seen:])) if seen else max(c.start for c in e.claims)
            latest[id(e)] = (len(e.claims), top)
        return top

    def in_its_sentence(e: _Draft, at: int) -> int:
        """Where the event is told in the orphan's own sentence before it (-1 if not): "в Одессе погибла местная
        жительница, ещё 13 человек получили ранения" is Odesa's, though the post tells Kharkiv's damage in paragraphs
        after it (an event told on after the orphan stays the one it goes to only when its sentence tells none)."""
        told = [c.start for c in e.claims if c.start < at and not _SENTENCE_BREAK.search(text, c.start, at)]
        return max(told, default=-1)

    for located, all_claims, at in orphans:
        # counts of weapons ("количество сбитых БПЛА составляет 26") belong to an interception, never to a strike
        weapon_claims = [c for c in all_claims if c.figure in ("launched", "intercepted")]
        if not interceptions:
            # ... but with no interception told, weapons fired are the strike's ("a drone fired two missiles at a
            # house, killing seven": ANNOTATION.md gives a strike its `launched`); nothing was downed
            weapon_claims = [c for c in weapon_claims if c.figure == "intercepted"]
        claims = [c for c in all_claims if c not in weapon_claims]
        if weapon_claims and interceptions:
            home = next((e for e in interceptions if located and any(_same_place(e.place, p) for p in located)), None)
            (home or max(interceptions, key=lambda e: e.anchor if e.anchor <= at else -1)).claims.extend(weapon_claims)
        figures_only = [c for c in claims if c.figure]
        if not claims:
            continue
        if not figures_only and located and (placed := _item_placed(capable, claims, located[0], at, lang)) is not None:
            if placed not in events:
                events.append(placed)
                capable.append(placed)
            placed.claims.extend(claims)
            continue
        pool = capable if figures_only else events
        if figures_only and not capable and _all_zero(figures_only):
            # "Беспилотник был сбит. Пострадавших нет.": in a report that tells no strike, a stated zero is the
            # interception's (ANNOTATION.md gives an interception its "no one was hurt")
            pool = interceptions
        zero_after_interception = figures_only and _all_zero(figures_only) and pool is capable and not any(
            e.anchor <= at for e in capable) and any(e.anchor <= at for e in interceptions)
        if zero_after_interception:
            # "Two drones were shot down over Tula. The governor said no one was hurt. ... Later a drone struck a
            # house in Rostov": a stated zero told after an interception and before any incident that could harm is
            # the interception's (ANNOTATION.md gives an interception its "no one was hurt"), never an incident the
            # report has not told yet; of several interceptions, the one told last
            pool = interceptions
        if not pool:
            continue
        home = next((e for e in pool if located and any(_same_place(e.place, p) for p in located)), None)
        regions = offices.get(at, [])
        if home is None and zero_after_interception:
            home = max((e for e in pool if e.anchor <= at), key=lambda e: max(e.anchor, last_claim(e)))
        if home is None:
            before = [e for e in pool if e.anchor <= at]
            # "Volgograd region Governor Andrei Bocharov said there were no injuries": his region's incident, not the
            # Astrakhan one told after it
            before = [e for e in before if _in_any(e, regions)] or before
            here = [e for e in before if in_its_sentence(e, at) >= 0]
            home = max(here, key=lambda e: in_its_sentence(e, at)) if here else (
                max(before, key=last_claim) if before else pool[0])
            # (a stated zero is no casualty: "Как сообщил мэр Москвы, пострадавших нет" after a drone downed in
            # Ramenskoye tells of that incident, not of one of its own in Moscow)
            # (a hospitalisation is told where the hospital is, "Его доставили в больницу Шебекино": no incident there)
            if figures_only and located and not _all_zero(figures_only) and any(
                    c.figure != "hospitalized" for c in figures_only) and (
                    own := _own_place(home, located[0])) is not None:
                # "Strikes on Kharkiv and ten villages ... In Balakliia two were killed": casualties at a place of
                # their own are an incident there, of the kind just told (ANNOTATION.md: one event per place)
                home = own
                events.append(own)
                capable.append(own)
        home.claims.extend(claims)
        if figures_only and _all_zero(figures_only) and home in capable:
            # "Под удар попал поселок Северный ... Также в Грайвороне повреждены окна. Никто не пострадал": a stated
            # zero is said of every incident told since the last figure of harm, not only of the last one
            for e in _unharmed_since(capable, home, at, {c.figure for c in figures_only}):
                if regions and not _in_any(e, regions):
                    continue
                e.claims.extend(claims)


# an item that opens with a settlement (after a bullet, an abbreviation such as "с." or "смт", a preposition) and a
# dash or colon: "У Савинцях - хати", "• с. Гути – клуб", "In Savyntsi: two sheds"
_ITEM = re.compile(r"^[^\w]*(?:[^\W\d_]{1,6}\.?\s+){0,2}?([^\W\d_][\w'’-]*(?:[\s-][^\W\d_][\w'’-]*){0,2}?)"
                   r"(?:\s+[-–—]\s+|\s*[–—:]\s*)(?=\S)")


def _damage_item(clause: str, lang: str) -> tuple[int, Target, int] | None:
    """Where the settlement of an item of damage begins in a clause with no verb of attack, and what the item says
    was damaged there: "У Савинцях - хати, сараї та автівки" after "Обстріляли Балаклію і Савинці", the bulleted
    "с. Гути – клуб, 4 хати" under "пошкоджено:". A report that gives a settlement what was hit there gives it
    something of its own: its own incident (ANNOTATION.md: one event per place the report gives something of its
    own)."""
    m = _ITEM.match(clause)
    if m is None or (found := incidents.target(clause[m.end():], lang, clause)) is None:
        return None
    return m.start(1), found, m.end(1)


def _item_placed(capable: list[_Draft], claims: Sequence[Claim], where: Candidate, at: int, lang: str) -> _Draft | None:
    """The incident an item of damage at a settlement (`_damage_item`) belongs to: the one told at that settlement
    (a member of a list of places it gives its own target), else a new one of the kind told last before it, at the
    settlement, when that one lies elsewhere (not one built-up area with it). None when the claims hold no such item
    or nothing was told before it."""
    if where.feature != "city":
        return None
    item = next((t for c in claims if c.assertion == "target" and (t := _damage_item(c.quote, lang)) is not None), None)
    if item is None:
        return None
    target = item[1]
    same = next((e for e in capable if e.place is not None and _same_place(e.place, where)), None)
    if same is not None:
        if same.target is None:
            same.target = target
        return same
    before = [e for e in capable if e.anchor <= at and not _is_background(e)]
    if not before:
        return None
    told = max(before, key=lambda e: e.anchor)
    if told.place is not None and _near(told.place, where, 3.0):
        return None
    return _Draft(kind=told.kind, place=where, date=told.date, date_precision=told.date_precision, anchor=at,
                  weapon=told.weapon, attacker=told.attacker, target=target, explicit_date=told.explicit_date,
                  recalls=told.recalls, dated=told.dated, day_named=told.day_named, when=told.when)


def _unharmed_since(capable: list[_Draft], home: _Draft, at: int, zeros: set[str | None]) -> list[_Draft]:
    """The incidents a stated zero is also said of: of the day of the one it was told after, at a place finer than a
    country, told after the last count of the figure it denies (a zero after "two were killed in X" speaks of what
    followed; "no one was killed" after "three were injured in X" still speaks of the incidents told before X), with
    no figure of harm of their own."""
    since = max((c.start for e in capable for c in e.claims
                 if c.figure in _HARMED and c.figure in zeros and c.start < at), default=-1)
    return [e for e in capable if e is not home and since < e.anchor <= at and e.date == home.date and not e.listed
            and e.place is not None and e.place.feature != "country" and not _is_background(e)
            and not any(c.figure in _HARMED for c in e.claims)]


def _in_any(e: _Draft, regions: list[Candidate]) -> bool:
    return e.place is not None and any(_same_place(r, e.place) or _contains(r, e.place) for r in regions)


def _offices_in(sentence: Span, text: str, places: list[PlaceMatch], lang: str,
                seats: set[int] = frozenset()) -> list[Candidate]:  # type: ignore[assignment]
    """The regions a sentence names only as an official's office ("Volgograd region Governor", "Пострадавших нет,
    сообщил губернатор Брянской области") or seat ("authorities in the Bryansk region said"): not where anything
    happened, but whose incidents the official tells of."""
    return [m.candidates[0] for m in places
            if sentence.start <= m.start and m.end <= sentence.end and m.candidates
            and m.candidates[0].feature in ("admin1", "admin2", "city")
            and (m.start in seats or incidents.is_office(text[sentence.start : m.start], text[m.end : sentence.end], lang)
                 or incidents.speaks_for_region(text[sentence.start : m.start], text[m.end : sentence.end], lang))]


def _all_zero(claims: list[Claim]) -> bool:
    """Whether every claim is a stated zero of people hurt ("no one was hurt", "пострадавших нет")."""
    return all(c.figure in _HARMED and c.value == 0 for c in claims)


def _own_place(told: _Draft, where: Candidate) -> _Draft | None:
    """Where casualties told at a settlement go when no incident was told there: the incident just told, moved there
    when it had no place finer than a region and no casualties of its own; else a new incident of its kind there.
    None when the settlement is the incident's own neighbourhood (a district of the city struck)."""
    if _SPECIFICITY.get(where.feature, 9) > _SPECIFICITY["admin2"] or told.areas:
        return None
    here = told.place
    if here is not None and _SPECIFICITY.get(here.feature, 9) <= _SPECIFICITY["admin2"] and _near(here, where):
        return None
    coarse = here is None or _contains(here, where)
    if coarse and not any(c.figure for c in told.claims):
        told.place = where
        return None
    return _Draft(kind=told.kind, place=where, date=told.date, date_precision=told.date_precision, anchor=told.anchor,
                  weapon=told.weapon, attacker=told.attacker, explicit_date=told.explicit_date, recalls=told.recalls)


def _near(a: Candidate, b: Candidate, km: float = 20.0) -> bool:
    apart = between(a.place, b.place)
    return apart is not None and apart <= km


def _is_background(d: _Draft) -> bool:
    return d.recalls and d.explicit_date


def _finish(d: _Draft, report_id: str, published: date | None) -> Event:
    place = _place(d.place) if d.place else _region(d.areas) if d.areas else None
    claims = tuple(sorted(set(d.claims), key=lambda c: (c.start, c.end, c.figure or "", c.assertion or "")))
    background = _before(d.date, published)
    event_id = content_id(report_id, d.kind, d.anchor, place.key if place else None)
    return Event(
        id=event_id,
        kind=d.kind,
        date=d.date,
        date_precision=d.date_precision,  # type: ignore[arg-type]
        place=place,
        weapon=d.weapon,
        target=d.target,
        attacker=d.attacker,
        areas=tuple(Area(_place(a)) for a in d.areas),
        figures=reconcile(claims),
        claims=claims,
        reports=(report_id,),
        background=background,
        anchor=d.anchor,
    )


def _place(c: Candidate) -> Place:
    p = c.place
    if c.feature == "country":
        # a country is never silently pinned to its centre
        return replace(p, admin1=None, lat=None, lon=None, precision="country", iata=None, icao=None)
    return p


def _region(areas: list[Candidate]) -> Place:
    """The place of a multi-area claim: the areas named together, coded to the country of the first land area."""
    land = [a for a in areas if a.place.country]
    country = land[0].place.country if land else None
    name, name_en = local_names.joined([a.place for a in areas])
    return Place(name, country, None, None, None, "region", name_en=name_en)


def _before(when: str | None, published: date | None) -> bool:
    """An incident dated well before the report was published is recalled, not reported."""
    if not when or published is None:
        return False
    parts = [int(x) for x in when.split("-")]
    if len(parts) == 3:
        return date(*parts) < published - _BACKGROUND_AFTER
    if len(parts) == 2:
        return (parts[0], parts[1]) < (published.year, published.month)
    return parts[0] < published.year
