"""Matching evidence quotes against source texts, which are compared after collapsing whitespace."""

import re

_WHITESPACE = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    """``text`` with every run of whitespace turned into one space, trimmed at both ends."""
    return _WHITESPACE.sub(" ", text).strip()

