"""Who can take part in a meeting: named people and parties known only by country.

`find_parties(doc)` returns every party mention of an article with its role and country:
- named people (PERSON entities, corrected: a surname the small model tagged ORG/GPE in a title-case
  headline is a person when the article names that person elsewhere; a place tagged PERSON is not);
- titles and demonyms around a name: "Russian Foreign Minister Sergey Lavrov" -> Foreign Minister, RU;
  "Shah Mahmood Qureshi, Pakistan's foreign minister"; "Trump's National Security Adviser" -> US;
- unnamed parties: "foreign ministers of Qatar, Iraq and Iran" -> one party per country;
  "Chinese officials" -> CN; "his Iranian counterpart" -> IR; "the Japanese and Mexican leaders";
- pronouns and anaphors ("he", "they", "the two leaders") as placeholders that `linking` resolves.

`People` is the article's register of named people: surname -> fullest name, role, country, aliases.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from meetings.normalize import REGNAL, name_tokens
from meetings.normalize import surname_key as db_surname_key

from .candidate import DATELINE, QUOTE_MARKS, doc_ents, doc_text
from .dates import NUMBER_WORDS
from .gazetteer import is_country, lookup
from .lexicon.countries import CA_PROVINCES, DEMONYMS, SEATS, US_STATES, capital_country, country_code
from .lexicon.people import FAMILY_FIRST, NAME_HONORIFICS, known_country, known_office, surname_country
from .lexicon.roles import DEFAULT_COUNTRY, PARTY_NOUNS, TITLES
from .lexicon.triggers import NOUN_LEMMAS
from .linking import PLANNING_VERBS, adjective_verb_parties
from .places import VENUE_NOUNS

# the states and provinces news names as a title's place ("Iowa Governor", "Ontario Premier"): no people, no countries
_SUBNATIONAL = US_STATES | CA_PROVINCES
_TIME_ZONES = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
               "ET", "PT", "JST", "KST", "IST", "WIB", "WITA", "WIT", "AEST", "AEDT", "SGT", "HKT", "GST", "PKT", "ICT"}
_ADDRESS = {"his", "her", "their", "highness", "highnesses", "excellency", "excellencies", "majesty", "royal", "serene", "holiness",
            "eminence"}
_TITLE_WORDS = {w for t in TITLES for w in t.split() if w != "the"} | {"u.s.", "us", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "sen", "sen.", "rep.", "former", "then", "new",
                                                              # words of address in official releases ("Shri Narendra Modi",
                                                              # "H.E. Ms. Giorgia Meloni", "the Rt. Hon. Christopher Luxon")
                                                              "shri", "smt", "smt.", "shrimati", "h.e.", "h.h.", "hon.", "rt.", "rt",
                                                              # honours and forms of address before a name ("Sir Keir Starmer",
                                                              # "Dame Jacinda Ardern", "Lord Cameron", "Professor Muhammad Yunus")
                                                              "sir", "dame", "lord", "baroness", "baron", "professor", "prof", "prof.",
                                                              "madam", "madame", "alhaji", "hojatoleslam", "ayatollah"}
# the words of military ranks, which stand between an office and the name ("Chief of the General Staff Lt. Gen. X")
_RANK_WORDS = {"lt", "lt.", "gen", "gen.", "maj", "maj.", "brig", "brig.", "adm", "adm.", "col", "col.", "vice", "rear"}
_TITLE_WORDS |= _RANK_WORDS
_MAX_TITLE = max(len(t.split()) for t in TITLES)
_TITLE_ENDS = {t.split()[-1] for t in TITLES if len(t) > 3} - {"affairs", "defense", "state", "counterparts", "homologues", "homologs",
                                                                "diplomats", "officials"} \
    | {"deputy"}  # "premier"; "Barnier's deputy Sabine Weyand" (tagged ORG)
_PRONOUNS_SING = {"he", "she", "him", "her", "his", "hers"}
_PRONOUNS_PLUR = {"they", "them", "their", "theirs"}
_ROLE_PLURALS = {"leaders", "presidents", "ministers", "diplomats", "counterparts", "homologues", "men", "women", "envoys", "pair", "duo",
                 "mediators", "negotiators", "emissaries"}
# the lower-case words the scans for unnamed parties and for anaphors start from, as hashes: `find_parties`
# picks their tokens out of the doc's arrays instead of reading every token's text in Python (speed)
_THE_FEW = ("three", "four", "five", "six")  # "The four would meet again in Vienna next Friday": the people just named
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}  # in a quote: its speaker ("'I will meet Kerry tomorrow,' Lavrov said")
_PLURAL_WORDS = _PRONOUNS_SING | _PRONOUNS_PLUR | _ROLE_PLURALS | FIRST_PERSON | {"two", "both", "whose", "sides"} | set(_THE_FEW)
_PARTY_HASHES = numpy.array(sorted(hash_string(w) for w in (*PARTY_NOUNS, "general", "adviser", "advisor")), dtype=numpy.uint64)
_PLURAL_HASHES = numpy.array(sorted(hash_string(w) for w in _PLURAL_WORDS), dtype=numpy.uint64)
_WHO = hash_string("who")
_CHIEF_HASHES = numpy.array(sorted(hash_string(w) for w in ("chief", "head", "secretary-general", "leader", "commander")),
                             dtype=numpy.uint64)
_NAME_RX = re.compile(r"^[A-Z][\w'’.-]*$")
# "between December 10 and 12": a month or a weekday is nobody ("May" may be Theresa May)
_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_CALENDAR = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
             "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


_PATRONYMIC = {"bin", "ibn", "bint"}
_HONORIFICS = NAME_HONORIFICS | {"emir", "king", "crown", "sultan", "his", "highness", "al"}  # (before a patronymic's given name)


# the family names the article in hand gives two people of different given names ("Raúl Castro" and "Fidel Castro"):
# family key -> the given names (`find_parties` sets it for each article, `surname_key` reads it)
_SIBLINGS: ContextVar[dict[str, set[str]] | None] = ContextVar("sidelines_siblings", default=None)


def surname_key(name: str) -> str:
    """The key of a person in an article: the family name, transliteration variants folded as the database
    folds them ("Zelensky" in the headline and "Zelenskiy" in the body are one person). A name with a patronymic
    adds the given name: "Sheikh Tamim bin Hamad Al Thani" and "Sheikh Mohammed bin Abdulrahman Al Thani" are two
    people ("thani:tamim", "thani:mohammed"); "Al Thani" alone is whichever of them the article names (`People`); so
    does a family name the article gives two people of different given names ("castro:raul", "castro:fidel")."""
    key = _family_key(name)
    siblings = _SIBLINGS.get()
    if siblings and key in siblings:
        given = _given_name(name)
        if given in siblings[key]:
            return f"{key}:{given}"
    return key


def _given_name(name: str) -> str:
    words = name_tokens(name)
    return words[0] if len(words) >= 2 else ""


def _siblings(names: list[str]) -> dict[str, set[str]]:
    """The family names of `names` (full names) held by people of clearly different given names: not a variant or a
    short form of one another ("Hillary Clinton" and "Bill Clinton", not "Sergei"/"Sergey", "Mike"/"Michael")."""
    given: dict[str, set[str]] = {}
    tokens = {name: name_tokens(name) for name in names}
    for name in names:
        if any(len(t) > len(tokens[name]) and t[-len(tokens[name]):] == tokens[name] for t in tokens.values()):
            continue  # "Peña Nieto" of "Enrique Peña Nieto": a family name of two words, no given name
        g = tokens[name][0] if len(tokens[name]) >= 2 else ""
        key = _family_key(name)
        if len(g) > 2 and ":" not in key and key != g and g not in _HONORIFICS:
            given.setdefault(key, set()).add(g)
    out = {}
    for key, gs in given.items():
        if len(gs) >= 2 and all(not (a.startswith(b[:3]) or b.startswith(a[:3])) for a, b in itertools.combinations(sorted(gs), 2)):
            out[key] = gs
    return out


@lru_cache(maxsize=8192)  # called for every mention and party, many times an article
def _family_key(name: str) -> str:
    key = db_surname_key(name)
    words = name_tokens(name)
    parts = name.split()
    if len(parts) == 2 and not known_country(name) and known_country(f"{parts[1]} {parts[0]}"):
        return words[0]  # "Ishiba Shigeru", the family name first, is the list's "Shigeru Ishiba"
    if any(w in _PATRONYMIC for w in words[1:-1]):
        given = next((w for w in words if w not in _HONORIFICS), "")
        if given and given not in _PATRONYMIC and given != key:
            return f"{key}:{given}"
    return key


@dataclass
class Mention:
    """One party mention in the doc (token offsets), before linking."""

    start: int
    end: int
    head: int  # token index used for parse paths
    kind: str  # person | unnamed | pronoun | plural
    name: str | None = None
    role: str = ""
    role_class: str = ""
    countries: list[str] = field(default_factory=list)
    owner: int | None = None  # "Trump's adviser": index of the owner's mention
    text: str = ""

    @property
    def key(self) -> str:
        return surname_key(self.name) if self.name else ("country:" + self.countries[0] if self.countries else "")


@dataclass
class Person:
    name: str
    role: str = ""
    role_class: str = ""
    country: str = ""
    aliases: list[str] = field(default_factory=list)


class People(dict):
    """surname key -> Person, the article's register of named people (and `heads`: country -> the person the article
    says leads that country's delegation). A family name alone ("Al Thani") finds the one person of that family the
    article names in full with a patronymic ("thani:mohammed")."""

    heads: dict[str, Mention]

    def _family(self, k):
        if isinstance(k, str) and k and ":" not in k and not dict.__contains__(self, k):
            found = [x for x in self.keys() if x.startswith(k + ":")]
            if len(found) == 1:
                return found[0]
        return k

    def __getitem__(self, k):
        return dict.__getitem__(self, self._family(k))

    def __contains__(self, k):
        return dict.__contains__(self, self._family(k))

    def get(self, k, default=None):
        return dict.get(self, self._family(k), default)

    def add(self, m: Mention):
        k = m.key
        if not k or m.kind != "person":
            return
        p = self.get(k)
        if p is None:
            self[k] = Person(m.name, m.role, m.role_class, m.countries[0] if m.countries else "", [m.name])
            return
        if m.name not in p.aliases:
            p.aliases.append(m.name)
        if len(m.name.split()) > len(p.name.split()):
            p.name = m.name
        if m.role and m.role_class != "counterpart" and (not p.role or p.role_class == "minister" and m.role_class != "minister"
                                                         and m.role.lower().endswith(" " + p.role.lower())):
            # (or a fuller title of the same office: "Minister Larrain" in the headline, "The Minister of Foreign Affairs,
            # Andres Larrain," in the body)
            p.role, p.role_class = m.role, m.role_class
        if not p.country and m.countries:
            p.country = m.countries[0]


def _inside_place(tok: Token) -> bool:
    """A word inside (not at the start of) a place's name the model tagged whole, the name no country's ("Sudan" of
    "Port Sudan", "Chad" of "Lake Chad")."""
    if tok.ent_iob_ != "I" or tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return not country_code(doc[start: end].text) and doc[start].lower_ not in ("the", "south", "north", "east", "west")


def _countries_in(tokens: list[Token]) -> list[str]:
    """ISO codes named by demonyms or country names in a token run, in order ("South African" -> ZA)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        hit = ""
        four = " ".join(t.lower_ for t in tokens[i: i + 4])
        if four in ("north and south korea", "south and north korea", "north and south korean", "south and north korean"):
            # (one country name for two: "Colonels from the militaries of North and South Korea")
            out.extend(c for c in (("KP", "KR") if four.startswith("north") else ("KR", "KP")) if c not in out)
            i += 4
            continue
        if _inside_place(tokens[i]):
            i += 1  # ("received in Port Sudan Egypt's intelligence chief": not Sudan, a word of a city's name)
            continue
        for n in (6, 5, 4, 3, 2, 1):  # (the longest first: "Democratic Republic of the Congo", not "Republic of the Congo")
            if i + n <= len(tokens):
                words = [t.text for t in tokens[i: i + n]]
                if any(w in (",", "and", "or") for w in words[1:]) and not country_code(" ".join(words)):
                    continue  # (but "Antigua and Barbuda", "Trinidad and Tobago" are one country)
                # (as written, a possessive's "'s" off: "Russia's", "the People's Republic of China")
                phrase = re.sub(r" ?['’]s$", "", "".join(t.text_with_ws for t in tokens[i: i + n]).strip())
                low = phrase.lower()
                cc = DEMONYMS.get(low) or SEATS.get(low, "") or (country_code(phrase) if tokens[i].text[:1].isupper() else "")
                if not cc and tokens[i].text[:1].isupper() and i + n < len(tokens) and tokens[i + n].text in ("'s", "’s"):
                    cc = capital_country(phrase)  # "Taipei's top representative", "Ankara's intelligence chief": its government's
                if cc and (n > 1 or low not in ("us",) or tokens[i].text in ("US", "U.S.")):
                    hit = cc
                    i += n
                    break
        if hit:
            if hit not in out:
                out.append(hit)
        else:
            i += 1
    return out


def _city_country(tokens: list[Token]) -> list[str]:
    """The country of a city named in a title ("Abu Dhabi Crown Prince"): the gazetteer's, for a run of proper nouns;
    of a US state ("Illinois Governor JB Pritzker"): the United States."""
    run: list[Token] = []
    for t in [*tokens, None]:
        if t is not None and (t.ent_type_ in ("GPE", "ORG", "") or t.lower_ in _SUBNATIONAL) \
                and t.pos_ == "PROPN" and t.text[:1].isupper() \
                and (t.lower_ not in _TITLE_WORDS or (t.lower_ == "new" and t.ent_type_ == "GPE")):  # ("New York Mayor")  # ("Abu Dhabi" tagged ORG in a run of titles)
            run.append(t)
            continue
        if run and " ".join(x.lower_ for x in run) in US_STATES:
            return ["US"]
        if run and " ".join(x.lower_ for x in run) in CA_PROVINCES:
            return ["CA"]  # ("Ontario Premier Doug Ford": not Ontario, California)
        # (not a word of an organisation's name: "Central" of "Central Bank Governor", a town in Louisiana)
        whole = t is None or t.lower_ not in _ORG_WORDS
        if run and whole:
            place = lookup(" ".join(x.text for x in run))
            if place is not None and place.kind == "city" and place.country:
                return [place.country]
        run = []
    return []


# "the two countries", "both", "the three leaders": how many a plural stands for
HOW_MANY = {"both": 2} | {w: NUMBER_WORDS[w] for w in ("two", "three", "four")}


def _countries_before(doc: Doc, i: int, n: int = 2) -> list[str]:
    """The countries "the two countries" stands for: the last two (n) distinct ones named in this sentence
    or the one before ("Russia and the United States ... officials from the two countries met")."""
    sent = doc[i].sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found: list[str] = []
    for ent in reversed([e for e in tuple(doc.ents) if start <= e.start and e.end <= i and e.label_ in ("GPE", "NORP")]):
        cc = DEMONYMS.get(ent.text.lower()) or country_code(ent.text)
        if not cc and ent.text.lower().startswith("the "):
            cc = country_code(ent.text[4:])
        if cc and cc not in found:
            found.append(cc)
        if len(found) == n:
            return list(reversed(found))
    return []


def _title_of(tokens: list[Token]) -> tuple[str, str, str]:
    """The longest title at the end of a token run: (role, class, title key)."""
    words = [t.lower_ for t in tokens if not t.is_punct or t.text == "-"]
    for n in range(min(_MAX_TITLE, len(words)), 0, -1):
        for start in range(len(words) - n, -1, -1):
            key = " ".join(words[start: start + n]).replace(" - ", "-")  # "Secretary - General" as tokenised
            if key not in TITLES and key.endswith("s") and key[:-1] in TITLES:
                key = key[:-1]
            if key in TITLES:
                role, cls = TITLES[key]
                return role, cls, key
    return "", "", ""


