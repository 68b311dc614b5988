"""Matching evidence quotes against source texts, which are compared after collapsing whitespace."""

import re

_WHITESPACE = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    """``text`` with every run of whitespace turned into one space, trimmed at both ends."""
    return _WHITESPACE.sub(" ", text).strip()


def quote_in_source(quote: str, source: str) -> bool:
    """True when ``quote`` occurs verbatim in ``source`` once whitespace is collapsed in both."""
    return collapse_whitespace(quote) in collapse_whitespace(source)
