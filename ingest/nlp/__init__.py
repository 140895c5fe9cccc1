"""Sidelines' meeting extractor: one article in, its meeting reports out (plain dataclasses).

Public API (spaCy objects never leave this package):

- `get_nlp()`: the cached pipeline (model from settings.SPACY_MODEL / env SPACY_MODEL).
- `extract(text, *, title=None, published=None, published_precision="day", html=None)`: `text` is the
  article as stored (raw: page chrome and all, or already clean; cleaning is idempotent) or `html`;
  the text is cleaned here with `ingest.clean.clean_article`, and every offset in the result refers
  to `ExtractionResult.clean_text`.
- `extract_article(...)`: the same, keyword-only, for callers that hold an article's fields.
- `extract_many(items, batch_size=32)`: many articles through `nlp.pipe` inside `nlp.memory_zone()`;
  items are dicts with the keyword arguments of `extract` (text/html/title/published/...).

An article none of whose words can be a trigger (`components.trigger_prefilter`) is not parsed: it has
no report (settings.INGEST_PREFILTER=0 parses every article; the reports are the same).

Dates: `published` is a `datetime.date` or None; a month-only publication ("2013-02") is passed as
date(2013, 2, 1) with published_precision="month" (weekday and "today" readings then lose their day
precision). Never raises on odd input: empty or non-English text gives `skipped`, binary junk is
cleaned away, and text beyond `MAX_CHARS` is cut.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from datetime import date

from meetings.types import ExtractionResult

from ..clean import CleanText, clean_article
from .dates import MONTH_NAMES
from .loader import get_nlp, get_prefilter, model_name

EXTRACTOR_VERSION = "2026.12.03.432"
MAX_CHARS = 60_000  # analysed length: far above a news article, low enough to bound the worst case

__all__ = ["EXTRACTOR_VERSION", "extract", "extract_article", "extract_many", "get_nlp", "model_name"]

_STOPWORDS = frozenset(
    ["the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with", "from", "that", "this", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "as", "not", "but", "he", "she", "they", "his", "her", "their", "will", "would", "said", "says", "could", "may",
     # (and of a short report heavy with names: "X met Y, while Z held talks with W")
     "while", "after", "before", "also", "who", "which", "when", "where", "than", "then", "there", "into", "about", "we",
     "you", "our", "him", "them", "did", "does", "should", "if", "earlier", "later", "met", "held", "talks", "meeting", "told"]
)

# function words of the other languages news in Latin script comes in (French, Spanish, Portuguese, Italian, German,
# Dutch, Swedish), none of them an English word
_FOREIGN_STOPWORDS = frozenset(
    ["le", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "sur", "au", "aux", "avec", "pas", "sont",
     "el", "los", "las", "del", "y", "por", "con", "una", "para", "que", "se", "su", "sus", "lo", "como", "más", "fue",
     "da", "em", "os", "não", "uma", "com", "pelo", "pela", "foi", "ao",
     "il", "di", "che", "della", "degli", "dei", "nel", "nella", "per", "sono", "ha", "gli", "alla", "anche",
     "der", "die", "das", "und", "ist", "sich", "mit", "von", "zu", "den", "dem", "ein", "eine", "nicht", "auf", "im",
     "het", "een", "van", "niet", "op", "zijn", "voor", "ook", "werd", "naar", "te", "om",
     "och", "att", "är", "av", "på", "för", "som", "med", "till", "har"]
)


def language_of(text: str) -> str:
    """"en", or "other" for text mostly in another script or without English function words."""
    head = text[:20000]
    if head.isascii():
        if not re.search(r"[A-Za-z]", head):
            return "none"
    else:
        letters = [c for c in head if c.isalpha()]
        if not letters:
            return "none"
        if sum(1 for c in letters if c.isascii()) / len(letters) < 0.6:
            return "other"
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    if len(words) < 20:
        return "en"
    english = sum(1 for w in words if w in _STOPWORDS)
    # another language in Latin script: more of its function words than of English ones (a short English report
    # heavy with names has few function words, but fewer foreign ones still), or almost no English ones
    if english / len(words) < 0.03 or sum(1 for w in words if w in _FOREIGN_STOPWORDS) > english:
        return "other"
    return "en"


def _sentence_case_headlines(text: str) -> str:
    """Lower-case the common words of title-case lines so the parser reads them as sentences.

    "Lavrov, Kerry Could Meet on the Sidelines of APEC Summit" -> "Lavrov, Kerry could meet on the
    sidelines of APEC summit". A word stays capitalised when the body writes it capitalised mid-sentence
    (a name) or it is an acronym. Only case changes, so every offset stays valid.
    """
    lines = text.split("\n")
    body_caps: set[str] = set()
    body_lower: set[str] = set()
    title_lines = []
    shouted = set()
    for k, line in enumerate(lines):
        words = re.findall(r"[A-Za-z][\w'’.-]*", line)
        if not words:
            continue
        if len(words) >= 4 and sum(1 for w in words if w.isupper() and len(w) > 1) / len(words) >= 0.7:
            # a line in capitals ("URGENT: RUSSIAN FOREIGN MINISTER SERGEY LAVROV MEETS SYRIAN COUNTERPART ..."), which the
            # model reads as one long name: its words capitalised, acronyms of up to three letters kept, then as a headline
            lines[k] = line = re.sub(r"[A-Za-z][\w'’.-]*", _unshout, line)
            words = re.findall(r"[A-Za-z][\w'’.-]*", line)
            shouted.add(k)
            title_lines.append(k)
            continue
        caps = sum(1 for w in words if w[0].isupper())
        if len(words) >= 3 and caps / len(words) >= 0.6 and not line.rstrip().endswith((".", "?", "!")) and len(words) <= 25:
            title_lines.append(k)
            continue
        for m in re.finditer(r"(?<=[a-z,;:] )([A-Z][\w'’-]*)", line):
            body_caps.add(m.group(1))
        body_lower.update(w for w in words if w.islower())
    if not title_lines:
        return text
    for k in title_lines:
        def fix(m: re.Match, first=[True], loud=k in shouted) -> str:  # noqa: B006
            w = m.group(0)
            if w.isupper() or w in body_caps or (w.lower() not in body_lower and not _common(w)
                                                  and not (loud and w.lower() in _STOPWORDS)):
                return w
            if loud and re.search(r"[.!?:]\s+$", m.string[:m.start()]):
                return w  # (a sentence's first word, in a line of several)
            if w == "New" and re.match(r" [A-Z][a-z]", m.string[m.end():]):
                return w  # "At G20 in New Delhi, ...": a place's first word (New York, New Zealand)
            if w == "May" and re.match(r" \d", m.string[m.end():]):
                return w  # "..., May 9, 2023" in a caption: the month, not the verb
            return _lower(w)
        line = lines[k]
        first_word = re.match(r"\s*[A-Za-z][\w'’.-]*", line)
        cut = first_word.end() if first_word else 0
        lines[k] = line[:cut] + re.sub(r"[A-Za-z][\w'’.-]*", fix, line[cut:])
    return "\n".join(lines)


def _unshout(m: re.Match) -> str:
    w = m.group(0)
    if not w.isupper() or (len(w.replace(".", "")) <= 3 and w.lower() not in _STOPWORDS):
        return w  # (a word not in capitals, an acronym: "EU", "RIA", "U.S.")
    return w[0] + _lower(w[1:])


def _lower(w: str) -> str:
    """Lower case, letter for letter: a letter whose lower case is longer ("İ" -> "i̇") stays as it is, so that offsets
    into the text stay valid ("TÜRKİYE | ECONOMY" in a page's menu)."""
    low = w.lower()
    return low if len(low) == len(w) else "".join(c if len(c.lower()) != 1 else c.lower() for c in w)


_COMMON = frozenset(
    ["meet", "meets", "meeting", "meetings", "met", "talks", "talk", "summit", "could", "may", "might", "will", "to", "on", "of", "the", "in", "at", "for", "with", "as", "and", "or", "sidelines", "says", "say", "said", "not", "planned", "plans", "plan", "cancels", "cancel", "canceled", "cancelled", "calls", "call", "off", "postponed", "postpones", "postpone", "be", "is", "are", "was", "have", "has", "hold", "holds", "held", "aims", "aim", "possible", "next", "month", "week", "year", "after", "before", "over", "into", "about", "amid", "after", "from", "by", "new", "first", "last", "no", "yet", "agenda", "ends", "end", "stalemate", "discuss", "situation", "bilateral", "visit", "visits", "trip", "points", "high", "possibility", "ready", "ruled", "out", "rules", "set", "due", "expected", "host", "hosts", "hosting", "welcome", "welcomes",
     "receive", "receives", "holds", "unlikely", "likely", "off", "cancels", "scraps", "delays",
     # headline verbs ("Zelensky Snubs Putin Meeting Offer"): left capitalised they read as names
     "snubs", "snub", "rejects", "reject", "rebuffs", "slams", "urges", "urge", "warns", "vows", "hails", "backs", "blasts",
     "accepts", "accept", "eyes", "seeks", "seek", "offers", "offer", "invites", "invite", "heads", "arrives", "lands",
     "tells", "asks", "agrees", "agree", "greets", "confirms", "confirm", "denies", "deny", "proposes", "propose",
     "postpones", "calls", "rules", "mulls", "weighs", "plans", "talks", "hosts", "discusses", "signs", "sign", "pledge",
     "pledges", "vow", "push", "pushes", "ready", "set", "sets", "open", "opens", "says", "said", "meeting", "summit",
     "trip", "offer", "bid", "request", "invitation", "ahead", "amid", "despite", "without", "first", "second",
     "presses", "sees", "see", "courts", "woos", "praises", "thanks", "assures", "reassures", "lobbies", "joins", "visits",
     "flies", "travels", "returns", "wraps", "starts", "begins", "resume", "resumes", "spar", "spars", "clash", "clashes",
     "huddle", "huddles", "sit", "sits", "down", "fail", "fails", "reach", "reaches", "seal", "seals", "reopens", "reopen", "closes",
     "leaves", "quits", "pulls", "pull", "withdraws", "skips", "shuns", "boycotts", "suspends", "halts", "drops", "axes", "nixes"]
)


_DENIAL_CLAUSE = re.compile(r", (?=(?:no (?:plans?|meeting|talks)|not to|won't|will not|rules? out|ruling out)\b)", re.I)


def _headline_clauses(text: str) -> str:
    """A headline of two stories joined by a semicolon or a spaced dash, read as two sentences ("Tillerson meets Lavrov
    in Manila; no plans to see North Korean envoy": the second's "no plans" is not the first's), and a comma before a
    denial ("Blinken to meet Wang in Bali, no plans to meet Lavrov"). Only the headline-shaped lines (no final stop) of
    the article's head, where the headline stands under the page's menu; "; " and ", " become a stop and a line break,
    " - " a space, a stop and a line break, so every offset stays valid."""
    lines = text[:_HEAD_CHARS].split("\n")[:-1]  # (whole lines only)
    out = [_two_stories(line) if line.strip() and not line.rstrip().endswith((".", "!", "?")) and len(line.split()) <= 30
           else line for line in lines]
    head = "\n".join(out)
    return head + text[len(head):] if out != lines else text


_HEAD_CHARS = 800  # (how far down the page a headline may stand)


def _stops_added(before: str, after: str) -> frozenset[int]:
    """The offsets of the stops `_headline_clauses` put in (none when it changed nothing)."""
    if before is after or before == after:
        return frozenset()
    return frozenset(i for i, (a, b) in enumerate(zip(before[:_HEAD_CHARS], after[:_HEAD_CHARS], strict=False)) if b == "." and a != ".")


def _two_stories(line: str) -> str:
    # ("Trump to meet Xi in Osaka - Modi, Abe hold talks ahead of G20": a spaced dash between two stories of three
    # words or more each; not "..., Kremlin says - Lavrov", who said it)
    for m in reversed(list(re.finditer(r" [-–—] ", line))):
        if len(line[: m.start()].split()) >= 3 and len(line[m.end():].split()) >= 5:
            line = line[: m.start()] + " .\n" + line[m.end():]
    return _DENIAL_CLAUSE.sub(".\n", line).replace("; ", ".\n")


# a photo caption's marks of who stands where ("Mendoza (R) welcomes Fuentes (L) at the palace", "(2nd L)", "(C, front)"),
# after a name: the parser reads "R" as the name's apposition and the verb's object as a second subject
_POSITION_MARK = re.compile(
    r"(?<=[A-Za-z.] )\((?:(?:\d(?:st|nd|rd|th)|second|third|fourth|far|front|back|top|bottom)[ ,-]*)?"
    r"(?:[LRC]|L-R|R-L|left|right|cent(?:re|er)|front|back|top|bottom)(?:[ ,-]+(?:front|back|top|bottom|row))*\)(?= )", re.I)


def _blank_position_marks(text: str) -> tuple[str, frozenset[int]]:
    """The position marks of photo captions, blanked (spaces of the same length, so every offset stays valid), and where
    they stood (`reports._caption`)."""
    if "(" not in text:
        return text, frozenset()
    found = list(_POSITION_MARK.finditer(text))
    if not found:
        return text, frozenset()
    return _POSITION_MARK.sub(lambda m: " " * len(m.group(0)), text), frozenset(m.start() for m in found)


# a line that is a date alone ("May 18, 2023", "18 May 2023"), which the cleaner drops as page furniture
# (or ending a short heading after a colon: "PM meeting with President Biden: 19 May 2023")
_SECTION_DATE = re.compile(rf"^(?:[^\n.!?]{{3,80}}:)?[ \t]*((?:\d{{1,2}} (?i:{MONTH_NAMES})|(?i:{MONTH_NAMES})\.? \d{{1,2}}),? \d{{4}})[ \t]*$",
                           re.M)


# a diary's day heading alone on its line ("MONDAY, JUNE 24", "Wednesday 12 March"; `dating.diary_day`)
_CALENDAR_DAY = re.compile(r"^[ \t]*((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,?[ \t]+(?:[A-Za-z]{3,9}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+"
                           r"[A-Za-z]{3,9}))?)[ \t]*$", re.I | re.M)


def _section_dates(raw: str | None, clean: CleanText, rx: re.Pattern = _SECTION_DATE, *, below_head: bool = True
                   ) -> tuple[tuple[int, str], ...]:
    """The dates alone on a line below the page's head, each with the clean-text offset its section starts at: on a page of
    dated items ("Readout of ..." / "May 18, 2023" / "President Biden met today with ..."), each item's own day
    (`dating.section_day`); with `rx=_CALENDAR_DAY` and `below_head=False`, a diary's day headings, wherever they stand
    (its days are ahead of the page's own). Read from the text as given, since the cleaner drops such lines."""
    if not raw or not clean.offsets or not rx.search(raw):
        return ()
    head_end, k = 0, 0
    for line in raw.split("\n") if below_head else ():
        head_end += len(line) + 1
        k += bool(line.strip())
        if k >= 4:
            break  # (the page's head: its first lines give the publication's own date)
    at = [i for i, o in enumerate(clean.offsets) if o is not None]  # (clean offsets that map back, in order)
    origs = [clean.offsets[i] for i in at]
    return tuple((at[j], m.group(1)) for m in rx.finditer(raw, head_end)
                 if (j := bisect.bisect_left(origs, m.end())) < len(at))


def _common(w: str) -> bool:
    return w.lower() in _COMMON


def _prepare(text: str | None, html: str | None, title: str | None) -> tuple[CleanText, str]:
    try:
        clean = clean_article(text=text, html=html, title=title)
    except Exception as exc:  # odd input must not stop ingestion
        return CleanText(text=""), f"could not clean text: {exc.__class__.__name__}"
    if not clean.text.strip():
        raw = text if text and text.strip() else (html or "")
        return clean, "not English" if raw.strip() and language_of(raw) == "other" else "no text"
    lang = language_of(clean.text)
    if lang != "en":
        return clean, "not English" if lang == "other" else "no text"
    return clean, ""


def _analyse(doc, clean: CleanText, published: date | None, precision: str) -> ExtractionResult:
    from .reports import AFTER_PUBLICATION, extract_doc

    reports = extract_doc(doc, clean.text, published)
    if precision == "month":
        for r in reports:
            if r.status == "planned" and r.cues.get("status", "").endswith(AFTER_PUBLICATION) and r.start_date is not None \
                    and published is not None and (r.start_date.year, r.start_date.month) == (published.year, published.month):
                # a day of the publication's own month is not after a publication known to the month only ("pose for a
                # picture during a meeting in Beijing, China, May 16, 2024" in a gallery of May 2024): held, as told
                r.status = "held"
                r.cues["status"] = r.cues["status"].replace(AFTER_PUBLICATION, "(in the month of publication)")
            if r.date_reason and r.date_precision == "day" and not r.date_reason.startswith("no year"):
                r.start_date = r.start_date.replace(day=1) if r.start_date else None
                r.end_date = r.start_date
                r.date_precision = "month"
                r.date_reason += "; publication date known to the month only"
    return ExtractionResult(clean_text=clean.text, reports=reports, extractor_version=EXTRACTOR_VERSION)


def extract(
    text: str | None = None,
    *,
    title: str | None = None,
    published: date | None = None,
    published_precision: str = "day",
    html: str | None = None,
) -> ExtractionResult:
    """Meeting reports of one article (see the module docstring)."""
    return extract_many([{"text": text, "html": html, "title": title, "published": published,
                          "published_precision": published_precision}])[0]


def extract_article(
    *, text: str | None = None, html: str | None = None, title: str | None = None, published: date | None = None,
    published_precision: str = "day",
) -> ExtractionResult:
    return extract(text, title=title, published=published, published_precision=published_precision, html=html)


def extract_many(items: Iterable[dict], *, batch_size: int = 32) -> list[ExtractionResult]:
    """Many articles at once: one `nlp.pipe` pass, inside a memory zone so long runs stay bounded."""
    items = list(items)
    results: list[ExtractionResult | None] = [None] * len(items)
    todo: list[tuple[int, CleanText]] = []
    for k, item in enumerate(items):
        clean, skipped = _prepare(item.get("text"), item.get("html"), item.get("title"))
        if skipped:
            results[k] = ExtractionResult(clean_text=clean.text, skipped=skipped, language="en" if skipped == "no text" else "other",
                                          extractor_version=EXTRACTOR_VERSION)
        else:
            if len(clean.text) > MAX_CHARS:
                cut = clean.text.rfind("\n", 0, MAX_CHARS)
                clean = CleanText(text=clean.text[: cut if cut > 0 else MAX_CHARS], offsets=clean.offsets[: cut if cut > 0 else MAX_CHARS],
                                  title_prepended=clean.title_prepended)
            todo.append((k, clean))
    if todo:
        nlp = get_nlp()
        gate = get_prefilter()
        if gate is not None:
            # no word of the trigger patterns: no meeting can be found, and the parse is spared
            for k, clean in todo:
                if not gate.search(clean.text.lower()):
                    results[k] = ExtractionResult(clean_text=clean.text, extractor_version=EXTRACTOR_VERSION)
            todo = [(k, clean) for k, clean in todo if results[k] is None]
        # (each rewriting keeps every offset; one that did not would misplace the evidence, so it is not used)
        cased = [t if len(t := _sentence_case_headlines(c.text)) == len(c.text) else c.text for _, c in todo]
        texts = [t2 if len(t2 := _headline_clauses(t)) == len(t) else t for t in cased]
        texts, marks = zip(*(_blank_position_marks(t) for t in texts), strict=True) if texts else ((), ())
        with nlp.memory_zone():
            for (k, clean), doc, before, after, marked in zip(todo, nlp.pipe(texts, batch_size=batch_size), cased, texts, marks, strict=True):
                item = items[k]
                doc.user_data["sidelines_position_marks"] = marked  # (where a caption said who stands where)
                doc.user_data["sidelines_section_dates"] = _section_dates(item.get("text"), clean)
                doc.user_data["sidelines_calendar_days"] = _section_dates(item.get("text"), clean, _CALENDAR_DAY, below_head=False)
                doc.user_data["sidelines_titled"] = bool((item.get("title") or "").strip())
                # (the stops that split a headline of two stories: its first story is a headline still)
                doc.user_data["sidelines_headline_stops"] = _stops_added(before, after)
                try:
                    results[k] = _analyse(doc, clean, item.get("published"), item.get("published_precision") or "day")
                except Exception as exc:  # one bad article must not sink the batch
                    results[k] = ExtractionResult(clean_text=clean.text, skipped=f"extraction failed: {exc.__class__.__name__}: {exc}",
                                                  extractor_version=EXTRACTOR_VERSION)
    return results  # type: ignore[return-value]
