"""Who a trigger's meeting is between: the mentions in its slots, and the cases that change the answer.

`party_slots` reads the trigger's own argument slots (and a second "between" party the parser hung
elsewhere); `speaker_party` adds the speaker who had the talks ("Lavrov said talks with Kerry ended");
`separate_partners` and `gapped_objects` find people met one at a time ("separate meetings with X and Y",
"X on Monday and Y on Tuesday"); `someones_people` ("Guaido envoys"), `body_meets` ("the council met")
and `sporting` ("will meet Nadal in the final") say who or what is no party to a diplomatic meeting.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from meetings.types import PartyData

from .candidate import doc_ents, sent_ents
from .lexicon.countries import country_code
from .lexicon.roles import PARTY_NOUNS, SPEAKER_CLASSES
from .linking import after_titles_country, expand, is_speech, light_verb, separately_after, tight_slots
from .parties import _TITLE_WORDS, Mention, People, surname_key


def named_after_title(t: Token, at: dict) -> Mention | None:
    """"received by Vietnamese President To Lam": the person named right after a title, the name parsed apart from it
    (here as a preposition and its object)."""
    nxt = at.get(t.i + 1) if t.lower_ in _TITLE_WORDS else None
    if nxt is not None and nxt.kind == "person" and nxt.start == t.i + 1:
        return nxt
    # ("received by President of Moldova Maia Sandu": the name after the title's country, hung on its "of")
    return next((m for p in (after_titles_country(t) if t.lower_ in _TITLE_WORDS else ())
                 if (m := at.get(p.i)) is not None and m.kind == "person" and m.head == p.i), None)


def colon_listed(trig: Token, at: dict) -> list[Mention]:
    """"held bilateral talks with three leaders on Tuesday: Australia's Anthony Albanese, France's Emmanuel Macron and
    Senegal's Macky Sall": the people the colon's list names for "three leaders", hung by the parser on the trigger."""
    verb = light_verb(trig) if trig.pos_ in ("NOUN", "PROPN") else None
    heads = [trig] + ([verb] if verb is not None else [])
    counted = next((p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                    if p.dep_ == "pobj" and p.tag_ == "NNS" and any(n.dep_ == "nummod" for n in p.children)), None)
    if counted is None:
        return []
    return [m for h in heads for a in h.children if a.dep_ == "appos" and a.i > counted.i
            and any(t.text == ":" for t in trig.doc[counted.i: a.i]) for t in (a, *a.conjuncts)
            if (m := at.get(t.i)) is not None and m.kind == "person"]


def received_after_place(trig: Token, at: dict) -> Mention | None:
    """"received this Monday at the Palace of the Revolution the President of the United States, Barack Obama": the one
    received, told after the place (a translated agency's order) and parsed as the place's apposition."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in ("receive", "welcome", "host") or any(c.dep_ == "dobj" for c in trig.children):
        return None
    for p in (p for c in trig.children if c.dep_ == "prep" and c.i > trig.i and c.lower_ in ("at", "in")
              for p in c.children if p.dep_ == "pobj"):
        if p.ent_type_ not in ("FAC", "GPE", "LOC", "ORG") and not (
                p.pos_ == "NOUN" and any(c.ent_type_ in ("FAC", "GPE", "LOC") and c.i < p.i for c in p.subtree)):
            continue  # ("received in Port Sudan Egypt's intelligence chief Abbas Kamel": the place run into the title)
        for a in p.children:
            m = at.get(a.i) if a.dep_ == "appos" else None
            if m is not None and m.kind == "person":
                return m
    return None


def _in_relcl_below(x: Token, top: Token) -> bool:
    """x is inside a relative clause hung below top."""
    a = x
    while a != top and a.head != a:
        if a.dep_ == "relcl":
            return True
        a = a.head
    return False


def party_slots(doc: Doc, trig: Token, span: Span, at: dict) -> list[Mention]:
    """The party mentions in the trigger's own argument slots (`linking.tight_slots`)."""
    out: list[Mention] = list(colon_listed(trig, at))
    for t in tight_slots(trig):
        m = at.get(t.i)
        if m is None and (t.pos_ == "PROPN" or t.lower_ in _TITLE_WORDS):
            # "UN Special Envoy on Syria Staffan de Mistura": the slot is the title, the name is below it
            # (not "discussed leaked Clinton emails": a name inside a topic is no party)
            # (not one a relative clause below tells of: "the leader of the soldiers who toppled President Alpha Conde")
            m = next((at[x.i] for x in t.subtree if x.i in at and at[x.i].kind == "person" and not _in_relcl_below(x, t)), None)
            m = m or named_after_title(t, at)
        if m is not None and m.kind == "unnamed":
            # "The emir of Qatar, Sheikh Tamim bin Hamad Al Thani, met ...": the title names the person beside it
            inner = [x for x in {id(v): v for v in at.values()}.values() if x.kind == "person" and m.start <= x.start and x.end <= m.end]
            if len(inner) == 1:
                m = inner[0]
        if m is not None and m not in out and not (m.kind == "person" and someones_people(doc, m)):
            out.append(m)
            if m.kind == "person":
                out.extend(x for x in _lost_partners(doc, t, m, at) if x not in out)
    # "with Peruvian President X, Chilean President Y and Colombian President Z, Foreign Secretary W said": the names
    # listed after the "with" one, whatever the parser made of them (not the speaker the list runs into)
    for m in [m for m in out if m.kind == "person" and doc[m.head].dep_ == "pobj" and doc[m.head].head.lower_ == "with"]:
        k = m.end
        while k < trig.sent.end:
            x = at.get(k)
            if x is None:
                if doc[k].text in (",", "and") or doc[k].lower_ in _TITLE_WORDS or doc[k].ent_type_ == "NORP":
                    k += 1
                    continue
                break
            if x.kind != "person" or (doc[x.head].dep_ == "nsubj" and is_speech(doc[x.head].head)) or doc[x.start - 1].text not in (
                    ",", "and") and doc[x.start - 1].lower_ not in _TITLE_WORDS and doc[x.start - 1].ent_type_ != "NORP" \
                    or someones_people(doc, x):  # (not the apposition "Kim Jong Un's right-hand man")
                break
            if x not in out:
                out.append(x)
            k = max(x.end, k + 1)
    # "Zelenskiy is expected to attend the inauguration, Argentine media reported, and could meet Milei": the verb joined to
    # the reporting one, of no subject of its own, is the reported clause's subject's, not the reporters'
    if span.label_ == "VERB" and trig.dep_ == "conj" and is_speech(trig.head) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
        said = trig.head
        reporters = {x.i for c in said.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree}
        told = next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i), None)
        subj = next((c for c in told.children if c.dep_ in ("nsubj", "nsubjpass")), None) if told is not None else None
        m = at.get(subj.i) if subj is not None else None
        if m is not None and m.kind == "person":
            out = [m, *(x for x in out if x is not m and x.head not in reporters)]
    # "Putin held a bilateral meeting with Hollande, followed by a brief meeting with Merkel": the next meeting's host is the
    # first one's subject
    # (only a meeting with a partner of its own: not "followed by a dinner hosted by ...")
    follow = trig.head.head if span.label_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "by" and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in trig.children) else None
    if follow is not None and follow.lemma_.lower() == "follow" and follow.tag_ == "VBN":
        # (hung on the first meeting's noun or on its verb)
        verb = follow.head if follow.head.pos_ in ("VERB", "AUX") else follow.head.head if follow.head.dep_ in ("dobj", "nsubjpass") else None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        m = at.get(subj.i) if subj is not None else None
        if m is not None and m.kind in ("person", "pronoun") and m not in out:
            out.insert(0, m)
    # "received this Monday at the Palace of the Revolution the President of the United States, Barack Obama": the one
    # received told after the place (a translated agency's order), parsed as the place's apposition
    m = received_after_place(trig, at)
    if m is not None and m not in out:
        out.append(m)
    # "a meeting between X and US Secretary of State Y has begun", Y parsed as the subject of "begun": the
    # party after "between X and" is the second party whatever the parse
    for c in trig.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            # (the name in apposition to its title: "between Iran's deputy foreign minister Abbas Araghchi and ...")
            first = next((at[x.i] for p in c.children if p.dep_ == "pobj"
                          for x in (p, *(a for a in p.children if a.dep_ == "appos")) if x.i in at), None)
            if first is not None and first.end < len(doc) and doc[first.end].lower_ == "and":
                second = next((at[k] for k in range(first.end + 1, min(len(doc), first.end + 10)) if k in at
                               and at[k].kind in ("person", "unnamed")), None)
                if second is not None and second not in out and doc[second.head].sent == trig.sent:
                    out.append(second)
    # a headline's "PM to meet Xi, Nazarbayev", parsed with "PM" the root and "to meet" its clause: who is to meet
    if span.label_ == "VERB" and trig.dep_ in ("advcl", "acl") and trig.head.i < trig.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trig.children) and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        m = at.get(trig.head.i)
        if m is not None and m.kind == "person" and m not in out:
            out.insert(0, m)
    # "Yoon to meet Xi and Ishiba in Lima", the name first parsed as a modifier of "meet": the one who is to meet
    if span.label_ == "VERB" and trig.i - trig.sent.start <= 4 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
        m = at.get(trig.sent.start)
        if m is not None and m.kind == "person" and m not in out and m.end < trig.i and all(
                t.dep_ == "aux" and t.head == trig for t in doc[m.end: trig.i]):
            out.insert(0, m)
    # a noun's own "between" pair is its parties ("agreed on the date and place of the planned summit between Kim and
    # Trump": not the people who agreed on it)
    if span.label_ == "NOUN":
        spans = [(c.left_edge.i, c.right_edge.i) for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"]
        own = [m for m in out if any(a <= m.head <= b for a, b in spans)]
        if len({m.key for m in own}) >= 2:
            # (the subjects of a verb above the noun, not the people the meeting's own clauses add: "hosted by Kallas")
            above = {c.i for a in trig.ancestors if a.pos_ in ("VERB", "AUX") for c in a.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c != trig and not c.is_ancestor(trig)}
            out = [m for m in out if m in own or not any(doc[m.head].i == i or doc[m.head].is_ancestor(doc[i]) or
                                                         doc[i].is_ancestor(doc[m.head]) for i in above)]
    # names compounded into a noun trigger: "the Kerry-Putin meeting", "Biden-Xi summit"
    if span.label_ == "NOUN":
        k = trig.i - 1
        sent_start = trig.sent.start
        while k >= sent_start and (doc[k].text in ("-", "–", "'s", "’s") or at.get(k) is not None and at[k].kind == "person"):
            m = at.get(k)
            if m is not None and m not in out:
                out.append(m)
            k -= 1
    if span.label_ == "VERB":
        # "The foreign ministers of the Quad - Antony Blinken of the United States, Penny Wong of Australia, ... - met":
        # the people listed after a plural subject that names no country
        for c in trig.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PARTY_NOUNS and (c.i not in at or at[c.i].kind != "unnamed"):
                out.extend(x for x in listed_people(doc, c, at) if x not in out)
    return out


def _lost_partners(doc: Doc, head: Token, m: Mention, at: dict) -> list[Mention]:
    """"U.S. President Donald Trump and Russian President Vladimir Putin had ...", parsed with Trump as an
    apposition inside Putin's title: the people named before the slot's person and joined to it by "and",
    with only titles, names and punctuation between."""
    out = []
    for k in range(head.left_edge.i, m.start):
        x = at.get(k)
        if x is None or x.kind != "person" or x is m or x in out or x.end > m.start:
            continue
        between = doc[x.end: m.start]
        if any(t.lower_ == "and" for t in between) and all(t.pos_ in ("PROPN", "ADJ", "CCONJ", "PUNCT", "DET", "NOUN")
                                                         and t.dep_ not in ("relcl", "acl") for t in between):
            out.append(x)
    return out


def asked_about(tok: Token, trig: Token) -> bool:
    """"Asked about a possible meeting with Xi, Mr Kwatra said ...": the one who answers (`tok`, a speech verb's
    subject) is not a party of the meeting asked about."""
    if tok.dep_ != "nsubj" or not is_speech(tok.head):
        return False
    return any(c.dep_ == "advcl" and c.lower_ in ("asked", "questioned", "pressed") and c.i < tok.i and c.is_ancestor(trig)
               and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) for c in tok.head.children)


