"""Party mentions -> the parties of a report (`meetings.types.PartyData`).

`Resolver` reads each kind of mention (`parties.Mention`): a named person takes the fullest name and
role the article gives them; "he" is the speaker of a reporting verb ("X told Y that he met Z") or
the nearest person named before; "the two" are the parties of the meeting just reported, else the
last two people named; "the Saudi minister" is the one person of that country and role the article
names, else an unnamed party of the country. `dedupe` keeps one party per person or country, and no
unnamed party for a country a named participant represents; `party_key` says which.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from meetings.types import PartyData

from .candidate import doc_text
from .lexicon.countries import country_code
from .lexicon.people import FEMALE_GIVEN_NAMES, known_country
from .lexicon.roles import ROLE_CLASS_OF_NOUN, SPEAKER_CLASSES, TITLES
from .linking import expand, is_speech
from .parties import DELEGATIONS, FIRST_PERSON, HOME_TITLES, HOW_MANY, Mention, People, fold, in_quote, role_fits, surname_key

# groups of go-betweens the article lists by name once, then names by their function ("the mediators")
_GO_BETWEENS = {"mediators", "negotiators", "emissaries", "envoys", "co-chairs", "chairs", "co-chairmen", "facilitators"}
_MOTION = {"travel", "go", "fly", "head", "move", "continue", "proceed", "journey"}


_MESSAGES = {"message", "offer", "word", "proposal", "letter", "assurance", "pledge", "signal"}

class Resolver:
    """Turns mentions into PartyData: pronouns, "the two", unnamed parties that a named person fills."""

    def __init__(self, doc: Doc, mentions: list[Mention], people: People):
        self.doc, self.mentions, self.people = doc, mentions, people
        self.persons = [m for m in mentions if m.kind == "person"]
        self.last_parties: list[PartyData] = []
        self.last_met: set[str] = set()  # the keys of those the last meeting's verb met (its object, its "with")
        self.last_sent = -1
        self.pairs: list[tuple[int, list[PartyData]]] = []  # (sentence, named parties) of the meetings reported so far
        self._page_author: tuple[Mention | None] | None = None  # (`_author`, read once: who "I" is outside quotes)

    def _class(self, m: Mention) -> str:
        p = self.people.get(m.key)
        return (p.role_class if p else "") or m.role_class

    def person(self, m: Mention) -> PartyData:
        p = self.people.get(m.key)
        name = p.name if p else m.name
        role = (p.role if p and p.role else m.role) if m.role_class != "counterpart" or not p or not p.role else p.role
        country = (m.countries[0] if m.countries else "") or (p.country if p else "")
        return PartyData(name=name, role=role, country=country, aliases=list(p.aliases) if p else [m.name], mention=m.text)

    def _message_sender(self, tok: Token) -> Mention | None:
        """"... with a message from North Korean leader Kim Il Sung: he is ready to hold a summit with X": after the colon,
        "he" or "she" is the one the message is from."""
        if tok.lower_ not in ("he", "she") or tok.i < 2 or self.doc[tok.i - 1].text != ":":
            return None
        for t in self.doc[tok.sent.start: tok.i - 1]:
            if t.lemma_.lower() in _MESSAGES and t.pos_ == "NOUN":
                for p in t.children:
                    if p.dep_ == "prep" and p.lower_ == "from":
                        return next((x for x in self.persons for o in p.children if o.dep_ == "pobj" and x.start <= o.i < x.end), None)
        return None

    def pronoun(self, m: Mention) -> list[PartyData]:
        if m.text.lower() in ("the latter", "the former"):
            # "Tokayev hosted Scholz in Astana. The latter then travelled on to Samarkand": the second (or first) of the
            # last two people named before, in this sentence or the one before
            sent = self.doc[m.start].sent
            start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            keys = list(dict.fromkeys(p.key for p in self.persons if start <= p.start < m.start))
            if len(keys) < 2:
                return []
            key = keys[-1] if m.text.lower() == "the latter" else keys[-2]
            return [self.person(next(p for p in self.persons if p.key == key))]
        tok = self.doc[m.head]
        sender = self._message_sender(tok)
        if sender is not None:
            return [self.person(sender)]
        if tok.lower_ in ("him", "her") and tok.dep_ == "dobj" and any(c.lower_ == "again" for c in tok.head.children):
            # "Powell, who met Ivanov in Cairo in February, is expected to see him again": the one the subject met last
            subj = {x.key for x in self.persons if any(x.start <= i < x.end for i in _subject_tokens(tok.head))}
            pair = next((ps for _k, ps in reversed(self.pairs) if subj & {surname_key(q.name) for q in ps} and len(ps) == 2), None)
            if pair is not None:
                return [q for q in pair if surname_key(q.name) not in subj]
        if m.text.lower() in FIRST_PERSON:
            speaker = self._speaker(m) or self._author(m)
            return [self.person(speaker)] if speaker is not None else []
        if m.text.lower() in HOME_TITLES:
            # "the Head of State met with Ramaphosa": the person most named before with that office (the paper's own leader)
            want = HOME_TITLES[m.text.lower()]
            prev = sorted((p for p in self.persons if p.start < m.start and (p.role or getattr(self.people.get(p.key), "role", "")).lower() in want),
                          key=lambda p: p.start)
            if self.doc[m.head].dep_ == "poss":
                # ("The President's meeting with X": whose meeting it is, not one met before: "Readout of the President's
                # Meeting with President Rosa Fuentes ... Readout of the President's Meeting with President Luis Arce")
                prev = [p for p in prev if not (self.doc[p.head].dep_ == "pobj" and self.doc[p.head].head.lower_ == "with")]
            if not prev:
                return []
            # (the page's head: its first block of lines, up to the first blank line, of eighty words at most)
            head_end = next((t.i for t in self.doc[:80] if t.is_space and t.text.count("\n") >= 2), min(80, len(self.doc)))
            if prev[0].start < head_end and not any(p.start < head_end and p.key != prev[0].key for p in prev):
                # (the page's own leader, the one holder of the office its head names: "Prime Minister Rishi Sunak met world
                # leaders in Hiroshima ... The Prime Minister met US President Joe Biden", after his talks with Kishida)
                return [self.person(prev[0])]
            best, _n = Counter(p.key for p in prev).most_common(1)[0]  # (on a tie, the first named)
            return [self.person(next(p for p in prev if p.key == best))]
        if m.text.lower().startswith("the "):
            # "the guest", "the visiting minister": the visitor named before, not the host whose clause it is in
            verb = self.doc[m.head].head
            own = {p.key for p in self.persons if any(c.dep_ == "nsubj" and p.start <= c.i < p.end for c in verb.children)}
            prev = [p for p in self.persons if p.start < m.start and p.key not in own and self._class(p) not in SPEAKER_CLASSES]
            return [self.person(prev[-1])] if prev else []
        ahead = self._cataphora(m)
        if ahead is not None:
            return [self.person(ahead)]
        # "The French president flew to Kyiv, where he met Zelensky": the subject of the clause it hangs from
        # (first: "Fidan said Erdogan would visit Baghdad, where he is set to meet al-Sudani" is Erdogan, not the speaker)
        main = self._main_subject(self.doc[m.head]) or self._owner_subject(self.doc[m.head])
        if main is not None:
            if main.kind == "pronoun":
                return self.pronoun(main)  # ("The latter then travelled on to Samarkand, where he met Mirziyoyev")
            return [self.person(main)] if main.kind == "person" else self.unnamed(main, [])
        titled = self._titled_subject_before(m)
        if titled is not None:
            return [titled]
        tok = self.doc[m.head]
        if tok.lower_ in ("his", "her") and tok.dep_ == "poss" and tok.head.dep_ == "dobj":
            # "he held his first formal talks with Yoon": the subject's own
            subj = next((x for x in self.mentions if x.kind == "pronoun" and x.text.lower() in ("he", "she")
                         and self.doc[x.head].dep_ == "nsubj" and self.doc[x.head].head == tok.head.head), None)
            if subj is not None:
                return self.pronoun(subj)
        prev = [p for p in self.persons if p.start < m.start and p.head != m.head]
        # a spokesperson is who speaks of the meeting, not who is in it
        prev = [p for p in prev if self._class(p) not in SPEAKER_CLASSES] or prev
        if not prev:
            return []
        # "Dilma held a bilateral meeting with Xi Jinping ... On Friday she also met Putin": "she" is a woman the article names,
        # when it names one (not "her", nearer at hand: "Foreign Secretary Sujatha Singh and her Pakistani counterpart", a name
        # the list does not know); "he" not a woman, when it names others
        low = m.text.lower()
        if low == "she":
            prev = [p for p in prev if self._female(p)] or prev
        elif low in ("he", "him", "his"):
            prev = [p for p in prev if not self._female(p)] or prev
        # "X told Y that he met Z": the speaker, not the addressee (nor is the addressee the speaker: "Xi had told him")
        tok = self.doc[m.head]
        for _ in range(5 if not (tok.dep_ in ("dobj", "dative") and is_speech(tok.head)) else 0):
            if tok.head == tok:
                break
            tok = tok.head
            if is_speech(tok):
                subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                hit = next((p for p in prev if subj is not None and p.start <= subj.i < p.end), None)
                if hit is not None:
                    return [self.person(hit)]
                break
        # "he" in the same sentence: the nearest earlier person; else the last sentence naming somebody, its
        # subject first ("Trump also met Putin on Friday. He is scheduled to meet ...": Trump, not Putin)
        tok = self.doc[m.head]
        if tok.dep_ in ("dobj", "pobj", "dative") and m.text.lower() in ("him", "her"):
            # "Jaishankar called on her": an object pronoun is not its own verb's subject (that would be "herself")
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            for _ in range(3):  # (the controller's subject: "Blinken has no plans to meet him there")
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in ("xcomp", "acl", "dobj") \
                        or verb.head == verb:
                    break
                verb = verb.head
            own = {x.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
            prev = [p for p in prev if not any(p.start <= i < p.end for i in own)] or prev
        same = [p for p in prev if p.start >= self.doc[m.start].sent.start]
        if same:
            # a subject "he" after a clause of its own is that clause's subject ("Zelenskiy met Starmer on Wednesday;
            # he then held talks with Merz": Zelenskiy)
            subjects = [p for p in same if self._is_subject(p)] if self.doc[m.head].dep_ in ("nsubj", "nsubjpass") else []
            return [self.person((subjects or same)[-1])]
        last = prev[-1]
        sent = self.doc[last.start].sent
        subject = next((p for p in prev if p.start >= sent.start and self._is_subject(p)), None)
        if subject is None and m.text.lower() in ("he", "she"):
            # "He met von der Leyen, followed by talks with Kallas. In the afternoon, he met Prevot": the same "he"
            # as the subject of the sentence before, whoever that sentence names last
            before = next((p for p in self.mentions if p.kind == "pronoun" and p.text.lower() == m.text.lower()
                           and sent.start <= p.start < last.start and self._is_subject(p)), None)
            if before is not None:
                return self.pronoun(before)
        if subject is not None and m.text.lower() in ("he", "she") and is_speech(self.doc[subject.head].head) \
                and self.doc[m.head].dep_ == "nsubj" and not is_speech(self.doc[m.head].head) and sent.start > 0:
            # "He held talks in Copenhagen with Frederiksen and Kofod. Kofod said afterwards .... He travels to Reykjavik on
            # Tuesday": the "he" of the story's sentence before the one who commented on it
            told = self.doc[sent.start - 1].sent
            before = next((p for p in self.mentions if p.kind == "pronoun" and p.text.lower() == m.text.lower()
                           and told.start <= p.start < told.end and self._is_subject(p)), None)
            if before is not None and not any(told.start <= p.start < sent.start and p.key == subject.key and self._is_subject(p)
                                              for p in self.persons):
                return self.pronoun(before)
        return [self.person(subject or last)]

    def _titled_subject_before(self, m: Mention) -> PartyData | None:
        """"The Japanese leader has had a busy week of diplomacy. In Phnom Penh on Sunday, he held talks with Yoon": a
        pronoun opening its sentence's people, after a sentence whose subject is a title by country that names nobody
        else, is the one person of that title."""
        sent = self.doc[m.start].sent
        if m.text.lower() not in ("he", "she") or sent.start == 0 or any(sent.start <= p.start < m.start for p in self.persons):
            return None
        before = self.doc[sent.start - 1].sent
        if any(before.start <= p.start < before.end for p in self.persons):
            return None
        subjects = [u for u in self.mentions if u.kind == "unnamed" and before.start <= u.start < before.end and len(u.countries) == 1
                    and self.doc[u.head].dep_ in ("nsubj", "nsubjpass") and self.doc[u.head].tag_ in ("NN", "NNP")]
        if len(subjects) != 1:
            return None
        found = self.unnamed(subjects[0], [])
        return found[0] if len(found) == 1 and found[0].name else None

    def _female(self, m: Mention) -> bool:
        person = self.people.get(m.key)
        name = person.name if person is not None else (m.name or "")
        return any(fold(w) in FEMALE_GIVEN_NAMES for w in name.split()[:-1] or name.split())

    def _speaker(self, m: Mention) -> Mention | None:
        """Who says the quote a first-person pronoun stands in: the person subject of a reporting verb outside the
        quote, in its sentence ('"I will meet Kerry tomorrow," Lavrov said') or, for a quote that goes on, in the
        paragraph's sentence before ('"...," Lavrov told reporters. "I will meet Kerry tomorrow."'). A spokesman's
        "we" is his government, nobody in particular."""
        doc = self.doc
        sent = doc[m.head].sent
        para = doc_text(doc).rfind("\n", 0, doc[m.head].idx) + 1
        sents = [sent]
        if sent.start > 0 and doc[sent.start - 1].sent.start_char >= para:
            sents.append(doc[sent.start - 1].sent)
        for s in sents:
            for v in s:
                if not is_speech(v) or in_quote(doc, v):
                    continue
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                hit = next((p for p in self.persons if subj is not None and p.start <= subj.i < p.end), None)
                if hit is not None:
                    return None if self._class(hit) in SPEAKER_CLASSES else hit
        return None

    def _author(self, m: Mention) -> Mention | None:
        """A minister's own release ("Senator the Hon Penny Wong / Minister for Foreign Affairs / Media release ... On
        Tuesday I met Iran's Foreign Minister"): "I" outside any quote is the one person the page's head names."""
        if m.text.lower() not in ("i", "me", "my") or in_quote(self.doc, self.doc[m.head]):
            return None
        if self._page_author is None:
            self._page_author = (self._head_office_holder(),)
        return self._page_author[0]

    def _head_office_holder(self) -> Mention | None:
        """The one person the page's head (its first forty words, its title among them) names, an office holder by the
        office the head gives and by a country known (not a columnist's byline); else None."""
        head_end = min(40, len(self.doc))
        named = {p.key: p for p in self.persons if p.end <= head_end}
        if len(named) != 1:
            return None
        (author,) = named.values()
        office = any(t.lower_ in ("minister", "secretary", "president", "chancellor", "premier", "ambassador")
                     for t in self.doc[:head_end])
        known = self.person(author).country or known_country(author.name or "")
        return author if office and known and self._class(author) not in SPEAKER_CLASSES else None

    def _is_subject(self, m: Mention) -> bool:
        """The mention is (the first of) its clause's subject: "Trump", "President Trump and Xi"."""
        tok = self.doc[m.head]
        while tok.dep_ in ("conj", "appos", "compound") and tok.head != tok:
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass")

    def _cataphora(self, m: Mention) -> Mention | None:
        """"A day after his summit with Putin, Trump faced criticism", "After he met Xi, Biden said": a pronoun in a
        phrase put before the main clause names the main clause's subject."""
        subj = _fronted_subject(self.doc[m.head])
        if subj is None:
            return None
        return next((x for x in self.persons if x.start <= subj.i < x.end and self._class(x) not in SPEAKER_CLASSES), None)

    def _cataphora_group(self, m: Mention) -> list[PartyData]:
        """"At a news conference after their talks in Canberra, Albanese and Hipkins announced ...": a plural pronoun in a
        phrase put before the main clause names the people of the main clause's subject."""
        subj = _fronted_subject(self.doc[m.head])
        if subj is None:
            return []
        # (the subject's own words, however the parser hangs its conjuncts: not a relative clause's or a phrase's people)
        heads = {t.i for t in subj.subtree if not any(a.dep_ in ("relcl", "acl", "prep", "appos") and subj.is_ancestor(a)
                                                     for a in (t, *t.ancestors))}
        found = [x for x in self.persons if x.head in heads and self._class(x) not in SPEAKER_CLASSES]
        return [self.person(x) for x in found] if len({x.key for x in found}) >= 2 else []

    def _subjects_of_own_verb(self, tok) -> list[PartyData]:
        """The two or more people named as the subject of the verb that a "their" phrase after it hangs on ("X and Y announced
        ... after their talks"), else []."""
        noun = tok.head
        if tok.lower_ != "their" or tok.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return []
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i:
            return []
        # (the subject's whole phrase, however the parser hangs a pair: "Foreign Minister Ana Ruiz and Chilean Foreign Minister
        # Jorge Soto", the first a modifier of the second)
        heads = {x.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for x in (*expand(c), *c.subtree)
                 if not any(a.dep_ in ("relcl", "acl", "appos") and c.is_ancestor(a) for a in (x, *x.ancestors))}
        found = [x for x in self.persons if x.head in heads]
        return [self.person(x) for x in found] if len({x.key for x in found}) >= 2 else []

    def _clause_pair(self, tok) -> list[PartyData]:
        """"they" of a "when" clause: the subject and the object of the clause it tells the time of ("Trump had asked
        him to help reduce tensions when they met"), both people."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
            return []
        main = verb.head
        for _ in range(3):  # (up the controlled clauses to the one with a subject: "asked him to help reduce ...")
            if any(c.dep_ == "nsubj" for c in main.children) or main.dep_ not in ("xcomp", "ccomp") or main.head == main:
                break
            main = main.head
        by_head = {x.head: x for x in self.mentions}
        out: list[PartyData] = []
        for c in main.children:
            if c.dep_ in ("nsubj", "dobj") and (x := by_head.get(c.i)) is not None:
                out += [self.person(x)] if x.kind == "person" else self.pronoun(x) if x.kind == "pronoun" and c.lower_ not in (
                    "they", "them") else []
        return dedupe(out) if len(dedupe(out)) == 2 else []

    def _told_during(self, tok) -> list[PartyData]:
        """"Xi had told him during their talks": "their" is the verb's subject and object."""
        noun = tok.head
        if tok.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("during", "at", "in"):
            return []
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        out: list[PartyData] = []
        for c in verb.children:
            if c.dep_ not in ("nsubj", "dobj", "dative"):
                continue
            m = next((x for x in self.mentions if x.head == c.i), None)
            if m is not None and m.kind == "person":
                out.append(self.person(m))
            elif m is not None and m.kind == "pronoun":
                out.extend(self.pronoun(m)[:1])
        return out if len({p.name for p in out}) == len(out) == 2 else []

    def _pair_before_in_sentence(self, m: Mention) -> list[PartyData]:
        """The two people of two countries that the pronoun's own sentence names before it, and nobody else."""
        sent = self.doc[m.head].sent
        found = [x for x in self.persons if sent.start <= x.start < m.start and self._class(x) not in SPEAKER_CLASSES]
        if any(sent.start <= x.start < sent.end and x.start > m.start for x in self.persons):
            return []
        if len({x.key for x in found}) == 1:
            # "He has not been face to face with Mr Xi since their meeting in Bali": the subject the pronoun stands for and
            # the one named
            subj = next((x for x in self.mentions if x.kind == "pronoun" and x.text.lower() in ("he", "she") and sent.start <= x.start < m.start
                         and self.doc[x.head].dep_ in ("nsubj", "nsubjpass")), None)
            who = self.pronoun(subj) if subj is not None else []
            other = self.person(found[-1])
            if len(who) == 1 and who[0].country and other.country and who[0].country != other.country:
                return [who[0], other]
            return []
        if len({x.key for x in found}) != 2:
            return []
        pair = self._last_n(found, 2)
        return pair if len({p.country for p in pair}) == 2 and all(p.country for p in pair) else []

    def _owner_subject(self, tok) -> Mention | None:
        """"Modi met Musk ..., hours before his talks with Trump": a possessive in a phrase of the clause's verb is the
        verb's subject, not the person named last."""
        if tok.dep_ != "poss" or tok.lower_ not in ("his", "her") or tok.head.dep_ not in ("pobj", "dobj"):
            return None
        # (the noun, its preposition, what that hangs on; or the verb of its object: "after the US President cut short his
        # trip to deal with debt ceiling talks")
        v = tok.head.head.head if tok.head.dep_ == "pobj" else tok.head.head
        for _ in range(2):
            if v.pos_ in ("VERB", "AUX") or v.dep_ not in ("npadvmod", "advmod") or v.head == v:
                break
            v = v.head  # ("hours before his talks", "a day ahead of his talks")
        if v.pos_ not in ("VERB", "AUX") or is_speech(v):
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        return next((x for x in self.mentions if (x.kind == "person" or x.kind == "unnamed" and tok.head.dep_ == "dobj")
                     and subj is not None and x.start <= subj.i < x.end and self._class(x) not in SPEAKER_CLASSES), None)

    def _main_subject(self, tok) -> Mention | None:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in ("relcl", "advcl", "conj"):
            return None
        v = tok.head.head
        for _ in range(3):
            if v.pos_ in ("VERB", "AUX") or v.head == v:
                break
            v = v.head
        if is_speech(v):
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None and v.dep_ in ("conj", "dep") and v.head.pos_ in ("VERB", "AUX"):
            # "Kerry met Lavrov ..., then flew to Vienna where he met Zarif": the shared subject
            subj = next((c for c in v.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subj is None and v.dep_ in ("pcomp", "advcl") and tok.head.dep_ == "relcl":
            # "He will fly to Luanda for talks with Lourenco, before moving on to Brazzaville, where he is to meet Sassou": the
            # traveller of the clause the move hangs from, a few clauses up (not a noun's subject on the way: "talks ... focused")
            up = v
            for _ in range(4):
                up = up.head
                while up.pos_ not in ("VERB", "AUX") and up.head != up:
                    up = up.head
                subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and any(
                    x.start <= c.i < x.end and x.kind in ("person", "pronoun") for x in self.mentions)), None)
                if subj is not None or up.head == up or is_speech(up):
                    break
            if subj is not None and is_speech(up):
                subj = None
        if subj is None:
            return None
        return next((x for x in self.mentions if (x.kind in ("person", "unnamed") or x.text.lower() in ("the latter", "the former")
                                                  or (x.kind == "pronoun" and x.text.lower() in ("he", "she")))
                     and x.start <= subj.i < x.end
                     and not (x.kind == "person" and self._class(x) in SPEAKER_CLASSES)), None)

    def _asked_pair(self, sent, n: int) -> list[PartyData]:
        """The `n` people a question asked within the two sentences before `sent` names, else []."""
        k, seen = sent.start, 0
        while k > 0 and seen < 2:
            prev = self.doc[k - 1].sent
            if prev.text.rstrip().endswith("?"):
                named = [p for p in self.persons if prev.start <= p.start < prev.end]
                if len({p.key for p in named}) == n:
                    return self._last_n(named, n)
                return []
            k, seen = prev.start, seen + 1
        return []

    def plural(self, m: Mention, sent_index: int) -> list[PartyData]:
        head = self.doc[m.head]
        if head.lower_ in ("their", "they"):
            group = self._cataphora_group(m) or self._subjects_of_own_verb(head)
            if len(group) >= 2:
                # "After their talks in Canberra, Albanese and Hipkins announced ...", "Swaraj and Wang announced on Sunday
                # after their bilateral talks": the subjects of the verb the phrase hangs on
                return group
        if head.lower_ == "they" and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "conj":
            # "The participants of the conference will be received by the President, and on 29 August they will meet ...": the
            # first clause's subject, a group the article names no one of
            subj = next((c for c in head.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.tag_ == "NNS" and not any(x.start <= subj.i < x.end for x in self.mentions):
                return []
        if head.lower_ == "they":
            said = next((x for x in self.mentions if x.kind == "plural" and x.start < m.start and self.doc[x.head].sent == head.sent
                         and self.doc[x.head].lower_ not in ("they", "them", "their", "whose", "both")), None)
            if said is not None:
                group = self.plural(said, sent_index)
                if len(group) >= 2:
                    return group  # "the first between the two ministers since December, when they met in Helsinki": the two
            group = self._clause_pair(head)
            if len(group) == 2:
                return group  # "Trump had asked him to help when they met in New York": who asked and who was asked
            group = self._travellers(head, m, sent_index)
            if group:
                return group  # "The envoys met X in Yerevan and travelled on to Baku, where they held talks with Y": the envoys
        if head.lower_ == "their":
            group = self._told_during(head)
            if len(group) >= 2:
                return group  # "Xi had told him during their talks in Guangzhou": the one who told and the one told
        if head.lower_ == "their":
            group = self._pair_before_in_sentence(m)
            if group:
                return group  # "Abbas said at a joint press conference with Duda, following their talks": the two named
        if head.lower_ == "whose":
            # the relative clause's antecedent and the people joined to it ("Biden and Xi, whose talks ...")
            clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
            ante = clause.head if clause is not None else None
            found = [p for p in self.persons if ante is not None and any(p.start <= t.i < p.end for t in (ante, *ante.conjuncts))]
            return self._last_n(found, len({p.key for p in found})) if len({p.key for p in found}) >= 2 else \
                [self.person(p) for p in found[:1]]
        if head.lower_ in _GO_BETWEENS:
            group = self._group_listed(head)
            if group:
                return group  # "a tour by the three co-chairs, A of Russia, B of France and C of the US. The mediators met X"
            side = [p for p in self.last_parties if party_key(p) not in self.last_met]
            if self.last_met and side and len(side) < len(self.last_parties):
                # "Jonathan, with Brou and Ankourao, met with the junta's leader Goita. The mediators met Keita": those who met
                return side
        title = " ".join([c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i] + [head.lower_.rstrip("s")])
        wanted = TITLES[title][1] if title in TITLES and " " in title else ROLE_CLASS_OF_NOUN.get(head.lower_, "")  # "the two prime ministers"
        n = max((HOW_MANY.get(c.lower_, 0) for c in head.children), default=0)
        if n > 2:
            # "The three leaders will meet on Tuesday": the last three people named — or, first, the three the subject of a
            # sentence just before names ("Straw and his French and German counterparts, de Villepin and Fischer, emerged
            # from talks with Rowhani ... The three ministers were later received by Khatami")
            return self._subject_group(m, n) or self._last_n([p for p in self.persons if p.start < m.start], n)
        if n == 2:
            # "Modi and Xi agreed on Sunday ..., as the two leaders met in Tianjin": the two the sentence names before
            # (not a pair of an earlier sentence, the headline's "Modi to hold talks with Putin on Monday")
            here = [p for p in self.persons if self.doc[p.head].sent == head.sent and p.end <= m.start]
            # (a subject of its own verb: not "when Borrell and Lajcak hosted the two leaders", the two met by them)
            if len({p.key for p in here}) == 2 and not any(self.doc[p.head].dep_ in ("dobj", "pobj", "dative", "poss") for p in here) \
                    and head.dep_ in ("nsubj", "nsubjpass") and not any(head.head.is_ancestor(self.doc[p.head]) for p in here):
                return self._last_n(here, 2)
        asked = self._asked_pair(head.sent, n or 2)
        if asked:
            # "Q: Will there be any bilateral engagement between President Ramaphosa and President Putin? A: There will be no
            # in-person meeting between the two Presidents": the two the question just named
            return asked
        recent = [ps for k, ps in reversed(self.pairs) if 0 <= sent_index - k <= 8]
        # "The two leaders last met in Washington in February, when Trump floated his plan": the pair of an earlier
        # meeting that the sentence names one of, over the pair reported last
        named_here = {p.key for p in self.persons if self.doc[p.head].sent == head.sent and p.start > m.start}
        # (the pair that holds all the sentence names, of as many as the count says: "The two prime ministers last met in
        # New Delhi in May, when Mr Sharif attended Mr Modi's swearing-in", after Sharif's meetings with others)
        fits = [ps for ps in recent if not n or len({party_key(q) for q in ps}) == n]
        hit = next((ps for ps in fits if named_here and named_here <= {surname_key(q.name) for q in ps if q.name}), None)
        when = [v for v in head.sent if v.pos_ in ("VERB", "AUX") and any(c.lower_ == "when" and c.dep_ == "advmod" for c in v.children)
                and not v.is_ancestor(head)]
        named_then = {p.key for p in self.persons if p.key in named_here and any(v.is_ancestor(self.doc[p.head]) for v in when)}
        if hit is None and n and len(named_then) == n:
            # "The two sides last met in Istanbul in March 2022, when talks led by Medinskiy and Ukraine's Arakhamia
            # collapsed": the two the sentence's "when" clause names, when no pair before is theirs
            return self._last_n([p for p in self.persons if p.key in named_then and self.doc[p.head].sent == head.sent], n)
        hit = hit or next((ps for ps in fits if named_here & {surname_key(q.name) for q in ps}), None)
        if hit is not None:
            return list(hit)
        if n and fits and self.last_parties and len({party_key(q) for q in self.last_parties}) != n and not (
                wanted == "leader" and any(self._class_of(q) != "leader" for q in fits[0] if q.name)):
            # "The Vienna talks will be the first between the two ministers since December": the last pair of as many, not
            # the mediators' meetings with each of them reported since
            return list(fits[0])
        if " " in title and title in TITLES and recent and self.last_parties and not all(
                p.role and role_fits(p.role, title) for p in self.last_parties if p.name):
            # "The two prime ministers" after the opposition leader's meeting with one of them: the pair of that office
            hit = next((ps for ps in recent if all(q.role and role_fits(q.role, title) for q in ps if q.name)), None)
            if hit is not None:
                return list(hit)
        if wanted and recent and self.last_parties and wanted not in {self._class_of(p) for p in self.last_parties}:
            # "The two prime ministers ...": the last pair of that office (not the advisers' meeting just reported)
            hit = next((ps for ps in recent if {self._class_of(p) for p in ps} == {wanted}), None)
            if hit is not None:
                return list(hit)
        if self.last_parties and sent_index - self.last_sent > 1 and n == 2 and not wanted:
            # "Sisi received the chairmanship from Rwandan President Paul Kagame. The two men held a closed-door meeting":
            # the two people the sentence just before names, when the pair reported last was told further back
            sent = head.sent
            prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
            named = [p for p in self.persons if prev is not None and prev.start <= p.start < prev.end]
            if len({p.key for p in named}) == 2 and {p.key for p in named} != {surname_key(q.name) for q in self.last_parties if q.name}:
                return self._last_n(named, 2)
        if self.last_parties and sent_index - self.last_sent <= 4 and not (n and len({party_key(q) for q in self.last_parties}) != n):
            classes = {self._class_of(p) for p in self.last_parties}
            mixed = wanted and n == 2 and "" not in classes and wanted in classes and classes - {wanted, "counterpart"} and len(
                {p.key for p in self.persons if p.start < m.start and self._class(p) == wanted}) >= 2
            if not (wanted and "" not in classes and wanted not in classes) and not mixed:
                return list(self.last_parties)
            if mixed:
                # "Vieira ... is expected to meet Milei. 'There are no plans for a meeting between the two presidents'": not
                # the minister's meeting just reported, the last two of that office
                return self._last_n([p for p in self.persons if p.start < m.start and self._class(p) == wanted], 2)
            # "Obama and Putin met ... had instructed Kerry and Lavrov to keep working. The two foreign ministers
            # will meet again": not the leaders of the meeting just reported; the last two named otherwise
            last = {surname_key(q.name) for q in self.last_parties if q.name}
            others = [p for p in self.persons if p.start < m.start and p.key not in last]
            pair = self._last_n(others, 2)
            return pair or list(self.last_parties)
        if head.lower_ in ("they", "them") and n == 0:
            group = self._travelling_group(m)
            if len(group) >= 2:
                return group  # "Merz traveled to Kyiv together with Macron, Starmer and Tusk. They met Zelenskyy"
        before = [p for p in self.persons if p.start < m.start]
        # (not who says it: "Kremlin aide Yuri Ushakov said the two leaders would hold talks"; of the office named, when
        # two hold it: "Putin will visit ... at the invitation of leader Kim Jong Un")
        said = {p.key for p in before if self.doc[p.head].sent == head.sent and self.doc[p.head].dep_ == "nsubj"
                and is_speech(self.doc[p.head].head)}
        before = [p for p in before if p.key not in said] or before
        # (nor the one who acts on them: "Mr Clinton telephoned the two men")
        actor = {p.key for p in before if self.doc[p.head].dep_ == "nsubj" and self.doc[p.head].head == head.head and head.dep_ == "dobj"}
        before = [p for p in before if p.key not in actor] or before
        if wanted and len({p.key for p in before if self._class(p) == wanted}) >= 2:
            before = [p for p in before if self._class(p) == wanted]
        return self._last_n(before, 2)

    def _subject_group(self, m: Mention, n: int) -> list[PartyData]:
        """The n people one subject names, in the last of the three sentences before the mention's (and its own) that
        has one."""
        sent = self.doc[m.head].sent
        sents = [sent]
        while len(sents) < 4 and sents[-1].start > 0:
            sents.append(self.doc[sents[-1].start - 1].sent)
        for s in sents:
            for subj in (t for t in reversed(s) if t.dep_ in ("nsubj", "nsubjpass") and t.i < m.start):
                found = [p for p in self.persons if subj.left_edge.i <= p.start and p.end <= subj.right_edge.i + 1]
                if len({p.key for p in found}) == n:
                    return self._last_n(found, n)
        return []

    def _group_listed(self, head: Token) -> list[PartyData]:
        """The people listed by name right after a group of go-betweens named in the three sentences before ("the three
        co-chairs, Andrei Sokolov of Russia, Pierre Delmas of France and Matthew Kerrigan of the United States"), for
        "the mediators", "the envoys"."""
        doc = self.doc
        sent = head.sent
        lo = sent.start
        for _ in range(3):
            if lo == 0:
                break
            lo = doc[lo - 1].sent.start
        starts = {x.start: x for x in self.persons}
        for noun in (t for t in reversed(doc[lo: head.i]) if t.lower_ in _GO_BETWEENS):
            k = noun.i + 1
            if k >= len(doc) or doc[k].text not in (",", ":", "-", "—", "–"):
                continue
            k += 1
            found: list[Mention] = []
            while k < min(len(doc), noun.i + 40) and k < head.i:
                x = starts.get(k)
                if x is not None:
                    found.append(x)
                    k = x.end
                elif doc[k].text in (",", "and") or doc[k].lower_ in ("of", "from", "the") or doc[k].ent_type_ in ("GPE", "NORP") \
                        or country_code(doc[k].text):
                    k += 1
                else:
                    break
            if len({x.key for x in found}) >= 2:
                return dedupe([self.person(x) for x in found])
        return []

    def _travellers(self, tok: Token, m: Mention, sent_index: int) -> list[PartyData]:
        """"they" of a "where" clause on the place someone travelled to: who travelled (not the people they met before
        setting out: "The mediators met X in Yerevan and travelled on to Baku, where they held talks with Y")."""
        rel = next((a for a in (tok.head, *tok.head.ancestors) if a.dep_ == "relcl"), None)
        if rel is None or not any(c.lower_ == "where" for c in rel.children):
            return []
        place = rel.head
        if place.dep_ != "pobj" or place.head.lower_ not in ("to", "for", "in") or place.head.head.lemma_.lower() not in _MOTION:
            return []
        verb = place.head.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # (the parser may give a list two)
        inside = [x for x in self.mentions if x is not m and any(c.left_edge.i <= x.head <= c.right_edge.i for c in subjects)]
        out: list[PartyData] = []
        for x in inside:
            if x.kind == "person":
                out.append(self.person(x))
            elif x.kind == "plural" and x.head != m.head:
                out.extend(self.plural(x, sent_index))
        return dedupe(out) if len(out) >= 2 or (out and not any(x.kind == "plural" for x in inside)) else []

    def _travelling_group(self, m: Mention) -> list[PartyData]:
        """The people the sentence before has go somewhere together: its subject's people and those "together with",
        "along with" or "accompanied by" them."""
        sent = self.doc[m.start].sent
        if sent.start == 0:
            return []
        before = self.doc[sent.start - 1].sent
        root = before.root
        tops = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        tops += [p for c in root.subtree if c.dep_ == "prep" and c.lower_ == "with" and (c.head.lower_ in ("together", "along") or any(
                 a.dep_ == "advmod" and a.lower_ in ("together", "along") for a in (*c.head.children, *c.children)))
                 for p in c.children if p.dep_ == "pobj"]
        tops += [p for c in root.children if c.dep_ == "agent" and root.lemma_.lower() == "accompany" for p in c.children if p.dep_ == "pobj"]
        found = [p for p in self.persons if any(p.start <= x.i < p.end for t in tops for x in t.subtree)]
        out = []
        for p in found:
            if all(surname_key(q.name) != surname_key(self.person(p).name) for q in out):
                out.append(self.person(p))
        return out

    def _last_n(self, prev: list[Mention], n: int) -> list[PartyData]:
        out, seen = [], set()
        for p in reversed(prev):
            if p.key not in seen:
                seen.add(p.key)
                out.append(self.person(p))
            if len(out) == n:
                break
        return list(reversed(out)) if len(out) == n else []

    def _class_of(self, p: PartyData) -> str:
        person = self.people.get(surname_key(p.name)) if p.name else None
        return person.role_class if person else ""

    def unnamed(self, m: Mention, named: list[PartyData]) -> list[PartyData]:
        out = []
        cls = m.role_class
        if cls == "counterpart":
            classes = {self.people[surname_key(p.name)].role_class for p in named if p.name and surname_key(p.name) in self.people}
            # (one office: its holders; several, "Blinken and Austin ... for '2+2' talks with their counterparts", several
            # people of each country, none of them one named person: the countries)
            cls = next(iter(classes)) if len(classes) == 1 else ""
        # "the Saudi minister", "the Chinese envoy": one person, named elsewhere in the article
        # (not a country named as a side: "Trump says US and Iran will hold direct talks" is not Trump's meeting)
        # ("the Kazakh diplomat": the one Kazakh the article has named so far, whatever his office)
        the_diplomat = self.doc[m.head].lower_ == "diplomat" and self.doc[m.head].tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in self.doc[m.head].children)
        singular = self.doc[m.head].tag_ in ("NN", "NNP") and len(m.countries) == 1 and (cls not in ("official",) or the_diplomat) and not (
            not m.role and self.doc[m.head].ent_type_ == "GPE")
        heads = getattr(self.people, "heads", {})
        if not all(cc in heads for cc in m.countries):
            heads = {}  # ("American and Iranian negotiators" with only the Americans' head named: the countries, not half of them)
        for cc in m.countries:
            match = None
            if cls in ("official", "envoy") and cc in heads and (self.doc[m.head].lower_ in DELEGATIONS
                                                                  or self.doc[m.head].lower_ in ("negotiators", "negotiator")
                                                                  or self.doc[m.head].ent_type_ == "GPE"):
                # "the Ukrainian delegation", "Iran and the United States will hold talks": the one who leads it
                head = self.person(heads[cc])
                head.country = head.country or cc  # (the delegation's country is its leader's)
                out.append(head)
                continue
            if cls in ("foreign", "leader") or singular:
                # "the US secretary": the one American secretary ("Secretary of State"), else by class
                cands = [p for p in self.people.values() if p.country == cc and p.role and m.role and role_fits(p.role, m.role.lower())] \
                    if singular else []
                if len({p.name for p in cands}) != 1:
                    cands = [p for p in self.people.values() if p.country == cc and p.role_class == cls]
                if not cands:
                    cands = [p for p in self.people.values() if p.country == cc and p.role_class in ("", "counterpart")]
                if not cands and singular:
                    # (an ambassador is never the head of state the article names: "Argentina's Ambassador ... praised
                    # President Javier Milei's reforms")
                    # (nor a minister: "the Ambassador of Uzbekistan to Kazakhstan" is not the Uzbek foreign minister named before)
                    # (nor, for a counterpart, the holder of another office: "National Security Adviser Doval ... his Pakistani
                    # counterpart" is not the Pakistani foreign secretary named before)
                    # (nor, for a head of state, a minister: "the Jordanian monarch" is not the Jordanian foreign minister)
                    cands = [p for p in self.people.values() if p.country == cc and not (cls == "envoy" and p.role_class not in ("envoy", "", "counterpart"))
                             and not (cls in ("leader", "foreign") and m.role and p.role_class not in (cls, "", "counterpart"))
                             and not (m.role_class == "counterpart" and cls and p.role_class not in ("", "counterpart", cls))]
                cands = list({p.name: p for p in cands}.values())  # "Li Shangfu" is registered as "li" and "shangfu"
                if len(cands) > 1:
                    # ("The Swedish leader also met ...", the one Swede of that office named so far: not the predecessor
                    # the article names further on)
                    before = {x.key for x in self.persons if x.start < m.start}
                    named_so_far = [p for p in cands if surname_key(p.name) in before]
                    cands = named_so_far if len(named_so_far) == 1 else cands
                if len(cands) == 1:
                    match = cands[0]
            if match:
                out.append(PartyData(name=match.name, role=match.role, country=cc, aliases=list(match.aliases), mention=m.text))
            else:
                out.append(PartyData(name=None, role=m.role if m.role_class != "counterpart" else (named[0].role if named else ""), country=cc, mention=m.text))
        return out


def _fronted_subject(tok: Token) -> Token | None:
    """The subject of the main clause when `tok` is in a phrase put before it ("A day after his summit with Putin, Trump
    ...", "Following his talks with Lavrov, Wang briefed Xi, state media said": the clause a trailing "X said" reports)."""
    top, v = tok, tok
    for _ in range(8):
        if v.head == v or (v.pos_ in ("VERB", "AUX") and v.dep_ == "ccomp" and v.head.i > v.i and is_speech(v.head)
                           and v is not tok):
            break
        top, v = v, v.head
    if v.pos_ not in ("VERB", "AUX") or top is tok or top.dep_ not in ("prep", "advcl", "npadvmod", "advmod") \
            or not (v.dep_ == "ROOT" or v.dep_ == "ccomp"):
        return None
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (top.i < subj.i and max(t.i for t in top.subtree) < subj.i):
        return None
    return subj


def _subject_tokens(verb) -> list[int]:
    """The head of a verb's subject, or of the subject of the verb it completes ("is expected to see him")."""
    for _ in range(3):
        subj = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or verb.head == verb:
            return subj
        verb = verb.head
    return []


def dedupe(parties: list[PartyData]) -> list[PartyData]:
    out: list[PartyData] = []
    seen: set[str] = set()
    named_countries = {p.country for p in parties if p.name and p.country}
    for p in parties:
        k = surname_key(p.name) if p.name else "country:" + p.country
        if not k or k in seen:
            continue
        if not p.name and p.country in named_countries:
            continue  # an unnamed party for a country a named participant already represents
        seen.add(k)
        out.append(p)
    return out


def party_key(p: PartyData) -> str:
    return surname_key(p.name) if p.name else "country:" + p.country
