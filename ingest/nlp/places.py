"""Where a meeting happens, and on the sidelines of what (GUIDELINES.md "place", "occasion").

Places are read from "in/at/near ..." phrases in the trigger's clause, most specific first
("in Geneva, Switzerland" -> Geneva, CH; "in Vietnam's Da Nang" -> Da Nang; "at the White House" ->
Washington); the dateline ("MOSCOW (Sputnik) -") == never the venue, but "here" means the dateline
city. Occasions: "on the sidelines of the November 19-20 Asia-Pacific Economic Cooperation (APEC)
summit in Peru" -> "APEC summit"; "at the G20 summit"; "during the UN General Assembly".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from meetings.types import PlaceData

from .candidate import sent_ents
from .dates import NUMBER_WORDS
from .gazetteer import VENUES, is_country, lookup
from .lexicon.roles import PARTY_NOUNS
from .linking import MEALS, agreed_clause, is_speech, path_ok

LOCATIVE = {"in", "at", "near", "inside", "outside"}
OCCASION_NOUNS = {"summit", "forum", "conference", "session", "assembly", "council", "ministerial", "meeting", "meetings",
                  "talks", "games", "gathering", "congress", "week", "dialogue", "festival", "ceremony", "funeral",
                  "inauguration", "celebrations", "parade", "expo", "cup", "olympics", "consultations", "convention", "g20", "g-20", "g7", "g8",
                  "commemoration", "commemorations", "anniversary", "coronation", "memorial",
                  "unga", "chogm", "apec", "asean", "brics"}  # ("on the margins of UNGA": gatherings named by their acronym alone)
# the nouns of a number of things, "a series of meetings", "a string of talks": the things are what is meant
SERIES_NOUNS = {"series", "string", "round", "host", "number", "set", "flurry", "raft"}
ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9-]{1,7}|G-?\d{1,2})$")
_EVENT_NOUNS = {"meeting", "meet", "talks", "talk", "summit", "visit", "discussion", "encounter", "negotiation", "room", "sidelines",
                "consultation", "conference", "session", "trip", "meetings", "ceremony", "pull-aside", "press", "sit-down",
                "stopover", "stop", "layover", "tour", "stay", "gala", "hour", "hours", "minute", "minutes", "face", "tete", "tête",
                "audience", "time"} | MEALS  # ("talked for two hours at the Kremlin", "met face to face in Geneva", "a tete-a-tete in Geneva")
# buildings a meeting is held in: "at the presidential palace in Brasilia"
VENUE_NOUNS = {"palace", "residence", "hotel", "house", "ministry", "building", "office", "offices", "headquarters", "embassy",
                "retreat", "estate", "villa", "castle", "hall", "center", "centre", "resort", "kremlin", "compound", "mansion",
                "spaceport", "cosmodrome", "airport", "airbase", "base", "facility", "station", "port", "complex", "basilica",
                "cathedral", "church", "mosque", "chapel", "temple", "monastery", "inn", "lodge", "guesthouse", "ranch", "manor",
                "chateau", "château", "dacha", "home", "ship", "yacht", "farm"}
_MOTION_VERBS = {"travel", "go", "fly", "head", "come", "arrive", "visit", "return", "journey"}
SIDELINES = ("sidelines", "sideline", "margins", "margin", "fringes", "fringe")  # ("on the fringes of the APEC forum")
# what is discussed somewhere else: "discussed the war in Gaza", "the situation in Sudan"
TOPIC_NOUNS = {"war", "conflict", "crisis", "situation", "fighting", "violence", "ceasefire", "truce", "election", "elections",
               "attack", "attacks", "tension", "tensions", "escalation", "unrest", "protest", "protests", "developments", "offensive",
               "invasion", "occupation", "hostilities", "peace", "stability", "security", "reconstruction", "operation", "operations"}
# venue nouns that, capitalised, end a building's own name ("Blair House", "Kingston Hall"), which a town far away may
# share (palaces and castles mostly stand in the town they are named after: "Prague Castle", "Bogor Palace")
_NAMED_BUILDINGS = {"house", "hall", "estate", "villa", "mansion", "lodge", "manor"}
# words that name a building before its name, in the languages of its country ("Palais Coburg", "Schloss Meseberg",
# "Palazzo Chigi", "Villa Madama", "Casa Rosada")
_BUILDING_FIRST = {"palais", "palazzo", "schloss", "villa", "château", "chateau", "castello", "palacio", "palácio", "casa", "quinta",
                   "kasteel", "slot", "palau", "hotel", "hôtel"}


_OWNED_BODIES = {"ministry", "government", "office", "agency", "embassy", "mission", "delegation", "spokesman", "spokeswoman",
                 "spokesperson", "foreign", "army", "military", "media", "leader", "president", "parliament", "cabinet"}
# what a capital standing for its government asks or does ("at Moscow's request", "on Washington's initiative")
_GOVERNMENT_ACTS = {"request", "invitation", "initiative", "proposal", "suggestion", "insistence", "behest", "demand", "urging",
                    "position", "decision", "offer", "bid", "call"}
_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "as", "from", "vs"}


def _whole_venue(tok: Token) -> PlaceData | None:
    """A venue the gazetteer knows by a name the pobj heads with an "of" phrase after it: "the Great Hall of the People"."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    words = [t for t in tok.subtree if t.dep_ != "det" or t.i > tok.left_edge.i]
    text = " ".join(t.text for t in words)
    return lookup(text) if text.lower().removeprefix("the ") in VENUES else None


def _in_phrase(tok: Token) -> bool:
    """The word has an "in ..." phrase of its own ("Al Salam Palace in Jeddah"): the city it is in, named (not only a
    country or an unknown state: "the Camp David presidential retreat in Maryland", "the Al Asad air base in western Iraq")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj":
                    p = place_name_at(g)
                    return p is not None and p.kind != "country"
    return False


def _title_case(sent: Span) -> bool:
    """A headline's capitalised words say nothing of names."""
    words = [t for t in sent if t.is_alpha and t.lower_ not in _SMALL_WORDS]
    return bool(words) and all(t.text[:1].isupper() for t in words)
_KIND_RANK = {"venue": 3, "city": 3, "region": 2, "country": 1}