def _as_title(name: Token) -> list[Token]:
    """The title words of an "as" phrase on a name or on what the name owns ("Hogan's first trip to Washington as EU trade
    commissioner", "Rubio, in his first visit as secretary of state"), when they make a title; else []."""
    owners = [name] + ([name.head] if name.dep_ == "poss" else [])
    for h in owners:
        for c in h.children:
            # (or the "as" the parser made a clause's mark, the title its subject: "... as EU trade commissioner ended ...")
            obj = next((p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "as" else next(
                (p for p in c.children if p.dep_ == "nsubj" and p.pos_ == "NOUN"), None) if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "as" and m.i < c.i for m in c.children) else None
            if obj is not None:
                words = [t for t in obj.subtree if t.i <= obj.i]
                if 0 < len(words) <= 5 and _title_of(words)[1] in ("io", "foreign", "leader", "minister", "envoy", "defense", "deputy"):
                    return words
    return []


def _closing_initials(doc: Doc, k: int) -> bool:
    """Token k closes an organisation's initials in brackets, "(IAEA)", that end a title before a name."""
    return k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(" and doc[k - 1].is_upper and doc[k - 1].is_alpha


def _left_window(doc: Doc, start: int, sent_start: int, names: set[int] = frozenset()) -> list[Token]:
    """Title words to the left of a name: "the U.S. Secretary of State", "Russia's top diplomat".
    `names`: the tokens of the other names found (whatever the model tagged them)."""
    i = start - 1
    if i - 2 > sent_start and _closing_initials(doc, i):
        i -= 3  # ("Head of the Atomic Energy Organization of Iran (AEOI) Ali Akbar Salehi": the initials the title closes with)
    out: list[Token] = []
    while i >= sent_start and sum(t.text != "." and t.lower_ not in _RANK_WORDS for t in out) < 9:
        t = doc[i]
        if t.text == "," and i > sent_start and doc[i - 1].is_title and doc[i - 1].ent_type_ in ("", "ORG") and i - 1 not in names \
                and doc[i - 1].pos_ in ("PROPN", "NOUN") and any(x.lower_ == "and" for x in out) \
                and all(x.is_title or x.lower_ in ("and", "&") for x in out) and out[-1].lower_ not in ("and", "&"):
            # (not a list of people: "Gen. Mark Milley, chairman of the U.S. Joint Chiefs of Staff, and Gen. Valery Gerasimov")
            i -= 1  # "Japanese Economy, Trade and Industry Minister Yasutoshi Nishimura": a portfolio's list, one title
            continue
        if t.is_space or t.text in (",", "(", ")", ":", ";", "—", "–", '"', "“", "”") or (
                t.text == "-" and t.whitespace_ and i > 0 and doc[i - 1].whitespace_):  # (a spaced hyphen is a dash)
            break
        if t.text in ("'s", "’s") and i > sent_start and (doc[i - 1].ent_type_ == "PERSON" or i - 1 in names):
            out.append(t)  # "Mendoza's foreign policy aide", its "'s" tagged a part of the name: the owner's office
            break
        if (t.ent_type_ == "PERSON" or i in names) and t.lower_ not in _TITLE_WORDS and t.lower_[:-1] not in _TITLE_WORDS \
                and t.lower_ not in DEMONYMS \
                and t.lower_ not in _SUBNATIONAL and t.lower_ not in SEATS and not any(
                doc[a: a + n].text.lower() in DEMONYMS or doc[a: a + n].text.lower() in SEATS or country_code(doc[a: a + n].text)
                for n in (1, 2, 3) for a in range(max(sent_start, i - n + 1), i + 1) if a + n <= start):  # ("Sri Lankan", "Nepal", "Shin Bet")
            # another name ("Ukraine's Volodymyr Zelenskiy and Vladimir Putin": Ukraine is not Putin's);
            # a title the model put inside this one ("Prince Faisal") is read
            break
        if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") and t.lower_ not in ("of", "for", "on", *_TENURE) \
                and not (not t.whitespace_ and i + 1 < start and doc[i + 1].text == "-") \
                and not (t.lower_ == "to" and i > sent_start and doc[i - 1].lower_ in POSTED_TITLES):
            break  # (and "... to visit China since President Joe Biden took office": not his country; but "Ambassador to Japan")
        if t.pos_ == "DET" and t.lower_ not in ("the",):
            if t.lower_ in ("his", "her", "their"):
                out.append(t)
            break
        out.append(t)
        if t.lower_ == "the" and not (i - 2 >= sent_start and doc[i - 1].lower_ in ("for", "of", "to") and doc[i - 2].lower_ in _TITLE_WORDS):
            break  # (but "Commissioner for the Mediterranean" goes on to its title)
        i -= 1
    out.reverse()
    return out


# what a person makes ("Noda's trip", "Abe's visit", "Putin's talks with")
_OWN_ACTS = {"trip", "visit", "tour", "journey", "meeting", "talks", "summit", "arrival", "remarks", "invitation"}
# courtesy titles before a name ("Mr Abiy", "Ms. Harris")
_COURTESY = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mme", "m."}

# titles that are also given names, which they are right after another title
_TITLES_AS_NAMES = {"sultan", "amir"}  # ("Foreign Minister Amir Khan Muttaqi"; or a full name the list knows)
# the titles the people list writes before a reigning name ("King Salman", "Pope Francis"): titles, not given names
_SOVEREIGN_TITLES = NAME_HONORIFICS | {"king", "queen", "emperor", "empress", "pope", "sultan", "emir", "amir", "crown"}



def _capitalised(tok: Token) -> bool:
    """A capitalised word, a glottal stop's apostrophe inside it too ("Mata'afa", "Hu'akavameiliku")."""
    return tok.is_title or ("'" in tok.text and tok.text.replace("'", "").istitle())


def _given_names_before(doc: Doc, start: int, end: int, lo: int, covered: set[int] = frozenset()) -> int | None:
    """Where a full name the people list knows begins, when one or two capitalised words before `start` (no titles,
    not from `lo` on, none of them `covered`) are its given names ("Antony Blinken", "Mahamat Idriss Deby"); else None."""
    for k in (start - 2, start - 1):  # (the longer first: "Recep Tayyip Erdogan", not "Tayyip Erdogan")
        if k >= lo and all(t.i not in covered and _capitalised(t) and t.lower_ not in _TITLE_WORDS and t.lower_ not in _SOVEREIGN_TITLES
                           for t in doc[k: start]) and known_country(doc[k: end].text) \
                and not any(country_code(doc[j: k + 1].text) for j in range(max(k - 3, 0), k + 1)):
            # (not the end of a country's name: "President of the United Arab Emirates Mohamed bin Zayed")
            return k
    return None


# how an office is held: "South Korea's acting President Choi" (the tagger reads "acting" as a verb)
_TENURE = ("acting", "interim", "outgoing", "incoming", "caretaker")
# the bodies whose people a plural party noun can be "of" before the country ("the chiefs of general staff of Turkey")
_SERVICE_BODIES = {"state", "government", "agencies", "staff", "staffs", "militaries", "military", "armies", "army", "navies", "navy",
                   "forces", "ministries", "governments", "delegations", "defence", "defense"}
# the titles a company's people have as well as a state's ("Microsoft president Brad Smith")
_COMPANY_TITLES = {"president", "vice president", "vice-president", "chairman", "chairwoman", "chairperson", "chair"}
# the bodies of states and organisations whose presidents are no company's
_STATE_BODIES = {"parliament", "council", "commission", "assembly", "congress", "senate", "republic", "government", "federation",
                 "union", "state", "states", "authority", "nations", "court", "house", "kingdom", "cabinet", "bank"}
# leaders of no state: "paramilitary leader Dagalo", "opposition leader X" hold no office of their country
NON_STATE_LEADERS = {"paramilitary", "opposition", "rebel", "rebels", "militia", "party", "union", "business", "community",
                     "religious", "tribal", "student", "protest", "separatist", "insurgent", "militant", "guerrilla", "church", "congressional"}



# titles of people posted to a country or a question: "Ambassador to Malaysia", "UN envoy for Libya"
POSTED_TITLES = {"ambassador", "ambassadors", "envoy", "envoys", "representative", "commissioner", "emissary", "coordinator",
                 "delegate", "consul", "consul-general"}


_IO_MARKS = {"U.N.", "UN", "EU", "AU", "OSCE", "NATO", "IAEA", "ASEAN", "OPCW", "WHO"}


def _nationality_words(left: list[Token]) -> list[Token]:
    """A title's words without the country it is posted to: "Japanese Ambassador to Malaysia" -> "Japanese
    Ambassador" (the envoy is Japanese, not Malaysian), "UN envoy for Libya" -> "UN envoy"."""
    for k, t in enumerate(left):
        if t.lower_ in ("to", "for") and k > 0 and left[k - 1].lower_ in POSTED_TITLES:
            return left[:k]
    # "U.N. Syria envoy Staffan de Mistura": the country an organisation's envoy is posted to, named after the organisation
    io = next((k for k, t in enumerate(left) if t.text in _IO_MARKS), None)
    if io is not None and any(t.lower_ in POSTED_TITLES for t in left[io + 1:]):
        return left[:io + 1] + [t for t in left[io + 1:] if not country_code(t.text)]
    return left


def _right_appos(doc: Doc, end: int, sent_end: int, names: set[int] = frozenset()) -> list[Token]:
    """", Pakistan's foreign minister," after a name (not a list going on to another name: "Lavrov, Kerry and Ukrainian
    Foreign Minister Deshchytsia", "X, former Kenyan president Uhuru Kenyatta")."""
    # (nor a phrase of the clause going on: "chaired by Josep Borrell, with the EU Special Representative ..., X, taking part")
    if end + 1 < sent_end and doc[end].text == "," and doc[end + 1].lower_ not in ("and", "or") and doc[end + 1].pos_ != "ADP":
        out = []  # (not the next of a list: "Rustem Umerov, and Russia's chief delegate, Vladimir Medinsky")
        i = end + 1
        # (not past a quote mark: '..., Foreign Minister Lavrov," US Secretary Kerry said' is the speaker's title)
        # (up to twelve words: "Minister of Foreign Affairs and Trade of the Republic of Korea")
        while i < sent_end and doc[i].text not in (",", ".", ";", "(", ")", '"', "“", "”", "''", "``") and len(out) < 12:
            stop = doc[i].pos_ in ("VERB", "AUX") or i in names or doc[i].pos_ == "NOUN" and doc[i].lower_ not in _TITLE_WORDS and not (
                doc[i].dep_ in ("compound", "amod") and doc[i].head.lower_ in _TITLE_WORDS and doc[i].head.i > i)
            if stop and len(out) >= 7:
                break  # (past seven words, the title read so far: "the vice chairman of North Korea's ruling Workers' Party")
            if stop:
                return []  # ", the first time a North Korean leader ...": no title of the name's (but "Austria's caretaker chancellor")
            out.append(doc[i])
            i += 1
        while out and out[-1].is_space:
            out.pop()
        # (a headline's list runs to its end unclosed: "Kerry to meet Netanyahu, Jordan's king in Amman" is two people)
        if out and (i >= sent_end or doc[i].is_space or doc[i - 1].is_space) and not doc[end].sent.text.rstrip().endswith(
                (".", "!", "?", '"', "”")) and is_headline(doc[end].sent):
            return []
        if out and _title_of(out)[0]:
            return out
        # "Ali Akbar Salehi, head of Iran's Atomic Energy Organization,": an office of a country's body, named by its head word
        lead = out[1:] if out and out[0].lower_ in ("the", "a") else out
        if lead and lead[0].lower_ in _TITLE_ENDS and len(lead) > 1 and lead[1].lower_ == "of" and _countries_in(lead[2:]):
            return out
    return []


def _titled_after(doc: Doc, end: int, stop: int) -> bool:
    """", Yoon's national security adviser" after a name, still inside the phrase of a title before it: the name's own title."""
    return end < stop and doc[end].text == "," and any(
        t.pos_ == "NOUN" and t.lower_ in _TITLE_WORDS and t.dep_ not in ("compound", "amod") for t in doc[end + 1: stop])


_OUTLETS = {"sputnik", "reuters", "tass", "ria", "novosti", "ria novosti", "interfax", "xinhua", "afp", "ap", "cnn", "bbc",
            "bloomberg", "politico", "axios", "nbc", "abc", "cbs", "fox", "al jazeera", "kyodo", "yonhap", "anadolu",
            # where a statement is posted, which the small model may tag a person ("Trump said on Twitter he had cancelled")
            "twitter", "facebook", "telegram", "instagram", "truth social", "weibo", "wechat", "youtube", "tiktok"}
_ORG_WORDS = {"ministry", "council", "committee", "agency", "news", "party", "bank", "department", "office", "union",
              "organization", "organisation", "forum", "summit", "conference", "assembly", "group", "fund", "court",
              "parliament", "congress", "senate", "house", "times", "post", "service", "institute", "university",
              "association", "commission", "corporation", "company", "inc", "ltd", "nations", "state", "states",
              "republic", "kingdom", "federation", "army", "force", "forces", "police", "government", "cooperation", "guard",
              "guards", "military", "navy", "militia"}
_CLERICAL = {"father", "holy", "saint", "st", "mother", "brother", "sister", "reverend", "rev"}  # ("the Holy Father Francis")
# the last word of a group of countries' name ("the Weimar Triangle", "the Normandy Format"), never of a person's
_FORMAT_WORDS = {"triangle", "format", "quartet", "quintet", "quad", "group", "process", "initiative", "alliance", "partnership",
                 "dialogue", "forum", "union", "council", "commission", "organisation", "organization", "cooperation"}
# lower-case words inside names besides the particles ("Peña y Lillo", "Iyad ag Ghaly", "Mohamed ould Ghazouani")
_LOWER_NAME_WORDS = {"y", "e", "av", "af", "do", "das", "des", "den", "ten", "ter", "ben", "bint", "ould", "ag", "vom", "zur", "dei", "degli"}
_PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "zu", "der", "le", "la", "al", "el", "bin", "ibn", "abu", "dos", "du"}


def _candidate_ents(doc: Doc) -> list[Span]:
    """PERSON entities, repaired: "Kerry-Putin" split in two, "Syria Staffan de Mistura" (ORG) -> a person."""
    out = []
    for ent in doc.ents:
        dash = [t.i for t in ent[1:-1] if t.text in ("-", "–", "—") and t.whitespace_ and doc[t.i - 1].whitespace_]
        if dash:
            # "the Quad - Antony Blinken" as one entity: a spaced dash ends a name, the words after it are read alone
            ent = Span(doc, dash[-1] + 1, ent.end, label=ent.label_)
        if ent.label_ == "PERSON":
            toks = list(ent)
            nxt = doc[ent.end] if ent.end < len(doc) else None
            hyphen = next((t.i for t in toks[1:-1] if t.text == "-" and not doc[t.i - 1].whitespace_ and not t.whitespace_
                           and doc[t.i + 1].text[:1].isupper()), None)  # (not "Moon Jae-in")
            if len(toks) == 3 and toks[1].text == "-" and nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower():
                out.extend([doc[ent.start: ent.start + 1], doc[ent.end - 1: ent.end]])
            elif hyphen is not None and nxt is not None and nxt.lemma_.lower() in NOUN_LEMMAS:
                # "after Jaishankar-Wang Yi talks": two names before the meeting noun, not one
                out.extend([doc[ent.start: hyphen], doc[hyphen + 1: ent.end]])
            else:
                out.append(ent)
        elif ent.label_ in ("ORG", "GPE", "NORP", "FAC") and len(ent) >= 2 and " " in ent.text and known_country(ent.text) \
                and not is_country(ent.text):
            out.append(ent)  # a full name the people list knows, tagged a facility or a place ("Antony Blinken met ...")
        elif ent.label_ in ("ORG", "GPE", "NORP", "FAC") and len(ent) >= 2:
            # (or a title just before it, with the given names the model left out between: "Namibia's President-elect
            # Netumbo Nandi-Ndaitwah", tagged a facility; "President Mahamat Idriss Déby Itno", "Déby Itno" an organisation)
            first = ent.start
            while first > 0 and ent.start - first < 3 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == "" \
                    and _NAME_RX.match(doc[first - 1].text) and doc[first - 1].lower_ not in _TITLE_WORDS:
                first -= 1
            before = doc[first - 1] if first > 0 else None
            titled_before = before is not None and ((before.text[:1].isupper() and before.lower_ in _TITLE_WORDS) or (
                before.lower_ == "elect" and first > 2 and doc[first - 3].lower_ in _TITLE_WORDS)) \
                and not country_code(ent.text) and lookup(ent.text) is None  # (not "the President of South Korea")
            # "Armenia's Zohrab Mnatsakanyan" tagged an organisation: a country's possessive stands for the title
            owned = first == ent.start and first > 1 and doc[first - 1].text in ("'s", "’s") and bool(country_code(doc[first - 2].text)) \
                and ent.label_ == "ORG" and len(ent) == 2 and lookup(ent.text) is None
            titled_before = titled_before or owned
            if len(ent) < 3 and not titled_before:
                continue
            words = [*doc[first: ent.start], *ent] if titled_before else list(ent)
            i = 0
            while i < len(words) and (country_code(words[i].text) or words[i].lower_ in _TITLE_WORDS):
                i += 1
            rest = words[i:]
            titled = i or titled_before
            if titled and 2 <= len(rest) <= 4 + sum(t.text == "-" for t in rest) and all(
                    _NAME_RX.match(t.text) or t.lower_ in _PARTICLES or (t.text == "-" and 0 < k < len(rest) - 1)
                    for k, t in enumerate(rest)) and not any(
                t.lower_ in _ORG_WORDS or country_code(t.text) for t in rest
            ) and rest[-1].pos_ == "PROPN":
                out.append(doc[rest[0].i: ent.end])
    out.extend(_named_after_office(doc, out))
    return out


_OFFICE_HASHES = numpy.array(sorted(hash_string(w) for w in ("of", "for", *_SOVEREIGN_TITLES)), dtype=numpy.uint64)


def _named_after_office(doc: Doc, found: list[Span]) -> list[Span]:
    """"Foreign Minister of Uzbekistan Bakhtiyor Saidov", with no entity on the name: two or three capitalised words
    right after an office "of" a country, up to the end of the noun phrase; "King Abdullah II": a sovereign's name."""
    taken = {i for e in found for i in range(e.start, e.end)}
    out = []
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), _OFFICE_HASHES)).tolist():  # (no Token made for the other words)
        tok = doc[i]
        if tok.lower_ in _SOVEREIGN_TITLES and tok.is_title and tok.i + 1 < len(doc):
            # "King Abdullah II received ...", the name untagged: a sovereign's name and regnal number
            k = tok.i + 1
            n = 0
            while k + n < len(doc) and n < 3 and doc[k + n].pos_ == "PROPN" and doc[k + n].is_title and doc[k + n].is_alpha \
                    and k + n not in taken and doc[k + n].ent_type_ == "" and doc[k + n].lower_ not in _TITLE_WORDS:
                n += 1
            if n and k + n < len(doc) and REGNAL.fullmatch(doc[k + n].text) and k + n not in taken and not any(
                    lookup(t.text) or country_code(t.text) for t in doc[k: k + n]):
                out.append(doc[k: k + n])
            continue
        if tok.i == 0 or not (tok.lower_ == "of" and (doc[tok.i - 1].lower_ in _TITLE_ENDS or _portfolio_before(doc, tok.i))
                              or tok.lower_ == "for" and doc[tok.i - 1].lower_ in POSTED_TITLES):
            continue  # ("the U.N. Special Coordinator for Lebanon Jan Kubis")
        j = tok.i + 1 + (doc[tok.i + 1].lower_ == "the" if tok.i + 1 < len(doc) else 0)
        country = next((n for n in (3, 2, 1) if j + n <= len(doc) and country_code(doc[j: j + n].text)), 0)
        k = j + country
        # ("The Minister of Foreign Affairs of Peru, Ana Maria Villanueva Ccori, will meet ...": the name set off by commas)
        comma = bool(country) and k < len(doc) and doc[k].text == ","
        k += comma
        n = 0
        while k + n < len(doc) and n < 6 and doc[k + n].pos_ == "PROPN" and doc[k + n].is_title and doc[k + n].is_alpha \
                and doc[k + n].lower_ not in _TITLE_WORDS and k + n not in taken and doc[k + n].ent_type_ in ("", "PERSON", "GPE", "ORG"):
            n += 1
            if k + n + 1 < len(doc) and doc[k + n].text == "-" and not doc[k + n - 1].whitespace_ and not doc[k + n].whitespace_ \
                    and doc[k + n + 1].is_title and doc[k + n + 1].is_alpha:
                n += 1  # (a hyphened name: "Waleed Al-Khereiji")
        # (not a body of the country: "head of the Russian Direct Investment Fund")
        words = sum(1 for t in doc[k: k + n] if t.text != "-")
        if comma and not (k + n < len(doc) and doc[k + n].text == "," and 2 <= words <= 5):
            continue
        # (set off by commas, a place's word may be a surname: "Villanueva"; not the whole, nor a country's)
        if country and 2 <= words <= (5 if comma else 3) and not any(
                (lookup(t.text) and not comma) or country_code(t.text) or t.lower_ in _ORG_WORDS for t in doc[k: k + n]) \
                and not (comma and lookup(doc[k: k + n].text)):
            out.append(doc[k: k + n])
    return out


