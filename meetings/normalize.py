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


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()


def name_tokens(name: str) -> list[str]:
    tokens = [t for t in re.findall(r"[a-z]+", ascii_fold(name)) if t not in _SUFFIXES]
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