def _place_phrase(tok: Token) -> list[Token]:
    """The proper-noun words of a pobj: "Buenos Aires", "the Swiss city of Lausanne" -> Lausanne."""
    if tok.lower_ == "city" or tok.lower_ == "capital":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return _place_phrase(p)
    words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "nmod") and t.pos_ == "PROPN" and t.head.i == tok.i]
    return sorted(words + [tok], key=lambda t: t.i)


# a time the parser makes the head of a fronted place ("In Rome the following day she held talks")
_TIME_NOUNS = {"day", "week", "morning", "afternoon", "evening", "night", "weekend"}
_PLACE_TYPES = {"city", "town", "capital", "resort", "port", "village", "region", "province", "island", "enclave", "exclave", "oblast",
                "archipelago", "atoll", "peninsula", "state", "territory", "municipality", "district", "county", "emirate",
                "hometown", "birthplace", "palace", "castle"}


def _unknown_name_before(phrase: list[Token], tok: Token) -> bool:
    """"at RAF Brize Norton": the last word of a name the gazetteer does not know (not the town of Norton), with a
    capitalised word before it that is no place, direction or acronym of its own."""
    return any(t.i < tok.i and t.is_title and t.lower_ not in _COMPASS and lookup(t.text) is None for t in phrase)


_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater", "upper",
            "lower", "old", "new", "downtown", "inner", "outer"}


def _capital_of(tok: Token) -> PlaceData | None:
    """"the Kazakh capital", "the Belarusian capital": the capital of the country its demonym names."""
    from .lexicon.countries import DEMONYMS, capitals

    code = next((DEMONYMS.get(c.lower_, "") for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in DEMONYMS), "")
    city = capitals().get(code, "") if code else ""
    p = lookup(city, hint=code) if city else None
    return p if p is not None and p.country == code else None


# the small words inside a Romance place name ("Punta del Este", "Foz do Iguaçu", "Cartagena de Indias")
_NAME_LINKS = {"de", "del", "do", "da", "dos", "das", "di", "della", "des", "du", "la", "las", "los", "le", "les", "el"}


def _linked_name(tok: Token) -> Span | None:
    """The whole name a capitalised word is part of when small linking words join it to others ("Este" of "Punta del
    Este", "Sacramento" of "Colonia del Sacramento"), else None: such a name is found whole or not at all, never by a
    word of it that names a town elsewhere (Este in Italy, Sacramento in California)."""
    doc, sent = tok.doc, tok.sent

    def capital(t: Token) -> bool:
        return t.is_alpha and t.text[:1].isupper()

    start = end = tok.i
    linked = False
    while start > sent.start:
        j = start - 1
        while j > sent.start and doc[j].lower_ in _NAME_LINKS and doc[j].text.islower():
            j -= 1
        if j < start - 1 and capital(doc[j]):
            start, linked = j, True
        elif j == start - 1 and capital(doc[j]):
            start = j
        else:
            break
    while end + 1 < sent.end:
        j = end + 1
        while j + 1 < sent.end and doc[j].lower_ in _NAME_LINKS and doc[j].text.islower():
            j += 1
        if j > end + 1 and capital(doc[j]):
            end, linked = j, True
        elif j == end + 1 and capital(doc[j]) and linked:
            end = j
        else:
            break
    return doc[start: end + 1] if linked else None


def place_name_at(tok: Token) -> PlaceData | None:
    """The place a pobj names, with the words compounded before it ("in New York", not York in England)."""
    return lookup(_phrase_text(_place_phrase(tok)))


def _phrase_text(phrase: list[Token]) -> str:
    """A place phrase as written ("Sharm el-Sheikh", not "Sharm el - Sheikh") when its words are contiguous."""
    if phrase:
        span = phrase[0].doc[phrase[0].i: phrase[-1].i + 1]
        inside = {t.i for t in phrase}
        if all(t.i in inside or t.text == "-" for t in span):  # (the hyphen is no compound of the name)
            return span.text
    return " ".join(t.text for t in phrase)