_PLACE_WORDS = {"county", "province", "district", "region", "oblast", "governorate", "prefecture", "canton", "state", "city", "base",
                "mount", "mt", "mt.", "lake", "cape", "river", "gulf", "bay", "port", "fort", "isle", "island", "islands"}


# the countries whose head of government is a chancellor (elsewhere, a translated "canciller" is the foreign minister)
_CHANCELLORIES = {"DE", "AT"}


def _portfolio_before(doc: Doc, i: int) -> bool:
    """"Deputy Minister of Foreign Affairs of Saudi Arabia", "Secretary of State of ...": a minister's portfolio right
    before the country's "of" (not "the Ministry of Foreign Affairs of Bahrain", a body)."""
    return i >= 3 and doc[i - 1].lower_ in ("affairs", "defence", "defense", "state") and any(
        doc[j].lower_ == "of" and doc[j - 1].lower_ in ("minister", "secretary") for j in range(max(1, i - 4), i - 1))


def _office_of_country(span: Span) -> bool:
    """"the King of Bahrain", "Emir of Kuwait": a title and a country's name, which the model may tag as a person."""
    words = [t for t in span if t.lower_ != "the"]
    k = next((i for i, t in enumerate(words) if t.lower_ == "of"), 0)
    return k > 0 and all(t.lower_ in _TITLE_WORDS or t.lower_ in PARTY_NOUNS for t in words[:k]) \
        and bool(country_code(" ".join(t.text for t in words[k + 1:])))


_GENERATION = re.compile(r"(?:[JS]r\.?|2d|3d|[2-4]nd|[34]rd|[4-9]th)")  # after a name: "Joseph R. Biden Jr.", "James A. Baker 3d"


def _person_spans(doc: Doc) -> list[Span]:
    spans = []
    candidates = _candidate_ents(doc)
    ends = {e.end for e in candidates}  # ("Putin-Zelensky meeting", split in two: no double given name)
    starts = {e.start for e in candidates}
    prefix: dict[int, int] = {}
    for ent in candidates:
        if ent.text.lower() in _OUTLETS or (ent.start > 0 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ")"):
            continue
        bare = re.sub(r"['’]s$", "", ent.text)
        if bare.lower() in DEMONYMS or is_country(bare):
            continue  # "Azerbaijani" of "Azerbaijani Foreign Minister Jeyhun Bayramov", tagged a person of its own ("Sri Lanka's")
        toks = [t for t in ent if not (t.lower_ in _TITLE_WORDS and t.i < ent.end - 1) and t.text not in ("'s", "’s")]
        # a title inside the entity ("President Trump"): cut it off
        start = ent.start
        while start < ent.end - 1 and (doc[start].lower_ in _TITLE_WORDS or doc[start].lower_ in _ADDRESS or country_code(doc[start].text)) and not (
                doc[start].lower_ in _TITLES_AS_NAMES and start > 0 and doc[start - 1].lower_ in _TITLE_WORDS) and not (
                (doc[start].lower_ not in _SOVEREIGN_TITLES or doc[start].lower_ in _TITLES_AS_NAMES
                 and not known_country(doc[start + 1: ent.end].text)) and known_country(doc[start: ent.end].text)):
            start += 1  # (but "Industry Minister Sultan Al Jaber", "King Sultan Ibrahim": after a title, a given name; and
            # "Gen Nakatani", a full name the people list knows)
        end = ent.end
        cut = next((k for k in range(start + 1, end) if doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in _PARTICLES
                    and doc[k].lower_ not in _LOWER_NAME_WORDS and doc[k - 1].text != "-"
                    and doc[k].lower_ != "of" and doc[k].pos_ not in ("DET", "CCONJ", "PART")), None)  # (not "the King of Jordan")
        if cut is not None:
            end = cut  # "Macron co-hosted the One Forest Summit", tagged a name up to the verb: the name before it
            if end - start == 1 and doc[start].text.isupper():
                continue  # ("Swaraj leaves SAARC meeting early": an organisation's initials, no one's name)
        while end > start and doc[end - 1].text in ("'s", "’s", "-", ",", "."):
            end -= 1
        if end - start > 1 and _GENERATION.fullmatch(doc[end - 1].text) and doc[end - 1].text[0].isdigit():
            end -= 1  # ("James A. Baker 3d": the generation is no surname)
        while end - start > 1 and not any(ch.isalnum() for ch in doc[start].text):
            start += 1  # "• Netanyahu at the White House: ...": a bullet is no part of a name
        if end - start > 1 and doc[start].text == "Will" and doc[start].is_sent_start and doc[start].sent.text.rstrip().endswith("?"):
            start += 1  # "Will Modi and Trump meet at the Quad summit?": a question's verb, no given name
        if all(t.lower_ in NAME_HONORIFICS or t.lower_ in ("dr", "dr.") for t in doc[start:end]) and end in starts and any(
                t.lower_ in NAME_HONORIFICS for t in doc[start:end]):  # (and "Tun Dr" + "Mahathir Mohamad")
            prefix[end] = start  # "Emir Sheikh" + "Hamad bin Saud Al Thani", tagged as two: the honorific is the name's
            continue
        if all(t.lower_ in NAME_HONORIFICS for t in doc[start:end]):
            # "Foreign Minister Datuk Seri Zainal Abidin Rashid" with only the honorifics tagged: the name is the proper
            # nouns after them (none: no one's name, "Seri" of "Seri Perdana" no surname)
            while end < len(doc) and end - ent.end < 4 and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ == "PROPN" \
                    and doc[end].lower_ not in _TITLE_WORDS and doc[end].ent_type_ in ("", "PERSON"):
                end += 1
            if end == ent.end:
                continue
        start = prefix.get(start, start)
        # "Kassym-Jomart Tokayev": the model starts the name after the hyphen of a double given name
        while start >= 2 and _hyphen_name(doc, start) and start - 1 not in ends:
            start -= 2
        # "Moon Jae-in": the model ends the name at the hyphen when the syllable after it is a word ("in")
        while end + 1 < len(doc) and end > start and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower and len(doc[end + 1]) <= 4:
            end += 2
        # "Moon Jae-in", "Ban Ki-moon" when the model stops at the family name: a short given name, hyphen, syllable
        if end + 2 < len(doc) and end > start and doc[end - 1].whitespace_ and doc[end].is_title and doc[end].is_alpha \
                and len(doc[end]) <= 5 and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_ \
                and doc[end + 2].is_alpha and doc[end + 2].is_lower and len(doc[end + 2]) <= 5:
            end += 3
        # "Mariam al-Sadiq al-Mahdi", "Phumzile Mlambo-Ngcuka" cut at a hyphen: the rest of a hyphenated surname (not
        # "the Putin-Zelensky meeting": a name and another before a noun)
        while end + 1 < len(doc) and end > start and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and (doc[end + 1].is_title or doc[end + 1].lower_ in ("al", "el")) \
                and not (end + 2 < len(doc) and doc[end + 2].pos_ == "NOUN") and (end + 1 not in starts or doc[end - 1].lower_ in ("al", "el")):
            end += 2
            if end + 2 < len(doc) and doc[end].lower_ in ("al", "el") and doc[end + 1].text == "-":
                end += 1  # (" al-Mahdi": the next particle of the name)
        # "Abdel Fattah el-Sissi" with the model stopping before "el-": the particle, its hyphen and the surname
        if end > start and end + 2 < len(doc) and doc[end].lower_ in ("al", "el") and doc[end + 1].text == "-" \
                and not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_title and doc[end + 2].is_alpha:
            end += 3
        # "Ursula von der Leyen" with the model stopping inside its particles: the particles and the surname after them,
        # as often as they come ("Mohammed bin Abdulrahman" + "bin Jassim" + "Al Thani")
        for _ in range(3):
            k = end
            while k < len(doc) and k - end < 2 and doc[k].lower_ in _PARTICLES:
                k += 1
            if not (end > start and k > end and k < len(doc) and doc[k].is_title and doc[k].pos_ == "PROPN"
                    and doc[k].lower_ not in _TITLE_WORDS):
                break
            end = k + 1
        # "Chinese Vice Premier Liu He" with the model's name ending at "Liu" (and "He" read as the pronoun): the word after
        # it when the two make a full name the people list knows
        if end > start and end < len(doc) and doc[end].is_title and doc[end].is_alpha and known_country(doc[start: end + 1].text) \
                and not known_country(doc[start: end].text):
            end += 1
        # "Chad's President Mahamat Idriss Deby" with the model's name starting at "Idriss": the given names before it
        # that make a full name the people list knows
        if end > start:
            start = _given_names_before(doc, start, end, 0) or start
        # "his Tanzanian counterpart Samia Suluhu Hassan" with the model's name starting at "Hassan": the untagged
        # capitalised words before it that the parser makes parts of the name (no title, place, country or organisation)
        k = start
        while k > 0 and start - k < 2 and k - 1 not in ends and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound" \
                and start <= doc[k - 1].head.i < end and doc[k - 1].ent_type_ == "" and doc[k - 1].is_title and doc[k - 1].is_alpha \
                and doc[k - 1].lower_ not in _TITLE_WORDS and doc[k - 1].lower_ not in _SOVEREIGN_TITLES \
                and doc[k - 1].lower_ not in _CLERICAL and doc[k - 1].lower_ not in _ORG_WORDS and doc[k - 1].lower_ not in _PLACE_WORDS and not country_code(doc[k - 1].text) \
                and doc[k - 1].lower_ not in DEMONYMS and lookup(doc[k - 1].text) is None:
            k -= 1
        # (one word more before a two-word name: "Anders Fogh Rasmussen", "Ashfaq Parvez Kayani")
        # (not a title's last word: "High Commissioner for Refugees Filippo Grandi")
        start = k if k < start and (end - start == 1 or (end - start == 2 and start - k == 1 and (k == 0 or doc[k - 1].pos_ != "ADP"))) else start
        # "Choe Ryong Hae" with the model's name starting at "Ryong": a family name written first (`FAMILY_FIRST`)
        if end - start == 2 and start > 0 and doc[start - 1].lower_ in FAMILY_FIRST and doc[start - 1].is_title \
                and start - 1 not in ends and doc[start - 1].ent_type_ in ("", "PERSON"):
            start -= 1
        # a regnal number ("King Mohammed VI", "Abdullah II"): part of the name
        if end < len(doc) and end > start and REGNAL.fullmatch(doc[end].text):
            end += 1
        # "Chairperson Moussa Faki Mahamat" with the model's name ending at "Moussa": the untagged proper nouns up to the
        # one the name's last word is a compound of
        h = doc[end - 1].head if end > start else None
        if h is not None and doc[end - 1].dep_ == "compound" and end < h.i <= end + 1 and all(
                t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_type_ == "" and t.lower_ not in _TITLE_WORDS
                and (t == h or (t.dep_ == "compound" and t.head == h)) for t in doc[end: h.i + 1]) \
                and h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"):
            end = h.i + 1
        # "Shah Mahmood Qureshi" with the surname tagged GPE: the proper noun the name's words are compounds of
        if end < len(doc) and end > start and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
                and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in ("", "GPE", "ORG", "NORP", "PERSON") and doc[end].is_title \
                and doc[end].lower_ not in _TITLE_WORDS:
            end += 1
        if not toks or end <= start:
            continue
        span = doc[start:end]
        if all(t.lower_ in _TITLE_WORDS or t.lower_ in _ADDRESS for t in span):
            continue  # "State Councilor and Foreign Minister Wang Yi", "His Majesty King": a title the model took for a name
        if _office_of_country(doc[ent.start: end]):
            continue  # "the King of Bahrain": an office of a country, an unnamed party
        text = span.text
        if not any(c.isupper() for c in text) or len(text) < 2:
            continue
        # (the title inside the entity, or right before it: "President Clinton", not Clinton, Iowa)
        titled = any(doc[k].lower_ in _TITLE_WORDS and not country_code(doc[k].text) for k in range(ent.start, start)) or (
            start == ent.start and start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in _TITLE_WORDS
            and doc[start - 1].lower_ not in _PLACE_WORDS)
        if len(span) == 1 and (is_country(text) or (lookup(text) and not titled)):
            continue  # a city or country the model took for a person (but "Queen Elizabeth" is the queen)
        if span[0].lower_ in _PLACE_WORDS:
            continue  # "County Clare", "Province of Idlib": a place the model took for a person
        if len(span) == 1 and text.lower() in _NOT_PEOPLE:
            continue  # "Brexit", "Hamas": a cause or a body the model took for a person
        if len(span) > 1 and span[-1].lower_ in _FORMAT_WORDS:
            continue  # "Weimar Triangle ministers meet": a group of countries the model took for a person
        if any(ch.isdigit() for ch in text):
            continue  # "Trump cancels G20 meeting with Putin": no name has a digit
        if len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an") and span[0].lower_ not in _TITLE_WORDS:
            continue  # "at the Border/DMZ": a person is not "the X"
        if all(t.is_upper for t in span if t.is_alpha) and len(text) > 3 and span.start == span.sent.start \
                and span.end < len(doc) and doc[span.end].text in (",", "—", "–", "-", "(", "--"):
            continue  # "CAMP DAVID, Md. —": a dateline in capitals
        if len(span) > 1 and lookup(text) and lookup(text).kind in ("city", "region") and not re.search(r"\b(Jr|Sr)\b", text):
            continue  # ("St Petersburg", "on the Caribbean island of St Vincent")
        if span.root.dep_ == "pobj" and span.root.head.lower_ == "in" and not titled and span.root.head.head.pos_ in ("NOUN", "PROPN") \
                and span.root.head.head.lower_ in VENUE_NOUNS:
            continue  # "at the Mulia hotel in Nusa Dua": a town the gazetteer does not know, where a venue is
        spans.append(span)
    return spans


# Names of organisations and institutions that the small model tags ORG and that are not people.
_NOT_PEOPLE = {
    "hamas", "taliban", "hezbollah", "fatah", "houthis", "houthi", "isis", "isil", "daesh", "kremlin", "pentagon",
    "congress", "parliament", "senate", "cabinet", "duma", "knesset", "vatican", "politburo", "quartet", "opec",
    "interpol", "nato", "brussels", "washington", "moscow", "beijing", "tehran", "whitehall", "downing",
    "brexit", "grexit", "covid",  # (tagged people too: "May's Brexit Secretary", "the Brexit clock")
} | {w for w in _SUBNATIONAL if " " not in w}  # ("visited Iowa, where Governor Branstad hosted him")
_PRONOUN_PEOPLE = {"his", "her"}


def _the_pair_or_more(words: list[str]) -> bool:
    """The words before a plural role noun that make it stand for people named before: "the leaders", "both
    leaders", "the two (three, four) leaders" ("the same four leaders")."""
    if words[:2] == ["the", "same"]:
        words = words[:1] + words[2:]
    return words in (["the"], ["both"]) or (len(words) == 2 and words[0] == "the" and words[1] in HOW_MANY and words[1] != "both")


