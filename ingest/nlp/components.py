"""spaCy components of the Sidelines pipeline (registered on import).

- `sidelines_line_breaks` (before the parser): a line break ends a sentence. Headlines, captions and
  datelines carry no final full stop; without this the parser glues them to the next sentence.
- `sidelines_for_clause` (after the parser): "for talks with Putin focused on the grain deal" read as a
  clause ("for" a subordinator, "talks" its subject, "focused" a past verb) is re-hung as what it is, a
  "for" phrase whose noun the participle describes.
- `sidelines_triggers` (last): marks meeting triggers ("met", "talks", "pull-aside", "face-to-face")
  in `doc.spans["sidelines_triggers"]`, labelled VERB or NOUN. Which of them really report a meeting
  is decided later with the parse (`linking`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from .lexicon.triggers import MATCHER_PATTERNS

TRIGGERS_KEY = "sidelines_triggers"


@Language.component("sidelines_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    >>> # "Lavrov, Kerry to meet\\nMOSCOW (Sputnik) - ..." -> two sentences
    """
    toks = list(doc)
    starts = [0]
    for i in range(len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if tok.is_space:
            if "\n" in tok.text:
                nxt.is_sent_start = True
                starts.append(i + 1)
            continue
        if nxt.text[:1].islower() and nxt.is_alpha:
            nxt.is_sent_start = False  # no sentence starts lower-case ("India | on Friday called off ...")
            continue
        if nxt.is_space or not nxt.text[:1].isupper():
            continue
        text = tok.text
        if tok.lower_ in _ADDRESS_ABBREVIATIONS or (text == "." and i > 0 and toks[i - 1].lower_ in _ADDRESS_ABBREVIATIONS):
            nxt.is_sent_start = False  # a word of address before a name ("with H.E. | Mr. Yoon", "with the Hon. | Donald J. Trump")
            continue
        if text == ")" and i > 1 and (toks[i - 1].lower_.rstrip(".") in _RETIRED or toks[i - 1].text == "." and toks[i - 2].lower_ in _RETIRED):
            nxt.is_sent_start = False  # a rank's "(retd.)" before the name ("Lt. Gen. (retd.) | Naseer Khan Janjua")
            continue
        if text == ")" and i > 2 and toks[i - 2].text == "(" and toks[i - 1].is_upper and toks[i - 1].is_alpha \
                and toks[i - 3].is_title and toks[i - 3].is_alpha and starts[-1] < i - 3:
            # an organisation's initials after its name ("... Organization of Iran (AEOI) | Ali Akbar Salehi"; not an agency's
            # after a dateline's day: "Kazan (Russia), Oct 22 (PTI) | Prime Minister ...")
            nxt.is_sent_start = False
            continue
        if text[-1:] not in _SENTENCE_ENDS or (not tok.is_alpha and text[:1].isupper() and starts[-1] == i):
            # no sentence starts after a word inside a line ("Japanese | Prime Minister ..."), nor after a line's
            # first abbreviation ("U.S. | President ...")
            nxt.is_sent_start = False
    for i in starts:
        _keep_dateline_whole(doc, i)
    return doc


@Language.component("sidelines_for_clause", assigns=["token.dep", "token.head", "token.tag"])
def for_clause(doc: Doc) -> Doc:
    """Re-hang a "for" phrase the parser read as a clause of a past verb.

    >>> # "will travel to Sochi for talks with Putin focused on the grain deal": "for" a preposition on "travel",
    >>> # "talks" its object, "focused" a participle describing the talks (English has no "for" + subject + past verb)
    """
    for f in doc:
        if f.lower_ != "for" or f.dep_ != "mark":
            continue
        v = f.head
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if v.tag_ != "VBD" or v.head == v or subj is None or subj.tag_ not in ("NN", "NNS") or not f.i < subj.i < v.i or subj.i - f.i > 4 \
                or any(c.dep_ in ("aux", "auxpass", "neg") for c in v.children):
            continue
        f.head, f.dep_ = v.head, "prep"
        subj.head, subj.dep_ = f, "pobj"
        v.head, v.dep_, v.tag_ = subj, "acl", "VBN"
    return doc


_DASHES = {"-", "—", "–", "--", "_"}  # (the old AP's "GENEVA (AP) _ President Reagan ...")
# the abbreviated words of address of official releases, never a sentence's last word ("Hon" is split from its stop)
_RETIRED = {"retd", "rtd", "ret", "retired"}
_ADDRESS_ABBREVIATIONS = {"h.e.", "h.h.", "hon.", "hon", "rt.", "rt", "mr.", "mrs.", "ms.", "dr."}
# what a sentence may end on inside a line: final punctuation, a closing quote or bracket
_SENTENCE_ENDS = set(".!?…:;\"”’')]»")


def _keep_dateline_whole(doc: Doc, start: int) -> None:
    """"BEIJING, April 6 (Reuters) - Iran's ...": no sentence ends inside the dateline of a line."""
    if start >= len(doc):
        return  # (an empty text)
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first) >= 3):
        return
    # (a dash with a space before it: not the hyphen of "SHARM EL-SHEIKH, Egypt (AP) —")
    end = next((t.i for t in doc[start + 1: start + 14] if (t.text in _DASHES and doc[t.i - 1].whitespace_) or "\n" in t.text), None)
    if end is None or doc[end].text not in _DASHES:
        return
    for t in doc[start + 1: end + 1]:
        t.is_sent_start = False
    if end + 1 < len(doc):
        # and the story's first sentence is parsed on its own: hung on the dateline, its subject becomes an
        # apposition of "SINGAPORE" and its verb loses all but the last of the people who did it
        doc[end + 1].is_sent_start = True
        if end + 2 < len(doc) and not doc[end + 1].is_alpha and doc[end + 1].text.endswith(".") and doc[end + 1].text[:1].isupper():
            doc[end + 2].is_sent_start = False  # ("BRUSSELS - U.S. | Defense Secretary ...": its first abbreviation ends nothing)