def candidates(doc: Doc, sent: Span, exclude: set[int]) -> list[tuple[PlaceData, Token]]:
    """(place, its head token) for every place phrase of a sentence, datelines and titles excluded."""
    out = []
    whole_names = [e for e in sent_ents(sent) if e.label_ in ("FAC", "GPE", "LOC", "ORG") and len(e) > 1]  # (read once)
    for tok in sent:
        # (a place name the tagger took for a common noun, tagged a place all the same: "in Vladivostok")
        if tok.i in exclude or not (tok.pos_ == "PROPN" or tok.lower_ in ("city", "capital", "white", "house", "here")
                                    or (tok.ent_type_ == "GPE" and tok.is_title and tok.pos_ == "NOUN")):
            continue
        if _leaving(tok) is not None:
            # "Before leaving Tehran on Sunday, Bishop is scheduled to call on Rouhani": where she still is
            if (p := lookup(tok.text)) is not None:
                out.append((p, tok))
            continue
        if tok.dep_ not in ("pobj", "appos", "conj", "npadvmod", "poss", "compound", "nmod") and tok.lower_ != "here":
            continue
        venue = None
        if tok.dep_ == "compound" and tok.ent_type_ == "GPE" and tok.whitespace_ and tok.head.i == tok.i + 2 \
                and doc[tok.i + 1].text in ("-", "–", "—") and tok.head.dep_ == "pobj" and tok.head.head.lower_ in LOCATIVE:
            # "... meets Faisal Mekdad in Moscow - RIA": a headline's place before the spaced dash of who says it
            if (p := lookup(tok.text)) is not None:
                out.append((p, tok))
            continue
        if tok.dep_ in ("compound", "nmod"):
            # "at a Singapore hotel", "in a Moscow suburb": the place of the venue it names ("at the Camp David
            # presidential retreat", the name parsed as a modifier of the noun)
            island = tok.head.lower_ == "island" and tok.head.head.lower_ == "on"  # "on Sentosa island"
            if not ((tok.head.lower_ in VENUE_NOUNS | {"suburb", "airport"} and tok.head.head.lower_ in LOCATIVE or island)
                    and tok.head.dep_ == "pobj" and not any(c.dep_ == "compound" and c.i > tok.i for c in tok.head.children)):
                continue
            venue = tok.head
            whole = [t for t in doc[venue.left_edge.i: venue.i + 1] if t.pos_ != "DET"]
            named = lookup(f"{_phrase_text(_place_phrase(tok))} {venue.text}") or lookup(" ".join(t.text for t in whole))
            if named is not None:
                # a venue known by its name ("at Bellevue Palace in Berlin", "at Hyderabad House"): its city, not
                # the town its first word also names (Bellevue, Washington)
                out.append((named, tok))
                continue
            if venue.text[:1].isupper() and venue.lower_ in _NAMED_BUILDINGS and not _title_case(sent):
                continue  # "at Windsor Castle", "at Blair House": a building's name, not the city of that name
            if len(_place_phrase(tok)) > 1 and place_name_at(tok) is None \
                    and lookup(doc[tok.left_edge.i: venue.i + 1].text) is None and lookup(doc[tok.left_edge.i: tok.i + 1].text) is None:
                continue  # "at the Bayerischer Hof hotel": the hotel's name, not the town of Hof
            if _in_phrase(venue) or (tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_):
                continue  # "at Al Salam Palace in Jeddah": the city named; "at the Ritz-Carlton hotel": a brand, not Carlton
        phrase = _place_phrase(tok)
        text = _phrase_text(phrase)
        # "at the White House", "at the State Department": venues keep their head word
        if doc[tok.i - 1].lower_ in ("white", "state") if tok.i > 0 else False:
            text = f"{doc[tok.i - 1].text} {tok.text}"
        whole = doc[tok.left_edge.i: tok.i + 1] if tok.lower_ in VENUE_NOUNS and tok.left_edge.i < phrase[0].i else None
        # (a venue's whole name, compounds of compounds: "the Akasaka State Guest House")
        # (not the last word of a name whose city follows: "at Joint Base Elmendorf-Richardson in Anchorage")
        # (not a building named before its name: "at the Palais Coburg", "at Schloss Meseberg", not the town Coburg)
        building = any(t.lower_ in _BUILDING_FIRST for t in phrase if t.i < tok.i)
        glued = None
        if tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_ \
                and doc[tok.i - 2].is_alpha:
            j = tok.i
            while j >= 2 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_:
                j -= 2
            glued = doc[j: tok.i + 1]
            if lookup(glued.text) is None:
                # (the whole name, its words before the hyphened ones too: "Sharm el-Sheikh")
                named = doc[min(j, tok.left_edge.i): tok.i + 1]
                named = named[1:] if named[0].pos_ == "DET" else named
                if lookup(named.text) is None:
                    continue  # "at the Aiwan-e-Sadr", "Joint Base Elmendorf-Richardson": a hyphened name's last piece is no town
                glued = named
        # (a venue known by its whole name, which the parse splits: "the Great Hall of the People", "Mar-a-Lago")
        ent = next((e for e in whole_names if e.start <= tok.i < e.end), None)
        known = (lookup(ent.text) if ent is not None and ent.text.lower().removeprefix("the ") in VENUES else None) \
            or (lookup(glued.text) if glued is not None else None) or _whole_venue(tok)
        if known is None and tok.dep_ == "appos" and phrase and tok.head.i == phrase[0].i - 1 and tok.head.text[:1].isupper():
            # "in the Casa Santa Marta", parsed "Casa" with "Santa Marta" in apposition: one name, found whole or not at all
            known = lookup(doc[tok.head.i: tok.i + 1].text)
            if known is None:
                continue
        linked = _linked_name(tok) if venue is None and known is None else None
        if linked is not None:
            p = lookup(linked.text)
            if p is None:
                continue  # "in Punta del Este", a town the gazetteer does not list: no town of one of its words
        else:
            p = known or (lookup(whole.text) if whole is not None else None) or lookup(text) or (
                lookup(tok.text) if len(phrase) > 1 and not _in_phrase(tok) and not building and not _unknown_name_before(phrase, tok)
                else None)
        if p is None and tok.lower_ == "capital" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            p = _capital_of(tok)  # "in the Kazakh capital": the country's capital
        if p is None:
            continue
        if tok.dep_ == "poss" and (tok.head.ent_type_ == "ORG" or tok.head.lower_ in _OWNED_BODIES
                                   or tok.head.lemma_.lower() in _GOVERNMENT_ACTS):
            continue  # ("the meeting came at Moscow's request": the capital for its government, not a venue)  # "India's Ministry of External Affairs said" (however it is hung): who speaks, not where
        # a place must be where something happens: after in/at, or an apposition/possessive of such a place
        anchor = venue if venue is not None else tok
        while anchor.dep_ in ("appos", "conj", "poss") and anchor.head != anchor:
            anchor = anchor.head
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in _PLACE_TYPES:
            anchor = anchor.head.head  # "in the Black Sea resort of Sochi", "in the Swiss city of Lausanne"
        if anchor.dep_ == "pobj" and anchor.head.lower_ not in LOCATIVE and not (
                anchor.head.lower_ == "into" and anchor.head.head.lemma_.lower() in _MOTION_VERBS) and not (  # "flew into Biarritz"
                anchor.head.lower_ == "on" and anchor.lemma_.lower() in ("island", "islet")):  # "on the Indonesian island of Bali"
            continue
        if anchor.dep_ == "pobj":
            # "the crisis in Syria" is a topic, not a venue: the place must modify a verb, an event or a venue
            owner = anchor.head.head
            if owner.lower_ in _OWNED_BODIES and owner.pos_ in ("NOUN", "PROPN") and owner.dep_ != "pobj":
                continue  # "..., the Defence Ministry in Berlin said": where who speaks sits (not "at the ministry in Moscow")
            topic = next((c for c in owner.children if c.dep_ == "dobj" and c.right_edge.i + 1 == anchor.head.i), None) \
                if owner.pos_ == "VERB" else None
            if topic is not None and topic.lemma_.lower() in TOPIC_NOUNS:
                continue  # "discussed the war in Gaza" (the parser hangs "in Gaza" on the verb): the topic's place
            if owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() not in OCCASION_NOUNS and owner.lemma_.lower() not in _EVENT_NOUNS \
                    and owner.lemma_.lower() not in VENUE_NOUNS and not (owner.ent_type_ == "GPE" and owner.dep_ in ("conj", "pobj")) \
                    and not (owner.lower_ in PARTY_NOUNS and owner.dep_ in ("pobj", "dobj")) \
                    and owner.ent_type_ not in ("PERSON", "DATE") and owner.lower_ not in _TIME_NOUNS \
                    and not (owner.pos_ == "PROPN" and owner.dep_ in ("dobj", "nsubj", "nsubjpass")) \
                    and not (owner.pos_ == "PROPN" and owner.dep_ == "pobj" and owner.head.lower_ in ("with", "between")) \
                    and not any(c.dep_ in ("compound", "appos") and c.ent_type_ == "PERSON" for c in owner.children) \
                    and not (owner.pos_ == "PROPN" and owner.dep_ == "pobj" and owner.head.lower_ == "at") \
                    and not (owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.lower_ in SIDELINES) \
                    and not (owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.lemma_.lower() in ("meeting", "session")) \
                    and not (owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.lower_ in OCCASION_NOUNS
                             and owner.head.head.text[:1].isupper()) \
                    and not (owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.lower_ in VENUE_NOUNS) \
                    and not (owner.lower_ == "call" and any(c.lower_ == "courtesy" for c in owner.children)) \
                    and not _topic_with_someone(owner, anchor.head) \
                    and owner.lower_ not in SIDELINES:  # ("on the sidelines of the Forum in Nuku'alofa", hung on "sidelines")
                # ("Moon Jae-in in Seoul"; "at Villa La Grange in Geneva": a named venue's city; "the sidelines of the
                # Commonwealth Heads of Government Meeting in Apia", "the Summit of the Americas in Panama City": the occasion's
                # city, however its name parses)
                # "receive Kerry in Sochi" (parsed as Kerry's): where the person is met; "on the 15th of October in
                # Lausanne" (parsed as October's): where the meeting is; "a meeting of the intergovernmental commission in
                # Beijing": the meeting's place, however it is hung; "received a courtesy call from X in Tokyo": a visit's place
                continue
        # (a possessive counts where its noun does: "in Russia's Far East", not "discussed North Korea's threats")
        if anchor.dep_ == "pobj" or anchor.lower_ in ("city", "capital"):
            out.append((p, tok))
    return out