def _demonym_plural(text: str) -> bool:
    """"Americans", "Iranians": a people, not a person."""
    return text.endswith("s") and bool(DEMONYMS.get(text[:-1].lower()))


def _name_like(tok: Token) -> bool:
    """A capitalised proper noun that may be (part of) a name the model mislabelled."""
    if tok.pos_ != "PROPN":
        return False
    if tok.ent_type_ not in ("", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "PERSON"):
        return False
    if tok.lower_.rstrip(".") in _MONTH_ABBREVIATIONS and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num:
        return False  # "New Delhi, Jul 14 (PTI)": a date
    return _name_like_any(tok)


def _lone_name(tok: Token) -> bool:
    """A capitalised proper noun standing alone that may be a surname the model mislabelled."""
    if tok.ent_type_ == "PERSON" or not _name_like(tok):
        return False
    return not (any(c.dep_ == "compound" for c in tok.children) or tok.dep_ == "compound")


def _hyphen_name(doc: Doc, start: int) -> bool:
    """Is the name starting at `start` the second half of a hyphenated given name ("Kassym-|Jomart")?"""
    return doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
        and doc[start - 2].is_title and doc[start - 2].is_alpha and doc[start - 2].lower_ not in _TITLE_WORDS


def _name_span(tok: Token) -> tuple[int, int] | None:
    """The name ending at `tok` the model tagged as something else: "Scholz", "Olaf Scholz" (ORG), at most
    three words, the title before it left out ("German Chancellor Olaf Scholz")."""
    if tok.ent_type_ == "PERSON" or tok.dep_ == "compound" or not _name_like(tok):
        return None
    if tok.is_upper and len(tok.text) > 2:
        return None  # "CAMP DAVID, Md. — Biden hosted ...": a dateline in capitals, not a name
    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None  # "visited the Taj Mahal with Trudeau": a person is not "the X"
    start = tok.i
    while start > tok.sent.start and tok.i - start < 2:
        prev = tok.doc[start - 1]
        # (a first name that is also a place's, inside the one entity the model found: "Riyad Hijab")
        one_entity = tok.ent_iob_ == "I" and prev.i == tok.i - 1 and prev.pos_ == "PROPN" and prev.is_title
        if prev.dep_ != "compound" or prev.head != tok or not (_name_like(prev) or one_entity) or prev.ent_type_ != tok.ent_type_:
            break
        start -= 1
    while start >= 2 and _hyphen_name(tok.doc, start):
        start -= 2  # "Kassym-Jomart Tokayev"
    # a compound left of the name that is not a title ("Gazprom Miller") makes it no person's name
    if any(c.dep_ == "compound" and c.i < start and c.lower_ not in _TITLE_WORDS and not country_code(c.text) for c in tok.children):
        return None
    if tok.ent_type_ == "GPE" and is_country(tok.doc[start: tok.i + 1].text):
        return None  # "PANMUNJOM, South Korea — Kim ... to meet Moon": a dateline's country, parsed as the subject
    if tok.doc[start].lower_ in _PLACE_WORDS:
        return None  # "visited Mount Paektu": a place
    if any(is_country(tok.doc[k: tok.i + 1].text) or lookup(tok.doc[k: tok.i + 1].text) is not None
           for k in range(max(tok.sent.start, tok.i - 2), tok.i)):
        return None  # "will visit Saudi Arabia", "Abu Dhabi": the end of a place's name ("Saudi" is no name's word)
    return start, tok.i + 1


def _trigger_slots(trig: Token) -> list[Token]:
    """The heads of a meeting trigger's party slots: subject (or controller), object, with/between objects, owner."""
    slots = []
    heads = [trig, *(c for c in trig.children if c.dep_ == "acl" and c.lemma_.lower() in PLANNING_VERBS)]
    for c in (c for h in heads for c in h.children):  # ("no meeting planned between Modi and Sharif")
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") and c.head == trig:
            slots.append(c)
        if c.dep_ == "prep" and c.lower_ in ("with", "between"):
            slots.extend(p for p in c.children if p.dep_ == "pobj")
    slots.extend(adjective_verb_parties(trig))
    if trig.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
        head = trig
        for _ in range(3):  # "X is set to travel to Moscow to meet Y": the controller
            if head.head == head:
                break
            head = head.head
            subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                slots.extend(subj)
                break
    return [x for s in slots for x in [s, *s.conjuncts]]


def _meeting_partners(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    from .components import TRIGGERS_KEY

    found: list[tuple[int, int]] = []
    for span in doc.spans.get(TRIGGERS_KEY, []):
        pair = _hyphenated_pair(span.root, covered)
        if pair:  # "the Modi-Sharif meeting"
            found.extend(x for x in pair if x not in found)
            continue
        slots = _trigger_slots(span.root)
        # a person in another slot; a pronoun only as the owner of a noun trigger ("his meeting with Duterte")
        if not any(t.i in covered or (t.lower_ in _PRONOUN_PEOPLE and t.dep_ == "poss") or _unnamed_party(t) for t in slots):
            if is_headline(span.root.sent):
                found.extend(x for x in _headline_names(span.root, slots, covered) if x not in found)
            continue
        for t in slots:
            span = None if t.i in covered else _name_span(t)
            if span is not None and span not in found:
                found.append(span)
    return found


def _unnamed_party(tok: Token) -> bool:
    """"his Syrian, Iranian and Turkish counterparts": a party noun with a country before it."""
    return tok.lower_ in PARTY_NOUNS and bool(_countries_in([t for t in tok.subtree if t.i < tok.i]))


def _hyphenated_pair(trig: Token, covered: set[int]) -> list[tuple[int, int]]:
    """"the Modi-Sharif meeting", "Xi-Biden summit": two surnames joined by a hyphen before a noun trigger."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.i < 3:
        return []
    a, dash, b = trig.doc[trig.i - 3], trig.doc[trig.i - 2], trig.doc[trig.i - 1]
    if dash.text != "-" or a.whitespace_ or dash.whitespace_ or (a.i in covered and b.i in covered):
        return []
    if not ((a.i in covered or _name_like_any(a)) and (b.i in covered or _name_like_any(b))) or b.head != trig:
        return []
    # "Putin-Zelensky meeting" with Putin already known: the other one
    return [(t.i, t.i + 1) for t in (a, b) if t.i not in covered]


def is_headline(sent: Span) -> bool:
    """A headline, a caption or a dateline line: the first sentence (not the long first sentence, with its final stop, of
    a story that came without a title), or a short one with no final stop."""
    text = sent.text.strip()
    if sent.start == 0:
        return sent.doc.user_data.get("sidelines_titled", True) or not (text.endswith(".") and len(sent) >= 14)
    if text.endswith(".") and sent.doc.user_data.get("sidelines_headline_stops"):
        stop = sent.start_char + len(sent.text.rstrip()) - 1
        if stop in sent.doc.user_data["sidelines_headline_stops"]:
            return len(text) < 140  # ("Modi to meet Putin, Mirziyoyev in Samarkand; no word on Xi meet": its first story)
    return not text.endswith((".", "!", "?", '"', "”")) and len(text) < 140


def _headline_names(trig: Token, slots: list[Token], covered: set[int]) -> list[tuple[int, int]]:
    """"Scholz meets Zelenskiy in Berlin", "Lavrov, Blinken to meet in Geneva": a headline names two people
    by surname alone, which the small model reads as organisations, places or verbs. Two names in the
    trigger's slots, or the words before it in a "X, Y to meet" headline, are the people."""
    # a name already known (covered) counts toward the two; only the new ones are returned
    known = sum(1 for t in slots if t.i in covered)
    names = [x for t in slots if t.i not in covered and (x := _name_span(t)) is not None]
    if len(names) + known < 2:
        before = [t for t in trig.sent if t.i < trig.i]
        words = [t for t in before if t.text[:1].isupper() and t.text not in (",",)]
        if before and all(t.text[:1].isupper() or t.text == "," or t.lower_ in ("and", "to", "will", "could", "may", "set")
                          or t.is_space for t in before) and len(words) == 2:
            named = [t for t in words if t.i in covered or _name_like_any(t)]
            known = len(named) - sum(1 for t in named if t.i not in covered)
            names = [(t.i, t.i + 1) for t in named if t.i not in covered]
    return names if len(names) + known >= 2 and names else []


def _name_like_any(tok: Token) -> bool:
    """A capitalised word that may be a surname whatever part of speech the parser gave it."""
    low = tok.lower_
    return bool(_NAME_RX.match(tok.text)) and not tok.text.isupper() and len(tok.text) >= 3 and not (
        low in _CALENDAR or low in _OUTLETS or low in _ORG_WORDS or low in _TITLE_WORDS or low in _NOT_PEOPLE
        or lookup(tok.text) or is_country(tok.text) or country_code(tok.text) or _demonym_plural(tok.text)
    )


# styles before an office ("The Honourable Minister of Foreign Affairs", "the Right Honourable Prime Minister")
_STYLES = {"honourable", "honorable", "hon", "hon.", "right", "rt", "rt.", "most"}
_HONORIFIC_WORDS = _COURTESY | NAME_HONORIFICS | {"amb", "amb.", "hon", "hon.", "dr", "dr.", "h.e.", "h.e", "prof", "prof.", "ambassador",
                                                  "his", "her", "."}
# words of address and honorifics that may stand between an office and the name ("..., His Excellency Ambassador X")
_COURTESY_TITLE_WORDS = _HONORIFIC_WORDS | _ADDRESS


def _honorific_tail(doc: Doc, u: Mention) -> bool:
    """The office's words end in a comma and honorifics only ("..., Amb.", "..., H.E."): the name comes right after."""
    k = u.end - 1
    while k > u.head and doc[k].lower_ in _HONORIFIC_WORDS:
        k -= 1
    return doc[k].text == ","


def _give_country(m: Mention, cc: str, people: People) -> None:
    """A country the article gives a person's mention by context: the mention's, and the person's if unknown."""
    m.countries = [cc]
    p = people.get(m.key)
    if p and not p.country:
        p.country = cc


# "the foreign minister", "the prime minister", "the secretary": one office holder named before, by role alone
_ROLE_ANAPHORS = {"minister", "president", "premier", "chancellor", "secretary", "ambassador", "envoy", "king", "emir", "amir",
                  "prince", "sultan", "queen", "sheikh", "emperor", "empress", "pope", "pm",
                  "general", "adviser", "advisor"}  # ("The Secretary-General also met ...", the title's last word the head)
_NOT_THE_OFFICE = ("deputy ", "vice ", "former ", "assistant ", "under ")


def role_fits(role: str, key: str) -> bool:
    """A holder of `role` is "the `key`": "Secretary of State" is the secretary, "Foreign Minister" the minister and
    the foreign minister; a deputy or vice president is not "the president"."""
    have = re.split(r" (?:of|for) ", role.lower())[0]
    if have.startswith(_NOT_THE_OFFICE) and not key.startswith(_NOT_THE_OFFICE):
        return False
    key = TITLES[key][0].lower() if key == "pm" else key  # ("PM": the prime minister)
    if key == "premier" and (have == "prime minister" or have.endswith(" prime minister")):
        return True  # ("The premier briefed the Saudi leadership": the prime minister named before)
    return have == key or have.endswith(" " + key)


_TALKS = {"talk", "talks", "meeting", "meetings", "summit", "negotiations", "consultations"}


_THE_ONE_RX = re.compile(r"\b[Tt]he (latter|former|guest|visitor)\b")
# a nickname in quotes inside a name ('Joko "Jokowi" Widodo')
_QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
_NICKNAME_RX = re.compile(r"\s[\"“‘'`]{1,2}([A-Z][\w-]+)[\"”’'`]{1,2}\s")
# "the President", "the Head of State" in a national paper's report of its own leader's day: the leader named before
HOME_TITLES = {"the president": {"president"}, "the head of state": {"president", "king", "emir", "sultan"},
               "the prime minister": {"prime minister", "premier"}}  # (the offices each may stand for: `Resolver.pronoun`)
_HOME_TITLE_RX = re.compile(r"\b[Tt]he (President|Head of State|Prime Minister)\b")
_VISITING_RX = re.compile(r"\b[Tt]he visiting (?:foreign |prime |defen[cs]e )?(?:minister|president|premier|leader|chancellor|secretary|king|emir)\b")


def _told_of(talks: Token) -> bool:
    """The talks are what the clause tells of, as its subject (or its round's): "A fourth round of talks between Iran and
    the United States ... has been postponed", "The talks between India and Pakistan, scheduled for January 15, have been
    put off"; not what someone urges, supports or offers ("urged direct talks between Russia and Ukraine")."""
    if talks.dep_ == "pobj" and talks.head.lower_ == "of" and talks.head.head.lemma_.lower() in ("round", "session"):
        talks = talks.head.head
    return talks.dep_ in ("nsubj", "nsubjpass", "ROOT")


def _meets(verb: Token) -> bool:
    """The verb reports talks of its subject: "will hold talks", "agreed to hold talks" (not "meet": countries that
    meet are mostly teams, "Brazil and Argentina meet in the final")."""
    if any(c.dep_ == "dobj" and (c.lower_ in _TALKS or any(p.lower_ == "of" and any(g.lower_ in _TALKS for g in p.children)
                                                         for p in c.children)) for c in verb.children):
        return True  # ("held nearly eight hours of talks", "held a fourth round of talks")
    if verb.lemma_.lower() == "meet" and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children):
        return True  # ("Iran has refused to meet U.S. envoy Robert Malley": a person met, no team)
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and _meets(c) for c in verb.children)


def _in_dateline(doc: Doc, sp: Span) -> bool:
    """The span stands in a dateline before its dash or agency: "ST. JOHN'S, Antigua (AP) — ..."."""
    k = sp.start
    while k > 0 and "\n" not in doc[k - 1].text and not doc[k - 1].is_space:
        k -= 1
    line = doc[k: min(len(doc), k + 12)].text
    head = DATELINE.match(line)
    if sp.start - k > 8 or head is None or not line[head.end(1):].lstrip().startswith(","):
        return False  # (a place in capitals, then a comma: "ST. JOHN'S, Antigua (AP) —"; not "UPDATE: ...")
    if any(t.text in ("—", "–", "--") or t.text == "-" and t.whitespace_ for t in doc[k: sp.start]):
        return False  # (after the dateline's dash: "KANANASKIS, Alberta - Mexican President Claudia Sheinbaum's long-awaited")
    return any(t.text in ("—", "–", "--", "(") or t.text == "-" and (t.whitespace_ or doc[t.i - 1].whitespace_)
               for t in doc[sp.end: min(len(doc), sp.end + 4)]) or sp.start == k


def _in_country_name(doc: Doc, sp: Span) -> bool:
    """The span is one side of a country's name joined by "and" ("Antigua" and "Barbuda" of "Antigua and Barbuda")."""
    after = sp.end + 1 < len(doc) and doc[sp.end].lower_ == "and" and any(
        country_code(doc[sp.start: sp.end + k].text) for k in (2, 3) if sp.end + k <= len(doc))
    before = sp.start >= 2 and doc[sp.start - 1].lower_ == "and" and any(
        country_code(doc[sp.start - k: sp.end].text) for k in (2, 3) if sp.start - k >= 0)
    return after or before


def _sides_meet(verb: Token) -> bool:
    """The verb is a meeting's, or says its subject will hold one: "meet", "hold", "agreed to meet", "plan to hold"."""
    return verb.lemma_.lower() in ("meet", "hold", "confer") or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("meet", "hold", "confer") for c in verb.children)


def _role_anaphor(doc: Doc, tok: Token, lefts: list[Token], mentions: list[Mention]) -> Mention | None:
    """"Bilawal Bhutto Zardari received the Japanese ambassador. Later, the foreign minister met ...": a definite
    singular role with no country names the one person of that role the article named before (nobody when two
    people fit, or none)."""
    if tok.lower_ not in _ROLE_ANAPHORS or tok.tag_ not in ("NN", "NNP") or tok.dep_ in ("compound", "appos") or (
            tok.dep_ == "poss" and tok.head.lemma_.lower() not in NOUN_LEMMAS):
        return None  # (but "The President's meeting with Chinese Premier X": whose meeting it is)
    if not (any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.text == "PM") or any(
            c.dep_ in ("prep", "poss", "appos", "nummod") or c.ent_type_ for c in tok.children if c.i != tok.i):
        return None  # ("his minister", "the minister of state", "the minister, Sergei Lavrov"; not a possessed or named one)
    role, cls, key = _title_of([t for t in lefts if t.dep_ in ("compound", "amod") or t.lower_ in _TITLE_WORDS or t.text == "-"] + [tok])
    if not role or not key.endswith(tok.lower_):
        return None
    # (a headline's "PM to meet Xi, Nazarbayev": the prime minister its body names)
    ahead = tok.text == "PM" and tok.sent.start == 0
    fits = {m.key: m for m in mentions if m.kind == "person" and (m.start < tok.i or ahead) and m.role and role_fits(m.role, key)}
    # (one person under a short name and the full one: a headline's "PM Imran" and "Prime Minister Imran Khan")
    words = {k: set(m.name.lower().split()) for k, m in fits.items()}
    fits = {k: m for k, m in fits.items() if not any(j != k and words[k] < words[j] for j in fits)}
    if len(fits) > 1:
        # ("The president, who met Olmert and Abbas separately ...": not one of those its own clause meets)
        verbs = [c for c in tok.children if c.dep_ == "relcl"] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [])
        met = {m.key for v in verbs for c in v.children if c.dep_ in ("dobj", "prep") for x in c.subtree
               for m in mentions if m.kind == "person" and m.start <= x.i < m.end}
        if 0 < len(set(fits) - met) < len(fits):
            fits = {k: m for k, m in fits.items() if k not in met}
    if len(fits) > 1:
        from .reports import _agency_country  # (not at import: reports imports this module)

        # (a national agency's own office holder: "UFA, July 10 (APP): Prime Minister Nawaz Sharif and his Indian counterpart
        # Narendra Modi met ... The Prime Minister also met Chinese President Xi Jinping")
        home = _agency_country(doc)
        said = {x.key: x.countries[0] for x in mentions if x.kind == "person" and x.countries and x.start < tok.i}
        cc = {k: said.get(k) or known_country(m.name or "") for k, m in fits.items()}
        own = {k: m for k, m in fits.items() if home and cc[k] == home}
        # (or the one of no country said, the agency's own being left unsaid, beside foreigners)
        own = own or {k: m for k, m in fits.items() if home and not cc[k] and all(cc[j] and cc[j] != home for j in fits if j != k)}
        fits = own if len(own) == 1 else fits
    if len(fits) != 1:
        return None
    (m,) = fits.values()
    start = min([t.i for t in lefts] + [tok.i])
    return Mention(start, tok.i + 1, tok.i, "person", m.name, m.role, m.role_class, [], text=doc[start: tok.i + 1].text)