def speaker_of_clause(tok: Token, trig: Token) -> bool:
    """"Albanese says the summit ... has been called off after the US President cut short his trip to deal with debt
    ceiling talks": the one who speaks (`tok`) of a clause with a subject of its own, inside which the trigger stands."""
    if tok.dep_ != "nsubj" or not is_speech(tok.head):
        return False
    return any(c.dep_ == "ccomp" and c.is_ancestor(trig) and any(
        x.dep_ in ("nsubj", "nsubjpass") and x != trig and not x.is_ancestor(trig) for x in c.children) for c in tok.head.children)


def speaker_party(trig: Token, at: dict, other: PartyData, people: People) -> Mention | None:
    """"Lavrov said talks with Kerry ended without agreement": talks with someone, reported by the person
    who had them. Only for a trigger with a "with" party and no subject of its own, under the speaker's verb."""
    circumstance = trig.dep_ == "pobj" and trig.head.lower_ in ("during", "after", "following", "at", "on")
    # "Erdogan says no plans to meet Assad": a headline's elided "he has"
    elided = trig.pos_ == "VERB" and any(c.dep_ == "dobj" for c in trig.children)
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children) and not circumstance and not elided:
        return None  # "X said a proposal presented by Y during talks in Rome ...": X was at the talks
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in trig.children):
        return None
    tok = trig
    for _ in range(6):
        if tok.head == tok:
            return None
        tok = tok.head
        if elided and not is_speech(tok) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            return None  # "X said there were no plans to meet Y", "X said Z wants to meet Y": not X's meeting
        if not is_speech(tok) and any(c.dep_ in ("nsubj", "nsubjpass") and c != trig and not c.is_ancestor(trig)
                                      for c in tok.children):
            return None  # "The president is expected to hold meetings with other leaders, X said": the president's
        if is_speech(tok):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and (subj.i not in at or at[subj.i].kind != "person"):
                # "Lula's foreign minister, Celso Amorim, said ...": the name in apposition to the subject
                subj = next((c for c in subj.children if c.dep_ == "appos" and c.i in at and at[c.i].kind == "person"), subj)
            m = at.get(subj.i) if subj is not None and not asked_about(subj, trig) else None
            if m is not None and m.kind == "person" and surname_key(m.name or "") != surname_key(other.name or "") and \
                    m.role_class not in SPEAKER_CLASSES and (people.get(m.key) is None or people[m.key].role_class not in SPEAKER_CLASSES):
                return m
            return None
    return None