def _topic_with_someone(owner: Token, prep: Token) -> bool:
    """"discussed trade with Tanzanian President X in Arusha": the place told after the one it was discussed with,
    both hung on the topic, is where they discussed it (not "discussed the war in Gaza")."""
    return owner.dep_ == "dobj" and owner.head.lemma_.lower() in ("discuss", "negotiate", "review") and any(
        c.dep_ == "prep" and c.lower_ == "with" and c.i < prep.i and any(o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in c.children)
        for c in owner.children)


def _named_by_type(tok: Token) -> Token:
    """The name a place-type noun introduces ("to the Russian resort of Sochi": Sochi), else the token itself."""
    if tok.lemma_.lower() not in _PLACE_TYPES:
        return tok
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), tok)


def _destination_of(trig: Token, exclude: set[int]) -> PlaceData | None:
    """The "to" place of the travel verb a meeting's clause belongs to: its "where" clause, its coordinated or
    controlled verb ("will fly to Belgrade and is due to meet"), within a few steps up the parse."""
    tok = trig if trig.pos_ in ("VERB", "AUX") or trig.dep_ not in ("dobj", "pobj") else trig.head
    for _ in range(7):  # ("flies to Islamabad on Monday, where he is due to meet": six steps up)
        if tok.lemma_.lower() in _MOTION_VERBS and tok.pos_ == "VERB" and tok is not trig:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "to":
                    for d in map(_named_by_type, c.children):
                        if d.dep_ == "pobj" and d.i not in exclude and d.pos_ == "PROPN":
                            p = place_name_at(d)
                            if p is not None:
                                return p
            return None
        if tok.dep_ not in ("xcomp", "acomp", "conj", "advcl", "relcl", "pobj", "prep", "dobj", "ccomp") or tok.head == tok:
            return None
        if tok.dep_ == "relcl" and not any(c.lower_ == "where" and c.i < trig.i for c in tok.subtree):
            return None  # (a "where" clause only: "..., where he plans to meet X", "where" hung on "meet")
        tok = tok.head
    return None


def _in_sidelines(t: Token, trig: Token) -> bool:
    """"met Xi on the sidelines of the SCO Council of Heads of State meeting in Astana": a place at the end of the
    occasion's long name, on the trigger's sidelines (too many words away for a path)."""
    up = t
    for _ in range(12):
        if up.head == up or up.pos_ in ("VERB", "AUX"):
            return False
        up = up.head
        if up.lower_ in SIDELINES and up.head.dep_ == "prep" and up.head.head == trig:
            return True
    return False