def _office_anaphor(doc: Doc, tok: Token, mentions: list[Mention]) -> Mention | None:
    """"Guterres held talks with Putin ... the UN chief met Pezeshkian": an international organisation's title with "the"
    names the one official of an organisation the article named before (nobody when two fit)."""
    org = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
    if not org or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.i in {i for m in mentions
                                                                                                   for i in range(m.start, m.end)}:
        return None
    title = " ".join(t.lower_ for t in doc[org[0].i: tok.i + 1])
    if TITLES.get(title, ("", ""))[1] != "io":
        return _movement_anaphor(doc, tok, org, mentions)
    fits = {m.key: m for m in mentions if m.kind == "person" and m.start < tok.i and (
        m.role_class == "io" or known_office(m.name or ""))}
    if len(fits) != 1:
        return None
    (m,) = fits.values()
    return _named_before(doc, tok, m)


def _named_before(doc: Doc, tok: Token, m: Mention) -> Mention:
    """The title "the ... chief" (from its "the" to its head word) as a mention of the person `m` named before."""
    start = min(t.i for t in tok.children if t.dep_ == "det")
    return Mention(start, tok.i + 1, tok.i, "person", m.name, m.role, m.role_class, list(m.countries), text=doc[start: tok.i + 1].text)


def _movement_anaphor(doc: Doc, tok: Token, org: list[Token], mentions: list[Mention]) -> Mention | None:
    """"Sudan's Rapid Support Forces leader Mohamed Hamdan Dagalo ... the RSF leader was received by ...", "Hamas political
    bureau chief Ismail Haniyeh ... the Hamas leader": a movement's or body's leader with "the" names the one person the
    article named before under a title with that name (or the initials of its words), nobody when two fit."""
    if len(org) != 1 or org[0].pos_ != "PROPN" or not org[0].is_alpha or country_code(org[0].text) or org[0].ent_type_ in ("NORP", "GPE") \
            or tok.lower_ not in ("leader", "chief", "commander", "head"):
        return None
    name = org[0].text
    fits = {}
    for m in mentions:
        if m.kind != "person" or m.start >= tok.i or not m.name:
            continue
        k = m.start  # (the title right before the name: "Sudan's Rapid Support Forces leader")
        while k > max(doc[m.start].sent.start, m.start - 8) and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ", "PART"):
            k -= 1
        words = [t for t in doc[k: m.start] if t.is_alpha and t.text[:1].isupper()]
        initials = "".join(t.text[0] for t in words)
        if any(t.text == name for t in words) or (name.isupper() and len(name) >= 2 and name in initials):
            fits[m.key] = m
    if len(fits) != 1:
        return None
    (m,) = fits.values()
    return _named_before(doc, tok, m)


