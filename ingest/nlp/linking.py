"""Which party mentions and places belong to a trigger, read off the dependency parse.

Tight slots first: the subject of "meet", its "with"/"between" objects, the names compounded into a
noun trigger ("the Kerry-Putin meeting"), the subject of the verb a noun trigger is the object of
("Lavrov and Tillerson have held a meeting"); conjunctions and appositions expand each slot. When
the tight slots name fewer than two parties, any mention whose parse path to the trigger stays in the
trigger's clause is taken (`path_ok`): not the speaker of a reporting verb ("..., Ryabkov said"),
not in another clause ("... but Peskov did not confirm").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon.roles import PARTY_NOUNS, TITLES
from .lexicon.status_cues import SPEECH_VERBS
from .mode import by_phone

BRIEFING_VERBS = {"brief", "debrief", "inform", "update"}  # who tells another of a meeting, on a day of its own
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "conj", "xcomp", "acl", "pcomp"}
# verbs of a clause that only elaborates the meeting ("..., when they discussed ... together with X")
ELABORATING = {"discuss", "talk", "agree", "negotiate", "confer", "sign", "walk", "shake", "hold", "meet", "exchange", "review", "focus",
               "begin", "start", "end", "conclude", "resume", "last", "wrap"}  # what the meeting itself does
_OPENING = {"open", "convene", "reconvene"}  # (intransitive: the meeting opens)
LIGHT_VERBS = {"hold", "have", "attend", "host", "arrange", "schedule", "plan", "set", "cancel", "postpone", "call", "seek",
               "propose", "request", "agree", "begin", "start", "conclude", "end", "join", "organize", "organise"}


def taking_part(v: Token) -> bool:
    """A verb of taking part in a meeting: "attend", "participate", "join", "take part"."""
    lem = v.lemma_.lower()
    return lem in ("attend", "participate", "join") or (lem == "take" and any(c.lower_ == "part" for c in v.children))


def part_taken_in(noun: Token) -> Token | None:
    """The verb of taking part a meeting noun hangs from ("take part in the talks", "participate in the meeting",
    "attend the summit"), else None."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else (noun.head if noun.dep_ == "dobj" else None)
    if verb is not None and verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head  # ("take part in": "in" hung on "part")
    return verb if verb is not None and taking_part(verb) else None