def _leaving(tok: Token) -> Token | None:
    """"Before leaving Tehran": the place left, with the "before" it hangs from (the head of that phrase)."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in ("leave", "depart"):
        return None
    verb = tok.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "before":
        return verb.head.head
    if any(c.dep_ == "mark" and c.lower_ == "before" for c in verb.children) and verb.dep_ == "advcl":
        return verb.head
    return None


def _still_in(tok: Token, trig: Token) -> bool:
    """"Before leaving Tehran on Sunday, Bishop is scheduled to call on Rouhani": the meeting is where one still is."""
    head = _leaving(tok)
    return head is not None and (head == trig or head.is_ancestor(trig))


_RELATED_MEETING_VERBS = {"meet", "host", "receive", "welcome", "visit", "hold"}


def best_place(doc: Doc, trig: Token, exclude: set[int], dateline: PlaceData | None) -> tuple[PlaceData | None, str]:
    """The most specific place linked to the trigger, and the words that named it."""
    sent = trig.sent
    for tok in sent:
        if tok.lower_ == "here" and dateline is not None and path_ok(tok, trig, max_len=6):
            return dateline, "here (dateline)"
    # ("Talks between X and Y, which had been called off, are back on and will take place in Moscow": the verb it shares)
    fate = next((c for c in trig.head.children if c.dep_ == "conj" and c.lemma_.lower() in ("take", "happen", "hold", "go")
                 and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)), None) if trig.dep_ in ("nsubj", "nsubjpass") else None
    cands = [(p, t) for p, t in candidates(doc, sent, exclude) if path_ok(t, trig, max_len=9) or _near(t, trig) or _in_sidelines(t, trig)
             or (fate is not None and fate.is_ancestor(t)) or _still_in(t, trig)]
    # (not the place of another meeting a relative clause on someone tells: "no meeting scheduled with Rabuka, whom he
    # hosted in Wellington in June"; but "the meeting that Gil held in Caracas" is the meeting's own)
    cands = [(p, t) for p, t in cands if not any(
        a.dep_ == "relcl" and a != trig and a.head != trig and not a.is_ancestor(trig) and a.lemma_.lower() in _RELATED_MEETING_VERBS
        for a in t.ancestors)]
    agreed = agreed_clause(trig)
    if agreed is not None:
        cands = [(p, t) for p, t in cands if agreed.is_ancestor(t)]  # ("..., when the two agreed that their ministers would meet")
    if trig.pos_ in ("NOUN", "PROPN"):
        # "met Mendoza in Lima on Dec. 9, ... after a July meeting in Santiago": a noun's own "in" phrase is its place
        own = [(p, t) for p, t in cands if t.dep_ == "pobj" and t.head.head == trig and t.head.lower_ in ("in", "at")]
        cands = own or cands
    # (and a noun's clause: "met Scholz in Berlin in the morning, then had lunch with Macron in Paris")
    clause_verb = trig if trig.pos_ in ("VERB", "AUX") else (trig.head if trig.dep_ == "dobj" and trig.head.pos_ in ("VERB", "AUX") else None)
    if clause_verb is not None and clause_verb.dep_ in ("advcl", "pcomp", "xcomp", "relcl", "conj", "dep"):
        # "met Xi in Beijing, shortly after meeting Putin in Moscow": a clause's own place beats the sentence's
        own = [(p, t) for p, t in cands if clause_verb.is_ancestor(t)]
        cands = own or cands
    # (the verb of a noun trigger's clause: "arrived in Vienna from Moscow, where he held talks with Putin")
    clause = trig.head if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "dobj" else trig
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.dep_ == "dobj":
        clause = trig.head.head.head  # ("Muscat, where he held two days of talks with Zarif": the verb of the days)
    where_of = list(clause.children)
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause.head  # ("Bahrain, where he is scheduled to see King Hamad": the clause the meeting completes)
        where_of += list(clause.children)
    if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in where_of) and clause.head.i not in exclude \
            and not any((t.head.head in (trig, clause) or clause.is_ancestor(t)) and not any(
                a.dep_ == "prep" and a.lower_ in ("before", "after") and clause.is_ancestor(a) for a in t.ancestors)
                for _p, t in cands):  # ("where he met X in Astana"; not "..., before a final stop in Egypt")
        # "..., then flew to Vienna where he met Zarif": the place the "where" clause hangs from, not the
        # places of the sentence's other meetings
        named = clause.head
        if named.dep_ == "appos" and is_country(named.text) and named.head.pos_ == "PROPN" and named.head.i not in exclude:
            named = named.head  # ("from Muscat, Oman, where he held talks": the city the country is said beside)
        p = place_name_at(named)
        if p is None and clause.head.dep_ == "pobj" and clause.head.head.lower_ == "for":
            # "travelled to St Petersburg for the Economic Forum, where the two leaders held talks": the trip's destination
            p = next((q for c in clause.head.head.head.children if c.dep_ == "prep" and c.lower_ == "to"
                      for d in c.children if d.dep_ == "pobj" and d.i not in exclude
                      if (q := place_name_at(d)) is not None), None)
        if p is None and clause.head.ent_type_ in ("DATE", "TIME"):
            # "travels to Costa Rica on Thursday, where she is scheduled to meet X, before ... in Guatemala": the clause
            # hung on the day is where the traveller goes that day, not the sentence's later place
            p = _destination_of(trig, exclude)
        if p is not None:
            return p, p.mention
    verb = None
    if trig.dep_ == "pobj" and trig.head.lower_ == "for" and trig.head.head.lemma_.lower() in _MOTION_VERBS:
        verb = trig.head.head  # "will travel to Washington next week for talks with ...": the destination
    elif trig.dep_ in ("advcl", "xcomp", "conj") and trig.head.lemma_.lower() in _MOTION_VERBS:
        verb = trig.head  # "is set to travel to Moscow next month to meet Lavrov", "will travel to Warsaw and meet Zelensky"
    elif trig.lemma_.lower() in ("welcome", "visit"):
        verb = trig  # "Merkel welcomed Macron to Berlin", "invited Trump to visit Warsaw"
    # (a place of another clause is not where one went: "met bin Salman in Riyadh on Tuesday and flew to Ankara on Wednesday
    # for talks with Erdogan")
    if verb is not None and not any(verb.is_ancestor(t) for _p, t in cands):
        for c in verb.children:
            # "travel to Moscow for talks"; "visit Moscow for talks"
            dests = [p_ for p_ in c.children if p_.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "to" else (
                [c] if c.dep_ == "dobj" and verb.lemma_.lower() == "visit" else [])
            for p_ in dests:
                p_ = _named_by_type(p_)
                if p_.i not in exclude:
                    p = place_name_at(p_)
                    if p is not None:
                        return p, p.mention
    if not cands and trig.pos_ in ("NOUN", "PROPN"):
        # "the Hanoi summit", "the Geneva talks": a city named as the trigger's only modifier
        mods = [c for c in trig.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i not in exclude]
        if len(mods) == 1 and not any(t.dep_ in ("compound", "nmod") for t in mods[0].children) and mods[0].ent_type_ in ("GPE", "LOC", "FAC"):
            p = lookup(mods[0].text)
            if p is not None and p.kind != "country":
                return p, p.mention
        for mod in mods:
            # "his Kremlin talks", "the White House meeting": a seat of government the trigger is named for
            name = doc[mod.left_edge.i: mod.i + 1].text
            if name.lower().removeprefix("the ") in VENUES:
                p = lookup(name)
                if p is not None:
                    return p, p.mention
    if not cands:
        # "his visit to Beijing, where he was due to meet Qin Gang": the place the "where" clause hangs from
        tok = trig
        for _ in range(4):
            if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children) and tok.head.i not in exclude:
                p = place_name_at(tok.head)  # ("El Salvador, where ...": the whole name)
                if p is not None:
                    return p, p.mention
            if tok.head == tok:
                break
            tok = tok.head
        # "flew to Jeddah on Tuesday, where he held talks" (the clause hung on the day), "will fly to Belgrade on Tuesday
        # and is due to meet Vucic": where the one who met went
        dest = _destination_of(trig, exclude)
        if dest is not None:
            return dest, dest.mention
        return None, ""
    # "in Vienna, Austria", "in Paris, Texas": the country or region named beside a city says which city it is
    cities = [(p, t) for p, t in cands if p.kind not in ("country", "region")] or [(p, t) for p, t in cands if p.kind != "country"]
    # (beside a city, not elsewhere in the sentence: "at the White House on Wednesday, his first trip outside Ukraine")
    countries = {p.country for p, t in cands if p.kind in ("country", "region") and p.country
                 and any(0 < t.i - c.i <= 4 or 0 < c.i - t.i <= 4 for _q, c in cities)}
    if cities:
        # a city whose country == also named wins; else the first city
        best = next(((p, t) for p, t in cities if p.country in countries), cities[0])
        if best[0].country not in countries and countries and best[0].kind == "city":
            hinted = lookup(best[1].text, hint=next(iter(countries)))
            if hinted is not None and hinted.country in countries:
                best = (hinted, best[1])
            else:
                # "in Palm Beach, Florida" with no Florida town of that name known: the region or country named beside it
                best = next((p, t) for p, t in cands if p.kind in ("country", "region") and p.country in countries)
    else:
        best = cands[0]
    return best[0], best[0].mention


_NAMED_FOR_CITY = ("conference", "forum", "dialogue", "summit", "process")
_NAMED_FOR_BODY = {"cooperation", "organisation", "organization", "pact", "group", "club", "format", "treaty"}
_REGION_WORDS = {"asia", "europe", "africa", "america", "americas", "pacific", "atlantic", "arctic", "eurasia", "eurasian",
                 "mediterranean", "gulf", "world", "global", "international", "national", "east", "west", "north", "south"}


def occasion_city(name: str) -> PlaceData | None:
    """The city an occasion is named after and held in ("Munich Security Conference", "Doha Forum"); not a
    hyphenated name ("Shangri-La Dialogue", in Singapore)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _NAMED_FOR_CITY or not words[0].isalpha() or not words[0][:1].isupper() \
            or words[0].lower() in _REGION_WORDS or words[1].lower() in _NAMED_FOR_BODY:
        # (not "Asia Pacific Economic Cooperation forum": a region, which a town in the Philippines is named; nor the
        # "Shanghai Cooperation Organisation summit", an organisation's, which meets anywhere)
        return None
    p = lookup(words[0])
    return p if p is not None and p.kind == "city" else None