def body_meets(trig: Token, at: dict, dateline: set[int] = frozenset()) -> bool:
    """"meet" whose subject is an organisation or body and who it meets is not said (a dateline the parser
    makes a subject, "HAMBURG — Trump and Putin met", is none)."""
    subj = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in dateline), None)
    if subj is None or any(t.i in at for t in expand(subj)):
        return False  # ("UNITED NATIONS (AP) — Obama and Putin will meet": the people are the dateline's appositions)
    if any(c.dep_ in ("dobj", "prep") and c.lower_ in ("with", "between") or c.dep_ == "dobj" for c in trig.children):
        return False
    return subj.ent_type_ in ("ORG", "NORP") or subj.lemma_.lower() in ("council", "committee", "board", "parliament", "house",
                                                                        "senate", "assembly", "group", "cabinet", "bloc") \
        or _gathering_members(subj)


_MEMBERS = {"leaders", "ministers", "members", "heads", "delegates", "participants"}


def _gathering_members(subj: Token) -> bool:
    """"before EU leaders meet later this month", "when the 27 leaders meet", "as world leaders meet": the members of a
    body or many people, convening (not "the two leaders", not "Iranian and Saudi ministers")."""
    if subj.lower_ not in _MEMBERS:
        return False
    for c in subj.children:
        if c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG" and not country_code(c.text):
            return True  # "EU leaders", "NATO foreign ministers", "G7 ministers"
        if c.dep_ == "nummod" and c.like_num and c.text.isdigit() and int(c.text) > 2:
            return True
        if c.dep_ == "amod" and c.lower_ in ("world", "other", "all"):
            return True
    return False