def is_speech(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS


def told_after(trig: Token) -> Token | None:
    """The past verb of telling a meeting noun's "after" hangs on ("Swaraj and Wang announced here on Sunday after their
    bilateral talks": announced), else None: talks gone by when told of, on the day of the telling."""
    if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ == "pobj" and trig.head.lower_ in ("after", "following") \
            and trig.head.head.tag_ == "VBD" and is_speech(trig.head.head):
        return trig.head.head
    return None


def fronted_question(trig: Token, tags: tuple[str, ...] = ("VBN",)) -> Token | None:
    """The fronted clause of a reporter's question a meeting is told in ("Asked about a possible meeting with X, ...",
    "Asked whether Jaishankar would meet Dar, Jaiswal said: ..."): its "asked", else None."""
    asked = next((a for a in trig.ancestors if a.dep_ == "advcl" and a.lower_ in ("asked", "questioned", "pressed")
                  and a.tag_ in tags and not any(x.dep_ in ("nsubj", "nsubjpass") for x in a.children)), None)
    return asked if asked is not None and asked.i < asked.head.i else None


def _chain(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head != out[-1] and len(out) < 40:
        out.append(out[-1].head)
    return out


def _meeting_plan_clause(clause: Token, trig: Token) -> bool:
    """A clause on a meeting noun (or on its parties, as the parser may hang it) that says when and where the meeting
    was to be: "a meeting ... that had been scheduled for Friday in Warsaw", "talks ..., which were due to take place
    in Almaty"; what it names is the meeting's."""
    if trig.pos_ not in ("NOUN", "PROPN") or clause.dep_ not in ("relcl", "acl", "advcl") or clause.pos_ not in ("VERB", "AUX") \
            or not (clause.head == trig or trig.is_ancestor(clause.head)):
        return False
    if clause.dep_ == "advcl":
        # "Their first meeting as presidents took place in Bali", the verb parsed as a clause of the noun
        return clause.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in clause.children)
    if clause.lemma_.lower() in PLANNING_VERBS:
        return True
    words = {t.lower_ for t in clause.subtree}
    return clause.lemma_.lower() in ("be", "take") and ("due" in words or {"take", "place"} <= words)


def closed_leader_clause(clause: Token, tok: Token) -> bool:
    """Is `tok` hung on "led by X" only by the parser, after the comma that closes it ("met the opposition delegation,
    led by Moaz al-Khatib, in Moscow on Tuesday": the meeting's place and day, not the leading's)?"""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in ("lead", "head") and any(
        c.lower_ == "," and c.i < tok.i for c in clause.children if c.i > clause.i) and tok.i > clause.i


_DUE_WORDS = {"due", "scheduled", "set", "slated", "expected", "planned"}


def round_of(trig: Token) -> Token | None:
    """The round or session a meeting noun is "of" ("a fourth round of talks"), else None."""
    if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in ("round", "session"):
        return trig.head.head
    return None


def path_ok(m: Token, trig: Token, max_len: int = 8) -> bool:
    """Does the mention at `m` stay in the trigger's clause (see module docstring)?"""
    if m.sent.start != trig.sent.start:
        return False
    if m.dep_ == "dobj" and m.head.lemma_.lower() in BRIEFING_VERBS and m.head.is_ancestor(trig):
        return False  # "Araghchi briefs Pezeshkian on Muscat talks with Witkoff": who is told of the talks was not at them
    a, b = _chain(m), _chain(trig)
    bset = {t.i: k for k, t in enumerate(b)}
    lca_k = next((k for k, t in enumerate(a) if t.i in bset), None)
    if lca_k is None:
        return False
    lca = a[lca_k]
    m_side, t_side = a[:lca_k], b[: bset[lca.i]]
    if len(m_side) + len(t_side) > max_len:
        return False
    if any(t.lower_ == "according" for t in m_side) and not any(t.dep_ == "appos" for t in m_side):
        # "According to Abbas, envoys of Putin and Netanyahu met": who tells of it (not the envoys, which the parser may
        # hang on him)
        return False
    if lca != trig and is_speech(lca):
        # speaker or addressee of "said"/"told": out, except the quoted person of "quoted X as saying"
        top = m_side[-1] if m_side else m
        if not (lca.lemma_.lower() in ("quote", "cite") and top.dep_ == "dobj"):
            return False
    plan = next((k for k, c in enumerate(m_side) if _meeting_plan_clause(c, trig)), -1)
    # ("a fourth round of talks ... that had been due to take place in Rome on Saturday": the schedule of the round the
    # talks are "of", a clause of its own, says where they are)
    series = round_of(trig)
    plan = max(plan, next((k for k, c in enumerate(m_side) if series is not None and c.dep_ == "relcl" and c.head == series
                           and any(x.lower_ in _DUE_WORDS for x in c.children)), -1))
    for child in m_side[plan + 1:]:
        if child.dep_ == "pcomp" and child.tag_ == "VBG" and child.head.lower_ == "with":
            continue  # "met with visiting X at the Y": the parser's verb is the guest's adjective
        if child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") and child != trig:  # noqa: SIM102
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.head in (trig, series) and (  # (or the round the talks are "of")
                    child.lemma_.lower() in PLANNING_VERBS or child.lemma_.lower() in _HOSTING):
                continue  # "a summit ..., planned for late March in Beijing, has been postponed", "talks hosted by Blinken in Arlington"
            if child.lemma_.lower() in _OPENING and not any(c.dep_ == "dobj" for c in child.children):
                continue  # "talks ... are scheduled to open in Geneva": what the meeting does (not "to open an office in X")
            if child.lemma_.lower() not in ELABORATING and not closed_leader_clause(child, m):
                return False
        if is_speech(child) and child != m:
            return False
    for child in t_side[1:]:
        if is_speech(child) and child != lca:  # noqa: SIM102
            # the trigger sits under a reporting verb below the meeting point: "X said ... meet"
            if any(c.dep_ in ("nsubj", "nsubjpass") and c in m.subtree for c in child.children):
                return False
    return True


def after_titles_country(title: Token) -> list[Token]:
    """The words the parser hung on a title's "of" past its first ("President of Moldova Maia Sandu": Sandu), where the
    name after the title's country stands."""
    return [p for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and p.i > c.i + 1]


def expand(tok: Token) -> list[Token]:
    """A slot's head plus its conjuncts and appositions ("Biden, Sullivan and Blinken")."""
    # breadth first over conjunctions and appositions: "Biden, his adviser Jake Sullivan and Secretary Antony
    # Blinken" hangs Blinken as a conjunct of an apposition of an apposition
    out = [tok]
    k = 0
    while k < len(out) and len(out) < 16:
        t = out[k]
        k += 1
        # "Fumio Kishida and ... Yoon Suk Yeol held": the parser may hang the first name on the second (nmod)
        for c in [*t.conjuncts, *(c for c in t.children if c.dep_ == "appos" or (c.dep_ == "nmod" and c.pos_ == "PROPN"))]:
            if c not in out:
                out.append(c)
        # "with Uzbek President Mirziyoyev, who hosted the summit, Iranian President Raisi and ... Erdogan": the list going on
        # after a relative clause, which the parser hangs on the clause's object
        for r in (c for c in t.children if c.dep_ == "relcl"):
            out.extend(x for x in r.subtree if x.dep_ in ("appos", "conj") and x.ent_type_ == "PERSON" and x.head.pos_ == "NOUN"
                       and x.head.ent_type_ not in ("PERSON", "NORP") and x.head.lower_ not in PARTY_NOUNS and x.head.lower_ not in TITLES and x.head.i > r.i
                       and x not in out)
        # "received by President of Moldova Maia Sandu": the name the parser hung on the title's "of" (after the country)
        if t.pos_ == "PROPN" and t.lower_ in TITLES and t.i > 0:
            out.extend(p for p in after_titles_country(t) if p.pos_ == "PROPN" and p not in out)
        # "a U.S. delegation led by Special Representative Stephen Biegun": the delegation's leader
        for a in (a for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head") for a in c.children if a.dep_ == "agent"):
            out.extend(p for p in a.children if p.dep_ == "pobj" and p not in out)
    return out


def light_verb(trig: Token) -> Token | None:
    """The verb a noun trigger hangs from: "held a meeting", "a meeting was held", "during talks with"."""
    tok = trig
    for _ in range(6):  # "discussed the prospect for a summit in talks with X": five steps up
        head = tok.head
        if head == tok:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if tok.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "compound", "conj", "appos"):
            tok = head
            continue
        return None
    return None


def _comma_subjects(v: Token) -> list[Token]:
    """"Abe, Modi hold summit": a headline's first name, parsed as a modifier before the subject, is a subject too."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    return [c for c in v.children if c.dep_ in ("npadvmod", "dep") and c.pos_ == "PROPN" and c.i < subj.i
            and c.i + 1 < subj.i and c.doc[c.i + 1].text == "," and c.ent_type_ in ("PERSON", "")]


def _fronted_subject(v: Token) -> list[Token]:
    """"On 20 April, in Chisinau, the Minister of Foreign Affairs, Ion Ciobanu, received ...": the subject after fronted
    phrases, which the parser hangs in apposition on the place before it, leaving the verb with none."""
    doc = v.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) or v.i < 3 or doc[v.i - 1].text != ",":
        return []
    name = doc[v.i - 2]
    if name.ent_type_ != "PERSON" or name.dep_ != "appos":
        return []
    top = name
    while top.head != top and top.head != v and top.dep_ in ("appos", "pobj", "prep", "conj"):
        top = top.head
    return [name] if top.head == v and top.dep_ in ("prep", "npadvmod") else []


def brought_together(noun: Token) -> bool:
    """"The previous session ... brought together X and Y": a gathering the subject of "bring/gather together"."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("bring", "gather") and any(
        c.lower_ == "together" for c in noun.head.children)