def _near(t: Token, trig: Token) -> bool:
    # "the sidelines of the ... summit in Peru": a place inside the occasion phrase of the trigger
    head = t.head
    for _ in range(6):
        if head.lower_ in SIDELINES:
            return True
        if head == head.head:
            break
        head = head.head
    return False


def occasion(doc: Doc, trig: Token, exclude: set[int] = frozenset()) -> tuple[str, Token | None]:
    """The event on whose sidelines the meeting happens, as the article names it; not in `exclude` (another
    meeting's clause: "would be the first since they met on the sidelines of the G20 summit")."""
    sent = trig.sent
    for tok in sent:
        if tok.i in exclude:
            continue
        # "at/during the G20 summit"; "a visit to the G7 summit", "while attending the UN General Assembly"
        to_event = tok.lower_ == "to" and tok.dep_ == "prep" and tok.head.lemma_.lower() in ("visit", "trip", "travel", "journey", "come", "go")
        # "was postponed until the G20 summit in Buenos Aires": the occasion it was put off to
        to_event = to_event or (tok.lower_ in ("until", "till", "to") and tok.dep_ == "prep"
                                and tok.head.lemma_.lower() in ("postpone", "delay", "defer", "reschedule", "push", "move"))
        attend = tok.lemma_.lower() == "attend" and tok.pos_ == "VERB"
        # ("before the funeral of Pope Francis": a ceremony the meeting was held around)
        # (not one's own: "Hours after his inauguration, Sarkozy flew to Berlin for dinner with Merkel")
        around = tok.lower_ in ("before", "after") and tok.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in _CEREMONIES and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in p.children)
            for p in tok.children)
        # "met Kishida in Hiroshima on Thursday, on the eve of the Group of Seven summit": held around it, its occasion
        eve = tok.lower_ == "eve" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and path_ok(tok, trig, max_len=4)
        # ("on the occasion of the ASEAN-related Foreign Ministers' Meetings": what the meeting was held at)
        on_occasion = tok.lower_ == "occasion" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and path_ok(tok, trig, max_len=4)
        if tok.lower_ in (*SIDELINES, "day") or eve or on_occasion or (tok.lower_ in ("at", "during") and tok.dep_ == "prep") \
                or to_event or attend or around:
            target = None
            if tok.lower_ in ("at", "during", "before", "after") or to_event or attend:
                target = next((p for p in tok.children if p.dep_ == ("dobj" if attend else "pobj")), None)
                if target is None or (target.lemma_.lower() not in OCCASION_NOUNS and not _group_of(target)):
                    continue
                if target == trig or any(c.lower_ in ("news", "press") for c in target.children) or target.ent_type_ == "DATE":
                    continue  # "during his own news conference": not an occasion of meetings; "postponed to next week"
                if attend:
                    # "While attending the UN General Assembly, Modi met Khan": the attending clause hangs from the
                    # meeting's verb, or from its subject ("Modi, who is in New York to attend ..., met")
                    up = [tok]
                    while len(up) < 5 and up[-1].head != up[-1] and up[-1] != trig:
                        up.append(up[-1].head)
                    if up[-1] != trig or any(is_speech(t) for t in up[1:-1]):
                        continue
                elif not path_ok(target, trig, max_len=6):
                    continue
            else:
                of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                target = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
                if target is not None and target.lemma_.lower() in SERIES_NOUNS:
                    # ("on the margins of a series of ASEAN-related meetings in Bangkok": the meetings)
                    target = next((p for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                                   if p.dep_ == "pobj"), target)
            if target is None or (tok.lower_ == "day" and target.lower_ in ("talks", "meeting", "meetings", "negotiations",
                                                                              "consultations", "discussions")):
                continue  # ("met again for a second day of talks": the meeting itself, not an occasion)
            if eve and target.lemma_.lower() not in _EVE_OF and not _group_of(target):
                continue  # ("on the eve of the inauguration", "of the talks": no gathering the meeting is held at)
            if target.lower_ == "gathering":
                # "at a gathering of the Ukraine Defense Contact Group": the group's name
                group = next((p for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                              if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
                if group is not None:
                    words = [t for t in group.subtree if t.pos_ != "DET" and not t.is_punct]
                    return " ".join(t.text for t in words), group
            if target.lemma_.lower() not in OCCASION_NOUNS and target.pos_ == "PROPN":
                # "the Commonwealth Heads of Government Meeting (CHOGM)": a name running on to its occasion noun
                end = next((p for c in target.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                            if p.dep_ == "pobj" and p.lower_ in OCCASION_NOUNS and p.pos_ == "PROPN"), None)
                if end is None:
                    # ("the Shanghai Cooperation Organisation (SCO) Heads of State Council summit": the parser's head a
                    # word inside the name, the occasion noun a few capitalised words on)
                    end = next((t for t in doc[target.i + 1: min(target.i + 7, sent.end)] if t.lower_ in OCCASION_NOUNS
                                or (t.tag_ == "NNS" and t.lemma_.lower() in OCCASION_NOUNS)), None)  # ("... Nations gatherings")
                    # (a name's small words: "the South Asian Association for Regional Cooperation summit")
                    if end is not None and any(not (t.text[:1].isupper() or t.lower_ in ("of", "for", "and")) for t in doc[target.i + 1: end.i]):
                        end = None
                    while end is not None and end.i + 1 < sent.end and doc[end.i + 1].lower_ in OCCASION_NOUNS:
                        end = doc[end.i + 1]  # ("... Council summit")
                if end is not None:
                    words, inside = [], False
                    for t in doc[target.left_edge.i: end.i + 1]:
                        inside = (inside or t.text == "(") and t.text != ")"
                        if not inside and t.text != ")" and t.pos_ != "DET":
                            words.append(t)  # (the bracketed acronym left out: "Shanghai Cooperation Organisation (SCO)")
                    return " ".join(t.text for t in words), end
            name = _group_of(target) or _occasion_name(target)
            if target.lower_ in ("ceremony", "ceremonies") and not any(
                    t.text[:1].isupper() and t.i != t.sent.start for t in target.subtree if t.i < target.i):
                continue  # "received him at an official welcome ceremony": the visit's own protocol, not an occasion
            if name:
                return name, target
    # "will meet Xi on Friday in Lima, where the APEC summit is being held": the gathering the meeting's place hosts
    for v in sent:
        if v.dep_ == "relcl" and v.lemma_.lower() in ("hold", "take", "be", "meet", "gather", "convene", "open") and v.i > trig.i \
                and any(c.lower_ == "where" for c in v.children) and v.i not in exclude:
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in OCCASION_NOUNS), None)
            if subj is None and v.lemma_.lower() in ("gather", "convene", "meet"):
                # "in Sharm el-Sheikh, where world leaders have gathered for the COP27 climate summit"
                subj = next((p for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                             if p.dep_ == "pobj" and p.lemma_.lower() in OCCASION_NOUNS), None)
            name = (_group_of(subj) or _occasion_name(subj)) if subj is not None else ""
            if name and path_ok(v.head, trig, max_len=4):
                return name, subj
        if v.dep_ == "advcl" and v.lemma_.lower() in ("get", "open", "begin", "start", "kick") and v.i > trig.i and v.i not in exclude \
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children) and v.head == trig:
            # "met Biden at Schloss Elmau on Sunday as the G7 summit got under way": the gathering then opening
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.lemma_.lower() in OCCASION_NOUNS), None)
            name = (_group_of(subj) or _occasion_name(subj)) if subj is not None else ""
            if name:
                return name, subj
    # "to attend the G7 summit, where he is expected to meet Biden": the summit the meeting's clause describes
    tok = trig
    for _ in range(4):
        if tok.head == tok:
            break
        if tok.dep_ == "relcl" and tok.i > tok.head.i and (tok.head.lemma_.lower() in OCCASION_NOUNS or _group_of(tok.head)) \
                and any(t.lower_ == "where" and t.i < trig.i for t in tok.subtree) and tok.head.i not in exclude \
                and tok.head.ent_type_ != "DATE":  # (not "is in Washington this week, where he will hold talks")
            name = _group_of(tok.head) or _occasion_name(tok.head)
            if name:
                return name, tok.head
        tok = tok.head
    return "", None