THEIR_PEOPLE = {"envoy", "envoys", "aide", "aides", "official", "officials", "government", "allies", "ally", "lawyers", "lawyer",
                 "supporters", "representatives", "representative", "delegation", "spokesman", "spokeswoman", "camp", "team",
                 "administration", "emissary", "emissaries", "negotiators", "negotiator", "adviser", "advisers", "advisor",
                 "family", "families", "relatives", "wife", "husband", "son", "sons", "daughter", "daughters", "children",
                 "widow", "mother", "father", "brother", "sister", "staff", "predecessor", "successor", "rival", "man", "woman"}


def someones_people(doc: Doc, m: Mention) -> bool:
    """"Maduro meets Guaido envoys", "Trump's lawyers": the name qualifies who is met; it is not the party."""
    k = m.end + (1 if m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s") else 0)
    if k < len(doc) and doc[k].lower_ in THEIR_PEOPLE and doc[k].pos_ in ("NOUN", "PROPN"):
        return True
    if k > m.end:
        # "Putin's peace envoy Kirill Dmitriev", "Zelensky's chief of staff Andriy Yermak", "Xi's top diplomat": the
        # office the possessor gives, its words before it skipped
        j = k
        while j + 1 < len(doc) and j - k < 4 and (doc[j].dep_ in ("amod", "compound", "nmod") and doc[j].head.i > j
                                                 and doc[j].text.islower() or doc[j].text == "-"):
            j += 1  # ("Kim Jong Un's right-hand man")
        if doc[j].pos_ == "NOUN" and (doc[j].lower_ in THEIR_PEOPLE or doc[j].lower_ in _TITLE_WORDS):
            return True
    # "Andriy Yermak, Zelensky's chief of staff, met ...": whose title the person in apposition holds
    return k > m.end and k < len(doc) and doc[k].lower_ in _TITLE_WORDS and m.start >= 2 and doc[m.start - 1].text == "," \
        and doc[m.start - 2].ent_type_ == "PERSON"


_SPORTS_ROLES = {"boxer", "champion", "coach", "player", "striker", "midfielder", "defender", "goalkeeper", "grandmaster",
                 "footballer", "skater", "sprinter", "golfer", "cyclist", "swimmer", "wrestler", "fighter", "tennis",
                 "chess", "athlete", "winger", "quarterback", "pitcher", "jockey"}
_KNOCKOUT = {"final", "semi-final", "semifinal", "quarter-final", "quarterfinal", "quarter-finals", "quarterfinals",
             "semi-finals", "semifinals"}
_SPORTS_STAGES = {"final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals", "quarter-final", "quarter-finals",
                  "quarterfinal", "quarterfinals", "round", "ring", "match", "game", "bout", "fight", "playoff", "playoffs",
                  "tournament", "league", "cup", "derby", "court", "pitch", "stadium", "race", "duel", "rematch"}


def sporting(trig: Token, sent: Span) -> bool:
    """A contest, not a meeting: a sports stage on the trigger ("meet Nadal in the final") or sports roles in the sentence."""
    if trig.lemma_.lower() not in ("meet", "meeting"):
        return False
    # the stage as the object of a preposition, or anywhere in an "in"/"at" phrase ("in the Australian Open
    # semi-final", tokenised "semi - final" and parsed into pieces)
    stage = any(c.dep_ == "prep" and (any(p.dep_ == "pobj" and _stage(p) for p in c.children) or (
        c.lower_ in ("in", "at") and any(_stage(t) and t.lower_ != "round" for t in c.subtree))) for c in trig.children)
    # (or a knock-out stage anywhere in the sentence: "He beat Nadal in Friday's semifinal, their first meeting at the
    # All England Club"; the callers ask only about parties without a title, so "Putin met Macron at the World Cup
    # final" stays a meeting)
    # (a knock-out stage is a noun: not "meet for what is likely their final time")
    return stage or any(t.lower_ in _SPORTS_ROLES or (t.lower_ in _KNOCKOUT and t.pos_ in ("NOUN", "PROPN")) for t in sent)


def _stage(tok: Token) -> bool:
    """"the final", "the ring", "the second round"; not "another round of talks"."""
    return tok.lower_ in _SPORTS_STAGES and not (tok.lower_ == "round" and any(g.dep_ == "prep" and g.lower_ == "of" for g in tok.children))


def gapped_objects(doc: Doc, trig: Token, at: dict) -> list[tuple[Mention, Span | None]]:
    """"met Kerry on Monday and Zarif on Tuesday": the parser hangs Zarif on Monday; Zarif and the day after him."""
    if trig.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "dobj" for c in trig.children):
        return []
    out = []
    for c in trig.children:
        if c.dep_ != "prep":
            continue
        for p in c.children:
            if p.dep_ != "pobj" or p.ent_type_ != "DATE":
                continue
            for conj in p.conjuncts:
                m = at.get(conj.i)
                if m is not None and m.kind == "person" and m.start > p.i:
                    # (its day right after it, or after its own place: "and Arce in La Paz on Wednesday")
                    when = next((e for e in doc_ents(doc) if e.label_ == "DATE" and m.end <= e.start <= m.end + 5
                                 and e.end <= conj.sent.end), None)
                    out.append((m, when))
            # "will meet President Xi Jinping on November 6 and Premier Li Qiang the following day", the second name hung
            # anywhere by the parser: the name right after the day's "and", with a day of its own after it
            k = p.right_edge.i + 1
            if k + 1 < len(doc) and doc[k].lower_ == "and":
                m = next((at[i] for i in range(k + 1, min(k + 5, len(doc))) if i in at), None)
                when = next((e for e in doc_ents(doc) if e.label_ == "DATE" and m.end <= e.start <= m.end + 2
                             and e.end <= trig.sent.end), None) if m is not None and m.kind == "person" else None
                if when is not None and m not in [x for x, _ in out] and all(t.pos_ == "PROPN" for t in doc[k + 1: m.start]):
                    out.append((m, when))
    # "met Tusk in Warsaw on Monday, and Czech Prime Minister Petr Fiala in Prague on Tuesday": the second object
    # parsed as a conjunct of the verb itself, with its own place and day after it
    obj = next(c for c in trig.children if c.dep_ == "dobj")
    # (or of the verb the trigger completes: "is scheduled to meet Netanyahu in Jerusalem this morning and Abbas in Bethlehem")
    for conj in [*trig.children, *(c for c in trig.head.children if c.dep_ == "conj" and trig.dep_ == "xcomp")]:
        m = at.get(conj.i)
        # ("met Barrot in Paris on Tuesday and Baerbock in Berlin on Wednesday": the second parsed as an adverbial noun)
        if conj.dep_ in ("conj", "npadvmod") and conj.i > obj.i and m is not None and m.kind == "person" and m not in [x for x, _ in out] \
                and not any(c.dep_ in ("nsubj", "dobj") for c in conj.children):
            when = next((e for e in doc_ents(doc) if e.label_ in ("DATE", "TIME") and m.end <= e.start <= m.end + 5
                         and e.end <= conj.sent.end), None)  # (a time of day too: "and Abbas in Bethlehem this afternoon")
            # ("met Erdogan at the palace, and then Aliyev": one after the other, the day the sentence's; not "met Lajcak
            # and Borrell in Brussels on July 16": one day for both, the first object with no day or place of its own)
            own = any(t.ent_type_ == "DATE" or (t.dep_ == "prep" and t.lower_ in ("in", "at")) for t in doc[obj.right_edge.i + 1: m.start])
            # (or a place of its own right after it: "met Huthi leader X in Sanaa late last month and President Hadi in Riyadh
            # the same week")
            placed = m.end < len(doc) and doc[m.end].lower_ in ("in", "at") and doc[m.end].dep_ == "prep" and doc[m.end].head == conj
            if ((when is not None or placed) and own) or any(c.dep_ == "advmod" and c.lower_ in _THEN for c in conj.children):
                out.append((m, when))
    return out