def in_quote(doc: Doc, tok: Token) -> bool:
    """The token stands between a pair of quote marks of its paragraph (straight marks pair in order)."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    depth_open = False
    for m in QUOTE_MARKS.finditer(text, start, tok.idx):
        ch = m.group()
        depth_open = True if ch == "“" else False if ch == "”" else not depth_open
    return depth_open


def _fold_into(fuller: Person, short: Person) -> Person:
    """The person a shorter name of the article stands for ("Xi" for "Xi Jinping"), taking what the short one knew."""
    fuller.aliases.extend(a for a in short.aliases if a not in fuller.aliases)
    fuller.role, fuller.role_class = fuller.role or short.role, fuller.role_class or short.role_class
    fuller.country = fuller.country or short.country
    return fuller


# an American legislator's party and state: "Sen. Lindsey Graham (R-S.C.)", "Rep. Adam Smith, D-Wash.,"
_PARTY_STATE = re.compile(r"\s*[(,]\s*[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+)?\s*[),]")
_PARTY_APPOS = re.compile(r",\s+an?\s+(?:Republican|Democrat)\b")


def _us_legislator(doc: Doc, left: list[Token], end: int, cls: str) -> bool:
    """"Sen. Lindsey Graham (R-S.C.)", "Democratic Sen. Chris Murphy", "Republican Rep. Michael McCaul": a member of
    Congress, whom the article takes as known to be American."""
    at = doc[end].idx if end < len(doc) else len(doc.text)
    if _PARTY_STATE.match(doc.text, at):
        return True
    return cls == "legislator" and (any(t.lower_ in ("republican", "democratic", "democrat", "gop") for t in left)
                                    or _PARTY_APPOS.match(doc.text, at) is not None)  # ("Senator X, a Republican from Ohio,")


_ABSTRACT_NOUN = re.compile(r"..(?:ship|ment|tion|ness|ism)s?$")


# the nouns a company's name follows ("aluminium producer Rusal", "state oil company Aramco", "chipmaker TSMC")
_COMPANY_NOUNS = {"producer", "company", "firm", "maker", "chipmaker", "automaker", "carmaker", "giant", "manufacturer", "miner",
                  "carrier", "airline", "lender", "bank", "conglomerate", "exporter", "developer", "retailer", "insurer", "operator",
                  "startup", "start-up", "supplier", "group", "shipbuilder", "refiner", "brand"}


def find_parties(doc: Doc) -> tuple[list[Mention], People]:
    """Every party mention of the doc, and the register of named people."""
    _SIBLINGS.set({})  # (the article before's are not this one's)
    mentions: list[Mention] = []
    taken: set[int] = set()
    # (not a lone abstract noun the model tagged a person: "Malaysia's ASEAN Chairmanship")
    # (nor a company named after what it makes: "Russian aluminium producer Rusal")
    person_spans = [s for s in _person_spans(doc) if not (len(s) == 1 and _ABSTRACT_NOUN.search(s.text.lower()))
                    and not (s.start > 0 and doc[s.start - 1].lower_ in _COMPANY_NOUNS)]
    surnames: dict[str, str] = {}
    for span in person_spans:
        surnames.setdefault(fold(span[-1].text), span.text)
        for k in range(span.start + 1, span.end - 2):
            if doc[k].text in _QUOTES and doc[k + 2].text in _QUOTES and doc[k + 1].is_title:
                surnames.setdefault(fold(doc[k + 1].text), span.text)  # 'Joko "Jokowi" Widodo', later "Jokowi"
        if len(span) > 1 and span[0].lower_ in FAMILY_FIRST and span[0].is_title:
            surnames.setdefault(fold(span[0].text), span.text)  # "Wang Yi", later "Wang held talks with ..."
    # surnames the model missed or mislabelled (title-case headlines: "Lavrov, Kerry Could Meet")
    covered = {i for s in person_spans for i in range(s.start, s.end)}
    # the scans below look at few tokens: those with a capital letter (a word's orth differs from its lower
    # form), and those of a few lower-case words; both picked out of the doc's arrays at once (speed)
    words = doc.to_array([ORTH, LOWER])
    cased = [doc[i] for i in numpy.flatnonzero(words[:, 0] != words[:, 1])]
    for tok in cased:
        # ("May is expected to meet Tusk": the surname tagged a modal, though no bare verb follows it)
        modal_name = tok.tag_ == "MD" and tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in ("VBZ", "VBD", "VBN", "VBP")
        if tok.i in covered or not tok.text[:1].isupper() or (tok.pos_ not in ("PROPN", "NOUN", "ADJ", "VERB", "X", "ADV") and not modal_name):
            continue
        if fold(tok.text) in surnames and len(tok.text) > 2:
            # (with its regnal number: "King Frederik X" before "Frederik's first trip")
            end = tok.i + 2 if tok.i + 1 < len(doc) and REGNAL.fullmatch(doc[tok.i + 1].text) else tok.i + 1
            # (and its given names, when the model saw only the surname later: "Theresa May has secured ... May said", a
            # full name the people list knows, or a hyphenated given name, "Jean-Claude Juncker" tagged ORG)
            start = _given_names_before(doc, tok.i, tok.i + 1, tok.sent.start, covered)
            if start is None and tok.i >= 3 and doc[tok.i - 2].text == "-" and doc[tok.i - 3].is_title and doc[tok.i - 1].is_title \
                    and not any(i in covered for i in range(tok.i - 3, tok.i)) and doc[tok.i - 3].lower_ not in _TITLE_WORDS:
                start = tok.i - 3
            start = tok.i if start is None else start
            person_spans.append(doc[start: end])
            covered.update(range(start, end))
    # a well-known office holder named in full that the model tags as something else
    # ("Brazil's Luiz Inacio Lula da Silva" as an ORG)
    for ent in doc_ents(doc):
        if ent.label_ not in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY") and len(ent) > 1 \
                and not any(i in covered for i in range(ent.start, ent.end)) and ent[0].lower_ not in _TITLE_WORDS \
                and (known_country(ent.text) or known_office(ent.text)):  # (not "King Philippe": the title's name, read after the title below)
            person_spans.append(ent)
            covered.update(range(ent.start, ent.end))
    # "US special envoy for the Horn of Africa Mike Hammer", tagged one place: the name after the region an envoy is for
    for ent in doc_ents(doc):
        if ent.label_ not in ("LOC", "GPE", "ORG") or len(ent) < 3 or ent.start < 2 or doc[ent.start - 1].lower_ not in ("for", "to") \
                or doc[ent.start - 2].lower_ not in _TITLE_ENDS or any(i in covered for i in range(ent.start, ent.end)):
            continue
        j = next((j for j in range(ent.end - 2, ent.start, -1) if country_code(doc[j - 1].text) or lookup(doc[j - 1].text) is not None
                  or doc[j - 1].lower_ in ("africa", "asia", "europe", "america", "east", "sahel", "gulf", "balkans", "caucasus")), None)
        if j is not None and 2 <= ent.end - j <= 3 and all(t.is_title and t.is_alpha and lookup(t.text) is None and not country_code(t.text)
                                                             for t in doc[j: ent.end]):
            person_spans.append(doc[j: ent.end])
            covered.update(range(j, ent.end))
    # a well-known office holder's distinctive surname the model tags ORG, as a place no gazetteer knows
    # ("Brazil's Lula") or not at all ("Lavrov holds talks")
    for tok in cased:
        if tok.i not in covered and tok.pos_ == "PROPN" and _capitalised(tok) and tok.ent_type_ != "PERSON":
            # "Antony Blinken met ..." with no entity at all (its given name a town near Paris): a full name the list knows
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            goes_on = nxt is not None and (REGNAL.fullmatch(nxt.text) or nxt.is_title and nxt.pos_ == "PROPN")  # ("Frederik X")
            k = None if goes_on else _given_names_before(doc, tok.i, tok.i + 1, tok.sent.start, covered)
            if k is not None:
                person_spans.append(doc[k: tok.i + 1])
                covered.update(range(k, tok.i + 1))
        if tok.i not in covered and tok.pos_ in ("PROPN", "NOUN") and tok.is_title \
                and (tok.ent_type_ in ("", "ORG", "NORP", "PRODUCT") or tok.ent_type_ == "GPE" and lookup(tok.text) is None) \
                and known_country(tok.text) and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN") \
                and not (tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].lower_ not in _TITLE_WORDS):
            person_spans.append(doc[tok.i: tok.i + 1])
            covered.add(tok.i)
    # "Taye Atske Selassie", later "a separate meeting with Taye" (the model tags no entity): the name a person goes by
    # in the Horn of Africa and elsewhere is the given one; a first name read so is the person's only where no one's
    # surname it is, it names no place, and the article never calls that person by the surname alone
    given: dict[str, str] = {}
    lone = {fold(s.text) for s in person_spans if len(s) == 1}
    for span in person_spans:
        k = span.start  # (after the honorifics: "Datuk Seri Anuar Ismail", later "Anuar")
        while k < span.end - 1 and span.doc[k].lower_ in NAME_HONORIFICS:
            k += 1
        first = span.doc[k]
        if span.end - k > 1 and first.is_title and first.is_alpha and len(first.text) > 2 and first.lower_ not in _TITLE_WORDS \
                and first.lower_ not in _HONORIFICS and fold(span[-1].text) not in lone:
            given.setdefault(fold(first.text), span.text)
    for tok in cased:
        # (after an honorific, the model's organisation of the two: "talks with Afioga Fiame")
        honoured = tok.i > 0 and doc[tok.i - 1].lower_ in NAME_HONORIFICS
        if tok.i not in covered and (k := fold(tok.text)) in given and k not in surnames and tok.pos_ == "PROPN" and (
                tok.ent_type_ == "" or tok.ent_type_ == "ORG" and (tok.ent_iob_ == "B" or honoured)
                and not doc[tok.i + 1: tok.i + 2].text[:1].isupper()) \
                and lookup(tok.text) is None and not country_code(tok.text) \
                and not (tok.i + 1 < len(doc) and (doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN"
                                                   or doc[tok.i + 1].text == "-" or tok.i + 1 in covered
                                                   or fold(doc[tok.i + 1].text) in _PARTICLES)) \
                and not (tok.i > 0 and not honoured and (doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN"
                                                         or doc[tok.i - 1].text == "-")):
            person_spans.append(doc[tok.i: tok.i + 1])  # (not "Jean" of "Jean-Yves Le Drian", the model's name begun after it)
            covered.add(tok.i)
    # "Chinese Vice Premier Liu He" with no entity at all, "U.N. envoy Staffan de Mistura" tagged ORG: the
    # capitalised words right after a title (capitalised, or after a capitalised word: "U.N. envoy")
    for tok in cased:
        # ("President To Lam": a given name the parser reads as the preposition "to")
        name_start = tok.pos_ == "PROPN" or (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].pos_ == "PROPN"
                                             and tok.i != tok.sent.start and tok.is_alpha)
        # (and after the organisation's initials that close the title: "Acting Director General of the International Atomic
        # Energy Agency (IAEA) Cornel Feruta")
        initials = tok.i >= 4 and _closing_initials(doc, tok.i - 1) \
            and any(t.lower_ in _TITLE_ENDS for t in doc[max(tok.sent.start, tok.i - 16): tok.i - 3])
        if tok.i in covered or tok.i < 2 or not (tok.is_title and name_start) or (doc[tok.i - 1].lower_ not in _TITLE_ENDS
                                                                                  and not initials) \
                or tok.ent_type_ not in ("", "PERSON", "ORG") or tok.lower_ in _TITLE_WORDS:
            continue
        k = tok.i - 1
        while k > 0 and doc[k].lower_ in _TITLE_WORDS and not doc[k].is_title:
            k -= 1  # ("Japan's national security adviser Shotaro Yachi": a lower-case title after whose it is)
        if not (doc[tok.i - 1].is_title or doc[tok.i - 2].text[:1].isupper()
                or (k < tok.i - 1 and doc[k].text in ("'s", "’s") and doc[k - 1].text[:1].isupper())):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 4 and end not in covered and (doc[end].pos_ == "PROPN" and (
                doc[end].is_title or (doc[end].lower_ in _PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title))
                and doc[end].ent_type_ in ("", "PERSON", "ORG") and doc[end].lower_ not in _TITLE_WORDS
                or _hyphen_name(doc, end + 1) and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"):
            end += 2 if doc[end].text == "-" else 1  # ("President Kassym-Jomart Tokayev", tagged ORG with the title)
        if end < len(doc) and end not in covered and REGNAL.fullmatch(doc[end].text):
            end += 1  # "King Mohammed VI"
        run = doc[tok.i: end]
        if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" or lookup(run.text) is not None or country_code(run.text) \
                or any(t.lower_ in _ORG_WORDS for t in run):
            continue  # (not "the U.N. General Assembly": an organisation's name)
        person_spans.append(run)
        covered.update(range(tok.i, end))
    # "Yoshihiko Noda's trip to Seoul", tagged an organisation: a full name whose trip, visit or talks they are
    for tok in cased:
        if tok.i in covered or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in ("'s", "’s") or tok.pos_ != "PROPN" \
                or tok.ent_type_ not in ("ORG", "") or tok.dep_ != "poss" or tok.head.lemma_.lower() not in _OWN_ACTS:
            continue
        k = tok.i
        while k > tok.sent.start and tok.i - k < 2 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].is_title and doc[k - 1].i not in covered \
                and doc[k - 1].lower_ not in _TITLE_WORDS and doc[k - 1].ent_type_ in ("ORG", "", "PERSON"):
            k -= 1
        run = doc[k: tok.i + 1]
        if len(run) < 2 or any(t.lower_ in _ORG_WORDS or not t.is_alpha for t in run) or lookup(run.text) is not None \
                or any(country_code(t.text) for t in run):
            continue
        person_spans.append(run)
        covered.update(range(k, tok.i + 1))
    # "Mr Abiy's visit", "Mr Isaias": a name after a courtesy title (the BBC's style), whatever the model tags it
    for tok in cased:
        if tok.i in covered or tok.i < 1 or doc[tok.i - 1].lower_ not in _COURTESY or not tok.is_title or tok.pos_ != "PROPN" \
                or tok.ent_type_ not in ("", "PERSON", "ORG", "NORP", "GPE") or tok.lower_ in _TITLE_WORDS or tok.lower_ in _ORG_WORDS:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 3 and end not in covered and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and doc[end].lower_ not in _TITLE_WORDS:
            end += 1
        run = doc[tok.i: end]
        if lookup(run.text) is not None or country_code(run.text):
            continue  # (not "Mr Xi's China")
        person_spans.append(run)
        covered.update(range(tok.i, end))
    # "the Ambassador of Japan, Wada Mitsuhiro,": a full name in apposition to a title, whatever the model tags it
    # (here a place), unless the gazetteer knows it as one
    for tok in cased:
        if tok.i in covered or tok.dep_ != "appos" or tok.pos_ != "PROPN" or not tok.is_title \
                or tok.head.lower_ not in PARTY_NOUNS or tok.head.tag_ not in ("NN", "NNP"):
            continue
        first = min((c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i), default=tok.i)
        run = doc[first: tok.i + 1]
        if len(run) < 2 or len(run) > 4 or any(t.i in covered or not t.is_title or t.pos_ != "PROPN" or t.lower_ in _TITLE_WORDS
                                              or t.lower_ in _ORG_WORDS for t in run) \
                or lookup(run.text) is not None or any(country_code(t.text) for t in run):
            continue
        person_spans.append(run)
        covered.update(range(run.start, run.end))
    # "Tshering Tobgay, Bhutan's prime minister, held talks": a full name before a country's title in apposition, whatever the
    # model tags it
    for tok in cased:
        end = tok.i
        if tok.i in covered or not (tok.is_title and tok.pos_ == "PROPN") or (tok.i > 0 and doc[tok.i - 1].is_title
                                                                              and doc[tok.i - 1].pos_ == "PROPN"):
            continue
        while end < len(doc) and end - tok.i < 4 and doc[end].is_title and doc[end].pos_ == "PROPN" and end not in covered:
            end += 1
        run = doc[tok.i: end]
        after = doc[end + 1: end + 6] if end + 1 < len(doc) and doc[end].text == "," else None
        if after is None or len(run) < 2 or len(after) < 3 or not (country_code(after[0].text) or capital_country(after[0].text)) \
                or after[1].text not in ("'s", "’s") \
                or not any(t.lower_ in _TITLE_ENDS for t in after[2:]) or any(t.lower_ in _TITLE_WORDS or t.lower_ in _ORG_WORDS
                                                                               or country_code(t.text) for t in run) \
                or lookup(run.text) is not None:
            continue
        person_spans.append(run)
        covered.update(range(run.start, run.end))
    # "Lavrov and Kerry will meet" with "Lavrov" tagged ORG: a lone capitalised word coordinated with a person
    near = {c.i for s in list(person_spans) for c in [*s.root.conjuncts, s.root.head]}
    for tok in (doc[i] for i in sorted(near)):
        if tok.i in covered or not _lone_name(tok):
            continue
        partners = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
        if not any(p.i in covered and p.ent_type_ == "PERSON" for p in partners):
            continue
        person_spans.append(doc[tok.i: tok.i + 1])
        covered.add(tok.i)
    # "Biden spoke with French President Emmanuel Macron", "his meeting with Duterte": a lone capitalised
    # word in one argument slot of a meeting trigger whose other slot holds a person
    for start, end in _meeting_partners(doc, covered):
        person_spans.append(doc[start:end])
        covered.update(range(start, end))
    # (a live entry's time zone is no part of a name: "5:36 p.m. WITA - Biden and Xi shook hands")
    trimmed = []
    for sp in person_spans:
        k, end = sp.start, sp.end
        while k < end and (doc[k].text in _TIME_ZONES or doc[k].text in ("-", "–", "—", ":") or doc[k].is_space
                           or (doc[k].lower_.endswith("s") and doc[k].lower_[:-1] in _TITLE_WORDS and k + 1 < end)):
            k += 1  # (and a plural title the model took in: "Senators John McCain and Lindsey Graham")
        while end > k and doc[end - 1].is_space:
            end -= 1  # ("... King Mohammed VI" ending a headline, the blank line after it taken in)
        if k < end:
            trimmed.append(doc[k: end] if (k, end) != (sp.start, sp.end) else sp)
    person_spans = trimmed
    # (nor is a part of a country's name: "Antigua and Barbuda Prime Minister Gaston Browne", "Trinidad and Tobago")
    person_spans = [sp for sp in person_spans if not _in_country_name(doc, sp) and not _in_dateline(doc, sp)
                    and sp.text.lower() not in SEATS]  # (nor a seat of power or an agency: "Shin Bet chief Ronen Bar")
    # (no name ends in a word for a group of people: "the China-Japan-ROK Foreign Ministers' Meeting")
    # (nor is a form of address one: "His Highness", "Her Excellency")
    person_spans = sorted((s for s in person_spans if not (s[-1].lower_ in PARTY_NOUNS and s[-1].lower_.endswith("s"))
                           and not all(t.lower_ in _ADDRESS for t in s)), key=lambda s: s.start)

    for span in person_spans:
        sent = span.sent
        left = _left_window(doc, span.start, sent.start, covered)
        right = _right_appos(doc, span.end, sent.end, covered)
        role, cls, tkey = _title_of(left)
        qualifier = next((t for t in left if t.lower_ in NON_STATE_LEADERS), None) if tkey == "leader" else None
        if qualifier is not None:
            role, cls = f"{qualifier.text.title()} {role}", "official"  # (a title of no state office: see reports.international)
        countries = _countries_in(_nationality_words(left))
        if tkey in _COMPANY_TITLES and not countries and len(left) > len(tkey.split()):
            owner = left[-len(tkey.split()) - 1]
            if owner.ent_type_ == "ORG" and owner.text[:1].isupper() and owner.lower_ not in _TITLE_WORDS and not country_code(owner.text) \
                    and owner.lower_ not in _STATE_BODIES:  # (not "European Parliament President")
                role, cls = f"{owner.text} {role}", "official"  # "Microsoft president Brad Smith": a company's, no state's
        if not role and right:
            role, cls, tkey = _title_of(right)
        as_title = _as_title(doc[span.end - 1]) if not role else []
        if as_title:
            # "Phil Hogan's first trip to Washington as EU trade commissioner": the office the name is told "as"
            role, cls, tkey = _title_of(as_title)
            countries = countries or ([] if cls == "io" else _countries_in(_nationality_words(as_title)))
        appos_of = doc[span.end - 1].head if doc[span.end - 1].dep_ == "appos" else None
        while appos_of is not None and appos_of.dep_ == "pobj" and appos_of.head.lower_ in ("for", "of", "to") \
                and appos_of.head.head.lower_ in _TITLE_WORDS:
            appos_of = appos_of.head.head  # (hung on the title's complement: "... for the Belgrade-Pristina Dialogue, X")
        if appos_of is not None and appos_of.dep_ == "pobj" and appos_of.head.lower_ == "to" and appos_of.head.head.lower_ not in _TITLE_WORDS:
            # "the Ambassador of the Republic of Turkey to Ghana, H.E. Nur Sagman": the post, its "to" hung elsewhere
            j = appos_of.head.i - 1
            while j > sent.start and appos_of.head.i - j <= 6 and not (doc[j].lower_ in _TITLE_WORDS and doc[j + 1].lower_ == "of"):
                j -= 1
            posted = country_code(" ".join(t.text for t in doc[j + 2: appos_of.head.i] if t.lower_ != "the"))
            if doc[j].lower_ in POSTED_TITLES and doc[j + 1].lower_ == "of" and posted:
                appos_of = doc[j]
                countries = countries or [posted]
        # (not a plural's: "Officials: Kerry to meet Netanyahu", a headline's source before its colon)
        if not role and appos_of is not None and appos_of.i < span.start and appos_of.lower_ in _TITLE_WORDS \
                and appos_of.i not in covered and appos_of.i not in taken and appos_of.tag_ not in ("NNS", "NNPS"):
            # "with the EU Special Representative for the Belgrade-Pristina Dialogue, Miroslav Lajcak, also taking part": the
            # title the name stands in apposition to, its complement aside
            title = [t for t in doc[appos_of.left_edge.i: appos_of.i + 1] if t.i not in covered]
            found = _title_of(title)
            whole = [t for t in doc[appos_of.left_edge.i: span.start - 1] if t.i not in covered]
            if doc[span.start - 1].text == "," and len(whole) > len(title) and all(t.text != "," for t in whole):
                # (with its complement: "The Minister of Foreign Affairs, Andres Larrain,": the foreign minister)
                longer = _title_of(whole)
                if len(longer[0]) > len(found[0]) and found[0].lower() in longer[0].lower():
                    found, title = longer, whole
            # (not a counterpart: "her Pakistani counterpart, Aizaz Ahmad Chaudhry,", whose office the pair says)
            if found[1] != "counterpart":
                role, cls, tkey = found
                countries = countries or ([] if cls == "io" else _countries_in(_nationality_words(title)))
        # (a career diplomat's courtesy title between the office and the name: "The Honourable Minister of Foreign Affairs,
        # Ambassador Yusuf Tuggar," is the foreign minister; "Ambassador" alone is his role only when no office stands before)
        lead = span.start
        while lead > sent.start and doc[lead - 1].lower_ in _COURTESY_TITLE_WORDS and doc[lead - 1].text != ".":
            lead -= 1
        courtesy = cls == "envoy" and lead < span.start and not countries
        if (not role or courtesy) and lead >= 3 and doc[lead - 1].text == "," and span.end < len(doc) and doc[span.end].text in (",", "."):
            # "On 20 April, in Chisinau, the Minister of Foreign Affairs, Ion Ciobanu, received ...": the title phrase set
            # off by commas right before the name, however the parser hangs the two
            j = lead - 2
            while j > sent.start and doc[j].text != "," and lead - j <= 12:
                j -= 1
            # (or opening the sentence: "The Minister of Foreign Affairs, Andres Larrain, met ...")
            phrase = list(doc[j + 1: lead - 1]) if doc[j].text == "," else list(doc[j: lead - 1]) if j == sent.start else []
            if phrase and phrase[0].lower_ == "the":
                phrase = [phrase[0], *itertools.dropwhile(lambda t: t.lower_ in _STYLES, phrase[1:])]  # ("The Honourable Minister")
            if len(phrase) >= 2 and phrase[0].lower_ == "the" and phrase[1].lower_ in _TITLE_WORDS \
                    and not any(t.i in covered or t.i in taken for t in phrase):
                found = _title_of(phrase)
                if found[1] not in ("", "counterpart", "envoy" if courtesy else ""):
                    role, cls, tkey = found
                    countries = countries or _countries_in(_nationality_words(phrase))
        if not countries and right:
            countries = _countries_in(right)
        if not countries and role:
            # (not the place an envoy is posted to: "EU Special Representative for the Belgrade-Pristina dialogue")
            countries = _city_country(_nationality_words(left))  # "Abu Dhabi Crown Prince", "Moscow Mayor": the city's country
        if not countries and tkey in DEFAULT_COUNTRY:
            countries = [DEFAULT_COUNTRY[tkey]]
        if not countries and _us_legislator(doc, left, span.end, cls):
            countries = ["US"]
        m = Mention(span.start, span.end, span.end - 1, "person", span.text, role, cls, countries[:1], text=span.text)
        if span.end < len(doc) and _GENERATION.fullmatch(doc[span.end].text) and doc[span.end - 1].head.i == span.end:
            # "Secretary of State James A. Baker 3d met ...": the generation the parser made the name's head, the name's own
            # word for the parse paths (not for the name: "Baker" is the surname)
            m.end = m.head = span.end
            m.end += 1
        # "Trump's National Security Adviser John Bolton": the owner's country
        for t in left:
            if t.text in ("'s", "’s") and t.i - 1 >= 0 and t.i - 1 in covered:
                m.owner = t.i - 1
        mentions.append(m)
        taken.update(range(span.start, span.end))
        taken.update(t.i for t in left)
        taken.update(t.i for t in right)  # ("Brigitte Bierlein, Austria's caretaker chancellor,": her title, nobody else)

    # 'Joko "Jokowi" Widodo': the name without its nickname, and the nickname alone ("Jokowi") the same person
    nicknames = {}
    for m in mentions:
        found = _NICKNAME_RX.search(m.name or "")
        if m.kind == "person" and found:
            m.name = " ".join(_NICKNAME_RX.sub(" ", m.name).split())
            nicknames[fold(found.group(1))] = m.name
    for m in mentions:
        if m.kind == "person" and m.name and fold(m.name) in nicknames:
            m.name = nicknames[fold(m.name)]
    # "U.S. Senators John McCain and Lindsey Graham": a plural title and its country are of both names
    persons = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    for a, b in itertools.pairwise(persons):
        if b.start == a.end + 1 and doc[a.end].lower_ == "and" and a.start > 1 and doc[a.start - 1].lower_.endswith("s") \
                and doc[a.start - 1].lower_[:-1] in _TITLE_WORDS and not b.countries and not b.role \
                and bool(country_code(doc[a.start - 2].text)):  # (one country for both: not "Chinese and Japanese counterparts")
            b.role, b.role_class, b.countries = a.role, a.role_class, list(a.countries)
    # "Trump, who met Putin on Friday, also held talks with Erdogan": the relative pronoun is the person it follows
    by_head = {m.head: m for m in mentions}
    for tok in (doc[i] for i in numpy.flatnonzero(words[:, 1] == _WHO)):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" and tok.head.head.i in by_head:
            m = by_head[tok.head.head.i]
            mentions.append(Mention(tok.i, tok.i + 1, tok.i, "person", m.name, m.role, m.role_class, list(m.countries), text=tok.text))

    # "the UN chief", "the NATO chief": the one official of an organisation named before
    for tok in (doc[i] for i in numpy.flatnonzero(numpy.isin(words[:, 1], _CHIEF_HASHES))):
        m = _office_anaphor(doc, tok, mentions)
        if m is not None:
            mentions.append(m)
    # unnamed parties: "foreign ministers of Qatar, Iraq and Iran", "Chinese officials"
    for tok in (doc[i] for i in numpy.flatnonzero(numpy.isin(words[:, 1], _PARTY_HASHES))):
        low = tok.lower_
        # (and "The Secretary-General also met ...": the hyphened title's last word its head)
        secretary_general = low == "general" and tok.i > 1 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "secretary"
        # (and "the chief adviser", an office's anaphor only: `_role_anaphor`)
        adviser = low in ("adviser", "advisor") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if tok.i in taken or (low not in PARTY_NOUNS and not secretary_general and not adviser) or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        # (the heads of state or government, and "the heads of the foreign policy agencies (ministries) of X and Y"; not "the
        # heads of the delegations")
        body = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"),
                    None) if low == "heads" else None
        heads_foreign = body is not None and body.lower_ in ("agencies", "ministries", "services", "departments") and any(
            x.lower_ in ("foreign", "diplomatic") for x in body.subtree if x.i < body.i)
        if low == "heads" and doc[tok.i + 1: tok.i + 3].text.lower() not in ("of state", "of government") and not heads_foreign:
            continue
        k = tok.i + 1
        while k < len(doc) and k not in covered and (doc[k].lower_ in _TITLE_WORDS or (
                not doc[k - 1].whitespace_ and (doc[k].text == "-" or doc[k - 1].text == "-"))):
            k += 1  # "his Saudi counterpart Prince Faisal", "Ukraine's commander-in-chief Oleksandr Syrskyi": the titles between
        if k < len(doc) and k in covered:
            continue  # a title in front of a name
        lefts = [t for t in tok.subtree if t.i < tok.i]
        countries = _countries_in(lefts)
        preps = list(tok.children)
        if tok.i + 1 < len(doc) and doc[tok.i + 1].head == tok.head and tok.dep_ in ("dobj", "pobj") and tok.head.pos_ == "VERB":
            preps.append(doc[tok.i + 1])  # "will meet diplomats from Britain, China and France" with "from" on the verb
        for c in preps:
            if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i > tok.i:
                pobjs = [p for p in c.children if p.dep_ == "pobj"]
                # ("the chiefs of general staff of Turkey and Russia", "colonels from the militaries of North and South
                # Korea": the countries of the body the people are of)
                pobjs += [g for p in pobjs if p.ent_type_ != "GPE" and p.lower_ in _SERVICE_BODIES for d in p.children
                          if d.dep_ == "prep" and d.lower_ == "of" for g in d.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"]
                for p in pobjs:
                    how_many = next((HOW_MANY[d.lower_] for d in p.children if d.lower_ in HOW_MANY), 0)
                    if p.lower_ in ("countries", "nations", "sides", "governments") and how_many:
                        # "officials from the two countries", "the defence ministers of the three countries": the last
                        # two (three) countries named before
                        countries.extend(x for x in _countries_before(doc, p.i, how_many) if x not in countries)
                        continue
                    # (a list the parser opens with an apposition: "from the United States, Israel, ... and Egypt")
                    listed = [a for a in p.children if a.dep_ == "appos" and a.ent_type_ == "GPE"]
                    for q in [p, *p.conjuncts, *(x for a in listed for x in (a, *a.conjuncts))]:
                        name_toks = [t for t in q.subtree if t.dep_ in ("compound",) or t is q or t.ent_type_ == "GPE" and t.i <= q.i]
                        found = _countries_in(sorted(name_toks, key=lambda t: t.i))
                        if not found and q.ent_type_ == "GPE":
                            # (a country's whole formal name: "officials of the People's Republic of China")
                            ent = next((e for e in doc_ents(doc) if e.start <= q.i < e.end), None)
                            found = [cc] if ent is not None and (cc := country_code(ent.text)) else []
                        countries.extend(x for x in found if x not in countries)
                    # (a list whose first country is a name of several words, the next hung on its last word: "the
                    # presidents of the Democratic Republic of the Congo and Rwanda")
                    run = sorted(p.subtree, key=lambda t: t.i)
                    if p.ent_type_ == "GPE" and all(t.ent_type_ == "GPE" or t.lower_ in (",", "and", "the", "of") for t in run):
                        countries.extend(x for x in _countries_in(run) if x not in countries)
        if countries and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # "the leaders of Peru and the Netherlands" parsed with the second country coordinated with "leaders"
            # (and "the ministers of Peru, the United States and Chile": each conjunct's whole name)
            # (or in apposition: "the Foreign Ministers of Japan, the People's Republic of China and the Republic of Korea")
            for c in tok.children:
                if c.dep_ in ("conj", "appos") and c.ent_type_ == "GPE":
                    for x in (c, *c.conjuncts):
                        ent = next((e for e in doc_ents(doc) if e.start <= x.i < e.end), None)
                        cc = country_code(ent.text if ent is not None and ent.label_ == "GPE" else x.text)
                        if cc and cc not in countries and x.i > tok.i:
                            countries.append(cc)
        if not countries and low in DEFAULT_COUNTRY:
            countries = [DEFAULT_COUNTRY[low]]  # "the Pope": the Holy See
        if not countries and (low in DELEGATIONS or low in ("leaders", "leader")) and any(t.lower_ == "congressional" for t in lefts):
            countries = ["US"]  # "a bipartisan congressional delegation", "Congressional leaders of both parties": the US Congress's
        if not countries:
            m = _role_anaphor(doc, tok, lefts, mentions)
            if m is not None:
                mentions.append(m)
            continue
        role, cls, _ = _title_of([t for t in lefts if not country_code(t.text)] + [tok])
        if low in ("ministers", "minister") and not role:
            role, cls = "Minister", "minister"
        if low == "heads" and heads_foreign:
            role, cls = "Foreign Minister", "foreign"  # ("the heads of the foreign policy agencies of Azerbaijan and Armenia")
        elif low in ("leaders", "leader", "heads") or low == "head" and doc[tok.i + 1: tok.i + 3].text.lower() in ("of state", "of government"):
            # ("Japanese business leaders": no office of the state, not its leader told again)
            role, cls = "Leader", "official" if any(t.lower_ in NON_STATE_LEADERS for t in lefts) else "leader"
        if low in ("presidents", "president"):
            role, cls = "President", "leader"
        if low in ("officials", "official", "authorities", "government", "delegation", "delegations", "side", "team", "teams"):
            role, cls = "Official", "official"
        if low.startswith(("counterpart", "homolog")):
            role, cls = "Counterpart", "counterpart"
        start = min([t.i for t in lefts] + [tok.i])
        # (not another party coordinated with it: "Ukraine's top negotiator, Rustem Umerov, and Russia's chief delegate, ...")
        others = {x.i for c in tok.children if c.dep_ in ("conj", "cc") and c.ent_type_ != "GPE" for x in c.subtree}
        # (nor a relative clause on it: "The Mexican president, Claudia Sheinbaum, who had been scheduled to hold a bilateral
        # meeting with Petro, ...")
        clause = {x.i for d in tok.subtree if d.dep_ == "relcl" and d.i > tok.i for x in d.subtree}
        end = max(t.i for t in tok.subtree if t.i not in others and not (clause and t.i >= min(clause))) + 1
        if start > 0 and doc[start - 1].lower_ in ("and", ",") and doc[start].pos_ != "DET":  # (not "the U.S. and the Russian president")
            # "GENEVA (Reuters) - U.S. and Ukrainian officials met": the countries coordinated before the noun's own
            # demonym, whatever the parser hung them on
            k, more = start - 1, []
            while k >= 0 and k not in covered and k not in taken and (doc[k].lower_ in (",", "and") or doc[k].lower_ in DEMONYMS
                                                                     or is_country(doc[k].text)):
                if doc[k].lower_ not in (",", "and"):
                    more = [*_countries_in([doc[k]]), *more]
                k -= 1
            if more and doc[k + 1].lower_ not in (",", "and") and not (k >= 0 and doc[k].lower_ == "the"):
                countries = [*(c for c in more if c not in countries), *countries]
                start = k + 1
        if countries and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            # "the foreign ministers of Japan, the United States and India", the list cut off by the parser after its
            # first country: the countries that follow, with only commas, "and" and "the" between them
            k, more = end, []
            while k < len(doc) and (doc[k].lower_ in (",", "and", "the") or doc[k].ent_type_ == "GPE"):
                if doc[k].ent_type_ == "GPE" and doc[k].ent_iob_ == "B":
                    ent = next((e for e in doc_ents(doc) if e.start == k), None)
                    cc = country_code(ent.text) if ent is not None else ""
                    if not cc:
                        break
                    more.append(cc)
                    k = ent.end
                    continue
                k += 1
            if more and doc[k - 1].ent_type_ == "GPE" and any(t.lower_ == "and" for t in doc[end:k]):
                countries.extend(c for c in more if c not in countries)
                taken.update(range(end, k))
                end = k
        mentions.append(Mention(start, end, tok.i, "unnamed", None, role, cls, countries, text=doc[start:end].text))

    # "Iran and the United States will hold talks in Oman": countries that meet, as the subject of the meeting, are
    # their governments' people
    for tok in cased:
        if tok.i in taken or tok.ent_type_ != "GPE" or tok.dep_ not in ("nsubj", "nsubjpass", "conj", "pobj"):
            continue
        subj = tok
        while subj.dep_ == "conj" and subj.head != subj:
            subj = subj.head
        between = subj.dep_ == "pobj" and subj.head.lower_ == "between" and subj.head.head.lemma_.lower() in NOUN_LEMMAS \
            and _told_of(subj.head.head)
        # ("Iran will not hold direct negotiations with the United States": the talks' other side)
        with_ = subj.dep_ == "pobj" and subj.head.lower_ == "with" and subj.head.head.lower_ in _TALKS \
            and subj.head.head.dep_ == "dobj" and subj.head.head.head.lemma_.lower() in ("hold", "have", "conduct", "begin", "start", "open",
                                                                                      "resume")  # (not "urges talks with Ukraine")
        if not between and not with_ and (subj.dep_ not in ("nsubj", "nsubjpass") or not _meets(subj.head)):
            continue  # (but "talks between Iran and the United States": the sides of the talks, too)
        name = [c for c in tok.lefts if c.dep_ == "compound" and c.ent_type_ == "GPE"] + [tok]
        text = " ".join(t.text for t in name)
        # (or its capital, standing for its government: "Washington and Moscow held talks")
        cc = (country_code(text) if is_country(text) else "") or capital_country(text)
        at_line_start = name[0].i == 0 or "\n" in doc[name[0].i - 1].text
        if not cc or (at_line_start and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (",", "(", "-", "—", "–")):
            continue  # (not a dateline: "New Delhi, Jul 14 (PTI) External Affairs Minister ... held talks")
        start = name[0].i - (1 if name[0].i > 0 and doc[name[0].i - 1].lower_ == "the" else 0)
        # (no role: "Brazil and Argentina meet in the final" stays a sports contest)
        mentions.append(Mention(start, tok.i + 1, tok.i, "unnamed", None, "", "official", [cc], text=doc[start: tok.i + 1].text))
        taken.add(tok.i)

    # "the Americans met the Iranians", "the Omani surprised the Americans": a country's side named by its
    # demonym alone, as the head of its phrase ("the Chinese side" is handled above)
    for tok in cased:
        if tok.i in taken or tok.dep_ in ("amod", "compound", "nmod") or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        if not tok.text[:1].isupper() or not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
            continue
        low = tok.lower_
        code = DEMONYMS.get(low) or (DEMONYMS.get(low[:-1], "") if low.endswith("s") else "")
        if not code or any(c.dep_ in ("compound", "amod") for c in tok.children) or is_country(tok.text) or "." in tok.text:
            continue  # "the U.S." is a country, not its officials
        det = next(c for c in tok.children if c.lower_ == "the" and c.dep_ == "det")
        mentions.append(Mention(det.i, tok.i + 1, tok.i, "unnamed", None, "Official", "official", [code], text=doc[det.i: tok.i + 1].text))
        taken.add(tok.i)

    # "the latter", "the former": one of the two people named just before (`resolve.Resolver.pronoun`); "the guest",
    # "the visitor": the visitor named before, as "he" would be
    for found in _THE_ONE_RX.finditer(doc.text):
        tok = doc.char_span(found.start(1), found.end(1))
        tok = tok[0] if tok is not None and len(tok) == 1 else None
        if tok is not None and tok.i > 0 and doc[tok.i - 1].lower_ == "the" \
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") and tok.i not in taken:
            mentions.append(Mention(tok.i - 1, tok.i + 1, tok.i, "pronoun", text=doc[tok.i - 1: tok.i + 1].text))
    # "Later in the day, the Head of State met with Ramaphosa": the leader named before with that office (`Resolver.pronoun`)
    for found in _HOME_TITLE_RX.finditer(doc.text):
        span = doc.char_span(found.start(), found.end())
        # ("The President's meeting with Chinese Premier X will no longer push through": whose meeting it is)
        owner = span is not None and span.root.dep_ == "poss" and span.root.head.lemma_.lower() in NOUN_LEMMAS
        if span is None or any(t.i in taken for t in span) or span.end >= len(doc) or (
                span.root.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") and not owner):
            continue
        nxt = doc[span.end]
        if nxt.lower_ == "of" or nxt.lower_ in ("'s", "’s") and not owner or nxt.pos_ == "PROPN" or (
                nxt.text == "," and span.end + 1 < len(doc) and doc[span.end + 1].lower_ != "who"):
            continue  # ("the President of Congo, Felix Tshisekedi", "the Prime Minister Abiy": a title of someone else or named)
        if not any(m.start <= span.root.i < m.end for m in mentions):
            mentions.append(Mention(span.start, span.end, span.root.i, "pronoun", text=span.text))
    # "received the visiting minister": the visitor named before, as "the guest" is
    for found in _VISITING_RX.finditer(doc.text):
        span = doc.char_span(found.start(), found.end())
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and not any(t.i in taken for t in span) \
                and not any(m.start <= span.root.i < m.end for m in mentions):
            mentions.append(Mention(span.start, span.end, span.root.i, "pronoun", text=span.text))
    # pronouns and plural anaphors
    for tok in (doc[i] for i in numpy.flatnonzero(numpy.isin(words[:, 1], _PLURAL_HASHES))):
        low = tok.lower_
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _ADDRESS:
            continue  # "His Highness Sheikh Mohamed ...": a form of address, not somebody named before
        # (also "I", "me" and "my" outside quotes: a minister's own release, `Resolver._author`)
        first_person = low in FIRST_PERSON and tok.text not in ("US", "U.S.") and (in_quote(doc, tok) or low in ("i", "me", "my"))
        if (low in _PRONOUNS_SING or first_person) and tok.tag_ in ("PRP", "PRP$"):
            mentions.append(Mention(tok.i, tok.i + 1, tok.i, "pronoun", text=tok.text))
        elif low in _PRONOUNS_PLUR and tok.tag_ in ("PRP", "PRP$"):
            mentions.append(Mention(tok.i, tok.i + 1, tok.i, "plural", text=tok.text))
        elif low == "two" and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and tok.i not in taken \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–")):  # (not "the two-day summit")
            head = tok.head if tok.head.pos_ == "NOUN" and tok.dep_ == "nummod" else tok
            sides_meet = head.lower_ == "sides" and head.dep_ == "nsubj" and _sides_meet(head.head)
            if head.lower_ in ("countries", "nations", "sides", "states", "governments", "powers", "parties", "groups", "organisations",
                               "organizations", "teams", "clubs", "squads", "companies", "firms") and not sides_meet:  # ("the two sides will meet again": the pair before)
                continue
            mentions.append(Mention(tok.i - 1, head.i + 1, head.i, "plural", text=doc[tok.i - 1: head.i + 1].text))
        elif low in _THE_FEW and tok.i > 0 and doc[tok.i - 1].lower_ == "the" and tok.i not in taken and tok.dep_ == "nsubj" \
                and tok.head.pos_ in ("VERB", "AUX"):
            # "The four would meet again in Vienna next Friday", "The three agreed to meet again in January": a bare number
            mentions.append(Mention(tok.i - 1, tok.i + 1, tok.i, "plural", text=doc[tok.i - 1: tok.i + 1].text))
        elif low == "sides" and tok.i not in taken and [c.lower_ for c in tok.children] == ["the"] and tok.dep_ == "nsubj" \
                and _sides_meet(tok.head):
            # "The sides will meet again in December": the pair just reported
            mentions.append(Mention(tok.i - 1, tok.i + 1, tok.i, "plural", text=doc[tok.i - 1: tok.i + 1].text))
        elif low in _ROLE_PLURALS and tok.i not in taken and _the_pair_or_more([c.lower_ for c in tok.children if c.i < tok.i]) \
                and not any(c.i > tok.i and c.dep_ != "prep" or c.lower_ in ("of", "from") for c in tok.children):
            # "the leaders were scheduled to sit down": the two people the article is about (whatever the parser hangs on
            # it after: "received both ministers in the Oval Office")
            mentions.append(Mention(tok.i - 1, tok.i + 1, tok.i, "plural", text=doc[tok.i - 1: tok.i + 1].text))
        elif low == "whose" and tok.dep_ == "poss":
            # "Biden and Xi, whose talks on Monday dominated the run-up": the people the clause is about
            mentions.append(Mention(tok.i, tok.i + 1, tok.i, "plural", text=tok.text))
        elif low == "both" and tok.dep_ in ("nsubj", "det", "predet", "preconj") and tok.head.pos_ == "VERB":
            mentions.append(Mention(tok.i, tok.i + 1, tok.i, "plural", text=tok.text))
    mentions.sort(key=lambda m: (m.start, m.end))

    # "Kim" alone where the article names North Korean leader Kim Jong Un and also U.S. envoy Sung Kim: the one leader whose
    # family name (written first) it is, not the envoy whose surname it is
    leaders = {}
    for m in mentions:
        if m.kind == "person" and m.name and m.role_class == "leader" and len(words := m.name.split()) >= 2 and fold(words[0]) in FAMILY_FIRST:
            leaders.setdefault(fold(words[0]), set()).add(m.name)
    surnamed = {fold(m.name.split()[-1]) for m in mentions if m.kind == "person" and m.name and len(m.name.split()) >= 2
                and m.role_class != "leader"}
    renamed: list[tuple[Mention, str]] = []  # (the name as written stays an alias: "Kim", "Castro")
    for m in mentions:
        if m.kind == "person" and m.name and len(m.name.split()) == 1 and len(leaders.get(fold(m.name), ())) == 1 \
                and fold(m.name) in surnamed:
            renamed.append((m, m.name))
            m.name = next(iter(leaders[fold(m.name)]))
    # "Raúl Castro" and "Fidel Castro" in one article: two people; "Castro" alone the first of them the article names, whom
    # the story is about ("Nawaz Sharif", then "Army chief Gen. Raheel Sharif": "Mr. Sharif" is the prime minister)
    siblings = _siblings([m.name for m in mentions if m.kind == "person" and m.name and len(m.name.split()) >= 2])
    _SIBLINGS.set(siblings)
    if siblings:
        first: dict[str, str] = {}
        for m in mentions:
            if m.kind == "person" and m.name and (k := _family_key(m.name)) in siblings and _given_name(m.name) in siblings[k]:
                first.setdefault(k, m.name)
        for m in mentions:
            if m.kind == "person" and m.name and len(m.name.split()) == 1 and (k := _family_key(m.name)) in first:
                renamed.append((m, m.name))
                m.name = first[k]
    people = People()
    for m in mentions:
        if m.kind == "person":
            people.add(m)
    for m, written in renamed:
        if (p := people.get(m.key)) is not None and written not in p.aliases:
            p.aliases.append(written)
    # "Xi" alone for "Xi Jinping": a one-word name that is the first word of a fuller name (family name first)
    # is that person, unless someone else has it as a surname; of several ("Kim Jong Un" and later "Kim Yong
    # Chol"), the first the article names, whom the story is about (the others keep their full names) — or the one leader
    # among them ("Pompeo had been due to meet Kim Yong Chol ... a summit with North Korean leader Kim Jong Un ... Trump and
    # Kim met in Singapore")
    for k, p in list(people.items()):
        if len(p.name.split()) != 1:
            continue
        fuller = [q for q in people.values() if len(q.name.split()) > 1 and fold(q.name.split()[0]) == k]
        leaders = list({q.name: q for q in fuller if q.role_class == "leader"}.values())
        if len(leaders) == 1:
            people[k] = _fold_into(leaders[0], p)
        elif fuller:
            people[k] = _fold_into(fuller[0], p)
    # "Lula" for "Luiz Inacio Lula da Silva": a one-word name that is the word before the family name's particle in
    # one fuller name only (the name the person goes by)
    for k, p in list(people.items()):
        if len(p.name.split()) != 1 or people[k] is not p:
            continue
        fuller = {q.name: q for q in people.values() if q is not p and any(
            fold(w) == k and fold(after) in _PARTICLES for w, after in itertools.pairwise(q.name.split()[1:]))}
        if len(fuller) == 1:
            people[k] = _fold_into(next(iter(fuller.values())), p)
    # "Déby" for "Mahamat Idriss Déby Itno", "Sassou" for "Denis Sassou Nguesso": a one-word name that is the first word of
    # a two-word family name in one fuller name of three words or more
    for k, p in list(people.items()):
        if len(p.name.split()) != 1 or people[k] is not p:
            continue
        fuller = {q.name: q for q in people.values() if q is not p and len(words := q.name.split()) >= 3
                  and fold(words[-2]) == k and fold(words[-2]) not in _PARTICLES
                  and not any(fold(w) in _PATRONYMIC for w in words)}
        if len(fuller) == 1:
            people[k] = _fold_into(next(iter(fuller.values())), p)
    # "Faisal bin Farhan" for "Faisal bin Farhan Al Saud": a name of two words or more that begins a fuller one, the rest
    # of which is a family or dynasty name ("Al Saud", "bin Abdulaziz"; not "Donald Trump Dmitry", a name run into another)
    for k, p in list(people.items()):
        words = [fold(w) for w in p.name.split()]
        if len(words) < 2:
            continue
        # (or of one more word, told with a title and a country the short one does not contradict: "Indonesia's Sri Mulyani"
        # for "Finance Minister Sri Mulyani Indrawati")
        fuller = [q for q in people.values() if len(q.name.split()) > len(words) and [fold(w) for w in q.name.split()[:len(words)]] == words
                  and (fold(q.name.split()[len(words)]) in _PARTICLES or len(q.name.split()) == len(words) + 1 and q.role
                       and q.country and p.country in ("", q.country) and not REGNAL.fullmatch(q.name.split()[-1])
                       and fold(q.name.split()[-1]).rstrip(".") not in ("jr", "sr"))]
        if len({q.name for q in fuller}) == 1:
            people[k] = _fold_into(fuller[0], p)
    # "Foreign Minister Sergey V. Lavrov of Russia": a country after the name
    for m in mentions:
        # (and in a list, whatever the country of the name before: "Wang Yi of China and Guido Westerwelle of Germany")
        # (also with a title between: "President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany")
        before = m.start - 1
        while before > 0 and doc[before].lower_ in _TITLE_WORDS and doc[before].is_title:
            before -= 1
        listed = before >= 0 and doc[before].lower_ in ("and", ",")
        if m.kind == "person" and (not m.countries or listed) and m.end + 1 < len(doc) and doc[m.end].lower_ == "of":
            run = []
            for t in doc[m.end + 1: m.end + 5]:
                if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX", "ADP"):
                    break
                run.append(t)
            ccs = _countries_in(run)
            if len(ccs) == 1:
                _give_country(m, ccs[0], people)
                if listed and (p := people.get(m.key)) is not None:
                    p.country = ccs[0]
    # "Hsiao Bi-khim, Taipei's top representative in Washington, met": the title in apposition after the name is the
    # person's, not a second party
    starts = {m.end + 1: m for m in mentions if m.kind == "person" and not m.countries and m.end < len(doc) and doc[m.end].text == ","}
    for u in [u for u in mentions if u.kind == "unnamed" and len(u.countries) == 1 and u.start in starts]:
        m = starts[u.start]
        if u.end < len(doc) and doc[u.end].text not in (",", ")") and doc[u.end].pos_ not in ("VERB", "AUX"):
            continue  # (the title's phrase must end there: not "X, Russia's envoy Y and ...")
        if u.end < len(doc) and doc[u.end].tag_ == "VBP":
            continue  # (a headline's list, its verb plural: "Rouhani, Iraqi PM agree to boost trade")
        _give_country(m, u.countries[0], people)
        if (person := people.get(m.key)) is not None and not person.role:
            m.role, m.role_class = u.role, u.role_class
            person.role, person.role_class = u.role, u.role_class
        mentions.remove(u)
    # "The emir of Qatar, Sheikh Tamim bin Hamad Al Thani,": the person in apposition has the title's country
    # (the innermost title first: "the Peruvian delegation, led by X, and the Chilean delegation, led by Y": Y is Chilean)
    for u in sorted(mentions, key=lambda x: x.end - x.start):
        if u.kind == "unnamed" and len(u.countries) == 1:
            for m in mentions:
                # (after the title: not "Biden fist-bumps Saudi crown prince", a headline parsed as one phrase)
                # (not an owner inside the phrase, nor a name with a title of its own after it: "a dinner hosted by the
                # Japanese leader, Kim Sung-han, Yoon's national security adviser, told reporters": neither is Japanese)
                if m.kind == "person" and not m.countries and u.start <= m.start and m.end <= u.end and m.start > u.head \
                        and doc[m.head].dep_ != "poss" and not _titled_after(doc, m.end, u.end):
                    _give_country(m, u.countries[0], people)
                    p = people.get(m.key)
                    if p is not None and not p.role and u.role_class not in ("official", "counterpart", ""):
                        m.role, m.role_class = u.role, u.role_class  # and its role ("the Ambassador of Japan, X")
                        p.role, p.role_class = u.role, u.role_class
    # "a bilateral meeting with the Foreign Minister of Peru, Rosa Maria Quispe, on the sidelines": the one office holder
    # named in apposition right after the office, the same person (the office then resolves to that person: `Resolver.unnamed`)
    # (the comma or an honorific inside the office's words: "Kenya's Cabinet Secretary for Foreign Affairs, Amb. Amina Mohamed")
    for u in [u for u in mentions if u.kind == "unnamed" and len(u.countries) == 1 and u.role_class not in ("official", "counterpart", "")
              and doc[u.head].tag_ in ("NN", "NNP") and u.end + 1 < len(doc) and (doc[u.end].text == "," or _honorific_tail(doc, u))]:
        at_name = u.end + 1 if doc[u.end].text == "," else u.end
        while at_name < len(doc) and at_name - u.end <= 3 and (doc[at_name].lower_ in _COURTESY_TITLE_WORDS
                                                               or doc[at_name].lower_ in NAME_HONORIFICS):
            at_name += 1  # (a style before the name: "the Emir of Kuwait, Sheikh Sabah Al Ahmad", "..., His Excellency X")
        m = next((m for m in mentions if m.kind == "person" and m.start in (at_name, u.end + 1 if doc[u.end].text == "," else u.end)), None)
        if m is None or m.countries and m.countries != u.countries or (m.end < len(doc) and doc[m.end].text not in (",", ".", ";", ")")):
            continue
        _give_country(m, u.countries[0], people)
        p = people.get(m.key)
        if p is not None and not p.role:
            m.role, m.role_class = u.role, u.role_class
            p.role, p.role_class = u.role, u.role_class
    # "a Special Envoy of President Mahamadou Issoufou of Niger, His Excellency Mohamed Bazoum, Minister of Interior": the
    # envoy is the one named after the comma, of the sender's country; the sender, who sent him, is no party here
    persons = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    for sender, envoy in itertools.pairwise(persons):
        k = sender.start - 1
        while k > 0 and doc[k].lower_ in _TITLE_WORDS and doc[k].lower_ not in ("envoy", "emissary", "of"):
            k -= 1  # ("of President Issoufou")
        if not (k > 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in ("envoy", "emissary", "representative")):
            continue
        j = sender.end
        cc = next(iter(sender.countries), "")
        if j + 1 < len(doc) and doc[j].lower_ == "of":  # ("of Niger Republic")
            n = next((n for n in (3, 2, 1) if country_code(doc[j + 1: j + 1 + n].text)), 0)
            if n:
                cc = cc or country_code(doc[j + 1: j + 1 + n].text)
                j += 1 + n
        if j >= len(doc) or doc[j].text != ",":
            continue
        j += 1
        while j < envoy.start and (doc[j].lower_ in _HONORIFIC_WORDS or doc[j].lower_ in ("excellency", "his", "her")):
            j += 1
        if j != envoy.start or envoy.end >= len(doc) or doc[envoy.end].text not in (",", "."):
            continue
        role = " ".join(t.text for t in doc[k - 2: k] if t.lower_ in ("special", "envoy", "emissary", "representative", "personal"))
        p = people.get(envoy.key)
        envoy.role, envoy.role_class = role.title() or "Envoy", "envoy"
        if p is not None:
            p.role, p.role_class = envoy.role, envoy.role_class
        if not cc and doc[envoy.end].text == ",":
            # ("..., Hon. Kandia Camara, Cote d'Ivoire's Minister of State for Foreign Affairs,": her own office's country)
            stop = next((t.i for t in doc[envoy.end + 1: min(len(doc), envoy.end + 14)] if t.text in (",", ".")), min(len(doc), envoy.end + 14))
            cc = next(iter(_countries_in(list(doc[envoy.end + 1: stop]))), "")
        if cc:
            _give_country(envoy, cc, people)
        if sender.role.lower().endswith(("envoy", "emissary")):
            sender.role, sender.role_class = "", ""  # (the title before "of" was the envoy's)
            sp = people.get(sender.key)
            if sp is not None and sp.role.lower().endswith(("envoy", "emissary")):
                sp.role, sp.role_class = "", ""
        sender.kind = "sender"  # (no party of the meeting: "received a special envoy of President X")
    # "his Pakistani counterpart, Nawaz Sharif": the counterpart is the one person named in apposition, no other party
    for u in [u for u in mentions if u.kind == "unnamed" and u.role_class == "counterpart" and doc[u.head].tag_ in ("NN", "NNP")]:
        inner = [m for m in mentions if m.kind == "person" and (u.start <= m.start and m.end <= u.end and m.start > u.head
                                                                or m.start == u.head + 2)]
        if len(inner) == 1 and doc[u.head + 1].text == ",":
            if len(u.countries) == 1 and not inner[0].countries:
                _give_country(inner[0], u.countries[0], people)  # ("her Venezuelan counterpart, Marlene Quintero": Venezuelan)
            mentions.remove(u)
    # "a U.S. delegation led by Special Representative X": the delegation's country is its leader's
    unnamed_at = {m.head: m for m in mentions if m.kind == "unnamed" and len(m.countries) == 1}
    for m in mentions:
        tok = doc[m.head]
        if m.kind == "person" and not m.countries and tok.dep_ == "pobj" and tok.head.dep_ == "agent" \
                and tok.head.head.dep_ == "acl" and tok.head.head.lemma_.lower() in ("lead", "head") \
                and tok.head.head.head.i in unnamed_at:
            _give_country(m, unnamed_at[tok.head.head.head.i].countries[0], people)
    # a nationality the article leaves out, for a well-known office holder named in full ("Chancellor Angela Merkel")
    addressed = {m.key for m in mentions if m.kind == "person" and m.start > 0 and doc[m.start - 1].lower_ in _COURTESY}
    for p in people.values():
        if not p.country:
            # (and by title: "King Charles", whose name alone is anybody's)
            titled = (f"{p.role} {p.name}",) if p.role else ()
            p.country = next((cc for n in (p.name, *p.aliases, *titled) if (cc := known_country(n))), "")
            if not p.country and (p.role or surname_key(p.name) in addressed) and len(p.name.split()) == 1:
                p.country = surname_country(p.name)  # "President Clinton", "Mrs Thatcher": the one country of the listed Clintons
        if not p.role and not p.country:
            # (and the post of one best known for an international one: "Orban met Ursula von der Leyen")
            office = next((o for n in (p.name, *p.aliases) if (o := known_office(n))), "")
            if office:
                p.role, p.role_class = office, TITLES[office.lower()][1]
    # owners' countries ("Trump's adviser") once every person is known
    by_tok = {m.head: m for m in mentions if m.kind == "person"}
    for m in mentions:
        if m.kind == "person" and not m.countries and m.owner is not None and m.owner in by_tok:
            owner = people.get(by_tok[m.owner].key)
            if owner and owner.country:
                _give_country(m, owner.country, people)
    # "Colombian Chancellor Claudia Arango", "the Venezuelan Chancellor": Latin America's word (canciller) for its foreign
    # minister, where no chancellor heads the government
    for m in mentions:
        if m.role.lower() == "chancellor" and m.countries and m.countries[0] not in _CHANCELLORIES:
            m.role, m.role_class = "Foreign Minister", "foreign"
            p = people.get(m.key) if m.kind == "person" else None
            if p is not None and p.role.lower() in ("", "chancellor"):
                p.role, p.role_class = m.role, m.role_class
    for p in people.values():
        if p.role.lower() == "chancellor" and p.country and p.country not in _CHANCELLORIES:
            p.role, p.role_class = "Foreign Minister", "foreign"
    people.heads = _delegation_heads(doc, mentions)
    for cc, head in people.heads.items():
        head.countries = head.countries or [cc]  # (the one who leads a country's delegation is of that country)
        if head.key in people and not people[head.key].country:
            people[head.key].country = cc
    return mentions, people


DELEGATIONS = {"delegation", "delegations", "side", "team"}


def _delegation_heads(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    """Who leads each country's delegation, as the article says: "the Ukrainian delegation, led by Defence Minister
    Rustem Umerov", "The Iranian delegation will be led by Araghchi, while the U.S. side will be represented by
    special envoy Steve Witkoff". One person a country, the first the article names."""
    by_head = {m.head: m for m in mentions}
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.kind != "unnamed" or len(m.countries) != 1 or doc[m.head].lower_ not in DELEGATIONS:
            continue
        tok = doc[m.head]
        verbs = [c for c in tok.children if c.dep_ == "acl"]  # "the delegation, led by X"
        if tok.dep_ == "nsubjpass":
            verbs.append(tok.head)  # "the delegation was led by X", "the side will be represented by X"
        for v in verbs:
            if v.lemma_.lower() not in ("lead", "head", "represent", "chair"):
                continue
            agent = next((g for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            # (the name in apposition to a title: "led by special envoy Steve Witkoff")
            # (not whose envoy: "led by Trump's Mideast envoy, Steve Witkoff")
            person = next((by_head[t.i] for t in agent.subtree if t.i in by_head and by_head[t.i].kind == "person"
                           and t.dep_ != "poss"), None) if agent is not None else None
            if person is not None:
                out.setdefault(m.countries[0], person)
        # "X will lead the Ukrainian team", "Medinsky will again head the Russian delegation"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("lead", "head"):
            subj = next((by_head.get(c.i) for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.kind == "person":
                out.setdefault(m.countries[0], subj)
        # "..., and the Ukrainian delegation by Defence Minister Rustem Umerov": the verb left out
        k = m.head + 1
        if k < len(doc) and doc[k].lower_ == "by" and m.countries[0] not in out:
            person = next((x for x in mentions if x.kind == "person" and k < x.start <= k + 4), None)
            if person is not None:
                out.setdefault(m.countries[0], person)
    # "Russia sent Kremlin aide Vladimir Medinsky, and Ukraine sent Defence Minister Rustem Umerov": who a country sent;
    # "The US team was led by Witkoff, Iran's by Foreign Minister Abbas Araghchi": the verb and the noun left out
    for m in mentions:
        tok = doc[m.head]
        k = m.start
        while k > 0 and doc[k - 1].lower_ in _TITLE_WORDS:
            k -= 1
        if out and m.kind == "person" and k >= 3 and doc[k - 1].lower_ == "by" and doc[k - 2].text in ("'s", "’s") \
                and (cc := country_code(doc[k - 3].text)):
            out.setdefault(cc, m)
        if m.kind == "person" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "send":
            cc = next((country_code(c.text) for c in tok.head.children if c.dep_ == "nsubj" and c.ent_type_ == "GPE"), "")
            if cc:
                out.setdefault(cc, m)
        # "Russia sent a team headed by Kremlin aide Vladimir Medinskiy": the head of the team a country sent
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else None
        team = verb.head if verb is not None and verb.dep_ == "acl" and verb.lemma_.lower() in ("lead", "head") else None
        if m.kind == "person" and team is not None and team.lower_ in ("team", "delegation") and team.dep_ == "dobj" \
                and team.head.lemma_.lower() == "send":
            cc = next((country_code(c.text) for c in team.head.children if c.dep_ == "nsubj" and c.ent_type_ == "GPE"), "")
            if cc:
                out.setdefault(cc, m)
    return out