_GROUP_SIZES = {"7": "7", "seven": "7", "8": "8", "eight": "8", "20": "20", "twenty": "20"}


def _group_of(target: Token) -> str:
    """"the Group of 20 summit", "a Group of Seven meeting": the occasion the short name calls "G20 summit"."""
    doc = target.doc
    # the parser makes "Group" or the noun after the name the head of the phrase ("the Group of 20 foreign ministers'
    # meeting": "G20 foreign ministers' meeting")
    if target.lower_ == "group":
        i = target.i
        end = next((t.i for t in doc[i + 3: min(i + 8, target.sent.end)] if t.lower_ in OCCASION_NOUNS), i + 3)
    else:
        i = next((t.i for t in doc[max(target.sent.start, target.i - 7): target.i] if t.lower_ == "group"), -1)
        end = target.i
    if i < 0 or end >= len(doc) or end < i + 3 or doc[i + 1].lower_ != "of" or doc[i + 2].lower_ not in _GROUP_SIZES:
        return ""
    noun = doc[end]
    words = doc[i + 3: end + 1]
    if noun.lower_ not in OCCASION_NOUNS or any(t.is_punct and t.text not in ("'", "’") or t.is_space for t in words):
        return ""
    return f"G{_GROUP_SIZES[doc[i + 2].lower_]} " + re.sub(r"\s+(['’])", r"\1", " ".join(t.text for t in words))


_EVE_OF = {"summit", "conference", "forum", "assembly", "meeting", "meetings", "session", "ministerial", "congress", "games",
           "olympics"}
_CEREMONIES = {"funeral", "ceremony", "inauguration", "coronation", "mass", "service", "commemoration", "commemorations", "parade"}
_SERIES_WORDS = {"first", "second", "third", "fourth", "fifth", "last", "next", "upcoming", "forthcoming", "latest", "recent",
                 "previous"}