_THEN = ("then", "finally", "later", "afterwards", "next")


def listed_people(doc: Doc, noun: Token, at: dict) -> list[Mention]:
    """The people a plural party noun is followed by, set off by a comma or a dash: "their Russian counterparts, Sergei
    Lavrov and Sergei Shoigu,", "the foreign ministers of Egypt, Ethiopia and Sudan, Sameh Shoukry, ... and Asma Mohamed
    Abdalla,", "The foreign ministers of the Quad - Antony Blinken of the United States, Penny Wong of Australia, ... -";
    none unless two or more."""
    if not noun.lower_.endswith("s"):
        return []
    stop = min(noun.sent.end, noun.i + 40)
    def person_at(j: int) -> bool:  # (a person's name at j, or after one title or given name there: "Prince Abdulaziz")
        return any((x := at.get(j + d)) is not None and x.kind == "person" and x.start == j + d
                   and (d == 0 or doc[j].is_title and (doc[j].pos_ == "PROPN" or doc[j].lower_ in _TITLE_WORDS)) for d in (0, 1))

    k = next((i + 1 for i in range(noun.i + 1, stop - 2) if doc[i].text in (",", "-", "–", "—", ":") and person_at(i + 1)
              and all(doc[j].pos_ not in ("VERB", "AUX") for j in range(noun.i + 1, i))), None)
    out: list[Mention] = []
    while k is not None and k < stop:
        x = at.get(k)
        if x is not None and x.kind == "person" and x.start == k:
            out.append(x)
            k = x.end
            # ("Antony Blinken of the United States": the country each is of)
            if k + 1 < stop and doc[k].lower_ == "of" and (doc[k + 1].ent_type_ == "GPE" or doc[k + 1].lower_ == "the"):
                k += 1
                while k < stop and (doc[k].ent_type_ == "GPE" or doc[k].lower_ == "the"):
                    k += 1
        elif doc[k].lower_ in (",", "and") and out:
            k += 1
        elif doc[k].is_title and (doc[k].pos_ == "PROPN" or doc[k].lower_ in _TITLE_WORDS) and (k not in at or at[k].kind != "person") \
                and (x := at.get(k + 1)) is not None and x.kind == "person" \
                and x.start == k + 1:
            k += 1  # (a given name the model left out, a title: "Asma Mohamed Abdalla", "Prince Abdulaziz bin Salman")
        else:
            break
    return out if len(out) >= 2 else []


