"""Article text before NLP: HTML to main text, page chrome out, offsets kept.

`clean_article()` takes what an article has (plain text, HTML or both, and a title) and returns a
`CleanText`: the text the extractor analyses and a map from each of its characters back to the
original string, so that evidence offsets can always be traced to the stored article.

What goes (line by line, so that the map stays exact):
- page chrome: subscribe/login/register/donation/newsletter/cookie lines, menus and widget labels
  ("Newsfeed", "0", "loader", "Chats"), bylines and read-time lines, template placeholders;
- headline lists after "Read also" / "MORE ABOUT" / "Related articles:" / "RELATED COVERAGE" / "Tags" markers (also with the
  outlet's name: "More from AFP:", "DW recommends"), and a stray related headline wedged just before the dateline;
- an advertisement's label line, which, cutting a sentence of the body in two, is dropped with the sentence joined again;
- photo credits ("(c) REUTERS / Name"), keeping the caption glued to them ("LamarqueU.S. Secretary");
- lines mostly in another script (Cyrillic page chrome in an English article);
- exact duplicate lines, also when a copy only adds " - Outlet" (captions are repeated that way).

What stays: the headline, body paragraphs and photo captions (captions report meetings too).
The title is prepended only when the text does not already carry it near its top.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

MAX_CHARS = 200_000  # longer inputs are cut: nothing in a news article needs more

# Spaces that look like a space but are not one; zero-width ones are removed.
_ODD_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"), " ")
_ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")

# Whole lines that are page furniture (compared lower-cased, without trailing punctuation).
_CHROME_LINES = {
    "subscribe", "newsfeed", "news feed", "loader", "chats", "share", "photo", "video", "persons", "topics",
    "in other media", "log in or register", "to participate in the discussion", "support us", "sign up",
    "all news", "back to main page", "show more", "loading", "more news", "sections", "use filter",
    "go to search", "select the city", "currency converter", "news search topics", "advertisement",
    "related", "related articles", "related stories", "related news", "related coverage", "read also", "read more", "see also",
    "more about", "most read", "most popular", "trending", "comments", "print", "email", "tweet", "follow us",
    "dear readers", "×", "^", "menu", "home", "search", "close", "next", "previous", "world", "politics",
    "world news", "#world news", "by choosing only interesting", "you can filter your feed,", "sections.",
}
# An advertisement's label, which a page may put anywhere, also inside a sentence
_AD_LINES = {"advertisement", "advertising", "ad", "sponsored", "story continues below", "story continues below advertisement",
             "scroll to continue with content", "article continues below", "continue reading below"}
_CHROME_LINES |= _AD_LINES
# Markers after which a list of other articles' headlines follows.
_LIST_MARKERS = {"read also", "more about", "related articles", "related", "related stories", "related news",
                 "see also", "read more", "more news", "most read", "most popular", "also read", "related coverage",
                 "related content", "related topics", "more on this story", "more stories", "recommended", "recommended stories",
                 "you may also like", "you might also like", "editor's picks", "top stories", "latest news", "more from this section",
                 "also on this topic", "further reading", "more in world", "in other news", "what to read next", "read next",
                 "tags", "keywords", "topics", "most viewed", "trending now", "latest", "popular", "more from dw"}
# the same markers with the outlet's or section's name in them: "More from AFP:", "Also on France 24:", "DW recommends"
_NAMED_LIST_MARKER = re.compile(r"^(?:more (?:from|on|in) [\w .&'-]{1,30}|also on [\w .&'-]{1,30}|more stories from [\w .&'-]{1,30}|"
                                r"[\w.&'-]+(?: [\w.&'-]+){0,2} recommends|(?:most )?popular (?:on|in) [\w .&'-]{1,30})$", re.I)
_APPEAL = re.compile(
    r"\b(subscri\w*|newsletter|cookies?|donat\w*|ad-free|paywall|log ?in|sign ?in|sign ?up|register|"
    r"support us|your support|our journalism|dear readers?|a message from|unsubscribe|all rights reserved|"
    r"terms of (use|service)|privacy policy|follow (us|him|her) on)\b",
    re.I,
)
_PERSONAL = re.compile(r"\b(we|our|us|your|you)\b", re.I)
_BYLINE = re.compile(
    r"^(\d+\s+min(ute)?s?\s+read|reporting by\b.*|editing by\b.*|writing by\b.*|additional reporting\b.*|"
    r"our standards:.*|tags?:.*|author:.*|(?:more about|read also|also read|see also|related|topics?|keywords?)\s*:.*|by {name}(?:(?:,| and|, and|&) {name}){{0,4}}(?:\s*[,|—–-]\s*[\w .'-]{{2,40}})?|"
    r"[\w .'-]{{2,40}} staff|"
    r"photo:.*|file photo:?|image:.*|credit:.*|source:.*)$".format(name=r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}"),
    re.I,
)
# another article's headline behind a label: "RELATED: Putin, Obama to meet", "Read more: ...", "WATCH | ..."
_TEASER = re.compile(r"^(?:related(?: articles?| stories| news| coverage)?|read (?:more|also|next)|see also|also read|"
                     r"more on this(?: story)?|recommended|watch|listen|don't miss|must read|top stories|editor's picks?|"
                     r"(?:most )?popular|follow live|trending|more from [\w.&'-]+(?: [\w.&'-]+){0,2}|also on [\w.&'-]+(?: [\w.&'-]+){0,2})"
                     r"\s*[:|»>–—-]\s*\S", re.I)
_TIMESTAMP = re.compile(r"^[\d:./,\s-]*(utc[+-]?\d*)?[\d:./,\s-]*$", re.I)  # "11:53 23.08.2025", "13"
_DATE_LINE = re.compile(
    r"^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(,\s*\d{4})?"
    r"([\s/,]+\d{1,2}:\d{2}\s*(am|pm)?(\s*(utc|gmt|et)[+-]?\d*)?)?([\s/]+\d+\s+\w+\s+ago)?\s*$",
    re.I,
)
_CREDIT = re.compile(r"^(©|\(c\)|copyright\b|photo\s*:|credit\s*:)", re.I)
# "Chase Doak/VIA REUTERS", "REUTERS/Kevin Lamarque", "AP Photo/Evan Vucci": a credit line of its own
_AGENCY = r"(REUTERS|AP|AFP|GETTY|TASS|SPUTNIK|RIA NOVOSTI|XINHUA|EPA|ANADOLU|BLOOMBERG|ASSOCIATED PRESS)"
_CREDIT_ONLY = re.compile(rf"^([\w.' -]{{0,40}}/\s*(VIA\s+)?{_AGENCY}\b.*|{_AGENCY}(\s+PHOTO)?\s*/\s*[\w.' /-]{{0,60}})$", re.I)
# "- Sputnik International" after a caption; an outlet name of one to four capitalised words
_OUTLET_SUFFIX = re.compile(r"\s+[-–—]\s+((?:[A-Z][\w.&']*\s?){1,4})$")
_OUTLET_WORDS = re.compile(r"\b(International|News|Times|Post|Press|Agency|Reuters|TASS|Sputnik|Novosti|Xinhua|AFP|AP|Herald|Tribune|Journal|Daily)\b")
# Two words glued by a page template: "LamarqueU.S.", "KerryJohn", "PutinRussian", "GenevaUS"
_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z](?:[a-z]|\.|[A-Z]\b|[A-Z] ))")
# The Hill's hover card: "John KerryJohn Forbes KerryJohn Kerry to NYU ... MORE ended"
_HOVER_CARD = re.compile(r"(?<=[a-z])(?=[A-Z])[^\n]{0,600}?\bMORE\b ?")
# A dateline opening a paragraph: "MOSCOW (Sputnik) —", "KIEV, March 5 (Reuters) -", "SOCHI, May 12. /TASS/."
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*)(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?\.?)?\s*"
    r"(?:\((?:[A-Za-z .]+)\)|/[A-Za-z .]+/\.?)?\s*(?:[-—–]{1,2}|:)?\s",
)


@dataclass
class CleanText:
    """Clean text plus, for each of its characters, the index of that character in the original.

    `to_original(i)` maps a clean offset back; it returns None for characters that were not in the
    original text (a prepended title, a line break inserted to split glued words maps to the
    next original character).
    """

    text: str
    offsets: list[int | None] = field(default_factory=list, repr=False)
    title_prepended: bool = False

    def to_original(self, offset: int) -> int | None:
        if not self.offsets:
            return offset
        if offset >= len(self.offsets):
            last = next((o for o in reversed(self.offsets) if o is not None), None)
            return None if last is None else last + 1 + (offset - len(self.offsets))
        return self.offsets[offset]


class _Builder:
    def __init__(self):
        self.chars: list[str] = []
        self.offs: list[int | None] = []

    def add(self, s: str, offs: list[int | None]):
        self.chars.extend(s)
        self.offs.extend(offs)

    def newline(self, orig: int | None, n: int = 1):
        self.add("\n" * n, [orig] * n)


_PLAIN_LINE = re.compile("[" + "".join(_ZERO_WIDTH) + "".join(map(chr, _ODD_SPACES)) + "]|  |^ | $")


def _norm_line(line: str, start: int) -> tuple[str, list[int | None]]:
    """Odd spaces to spaces, zero-width characters out, runs of spaces to one, ends trimmed."""
    if not _PLAIN_LINE.search(line):
        return line, list(range(start, start + len(line)))  # nothing to change: most lines
    out, offs = [], []
    prev_space = True
    for i, ch in enumerate(line):
        if ch in _ZERO_WIDTH:
            continue
        ch = ch.translate(_ODD_SPACES)
        if ch == " ":
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        out.append(ch)
        offs.append(start + i)
    while out and out[-1] == " ":
        out.pop()
        offs.pop()
    return "".join(out), offs


def _key(s: str) -> str:
    return re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKD", s).casefold()).strip()


def _latin_share(s: str) -> float:
    if s.isascii():
        return 1.0  # the common case, without a look at each character
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if c.isascii() or "LATIN" in unicodedata.name(c, "")) / len(letters)


def _is_headline_like(s: str) -> bool:
    words = s.split()
    if not words or len(s) > 160 or s[-1:] in '.!?"”:':
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps / len(words) >= 0.6


def _unfinished(line: str) -> bool:
    """Does a body line stop mid-sentence (a line of prose ending on a word or a comma)?"""
    words = line.split()
    return len(words) >= 8 and (line[-1:].isalpha() or line[-1:] == ",") and sum(w.islower() for w in words) >= 3


def _is_chrome(s: str) -> bool:
    low = s.lower().rstrip(" :.")
    if low in _CHROME_LINES or s.lower() in _CHROME_LINES:
        return True
    if "{{" in s or "}}" in s:
        return True
    if _TIMESTAMP.match(s) and len(s) < 40:
        return True
    if _DATE_LINE.match(s) or _BYLINE.match(s) or _CREDIT_ONLY.match(s) or _TEASER.match(s):
        return True
    words = s.split()
    if _APPEAL.search(s) and (len(words) <= 12 or _PERSONAL.search(s)):
        return True
    # a strip of section names glued together: "FinancialGovernment SolutionsLegalReuters News Agency..."
    return bool(len(re.findall(r"[a-z][A-Z]", s)) >= 3 and not re.search(r"[.!?]", s))


def _split_credit(s: str, offs: list[int | None]) -> tuple[str, list[int | None]] | None:
    """A credit line: keep the caption glued to it ("(c) REUTERS / Kevin LamarqueU.S. Secretary ...") or
    after it ("Photo: Blinken and Wang shake hands before their talks in Rome, Oct. 31. REUTERS/File Photo")."""
    lead = re.match(r"(?:photo|image|picture)\s*:\s*", s, re.I)
    if lead:
        rest = s[lead.end():]
        if len(rest.split()) >= 6 and not _CREDIT_ONLY.match(rest) and re.search(r"[a-z]{3,}", rest):
            return rest, offs[lead.end():]
    m = re.search(r"(?<=[a-z])(?=[A-Z](?:[a-z]|\.|[A-Z]\b|[A-Z] ))", s)
    if not m:
        return None
    rest = s[m.start():].strip()
    if len(rest.split()) < 4:
        return None
    start = m.start() + (len(s[m.start():]) - len(s[m.start():].lstrip()))
    return s[start:], offs[start:]


# what a glued line's second part starts with: a sentence's or a heading's first word
_STARTERS = frozenset(["The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "This", "That", "But", "And",
                       "For", "As", "After", "Before", "While", "When", "Read", "More", "Photo", "Share", "Subscribe",
                       "Sign", "Related", "Advertisement", "Most", "Latest", "Also", "See", "Watch", "Follow", "Click"])


def _camel_case(s: str, at: int) -> bool:
    """The capital at `at` continues a capitalised word in prose ("the TurkStream gas pipeline", "BlackRock said"): not
    glue, unless what follows is an abbreviation or a sentence's first word ("LamarqueU.S. officials", "MoscowThe
    minister")."""
    start = at
    while start > 0 and (s[start - 1].isalpha() or s[start - 1].isdigit() or s[start - 1] == "_"):
        start -= 1
    if start > 0 and s[start - 1] in "@#":
        return True  # a handle or a hashtag: "@realDonaldTrump", "#StandWithUkraine"
    while start < at and not s[start].isalpha():
        start += 1
    if not s[start].isupper():
        return False  # "told reportersPutin said": a lower-case word glued to the next sentence
    end = at + 1
    while end < len(s) and s[end].isalpha() and s[end].islower():
        end += 1
    right = s[at:end]
    if len(right) < 2 or right in _STARTERS or (end < len(s) and s[end] == "."):
        return False
    # and prose goes on after it in lower case ("the TurkStream gas pipeline"; not a menu glued to a name:
    # "PutinRussian Politics & Diplomacy")
    nxt = re.match(r"[,;:]?\s+(\S)", s[end:])  # (a comma may come first: "chief executive of QatarEnergy, in Doha")
    return nxt is not None and nxt.group(1).islower()