def _council_of(head: Token) -> str:
    """" of Heads of State meeting" of "the SCO Council of Heads of State meeting": the rest of a council's name, up to
    the gathering it ends with ("" when it ends with none)."""
    if head.lower_ not in ("council", "conference", "assembly"):
        return ""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if of is None:
        return ""
    end = next((t for t in head.doc[of.i + 1: min(of.i + 8, head.sent.end)] if t.lower_ in ("meeting", "summit", "session")), None)
    if end is None or any(t.is_punct or t.is_space or not (t.text[:1].isupper() or t.lower_ == "of")
                          for t in head.doc[of.i + 1: end.i]):
        return ""
    return " " + head.doc[of.i: end.i + 1].text


def _occasion_name(head: Token) -> str:
    left = [t for t in head.subtree if t.i < head.i]
    acr = next((t for t in left if ACRONYM.match(t.text) and t.ent_type_ != "DATE" and t.text not in ("US", "UN", "U.S.")), None)
    if acr is not None and head.lower_ in OCCASION_NOUNS:
        # "the OSCE Ministerial Council", "the G20 foreign ministers' meeting"; "(APEC) summit" -> "APEC summit"
        between = [t for t in head.doc[acr.i + 1: head.i] if t.text not in (")", "(")]
        if between and not any(t.is_punct and t.text not in ("'", "’", "-") or t.is_space for t in between):
            # (the bracket after the acronym left out: "Shanghai Cooperation Organisation (SCO) foreign ministers' meeting")
            text = " ".join(t.text for t in head.doc[acr.i: head.i + 1] if t.text not in ("(", ")"))
            return re.sub(r"\s*-\s*", "-", re.sub(r"\s+(['’])", r"\1", text)) + _glued_after(head) + _council_of(head)
        return f"{acr.text} {head.text}" + _glued_after(head) + _council_of(head)
    # (not "their first Normandy-format summit", "the upcoming EU summit": which one of a series, not its name)
    # ("the four-way talks": a number glued to its noun by a hyphen is part of the name, not a count)
    glued = {t.i for t in left if t.i + 2 < head.i and head.doc[t.i + 1].text == "-" and not t.whitespace_
             and not head.doc[t.i + 1].whitespace_ and t.lower_ in NUMBER_WORDS}
    # (an owner's words are no part of the name: "Emperor Naruhito's enthronement ceremony"; but a plural's are, "the North
    # American Leaders' Summit", and a named day's, "D-Day commemorations")
    owned = {x.i for t in left if t.dep_ == "poss" and t.pos_ != "NOUN" and not _plural_owner(t) for x in t.subtree}
    date_words = [t for t in left if t.ent_type_ == "DATE"]
    named_days = {t.i for t in date_words} if _NAMED_DAY.search("".join(t.text_with_ws for t in date_words)) else set()
    words = [t for t in left if t.i not in owned and (t.i in glued or t.i in named_days or t.ent_type_ not in ("DATE", "CARDINAL", "ORDINAL")) and t.lower_ not in _SERIES_WORDS and (
        t.i in glued or t.pos_ not in ("DET", "PUNCT", "NUM") or (
        t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_)) and not t.is_space
        # (an owner is no part of the name, but a plural noun's is: "a Shanghai Cooperation Organisation defence ministers'
        # meeting"; and the mark of an owner left out goes with it)
        and (t.dep_ != "poss" or t.pos_ == "NOUN" or _plural_owner(t))
        and not (t.dep_ == "case" and t.head.dep_ == "poss" and t.head.pos_ != "NOUN" and not _plural_owner(t.head))]
    words = words[next((k for k, t in enumerate(words) if t.text[:1].isupper() or t.pos_ in ("ADJ", "NOUN") or t.i in glued), len(words)):]
    text = " ".join([t.text for t in words] + [head.text])
    # "conference on Lebanon", "session of the UN Human Rights Council"
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "of") and head.lower_ in ("conference", "session", "meeting", "summit", "forum", "assembly",
                                                                             "funeral", "inauguration", "coronation"):
            tail = []
            for t in c.subtree:
                if t.is_punct and t.text not in ("-", "'s", "’s") or t.is_space:
                    break  # "conference on Libya, a senior official said": the name ends at the comma
                if t.ent_type_ in ("DATE", "TIME") or (t.dep_ == "prep" and t is not c and t.lower_ in ("in", "at", "on", "near", "during")):
                    break  # ("a meeting of NATO defence ministers in Brussels on Wednesday": its place and day are no part of it)
                if t.pos_ != "DET" or (t.lower_ == "the" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text[:1].isupper()):
                    tail.append(t)  # (and "the" of a name: "the Summit of the Americas")
            while tail and tail[-1].dep_ == "prep":
                tail.pop()  # ("the SCO meeting on Thursday evening": no "on" left hanging)
            text += " " + " ".join(t.text for t in tail)
    text += _glued_after(head)
    text = re.sub(r"\s+([,'’])", r"\1", text).replace(" - ", "-").replace("( ", "(").replace(" )", ")")
    return text.strip() if head.lower_ in OCCASION_NOUNS or any(t.text[:1].isupper() for t in words) else ""


def _glued_after(head: Token) -> str:
    """"the ASEAN Defence Ministers' Meeting-Plus": the capitalised words glued after an occasion's noun by hyphens."""
    doc, k, out = head.doc, head.i + 1, ""
    while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper():
        out += "-" + doc[k + 1].text
        k += 2
    return out


# a day named for an event, which the model tags as a date ("D-Day commemorations", "Victory Day parade")
_NAMED_DAY = re.compile(r"\b(?:[A-Z]-Day|V-E Day|VE Day|Victory Day|Independence Day|National Day|Armistice Day|Remembrance Day)\b")


def _plural_owner(t: Token) -> bool:
    """"the North American Leaders' Summit", "the Foreign Ministers' Meeting": a plural owner marked by a bare apostrophe,
    part of the name (not a person's "Naruhito's")."""
    return t.dep_ == "poss" and t.text[:1].isupper() and t.lower_.endswith("s") and any(
        c.dep_ == "case" and c.text in ("'", "’") for c in t.children)