def listed_objects(doc: Doc, trig: Token, at: dict) -> list[tuple[Mention, Span]]:
    """"met Xi at an estate in Woodside on Wednesday, Kishida on Thursday and Lopez Obrador on Friday", "will meet bin
    Salman in Riyadh on January 8, Netanyahu in Tel Aviv on January 9, and Abbas in Ramallah on January 10": the people
    a verb meets one after another, each with a day of his own after his name; each with that day. Empty unless every
    person after the verb has one, the days differ and only a list's commas, "and" and the next one's titles come
    between a day and the next name."""
    if trig.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "dobj" for c in trig.children):
        return []
    sent = trig.sent
    people: list[Mention] = []
    for i in range(trig.i + 1, sent.end):
        m = at.get(i)
        if m is not None and m.kind == "person" and m not in people and trig.is_ancestor(doc[m.head]):
            people.append(m)  # (what the verb governs: not "After meeting Putin on Monday, Trump said ... the 2016 election")
    if len(people) < 2:
        return []
    dates = [e for e in sent_ents(sent) if e.label_ == "DATE"]  # (read once, not per person)
    out = []
    for k, m in enumerate(people):
        stop = people[k + 1].start if k + 1 < len(people) else sent.end
        when = next((e for e in dates if m.end <= e.start and e.end <= stop), None)
        if when is None:
            return []
        gap = doc[when.end: stop] if k + 1 < len(people) else None
        if gap is not None and not (any(t.text == "," or t.lower_ == "and" for t in gap) and all(
                t.text == "," or t.lower_ == "and" or t.pos_ in ("ADJ", "PROPN", "NOUN", "DET") or t.lower_ in ("his", "her", "their")
                for t in gap)):
            return []
        out.append((m, when))
    return out if len({w.text.lower() for _, w in out}) == len(out) else []


