"""Source text and user input as safe Streamlit markdown, with chosen stretches highlighted.

No HTML is ever rendered: every ASCII punctuation character of the text is backslash-escaped, so
nothing in a source can become a link, a heading, LaTeX or a colour directive; only the highlight we
add is markup. Hard-wrapped PDF lines are joined, but list items keep their own line. What came from
a URL is shown as a literal: escaping is not enough there, since Streamlit's markdown turns a bare
address into a link after it has undone the escapes.
"""

import re
import unicodedata

HIGHLIGHT = ":orange-background[{}]"
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_LINE_BREAKS = re.compile(r"[ \t]*\n\s*")
_LIST_ITEM = re.compile(r"(?:[-●•▪o]|\d+[.)])\s")
_SENTENCE_END = re.compile(r"[.:;!?]\s*$")
_WHITESPACE = re.compile(r"\s+")
_BACKTICKS = re.compile(r"`+")


def escape(text: str) -> str:
    """``text`` with markdown's special characters escaped and whitespace runs made one space."""
    return _PUNCTUATION.sub(r"\\\1", _WHITESPACE.sub(" ", text))


def literal(text: str) -> str:
    """``text`` on one line in a code span: shown as typed, so no address, mail address, image or
    markup in it becomes anything but text (a code span holds no links, whatever it contains).

    An invisible format character (a zero-width joiner, a soft hyphen, a right-to-left override) is
    shown by its code point, ⟨U+202E⟩: the reader sees what was typed, and an override cannot turn
    the rest of the sentence around.
    """
    text = "".join(f"⟨U+{ord(c):04X}⟩" if unicodedata.category(c) == "Cf" else c for c in _WHITESPACE.sub(" ", text))
    if not text:  # two bare backticks are no empty span: they would fence the text that follows instead
        return "` `"
    fence = "`" * (1 + max((len(run) for run in _BACKTICKS.findall(text)), default=0))
    pad = " " if text[:1] in ("`", " ") or text[-1:] in ("`", " ") else ""  # CommonMark strips one space a side
    return f"{fence}{pad}{text}{pad}{fence}"


def marked(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` as markdown with each (start, end) span of ``spans`` (offsets in ``text``) highlighted.

    Paragraphs and list items become markdown blocks of their own; a highlight crossing one is split.
    """
    end = len(text) if end is None else end
    parts, at = [], start
    for match, separator in _breaks(text, start, end):
        parts += [_marked_block(text, at, match.start(), spans).strip(), separator]
        at = match.end()
    parts.append(_marked_block(text, at, end, spans).strip())
    return "".join(parts).strip()


def _breaks(text: str, start: int, end: int):
    """(match, separator) for each line break in ``text[start:end]`` that markdown must keep.

    PDF text wraps lines mid-sentence, often with a blank line after every line: a break is kept
    before a list item (as a line break), and after a heading, a sentence followed by a blank line, or
    two blank lines (as a new paragraph); other breaks join the lines.
    """
    for match in _LINE_BREAKS.finditer(text, start, end):
        blank_lines = match.group().count("\n") - 1
        if _LIST_ITEM.match(text, match.end()):
            yield match, "  \n"
        elif (blank_lines >= 2 or _is_heading(text, start, match.start())
              or (blank_lines and _SENTENCE_END.search(text, max(start, match.start() - 3), match.start() + 1))):
            yield match, "\n\n"


def _is_heading(text: str, start: int, line_end: int) -> bool:
    """True for a bulleted heading line of the template ("● Arena-analyse", "● Regio-uitdaging 2 ...")."""
    return text[max(start, text.rfind("\n", start, line_end) + 1):line_end].lstrip().startswith("●")


def _marked_block(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    cuts = sorted((max(s, start), min(e, end)) for s, e in spans if s < end and e > start)
    out, at = [], start
    for cut_start, cut_end in cuts:
        cut_start = max(cut_start, at)
        if cut_start >= cut_end:
            continue
        out.append(escape(text[at:cut_start]))
        piece = escape(text[cut_start:cut_end]).strip()
        out.append((" " if text[cut_start].isspace() else "") + HIGHLIGHT.format(piece)
                   + (" " if text[cut_end - 1].isspace() else ""))
        at = cut_end
    out.append(escape(text[at:end]))
    return "".join(out)