MEALS = {"dinner", "lunch", "luncheon", "breakfast", "banquet", "reception"}


def meal_guests(v: Token) -> list[Token]:
    """"Macron hosted a dinner for Putin": the guests of a meal the verb's subject gives (the "for" hung on the noun, or
    on the verb: "hosted a dinner on Monday in Pyongyang for South Korean special envoys")."""
    meals = [d for d in v.children if d.dep_ == "dobj" and d.lemma_.lower() in MEALS]
    if not meals:
        return []
    return [p for c in (*(c for d in meals for c in d.children), *(c for c in v.children if c.lower_ == "for"))
            if c.dep_ == "prep" and c.lower_ in ("for", "with") for p in c.children if p.dep_ == "pobj"]


_CIRCUMSTANCE = {"after", "before", "following", "since", "ahead"}


# "a meeting planned/scheduled/set between X and Y": the verbs whose "between" names a meeting's parties
PLANNING_VERBS = {"plan", "schedule", "expect", "propose", "set", "slate"}


def adjective_verb_parties(trig: Token) -> list[Token]:
    """"Brazil's Lula hosted Argentina's Fernandez": the small model reads the verb as an adjective of its
    object, with the subject hung below it. The object and the subject, in that order; else nothing."""
    if not (trig.dep_ == "amod" and trig.tag_ in ("VBD", "VBN") and trig.head.pos_ == "PROPN" and trig.head.i > trig.i):
        return []
    # (a name the tagger took for a common noun too: "Trump")
    subjects = [c for c in trig.children if c.dep_ in ("npadvmod", "nmod", "nsubj") and c.i < trig.i
                and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and c.is_title and c.ent_type_ in ("PERSON", "ORG", ""))]
    before = trig.doc[trig.i - 1] if trig.i > trig.sent.start else None
    if not subjects and before is not None and before.is_title and before.dep_ in ("nmod", "compound", "npadvmod", "amod") \
            and before.head.i > trig.i and before.ent_type_ in ("", "PERSON", "ORG"):
        # ("Trump hosted Ukrainian President Volodymyr Zelenskiy", "Trump" hung on the object's name)
        subjects = [before]
    obj = trig.head
    while obj.dep_ == "compound" and obj.head.pos_ == "PROPN" and obj.head.i > obj.i:
        obj = obj.head  # (the name the title is of: "Peruvian President Carlos Mendoza")
    return [obj, *subjects]