def separate_partners(trig: Token, at: dict) -> list[list[Mention]]:
    """The people met one at a time: the "with" objects (or a verb's objects) of a trigger marked separate
    ("separate meetings with X and Y", "met separately with X and Y", "would meet X and Y separately"), or of
    two coordinated "with"s ("talks with X, and then with Y")."""
    doc = trig.doc
    verb = light_verb(trig) if trig.pos_ in ("NOUN", "PROPN") else None
    heads = [trig] + ([verb] if verb is not None else [])
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
    preps += [c for h in heads for c in h.children if c.dep_ == "conj" and c.lower_ == "with" and c not in preps]
    # "met separately in the Oval Office with Netanyahu and with Gantz": the first "with" hung on the place
    preps += [c for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
              for o in p.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "with" and c not in preps]
    preps += [c for p in list(preps) for c in p.children if c.dep_ == "conj" and c.lower_ == "with" and c not in preps]
    # "talks with Qin Gang on Sunday and with Wang Yi on Monday": the second "with" hung on the first one's day
    preps += [c for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ != "with"
              for c in p.children if c.dep_ == "conj" and c.lower_ == "with" and c not in preps]
    # "was received by President X in Entebbe and by Prime Minister Y in Addis Ababa": each host a meeting of its own
    agents = [c for h in heads for c in h.children if c.dep_ == "agent"]
    agents += [x for a in list(agents) for x in a.subtree if x.dep_ == "conj" and x.lower_ == "by" and x not in agents]
    if len(agents) >= 2 and not preps:
        preps = agents

    def people(prep: Token, dep: str = "pobj") -> list[Mention]:
        out = []
        # (not the names of another of the prepositions, hung below this one's: "by X in Entebbe and by Y in Addis Ababa")
        inner = {y.i for q in preps if q is not prep and prep.is_ancestor(q) for y in q.subtree}
        for p in prep.children:
            if p.dep_ == dep:
                # (the whole phrase's names, whatever word the parser makes its head: "with Turkish Foreign Minister Hakan
                # Fidan and Saudi Foreign Minister Prince Faisal bin Farhan", headed by a title)
                for t in [p, *p.conjuncts, *(x for x in p.subtree if x.dep_ in ("conj", "compound", "appos") and x.i > p.i - 8
                                             and x.i not in inner)]:
                    m = at.get(t.i)
                    # a person, or one country's unnamed party ("and with the Emirati foreign minister")
                    if m is not None and (m.kind == "person" or m.kind == "unnamed" and len(m.countries) == 1) and m not in out:
                        out.append(m)
        if out and dep == "pobj":
            # (and the names listed on after them, whatever the parser hung them on: "with Sri Lankan President Rajapaksa,
            # Afghan President Ghani, Maldivian President Yameen and Bhutanese Prime Minister Tobgay")
            k = min(m.start for m in out)
            while k < prep.sent.end:
                x = at.get(k)
                if x is None:
                    # (a country's name as its adjective: "Bangladesh Prime Minister Sheikh Hasina"; each one's place and day:
                    # "with Salva Kiir in Juba on September 4, Qatar's emir ... in Doha last week and ...")
                    if doc[k].text not in (",", "and", "in", "at", "on", "'s", "’s") and doc[k].lower_ not in _TITLE_WORDS \
                            and doc[k].ent_type_ not in ("NORP", "GPE", "DATE"):
                        break
                    k += 1
                    continue
                if x.kind == "unnamed" and x not in out:
                    k = max(x.head + 1, k + 1)  # (a title before the next name: "Maldivian President")
                    continue
                if x.kind != "person" or (doc[x.head].dep_ in ("nsubj", "nsubjpass") and x not in out):
                    break  # (a subject of a clause of its own is no one listed: "met X in Paris, and Y said ...")
                if x not in out:
                    out.append(x)
                k = max(x.end, k + 1)
        # (a title of one country named right after: "the Foreign Minister of the People's Republic of China, H.E. Wang Yi")
        return [m for m in out if not (m.kind == "unnamed" and any(
            x.kind == "person" and 0 <= x.start - m.end <= 3 and (not x.countries or x.countries == m.countries) for x in out))]

    def then_appos() -> list[Token]:
        """"met Fuentes, then Arce": the one met next, parsed as an apposition to the first."""
        return [a for o in heads[0].children if o.dep_ == "dobj" for a in o.children
                if a.dep_ == "appos" and any(c.dep_ == "advmod" and c.lower_ in _THEN for c in a.children)]

    apart = separately_after(trig)  # ("met X and, separately, Y", Y hung anywhere by the parser)

    def objects() -> list[Mention]:
        """The verb's objects, an adverbial noun's among them ("met X and, separately, Y", "met X ..., as well as Y")."""
        direct = people(trig, "dobj")
        direct += [m for a in then_appos() if (m := at.get(a.i)) is not None and m.kind == "person" and m not in direct]
        direct += [m for a in apart if (m := at.get(a.i)) is not None and m.kind == "person" and m not in direct]
        return direct + [m for m in people(trig, "npadvmod") if m not in direct]

    colon = colon_listed(trig, at)
    groups = [g for g in (people(p) for p in preps) if g] or ([[m] for m in colon] if len(colon) > 1 else [])
    # "held separate meetings with", "will hold bilateral talks with Xi and Putin": one partner at a time
    # ("met Yoon and Albanese on Saturday and Sunday respectively": each on a day of his own)
    separate = any(c.lower_ in ("separate", "individual", "separately", "individually", "respectively") for h in heads for c in h.children) \
        or bool(apart) or (
        any(c.dep_ == "amod" and c.lower_ == "bilateral" for c in trig.children)) or trig.lower_ in ("meetings", "summits", "bilaterals") or any(
        # "met Macron, Meloni and Albanese separately": the adverb hung on the last object
        c.lower_ in ("separately", "individually", "respectively") for o in heads[0].children if o.dep_ in ("dobj", "npadvmod")
        for t in (o, *o.conjuncts) for c in t.children) or any(
        # "met Widodo and Albanese in separate meetings", "in separate bilateral talks"
        o.lemma_.lower() in ("meeting", "talk", "session", "encounter") and (o.lower_ == "meetings" or any(
            c.lower_ in ("separate", "individual", "bilateral") for c in o.children))
        for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj") or any(
        # "met Xi, then Erdogan, and finally Khurelsukh": one after another
        c.dep_ == "advmod" and c.lower_ in _THEN for o in heads[0].children
        if o.dep_ in ("dobj", "npadvmod") for t in o.conjuncts for c in t.children) or (
        # (the parser's "met Xi, then Erdogan": two objects of the verb, not conjuncts)
        len([c for c in heads[0].children if c.dep_ == "dobj"]) >= 2 and any(
            c.dep_ == "advmod" and c.lower_ in _THEN for c in heads[0].children)) or bool(then_appos()) or _each_in_a_place(heads[0]) or (
        # "held a string of one-on-one meetings on Tuesday, also receiving Ramaphosa and Xi": each received in one of them
        trig.dep_ in ("advcl", "conj") and trig.i > trig.head.i and any(
            t.lower_ in ("meetings", "bilaterals") for t in trig.head.subtree if t.i < trig.i and not trig.is_ancestor(t)))
    if not separate and trig.pos_ in ("VERB", "AUX") and trig.lemma_.lower() == "meet" and any(
            c.dep_ == "advmod" and (c.lower_ == "also" or c.lower_ == "later" and not list(c.children)) for c in trig.children) \
            and not any(t.lower_ in ("together", "jointly", "trilateral", "three-way", "joint") for t in trig.sent):
        # "Pompeo also met his Chinese counterpart Wang Yi and North Korea's Ri Yong Ho": one meeting each, when they
        # stand for different countries
        # ("also met Merkel on Tuesday, as well as Danish Prime Minister Frederiksen": the second parsed as an adverbial noun)
        objs = objects() or (groups[0] if len(groups) == 1 else [])
        countries = [m.countries[0] for m in objs if m.countries]
        separate = len(objs) >= 2 and len(countries) == len(objs) and len(set(countries)) == len(countries)
    if not separate and len(groups) == 1 and len(groups[0]) >= 2 and _each_told_with_a_place(doc, groups[0]):
        # "held talks with South Sudan's Salva Kiir in Juba on September 4, Qatar's emir in Doha last week and Eritrean
        # President Isaias Afwerki in Asmara on Monday": one meeting each, where each was met
        separate = True
    if not separate and not groups and trig.pos_ in ("VERB", "AUX") and len(objs := objects()) >= 2 and _each_told_with_a_place(doc, objs):
        # "is scheduled to meet Netanyahu in Jerusalem this morning and Abbas in Bethlehem this afternoon": one meeting each
        separate = True
    if separate and not groups and trig.pos_ in ("VERB", "AUX"):
        # "would meet Lavrov and Blinken separately" (the object sometimes parsed as an adverbial noun)
        # ("met Pezeshkian and, separately, Mirziyoyev": the second object parsed as an adverbial noun)
        groups = [objects()]
    if separate and len(groups) == 1 and len(groups[0]) >= 2:
        return [[m] for m in groups[0]]
    return groups if len(groups) >= 2 else []


