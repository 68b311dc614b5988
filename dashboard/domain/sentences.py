"""A source text cut into sentences, each with the paragraph it stands in: the units a second coder codes.

The addenda came out of PDF: a paragraph's lines are wrapped, often with an empty line between them, and every
page repeats a header. So a paragraph is recognised by its lines, not by empty lines: a wrapped line runs close
to the full width, the last line of a paragraph, a heading or a bullet stops short; a line that opens with a small
letter or "(" goes on with the one before however short that was (the narrow cells of a table), and after a "●"
line too (Vlaamse-Ardennen opens running bullets with it). A bullet list ("-", "o",
"•") with the line that introduces it is one paragraph; a line opened by "●" is a heading of its own. Within a
paragraph, a sentence ends at ".", "!", "?" or ";" before a capital, and a bullet is a sentence.
"""

import re
from collections import Counter
from dataclasses import dataclass

LIST_MARKS = ("- ", "o ", "• ", "\uf0b7 ")  # "o" and the private-use bullet are how the PDFs wrote sub-bullets
HEADING_MARK = "●"
SHORT_LINE = 0.8  # a line under this share of the text's long lines (90th percentile) ends its paragraph
HEADER_REPEATS = 3  # a line (not a bullet) repeated this often is a page header or footer
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"“‘(]?[A-ZÀ-Ý])")


@dataclass(frozen=True)
class Sentence:
    start: int  # offsets in the source text
    end: int
    text: str  # whitespace collapsed
    paragraph: str  # the paragraph it stands in, whitespace collapsed


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def is_list_item(self) -> bool:
        return self.text.startswith(LIST_MARKS)

    @property
    def is_heading(self) -> bool:
        return self.text.startswith(HEADING_MARK)


def sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` in reading order, page headers left out."""
    found = []
    for paragraph in _paragraphs(_lines(text)):
        words = " ".join(" ".join(line.text.split()) for block in paragraph for line in block)
        for block in paragraph:
            found += _split(text, block, words)
    return found


def _lines(text: str) -> list[_Line]:
    lines, at = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(at + lead, at + lead + len(stripped), stripped))
        at += len(raw) + 1
    repeated = Counter(line.text for line in lines if not line.is_list_item)
    return [line for line in lines if repeated[line.text] < HEADER_REPEATS and any(c.isalpha() for c in line.text)]


def _paragraphs(lines: list[_Line]) -> list[list[list[_Line]]]:
    """Paragraphs as lists of blocks (a wrapped run of lines: a bullet, a heading, a running paragraph)."""
    if not lines:
        return []
    lengths = sorted(len(line.text) for line in lines)
    short = SHORT_LINE * lengths[int(0.9 * (len(lengths) - 1))]
    blocks: list[list[_Line]] = []
    for line in lines:
        previous = blocks[-1][-1] if blocks else None
        goes_on = line.text[0].islower() or line.text[0] == "("  # a sentence's next line, however its last one ended
        starts = (previous is None or line.is_list_item or line.is_heading
                  or ((previous.is_heading or len(previous.text) < short) and not goes_on))
        if starts:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    paragraphs: list[list[list[_Line]]] = []
    for block in blocks:
        item = block[0].is_list_item
        in_list = paragraphs and (paragraphs[-1][-1][0].is_list_item or paragraphs[-1][-1][-1].text.endswith(":"))
        if item and in_list and not paragraphs[-1][-1][0].is_heading:
            paragraphs[-1].append(block)
        else:
            paragraphs.append([block])
    return paragraphs


def _split(text: str, block: list[_Line], paragraph: str) -> list[Sentence]:
    start, end = block[0].start, block[-1].end
    if block[0].is_list_item or block[0].is_heading:
        start = block[0].start + len(block[0].text) - len(block[0].text[1:].lstrip())  # leave the bullet sign out
    span = text[start:end]
    cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(span)] + [len(span)]
    found = []
    for first, last in zip(cuts, cuts[1:]):
        piece = span[first:last].rstrip()
        if any(c.isalpha() for c in piece):
            found.append(Sentence(start + first, start + first + len(piece), " ".join(piece.split()), paragraph))
    return found
