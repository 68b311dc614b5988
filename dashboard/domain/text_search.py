"""Finding words and quotes in the source texts, with offsets into the text as written.

Users type without accents or capitals ("cultuursensitiviteit", "een creche") and PDF text breaks
lines anywhere, so a search folds case, accents, compatibility forms (a full-width Ｏ is an O, as in
NFKC) and runs of whitespace on both sides, and drops invisible format characters (zero-width
joiners and spaces, soft hyphens, bidirectional controls) that a pasted word or a hand-made link
can hide in a query; then it maps each hit back to the original characters so it can be shown and
highlighted in place. A letter that only looks like a Latin one (a Cyrillic О) cannot be folded
away: ``foreign_letters`` names it, so the page can say why nothing was found.
"""

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Folded:
    """``text`` folded for searching, and for each folded character the offset it came from."""

    text: str
    origin: list[int]


def fold(text: str) -> Folded:
    """Lowercase, without accents or format characters, each whitespace run one space; offsets kept per character."""
    chars, origin = [], []
    for offset, char in enumerate(text):
        if unicodedata.category(char) == "Cf":  # zero-width, soft hyphen, bidi controls: invisible, never searched for
            continue
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            folded = " "
        else:
            folded = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)).casefold()
        chars.append(folded)
        origin.extend([offset] * len(folded))
    return Folded("".join(chars), origin)


def fold_query(query: str) -> str:
    return fold(query.strip()).text


def scripts(text: str) -> set[str]:
    """The scripts of the letters in ``text`` (LATIN, CYRILLIC, GREEK, ...), after folding."""
    return {_script(char) for char in fold("".join(set(text))).text if char.isalpha()}


def foreign_letters(query: str, known: set[str]) -> list[str]:
    """The letters of ``query`` (each once, in the order typed) whose script is none of ``known``."""
    letters = dict.fromkeys(char for char in query if char.isalpha())
    return [char for char in letters if not {_script(c) for c in fold(char).text if c.isalpha()} <= known]


def _script(letter: str) -> str:
    """A letter's script, as the first word of its Unicode name says it."""
    return unicodedata.name(letter, "UNKNOWN").split(" ")[0]


def find_all(folded: Folded, query: str) -> list[tuple[int, int]]:
    """Every (start, end) in the original text where ``query`` occurs, folded; none for a blank query."""
    needle = fold_query(query)
    if not needle:
        return []
    spans, at = [], folded.text.find(needle)
    while at >= 0:
        spans.append((folded.origin[at], folded.origin[at + len(needle) - 1] + 1))
        at = folded.text.find(needle, at + len(needle))
    return spans


def quote_spans(quote: str, text: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``quote`` occurs verbatim in ``text``, whitespace runs counting as equal."""
    words = quote.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def line_number(text: str, offset: int) -> int:
    """1-based line of the character at ``offset``."""
    return text.count("\n", 0, offset) + 1


def line_offset(text: str, line: int) -> int | None:
    """Offset where 1-based ``line`` starts, None when the text has no such line."""
    if line < 1:
        return None
    offset = 0
    for _ in range(line - 1):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            return None
    return offset