def inviting_host(trig: Token) -> list[Token]:
    """"will pay a state visit to North Korea ... at the invitation of leader Kim Jong Un": the host who invited one to
    the visit, else nothing."""
    if trig.lemma_.lower() != "visit" or trig.pos_ != "NOUN":
        return []
    return [p for c in (*trig.children, *trig.head.children) if c.dep_ == "prep" and c.lower_ == "at"
            for inv in c.children if inv.dep_ == "pobj" and inv.lower_ == "invitation"
            for o in inv.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"]


def invited_to_pay_a_visit(trig: Token) -> list[Token]:
    """"X invited Y to pay an official visit to Armenia", "Y accepted X's invitation to pay a visit to Russia", "Y accepted an
    invitation from X to make a return visit": the host who invited and the guest, else nothing."""
    v = trig.head
    if trig.lemma_.lower() == "visit" and trig.pos_ == "VERB" and trig.dep_ == "acl" and v.lemma_.lower() == "invitation":
        v = trig  # ("accepted Ford's invitation to visit the United States")
    elif trig.lemma_.lower() != "visit" or trig.dep_ != "dobj" or v.lemma_.lower() not in ("pay", "make"):
        return []
    if v.dep_ == "xcomp" and v.head.lemma_.lower() == "invite":
        return [c for c in v.head.children if c.dep_ in ("nsubj", "dobj")]
    if v.dep_ == "acl" and v.head.lemma_.lower() == "invitation":
        inv = v.head
        hosts = [c for c in inv.children if c.dep_ == "poss"] + [p for c in inv.children if c.dep_ == "prep" and c.lower_ == "from"
                                                                for p in c.children if p.dep_ == "pobj"]
        acc = next((a for a in inv.ancestors if a.pos_ == "VERB"), None)  # ("accepted in principle Carter's invitation", misparsed)
        if acc is None or acc.lemma_.lower() != "accept":
            return []
        subj_of = acc
        while subj_of.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in subj_of.children):
            subj_of = subj_of.head  # ("is expected to accept Ford's invitation": the subject of the verb it completes)
        guests = [c for c in subj_of.children if c.dep_ in ("nsubj", "nsubjpass")]
        return hosts + guests if hosts and guests else []
    return []


def telling_verb(v: Token) -> Token | None:
    """The verb that tells someone else to do what `v` says ("directed the Special Representatives to meet"), else None."""
    head = v.head
    if v.dep_ == "xcomp" and head.lemma_.lower() in _OBJECT_CONTROL and any(c.dep_ == "dobj" for c in head.children):
        return head
    return None


def name_read_as_verb(v: Token) -> list[Token]:
    """"Minister of Foreign Affairs of Ukraine Andrii Sybiha on Wednesday held a meeting with X": a verb with no subject
    hung on a given name the parser took for the sentence's verb, its "object" the surname: the name is the subject."""
    h = v.head
    if v.dep_ not in ("advcl", "conj", "ccomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) \
            or h.pos_ != "VERB" or h.i >= v.i or not h.is_title or h.is_sent_start or h.i + 1 >= len(v.doc):
        return []
    surname = v.doc[h.i + 1]
    if surname.dep_ != "dobj" or surname.head != h or surname.pos_ != "PROPN" or not surname.is_title \
            or v.doc[h.i - 1].pos_ not in ("PROPN", "NOUN"):
        return []
    return expand(surname)


def _controller(v: Token) -> list[Token]:
    """The subject an infinitive or gerund without its own takes from the clauses above it."""
    head = v.head
    if telling_verb(v) is not None:
        # "The two leaders directed the Special Representatives to meet", "urged Putin and Zelensky to meet": the ones
        # told to, not the ones telling
        return [x for o in head.children if o.dep_ == "dobj" for x in expand(o)]
    # ("After meeting Chinese officials in Beijing, Yellen said ...": the adjunct's subject is the speaker's)
    adjunct = v.dep_ == "pcomp" and v.tag_ == "VBG" and head.dep_ == "prep" and head.lower_ in ("after", "following", "before", "upon")
    if v.dep_ == "conj" and (not is_speech(head) or head.lemma_.lower() in BRIEFING_VERBS):
        # a verb joined to another shares its subject, a briefing too ("he will brief Moon and hold a trilateral meeting with
        # Kang and Kono"; not the reporter of ", a Brazilian official said, and had breakfast with X")
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return [x for s in subj for x in expand(s)]
    for _ in range(3):
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and (not is_speech(head) or adjunct):
            return [x for s in subj for x in expand(s)]
        if head.lemma_.lower() == "say" and head.head.lemma_.lower() in ("quote", "cite"):
            return [c for c in head.head.children if c.dep_ == "dobj"]
        if head == head.head:
            break
        head = head.head
    return []


_PURPOSES = {"discuss", "review", "exchange", "brief", "deliver", "hand", "convey", "congratulate", "thank", "bid", "present", "explore"}
# (the last words of the lexicon's envoy titles: "High Commissioner", "Special Envoy" ...; and a chargé d'affaires)
_ENVOYS = {key.split()[-1] for key, (_role, cls) in TITLES.items() if cls == "envoy"} | {"charge", "chargé"}


def _visit_purpose(verb: Token, clause: Token) -> bool:
    """"The British High Commissioner called on Minister X on Monday to discuss trade": what a visit was for, told of a
    day or of an envoy's call (not the appeal of "called on the two sides to discuss a ceasefire")."""
    if clause.lemma_.lower() not in _PURPOSES:
        return False
    dated = any(c.dep_ in ("prep", "npadvmod") and any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree) for c in verb.children)
    envoy = any(c.dep_ == "nsubj" and any(x.lower_ in _ENVOYS for x in c.subtree) for c in verb.children)
    return dated or envoy