class TriggerMatcher:
    def __init__(self, nlp: Language):
        self.matcher = Matcher(nlp.vocab)
        for label, patterns in MATCHER_PATTERNS.items():
            self.matcher.add(label, patterns)

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans(self.matcher(doc, as_spans=True))
        doc.spans[TRIGGERS_KEY] = spans
        return doc


@Language.factory("sidelines_triggers", requires=["token.lemma", "token.pos"], assigns=["doc.spans"])
def make_triggers(nlp: Language, name: str) -> TriggerMatcher:
    """Meeting triggers: "meet", "confer", "talks", "meeting", "pull-aside", "face-to-face" ..."""
    return TriggerMatcher(nlp)


def trigger_prefilter(nlp: Language) -> re.Pattern | None:
    """A pattern that every text in which `sidelines_triggers` can find a trigger matches (searched in the
    lower-cased text), or None when this pipeline's lemmatizer does not let us build one.

    An article it does not match cannot report a meeting, so it is not parsed at all: most articles of a
    news feed never say "meet", "talks", "visit" or a form of them. Built from the trigger patterns
    themselves, so it cannot drift from them: a word pattern gives its words; the lemma pattern gives every
    form that the lemmatizer's suffix rules turn into one of the lemmas ("received", "hosting") and the
    irregular forms its exception tables list for them ("met", "sat", "spoke"). Each must stand as a word,
    as a token does ("talks" in "peace-talks", not "met" in "metal" nor "host" in "hostage").
    """
    if "lemmatizer" not in nlp.pipe_names or "attribute_ruler" not in nlp.pipe_names:
        return None
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule":
        return None
    lemmas = {x for patterns in MATCHER_PATTERNS.values() for pattern in patterns for spec in pattern if "LEMMA" in spec
              for x in (spec["LEMMA"]["IN"] if isinstance(spec["LEMMA"], dict) else [spec["LEMMA"]])}
    # an attribute-ruler pattern may set a lemma whatever the word: then no word list is a superset
    if any(p.get("attrs", {}).get("LEMMA") in lemmas for p in nlp.get_pipe("attribute_ruler").patterns):
        return None
    try:
        rules, exceptions = lemmatizer.lookups.get_table("lemma_rules"), lemmatizer.lookups.get_table("lemma_exc")
    except (KeyError, ValueError):
        return None
    forms = set(lemmas)
    for pos_rules in rules.values():
        for old, new in pos_rules:
            forms.update(lemma[: len(lemma) - len(new)] + old for lemma in lemmas if lemma.endswith(new))
    for table in exceptions.values():
        forms.update(form for form, found in table.items() if lemmas & set(found))
    alternatives = {re.escape(f) for f in forms if f}
    for patterns in MATCHER_PATTERNS.values():
        for pattern in patterns:
            words = []
            for spec in pattern:
                lower = spec.get("LOWER")
                if lower is not None:
                    words.append("(?:" + "|".join(map(re.escape, lower["IN"] if isinstance(lower, dict) else [lower])) + ")")
                elif "LEMMA" in spec:
                    words = None  # a lemma pattern: its lemmas' forms (above) cover it
                    break
                elif spec.get("OP") not in ("?", "*") or spec.get("ORTH", "a").isalnum():
                    return None  # a required token no text describes: no word list covers the pattern
            if words:
                alternatives.add(r"\W*".join(words))
    words = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])")