def _repair(s: str, offs: list[int | None]) -> list[tuple[str, list[int | None]]]:
    """Cut hover cards out and split glued words into separate lines."""
    m = _HOVER_CARD.search(s)
    while m and re.search(r"[A-Z][a-z]+$", s[: m.start()]):
        end = m.end()
        if s[m.start() - 1: m.start()] != " " and s[end: end + 1] != " ":
            s, offs = s[: m.start()] + " " + s[end:], offs[: m.start()] + [offs[m.start()]] + offs[end:]
        else:
            s, offs = s[: m.start()] + s[end:], offs[: m.start()] + offs[end:]
        m = _HOVER_CARD.search(s, m.start() + 1)
    parts, last = [], 0
    for g in _GLUE.finditer(s):
        if _camel_case(s, g.start()):
            continue  # "the TurkStream gas pipeline", "BlackRock": one word
        left = s[last: g.start()]
        # glue inside a name is kept when the right part is a short token ("McDonald" never matches:
        # three lower-case letters must precede); a split only happens before a word or "U.S."
        parts.append((left, offs[last: g.start()]))
        last = g.start()
    parts.append((s[last:], offs[last:]))
    return [(p.strip(), o[len(p) - len(p.lstrip()):][: len(p.strip())]) for p, o in parts if p.strip()]