def courtesy_callee(verb: Token) -> list[Token]:
    """Whom "called on" visited: "the ambassador called on the prime minister" -> the prime minister; nobody in
    "called on Putin to accept a ceasefire" (an appeal: the verb or its object has a "to" clause) or "was called on"."""
    if any(c.dep_ in ("xcomp", "advcl", "ccomp") and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
           and not _visit_purpose(verb, c) for c in verb.children) \
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return []
    out = []
    for c in verb.children:
        if c.lower_ == "on" and c.dep_ in ("prep", "prt"):
            objs = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []
            # ("will call on Indian Prime Minister Modi": parsed as the verb's object, the "on" left alone)
            objs = objs or [d for d in verb.children if d.dep_ == "dobj" and d.i > c.i]
            out += [o for o in objs if o.ent_type_ not in ("DATE", "TIME") and not any(x.dep_ in ("acl", "relcl", "xcomp") and any(a.lower_ == "to" for a in x.children)
                                                 for x in o.children)]
    return out


# verbs whose subject does what their infinitive says ("is scheduled to hold talks"; not "urged X to hold talks")
_SUBJECT_CONTROL = {"schedule", "due", "expect", "plan", "set", "slate", "hope", "want", "intend", "aim", "seek", "agree",
                    "prepare", "try", "decide", "go", "likely", "poised", "ready", "able", "wish", "need"}


# verbs whose object does what their infinitive says ("urged X and Y to meet"; not "agreed to meet")
_OBJECT_CONTROL = {"direct", "instruct", "order", "urge", "task", "tell", "authorise", "authorize", "mandate", "encourage",
                   "press", "push", "ask", "request", "allow", "permit"}

_HOSTING = ("host", "chair", "broker", "mediate")
_TALKING = ("discuss", "talk", "review", "go", "negotiate", "hash", "work")  # (what two people do together: "discussing", "going over", "hashing out")
_AT_THE_TABLE = {*_HOSTING, "attend", "facilitate", "lead", "head", "co-chair", "cochair"}  # what a meeting "was ... by" someone at it


def _coming_later(p: Token) -> bool:
    """"held a meeting on Thursday, with the Syrian delegations expected to join on Friday": people said to come later
    (a clause on the object or a conjunct of it), not at the table yet."""
    # (not a clause about the meeting hung on its last party: "a meeting between X and Y that was scheduled for Thursday")
    return any(c.dep_ in ("acl", "relcl") and (
        (c.lemma_.lower() in ("expect", "due", "set", "schedule", "slate") and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in _COMING for x in c.children))
        or (c.lemma_.lower() in _COMING and any(a.lower_ in ("to", "will") for a in c.children)))
        for x in (p, *p.conjuncts) for c in x.children)


_COMING = {"join", "arrive", "attend", "come"}


_GATHERINGS = {"summit", "conference", "forum", "gathering", "games", "session", "assembly", "congress", "dialogue"}


def separately_after(trig: Token) -> list[Token]:
    """"met Jordan's King Abdullah II and, separately, Palestinian President Mahmoud Abbas": the one met after "and,
    separately,", whatever the parser hung the name on (the name's last word)."""
    if trig.pos_ not in ("VERB", "AUX"):
        return []
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    if not objs:
        return []
    doc, k = trig.doc, objs[-1].right_edge.i + 1
    words = []
    while k < len(doc) and doc[k].lower_ in ("and", ",", "separately", "then", "later") and len(words) < 5:
        words.append(doc[k].lower_)
        k += 1
    if "separately" not in words:
        return []
    while k < len(doc) and k < objs[-1].right_edge.i + 12 and not (doc[k].ent_type_ == "PERSON" and doc[k].pos_ == "PROPN"):
        if doc[k].is_punct or doc[k].pos_ == "VERB":
            return []
        k += 1
    while k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON" and doc[k + 1].pos_ == "PROPN":
        k += 1
    return [doc[k]] if k < len(doc) and doc[k].ent_type_ == "PERSON" else []


def unattached_guest(trig: Token) -> list[Token]:
    """"hosted Sudan's Rapid Support Forces leader Mohamed Hamdan Dagalo at State House": the one met, a name after a long
    title the parser left unattached (no object)."""
    if trig.lemma_.lower() not in ("meet", "receive", "host", "welcome") or any(c.dep_ == "dobj" for c in trig.children):
        return []
    return [c for c in trig.children if c.dep_ == "dep" and c.i > trig.i and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]


