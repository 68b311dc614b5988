"""A curated region file as the answer key of a review: the decisions a curator would take to turn a draft of the
same addendum into that file. The round-trip test plays them through the review, and the timing benchmark plays
them through the app with the keyboard.

Each suggestion is paired with a curated record of its part whose quote lies in the suggestion's quote (or holds
it): first those that agree on every field the draft filled but the quote, then any other that overlaps (accepted
with the fields that differ changed). A suggestion left without a pair is rejected; a curated record left
without one is added."""

from dataclasses import dataclass

from dashboard.builder.draft.statements import blank
from dashboard.curate.review import HEADER, HEADER_FIELDS, PARTS, Review, add, decide
from dashboard.domain.quotes import collapse_whitespace


@dataclass(frozen=True)
class Decision:
    verdict: str  # "accepted" | "rejected" | "added"
    part: str
    index: int | None  # the item's place in review.items; None for an addition
    changes: dict  # accepted: the fields to change and their curated values; added: the whole record


def answer_key(review: Review, curated: dict) -> list[Decision]:
    """The decisions, suggestions in the review's order first, then the additions part by part."""
    decisions: dict[int, Decision] = {}
    additions = []
    header = review.items[0]
    wanted = {k: curated[k] for k in HEADER_FIELDS}
    decisions[0] = Decision("accepted", HEADER, 0, _differences(header.record, wanted))
    for part in PARTS:
        records = curated.get(part) or []
        records = [blank(part, **r) for r in (records if isinstance(records, list) else [records])]
        indices = [i for i, item in enumerate(review.items) if item.part == part]
        free = list(range(len(records)))
        for strict in (True, False):
            for i in indices:
                if i in decisions:
                    continue
                match = next((r for r in free if _overlaps(review.items[i].record, records[r])
                              and (not strict or _agrees(review.items[i].record, records[r]))), None)
                if match is not None:
                    free.remove(match)
                    decisions[i] = Decision("accepted", part, i, _differences(review.items[i].record, records[match]))
        decisions.update({i: Decision("rejected", part, i, {}) for i in indices if i not in decisions})
        additions += [Decision("added", part, None, records[r]) for r in free]
    return [decisions[i] for i in sorted(decisions)] + additions


def play(review: Review, decisions: list[Decision]) -> None:
    """Take the decisions through the review's own functions (the checks an app user meets)."""
    for decision in decisions:
        if decision.verdict == "added":
            add(review, decision.part, decision.changes)
        else:
            decide(review.items[decision.index], decision.verdict, decision.changes, review.source_text)


def _overlaps(drafted: dict, curated: dict) -> bool:
    a, b = collapse_whitespace(drafted.get("quote") or ""), collapse_whitespace(curated.get("quote") or "")
    return bool(a and b) and (a in b or b in a)


def _agrees(drafted: dict, curated: dict) -> bool:
    return all(_same(value, curated.get(name)) for name, value in drafted.items()
               if name != "quote" and value is not None)


def _differences(drafted: dict, curated: dict) -> dict:
    return {name: value for name, value in curated.items() if not _same(drafted.get(name), value)}


def _same(a, b) -> bool:
    """Equal as the region file means them: a date and its ISO text, 10 and 10.0; text exactly (the dataset shows
    a quote with the spaces it was written with)."""
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return float(a) == float(b)
    return a == b or (a is not None and b is not None and str(a) == str(b))