def _html_to_text(html: str) -> str:
    try:
        import trafilatura

        text = trafilatura.extract(
            html, include_comments=False, include_tables=False, include_images=True, include_formatting=False,
            favor_recall=True, deduplicate=False,
        )
    except Exception:  # a broken page must not stop ingestion: fall back to stripped tags
        text = None
    if not text:
        text = re.sub(r"(?is)<(script|style|noscript|template)\b.*?</\1>", " ", html)
        text = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|li|figcaption|tr)>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
        import html as html_lib

        text = html_lib.unescape(text)
    return text


def _controls_to_spaces(s: str) -> dict[int, str]:
    """A translation table: each control or format character of `s` to a space (newlines, tabs and the
    zero-width characters dropped later excepted), looked up once per distinct character."""
    return {ord(ch): " " for ch in set(s) if ch not in "\n\t" and ch not in _ZERO_WIDTH and unicodedata.category(ch)[0] == "C"}


def clean_article(*, text: str | None = None, html: str | None = None, title: str | None = None) -> CleanText:
    """Clean an article for NLP; see the module docstring for what is dropped and kept."""
    source = text if text and text.strip() else (_html_to_text(html) if html else "")
    source = source.replace("\r\n", "\n").replace("\r", "\n")[:MAX_CHARS]
    source = source.translate(_controls_to_spaces(source))

    lines: list[tuple[str, list[int | None]]] = []
    pos = 0
    for raw in source.split("\n"):
        s, offs = _norm_line(raw, pos)
        pos += len(raw) + 1
        if not s:
            lines.append(("", []))
            continue
        if _CREDIT.match(s):
            caption = _split_credit(s, offs)
            if caption is None:
                continue
            s, offs = caption
        for piece, poffs in _repair(s, offs):
            lines.append((piece, poffs))

    kept: list[tuple[str, list[int | None]]] = []
    glue: set[int] = set()  # the kept lines that go on the sentence a dropped line cut
    seen: set[str] = set()
    in_list = False
    for idx, (s, offs) in enumerate(lines):
        if not s:
            kept.append((s, offs))
            continue
        low = s.lower().rstrip(" :.")
        if low in _LIST_MARKERS or _NAMED_LIST_MARKER.match(low):
            in_list = True
            continue
        if in_list:
            if s[-1:] not in '.!?"”' or _TIMESTAMP.match(s) or len(s.split()) <= 3 or _is_chrome(s):
                continue
            in_list = False
        if _latin_share(s) < 0.5 or _is_chrome(s):
            body = [t for t, _ in kept if t][1:]  # (not the headline, which ends on a word too)
            if low in _AD_LINES and body and _unfinished(body[-1]):
                glue.add(len(kept))  # "... met Italian Prime Minister Giorgia / ADVERTISEMENT / Meloni on Friday": one sentence
            continue
        m = _OUTLET_SUFFIX.search(s)
        if m and len(s) > 40 and (_OUTLET_WORDS.search(m.group(1)) or s[: m.start()].rstrip()[-1:] in ".!?0123456789"):
            s, offs = s[: m.start()].rstrip(), offs[: len(s[: m.start()].rstrip())]
        # a related-article headline wedged just before the dateline paragraph
        nxt = next((t for t, _ in lines[idx + 1:] if t), "")
        if kept and _is_headline_like(s) and DATELINE.match(nxt) and any(t for t, _ in kept):
            continue
        key = _key(s)
        if key in seen:
            continue
        seen.add(key)
        kept.append((s, offs))

    b = _Builder()
    pending_blank = joining = False
    for k, (s, offs) in enumerate(kept):
        joining = joining or k in glue
        if not s:
            pending_blank = True
            continue
        if b.chars and joining and s[:1].isalnum():
            b.add(" ", [offs[0] if offs else None])
        elif b.chars:
            b.newline(offs[0] if offs else None, 2 if pending_blank else 1)
        joining = False
        b.add(s, offs)
        pending_blank = False
    while b.chars and b.chars[-1] == "\n":
        b.chars.pop()
        b.offs.pop()
    out = "".join(b.chars)
    offsets = b.offs

    prepended = False
    if title and title.strip():
        t, _ = _norm_line(title.strip(), 0)
        tkey = _key(t)
        head = _key(out[:1500])
        if tkey and tkey not in head:
            prefix = t + "\n\n"
            out = prefix + out
            offsets = [None] * len(prefix) + offsets
            prepended = True
    return CleanText(text=out, offsets=offsets, title_prepended=prepended)