def tight_slots(trig: Token) -> list[Token]:
    """Tokens in the trigger's argument slots (heads of subjects and with/between objects)."""
    slots: list[Token] = []

    def with_objects(v: Token):
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "with" and not any(x.dep_ in ("pobj", "pcomp") for x in c.children) \
                    and c.i + 1 < len(c.doc) and c.doc[c.i + 1].sent == c.sent:
                # "will hold bilateral meetings on Friday with Russian President Vladimir Putin, ... and Iranian President
                # Ebrahim Raisi, Foreign Secretary Vinay Kwatra said": the names the parser made the speaker's subject,
                # as many as are listed right after "with" (not the apposition the speaker became)
                t = c.doc[c.i + 1]
                while t.head != t and t.head.left_edge.i == c.i + 1 and t.head.pos_ in ("NOUN", "PROPN"):
                    t = t.head
                if t.left_edge.i == c.i + 1 and t.pos_ in ("NOUN", "PROPN"):
                    slots.extend([t, *t.conjuncts])
            if c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "alongside", "and"):
                # "met separately with Netanyahu and with the Emirati foreign minister": the second "with" too
                for p in [*c.children, *(g for x in c.children if x.dep_ == "conj" and x.lower_ == c.lower_ for g in x.children)]:
                    if p.dep_ == "pobj" and not _coming_later(p):
                        slots.extend(expand(p))
                    elif p.dep_ == "pcomp" and p.tag_ == "VBG":
                        # "met with visiting Egyptian President X": the parser makes "visiting" a verb
                        slots.extend(x for d in p.children if d.dep_ == "dobj" and d.pos_ == "PROPN" for x in expand(d))
                        if p.lemma_.lower() in _HOSTING or (p.lemma_.lower() in _TALKING and c.lower_ == "with" and p.i > c.i + 1):
                            # "met ..., with Turkish Foreign Minister X hosting the talks"; "spent four hours with Foreign
                            # Minister Lavrov discussing Ukraine", the one spent with parsed as the subject of the talking
                            slots.extend(x for d in p.children if d.dep_ == "nsubj" and d.pos_ == "PROPN" for x in expand(d))
            if c.dep_ == "prep" and c.lower_ in ("in", "at") and v.pos_ in ("VERB", "AUX"):
                # "are scheduled to meet on Wednesday in Sharm el-Sheikh with Qatari Prime Minister X, ...": the "with" the
                # parser hung on the place (people only, not "a room with a view")
                slots.extend(x for p in c.children if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "FAC", "LOC")
                             for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
                             for o in w.children if o.dep_ == "pobj" and o.pos_ == "PROPN" for x in expand(o))
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "with" and m.i < c.i for m in c.children):
                # "met with foreign ministers from X and Y to revive a ceasefire", "with" parsed as the clause's mark
                slots.extend(x for s in c.children if s.dep_ == "nsubj" for x in expand(s))
            if c.dep_ == "advmod" and c.lower_ == "together":
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ == "with":
                        for q in p.children:
                            if q.dep_ == "pobj":
                                slots.extend(expand(q))

    def format_objects(v: Token):
        # "held talks in a trilateral format with Turkish Foreign Minister X": the format's other party
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() == "format":
                        with_objects(p)

    if trig.pos_ in ("VERB", "AUX"):
        topic_object = trig.lemma_.lower() in ("discuss", "negotiate", "talk", "speak", "convene", "confer", "sign")
        for c in trig.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in _GATHERINGS and trig.lemma_.lower() in _HOSTING:
                continue  # "who hosted the summit, Iranian President Raisi and ...": the gathering, not a guest
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") and not (c.dep_ == "dobj" and topic_object):
                slots.extend(expand(c))
                if c.dep_ == "agent":  # "was received by King Harald and Queen Sonja"
                    slots.extend(x for p in c.children if p.dep_ == "pobj" for x in expand(p))
            if c.dep_ == "dobj" and topic_object:
                # "discussed trade and security with Tanzanian President X", the "with" hung on the topic: who it was
                # discussed with (a person only: not "discussed relations with China")
                slots.extend(x for p in c.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                             if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ == "PERSON" for x in expand(o))
        slots.extend(x for c in unattached_guest(trig) for x in expand(c))
        slots.extend(separately_after(trig))
        slots.extend(_comma_subjects(trig))
        slots.extend(_fronted_subject(trig))
        if trig.dep_ == "relcl" and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("whom", "who") for c in trig.children):
            slots.extend(expand(trig.head))  # "Zelensky, whom Pope Francis received at the Vatican": the one the clause is of
        # "met on Monday in Paris, hosted by French President X": the host was at the table
        slots.extend(x for c in trig.children if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in _HOSTING and c.tag_ == "VBN"
                     for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for x in expand(p))
        slots.extend(x for t in adjective_verb_parties(trig) for x in expand(t))
        slots.extend(x for p in invited_to_pay_a_visit(trig) for x in expand(p))
        slots.extend(x for g in meal_guests(trig) for x in expand(g))
        with_objects(trig)
        format_objects(trig)
        if trig.lemma_.lower() == "call":
            slots.extend(x for o in courtesy_callee(trig) for x in expand(o))  # "called on the prime minister"
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
            # infinitive or gerund: the controller ("X is expected to meet", "after meeting with Kerry")
            slots.extend(_controller(trig))
            slots.extend(name_read_as_verb(trig))
            if trig.dep_ == "xcomp" and trig.head.lemma_.lower() == "invite":
                # "Duda has invited Trump to visit Warsaw": the host and the one invited
                slots.extend(x for c in trig.head.children if c.dep_ == "dobj" for x in expand(c))
    else:
        for c in trig.children:
            if c.dep_ in ("compound", "nmod", "poss", "amod") and c.pos_ in ("PROPN", "PRON", "NOUN", "DET"):
                slots.append(c)
                slots.extend(t for t in c.subtree if t.dep_ in ("compound", "nmod", "conj") and t.pos_ == "PROPN")
        with_objects(trig)
        if trig.lemma_.lower() in ("call", "visit") and any(c.lower_ == "courtesy" for c in trig.children):
            slots.extend(x for c in trig.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
                         for p in c.children if p.dep_ == "pobj" for x in expand(p))  # "paid a courtesy call on X"
        slots.extend(x for p in inviting_host(trig) for x in expand(p))
        slots.extend(x for p in invited_to_pay_a_visit(trig) for x in expand(p))
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                slots.extend(x for p in c.children if p.dep_ == "pobj" for x in expand(p))
            if c.dep_ == "acl" and c.lemma_.lower() in ("involve", "include"):
                # "talks between Kerry and Lavrov, also involving the foreign ministers of Turkey and Iran"
                slots.extend(x for d in c.children if d.dep_ == "dobj" for x in expand(d))
            if c.dep_ == "acl" and c.lemma_.lower() in PLANNING_VERBS:
                with_objects(c)  # "no meeting planned between Modi and Sharif"
            if c.dep_ == "acl" and c.lemma_.lower() in (*_HOSTING, "facilitate", "attend", "lead", "head"):
                # "talks brokered by Lavrov", "a meeting hosted by NATO Secretary-General Stoltenberg", "talks, led by
                # Gallucci and Kang": at the table
                # (and "hosted by Macron and also attended by Merkel": the acl beside it)
                for v in (c, *(x for x in c.conjuncts if x.dep_ == "conj" and x.lemma_.lower() in ("attend", "host", "chair", *_HOSTING,
                                                                                                     "facilitate"))):
                    slots.extend(x for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for x in expand(p))
        if brought_together(trig) and trig.lower_ not in ("summit", "summits", "conference", "forum", "assembly"):
            # (not a gathering as a whole: "The G20 summit brought together the leaders of ...")
            # "The previous session, held in Izmir in March 2016, brought together Tsipras and Davutoglu": whom it gathered
            slots.extend(x for c in trig.head.children if c.dep_ == "dobj" for x in expand(c))
        gov = trig
        for _ in range(4):  # ("began two days of talks in Almaty on Friday, hosted by Kazakh Foreign Minister X": the host)
            if gov.pos_ in ("VERB", "AUX") or gov.head == gov or gov.dep_ not in ("pobj", "prep", "dobj"):
                break
            gov = gov.head
        if gov.pos_ in ("VERB", "AUX") and gov != trig:
            slots.extend(x for c in gov.children if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in _HOSTING and c.tag_ == "VBN"
                         and c.i > trig.i for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for x in expand(p))
        if trig.dep_ == "nsubjpass" and trig.head.lemma_.lower() in _AT_THE_TABLE:
            # "The meeting was attended by X, Y and Z", "The talks were chaired by X and attended by Y": who was there
            for v in (trig.head, *(x for x in trig.head.conjuncts if x.dep_ == "conj" and x.lemma_.lower() in _AT_THE_TABLE)):
                slots.extend(x for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj" for x in expand(p))
        # "The summit, hosted by Lourenco, brought together Tshisekedi and Kagame", "The last summit was held in Berlin,
        # bringing together Merkel, Hollande, Putin and Poroshenko": the people it brought together (the whole object's
        # names, and those "along with" them: a long list breaks the parser's conjunctions)
        bring = trig.head if trig.dep_ == "nsubj" and trig.head.lemma_.lower() == "bring" else next(
            (c for c in trig.head.children if c.dep_ == "advcl" and c.lemma_.lower() == "bring" and c.tag_ == "VBG"),
            None) if trig.dep_ in ("nsubj", "nsubjpass") else None
        if bring is not None and any(c.lower_ == "together" for c in bring.children):
            slots.extend(x for c in bring.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("with", "along")
                         for x in c.subtree if x.pos_ == "PROPN")
        inviter = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ in ("for", "to") else None
        if inviter is not None and inviter.lemma_.lower() == "invite" and inviter.pos_ == "VERB":
            # "has invited Putin to Washington for a second summit": the host and the guest
            slots.extend(x for c in inviter.children if c.dep_ in ("nsubj", "dobj") for x in expand(c))
        v = light_verb(trig)
        if v is not None and not is_speech(v) and trig.dep_ == "dobj":
            format_objects(v)
        if v is not None and trig.lemma_.lower() == "audience" and v.lemma_.lower() in ("grant", "give") and trig.dep_ == "dobj":
            # "granted an audience to Xi", "gave Xi an audience": the one received
            slots.extend(x for c in (*v.children, *trig.children) if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
                         for p in ([c] if c.dep_ == "dative" and c.pos_ != "ADP" else [g for g in c.children if g.dep_ == "pobj"])
                         for x in expand(p))
        teller = (v if v.lemma_.lower() == "tell" else v.head if v.dep_ == "ccomp" and v.head.lemma_.lower() == "tell" else None) \
            if v is not None and trig.dep_ == "pobj" and trig.head.lower_ in ("during", "at") and trig.head.head == v else None
        if teller is not None:
            # "Xi told Blinken on Monday that the two countries should be partners, during a meeting at the Great Hall": the
            # teller and the one told met (the parser may hang the meeting on what was told)
            slots.extend(x for c in teller.children if c.dep_ in ("nsubj", "dobj", "dative") for x in expand(c))
        if v is not None and not is_speech(v):  # noqa: SIM102
            if trig.dep_ in ("dobj", "attr") or (trig.head.dep_ == "prep" and trig.dep_ == "pobj") or trig.dep_ == "nsubjpass":
                for c in v.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and c != trig and not trig.is_ancestor(c):
                        slots.extend(expand(c))
                slots.extend(name_read_as_verb(v))
                if trig.dep_ == "pobj" and trig.head.lower_ == "for" and v.lemma_.lower() == "join":
                    # "Starmer joined Macron, Merz and Tusk for talks with Zelensky": the ones joined are at the table
                    slots.extend(x for c in v.children if c.dep_ == "dobj" for x in expand(c))
                    if not any(c.dep_ == "nsubj" for c in v.children):
                        slots.extend(_controller(v))  # ("He also met Modi, then joined Modi and Abe for a trilateral meeting")
                circumstance = trig.dep_ == "pobj" and trig.head.lower_ in ("during", "at", "in") and v.tag_ == "VB" and v.dep_ == "xcomp" \
                    and not any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in trig.children)  # not "at G20 meeting"
                if ((v.tag_ == "VBG" and v.dep_ in ("pcomp", "advcl")) or circumstance) and trig.dep_ != "nsubjpass" \
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                    # "before heading to Berlin for talks with Scholz", "concluding a two-day summit", "agreed to
                    # intensify efforts during a conversation on the sidelines": who does it
                    slots.extend(_controller(v))
                # (and a clause the parser hangs loose: "met Scholz in Berlin in the morning, then had lunch with Macron in Paris")
                if ((v.dep_ == "xcomp" and (v.head.lemma_.lower() in _SUBJECT_CONTROL or v.head.lemma_ == "be")) or (
                        v.dep_ == "conj" and v.head.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children)) or (
                        # ("will travel to Samarkand ... and will hold bilateral meetings on Friday with Putin", "with" on the verb)
                        v.dep_ == "conj" and v.head.pos_ == "VERB" and v.lemma_.lower() in ("hold", "have")
                        and any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children)) or (
                        v.dep_ in ("conj", "dep") and v.head.pos_ == "VERB" and trig.lemma_.lower() in MEALS
                        and any(c.dep_ == "prep" and c.lower_ == "with" for c in (*trig.children, *v.children)))) \
                        and trig.dep_ == "dobj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                    # "He is scheduled to hold talks with Tusk", "is due to hold talks", "He is to hold a meeting": whoever is
                    # scheduled holds them;
                    # "Modi hosted Macron for lunch, and later held talks with Meloni": the first verb's subject, with a
                    # partner of its own
                    slots.extend(_controller(v))
                slots.extend(_comma_subjects(v))
                if not (trig.dep_ == "pobj" and trig.head.lower_ in _CIRCUMSTANCE and trig.head.head == v) \
                        and not (trig.dep_ == "pobj" and trig.head.lower_ in ("during", "at") and by_phone(v)):
                    # (not "met with Putin after a frosty meeting with Lavrov": another meeting's; nor "During the meeting,
                    # they also spoke by phone with Trump": one called, not at the table)
                    with_objects(v)
                # "..., when they discussed ... together with X and Y": the same meeting's other parties
                for c in v.subtree:
                    if c.dep_ in ("advcl", "relcl", "conj") and c.pos_ == "VERB" and c.lemma_.lower() in ELABORATING \
                            and not any(t.lower_ in ("instead", "separately") for t in c.subtree) \
                            and not any(x.dep_ == "nsubj" and x.lower_ in ("who", "whom") for x in c.children):
                        # (not "talks with Kuleba, who last Friday met with Li Hui": the clause is about Kuleba)
                        with_objects(c)  # "..., conferring instead with Y" is another meeting
        elif v is not None and trig.dep_ == "pobj" and trig.head.lower_ in ("at", "during") and trig.head.head == v:
            # "At the meeting, Lavrov told Kerry that ...": the speaker and the one told were both there
            for c in v.children:
                if c.dep_ in ("nsubj", "dobj", "dative"):
                    slots.extend(expand(c))
        elif trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.lemma_.lower() in ("day", "hour", "round") \
                and trig.head.head.dep_ == "pobj" and trig.head.head.head.lower_ in ("during", "over", "at"):
            # "Wang Yi told Jake Sullivan during two days of talks in Bangkok that ...": the speaker and the one told
            speaker = trig.head.head.head.head
            if is_speech(speaker):
                slots.extend(x for c in speaker.children if c.dep_ in ("nsubj", "dobj", "dative") for x in expand(c))
    return slots


def agreed_clause(trig: Token) -> Token | None:
    """The clause a meeting is agreed or decided in ("the two agreed that their foreign secretaries would meet", "decided
    their ministers will meet"): what lies outside it is another time and place."""
    verb = trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ("agree", "decide", "promise", "pledge", "vow"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "should", "'d") for c in verb.children):
        return None
    return verb


def own_time_clause(trig: Token) -> bool:
    """A past clause of time with a subject of its own ("..., making the announcement as he hosted Netanyahu"): its tense
    and its day are its own, not those of the clause it hangs from."""
    return trig.pos_ == "VERB" and trig.tag_ == "VBD" and trig.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in trig.children) and any(
        c.dep_ == "nsubj" for c in trig.children) and not any(c.dep_ == "neg" for c in trig.children)