_EACH = ("each", "separately", "individually")


def separate_subjects(trig: Token, at: dict) -> list[Mention]:
    """The people who met the same partner one at a time: two or more named subjects of a trigger marked "each" or
    "separately" ("Abe and Moon each held talks with Xi", "X and Y met separately with Z", "will each meet Z", "X and Y held separate meetings with Z")."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else (light_verb(trig) or trig)
    heads = {trig, verb}
    subjects = [x for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass") for x in expand(c)]
    marked = any(t.lower_ in _EACH and (t.head in heads or t.head in subjects) for t in trig.sent) or any(
        c.dep_ == "amod" and c.lower_ in ("separate", "individual") for c in trig.children if trig.tag_ == "NNS")
    people = [m for x in subjects if (m := at.get(x.i)) is not None and m.kind == "person"]
    people = [m for k, m in enumerate(people) if m not in people[:k]]
    heads_of_subject = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    if marked and len(people) == 1 and len(heads_of_subject) == 1:
        # ("Peruvian Foreign Minister A and Chilean Foreign Minister B held separate talks with C": the parser hung the
        # first title and name on the second's, so the subject's words hold both, joined by "and" and nothing else)
        words = list(heads_of_subject[0].subtree)
        if any(t.dep_ == "cc" for t in words) and not any(t.pos_ in ("ADP", "VERB") or t.pos_ == "PRON" and t.lower_ not in _EACH
                                                              for t in words):
            lo, hi = words[0].i, words[-1].i
            people = list({id(m): m for t in words if (m := at.get(t.i)) is not None and m.kind == "person"
                           and lo <= m.start and m.end - 1 <= hi}.values())
    return people if marked and len(people) >= 2 else []


def _each_told_with_a_place(doc: Doc, group: list[Mention]) -> bool:
    """People listed each with a place of their own right after the name ("Kiir in Juba ..., Tamim in Doha ... and Afwerki in
    Asmara"), all places different."""
    people = sorted((m for m in group if m.kind == "person"), key=lambda m: m.start)
    if len(people) != len(group):
        return False
    places = []
    for m, nxt in zip(people, [*people[1:], None], strict=True):
        stop = min(nxt.start if nxt is not None else m.end + 6, m.end + 6, len(doc))
        k = m.end
        while k < stop and doc[k].is_punct:
            k += 1  # (", in Doha": the comma of an apposition)
        if k + 1 >= stop or doc[k].lower_ not in ("in", "at") or doc[k + 1].ent_type_ not in ("GPE", "LOC", "FAC"):
            return False
        places.append(doc[k + 1].lower_)
    return len(set(places)) == len(places)


def _each_in_a_place(verb: Token) -> bool:
    """"is scheduled to meet Netanyahu in Jerusalem on Wednesday and Abbas in Ramallah later that day": the verb's two
    objects, each followed by a place of its own."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
              for p in c.children if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC")]
    return len(objs) == 2 and len({p.lower_ for p in places}) == 2 and objs[0].i < places[0].i < objs[1].i < places[1].i


def plural_meetings(trig: Token) -> bool:
    """"meetings", "bilateral meetings", "bilaterals": several meetings, not one between the parties."""
    noun = trig.head if trig.dep_ == "amod" and trig.head.pos_ == "NOUN" else trig
    return noun.lower_ in ("meetings", "bilaterals", "encounters")


def mentions_at(mentions: list[Mention]) -> dict[int, Mention]:
    idx: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            if m.kind == "unnamed" and i != m.head:
                idx.setdefault(i, m)
            else:
                idx[i] = m
    return idx
