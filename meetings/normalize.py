"""Keys under which names and places are looked up: transliteration, diacritics and case folded."""

import re
import unicodedata

# Spellings that transliteration of the same Cyrillic (or other) name produces; each maps to one form.
_VARIANTS = [
    (r"sergei|sergey|sergej|serguei|sergiy|serhiy", "sergei"),
    (r"lawrow|lavroff", "lavrov"),
    (r"zelenskyy|zelensky|zelenskiy|zelenskii|selenskyj|zelenskij", "zelensky"),
    (r"vladimir|wladimir|volodymyr|volodimir", "vladimir"),
    (r"dmitry|dmitri|dmitriy|dimitri|dmitrij", "dmitry"),
    (r"alexander|aleksandr|alexandr|oleksandr", "alexander"),
    (r"yuri|yury|yuriy|iouri", "yuri"),
    (r"andrei|andrey|andriy|andrij", "andrei"),
    (r"mikhail|mikhael|michail", "mikhail"),
    (r"nikolai|nikolay|mykola", "nikolai"),
    (r"yevgeny|evgeny|evgeniy|yevgeniy", "yevgeny"),
    (r"alexei|alexey|aleksei|aleksey|oleksiy", "alexei"),
    (r"muhammad|mohammed|mohammad|mohamed|muhammed", "mohammed"),
]
_VARIANT_RE = [(re.compile(rf"^(?:{pattern})$"), repl) for pattern, repl in _VARIANTS]
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# A regnal number from II to XX, as written (upper case): "Mohammed VI" is "Mohammed" across articles, as "Abdullah II"
# is; a single V or X only at the end ("Harald V"), where it is no initial
REGNAL = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)")


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()


def _regnal(words: list[str], k: int) -> bool:
    return k > 0 and bool(REGNAL.fullmatch(words[k])) and (len(words[k]) > 1 or k == len(words) - 1)


def name_tokens(name: str) -> list[str]:
    words = re.findall(r"[A-Za-z]+", unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode())
    tokens = [w.lower() for k, w in enumerate(words) if w.lower() not in _SUFFIXES and not _regnal(words, k)]
    out = []
    for token in tokens:
        for pattern, repl in _VARIANT_RE:
            if pattern.match(token):
                token = repl
                break
        out.append(token)
    return out


def name_key(name: str) -> str:
    """The lookup key of a full name: 'Sergey Lavrov' and 'Sergei Lavrov' share 'sergei lavrov'."""
    return " ".join(name_tokens(name))


def surname_key(name: str) -> str:
    tokens = name_tokens(name)
    return tokens[-1] if tokens else ""


def place_key(name: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", ascii_fold(name)))
