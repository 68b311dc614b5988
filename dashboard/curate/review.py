"""The review's logic, without Streamlit: the draft's suggestions as a list to decide on, additions checked
verbatim against the source, and the reviewed coding written as the region's curated file."""

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from dashboard.domain.quotes import collapse_whitespace

DRAFT_VARIABLE = "CURATE_DRAFT"  # the launcher names the draft to the app through the environment
TAXONOMY_KEYS = {"obstacles": "obstacle_id", "service_types": "service_type_id"}
SHORT = 20  # as the build: a quote under 20 characters must be unique in its source, or be marked short


@dataclass
class Item:
    """One suggestion of the draft, or one addition of the curator."""

    taxonomy: str
    category_id: str
    quote: str
    challenge_rank: int | None
    section: str
    unit_id: int | None
    confidence: float | None = None
    matched: str = ""
    rule: str | None = None
    verdict: str | None = None  # None (open) | "accepted" | "rejected"
    changed_from: str | None = None


@dataclass
class Review:
    draft: dict
    source_text: str
    items: list[Item] = field(default_factory=list)

    @property
    def open_count(self) -> int:
        return sum(item.verdict is None for item in self.items)


def load_review(draft_path: Path, source_text: str | None = None) -> Review:
    """The draft and its source, with every category suggestion as an open item."""
    draft = yaml.safe_load(draft_path.read_text(encoding="utf-8"))
    if not isinstance(draft, dict) or draft.get("status") != "draft":
        raise ValueError(f"{draft_path} is not a draft made by `python -m dashboard.builder draft`")
    text = source_text if source_text is not None else Path(draft["source"]).read_text(encoding="utf-8")
    items = [Item(taxonomy, record[key], record["quote"], record["challenge_rank"], record["section"],
                  record.get("unit_id"), record.get("confidence"), record.get("matched", ""), record.get("rule"))
             for taxonomy, key in TAXONOMY_KEYS.items() for record in draft.get(taxonomy, [])]
    items.sort(key=lambda item: (item.unit_id if item.unit_id is not None else -1, item.taxonomy))
    return Review(draft, text, items)


def decide(item: Item, verdict: str, category_id: str | None = None, quote: str | None = None,
           source_text: str = "") -> None:
    """Accept or reject an item; accepting with another category records the change, and a shortened quote
    (the part of the statement that says it) must still be verbatim in the source."""
    if verdict not in ("accepted", "rejected"):
        raise ValueError(f"unknown verdict {verdict!r}")
    if quote is not None and collapse_whitespace(quote) != item.quote:
        problem = addition_problem(quote, source_text)
        if problem:
            raise ValueError(problem)
        item.quote = collapse_whitespace(quote)
    if category_id and category_id != item.category_id:
        item.changed_from = item.changed_from or item.category_id
        item.category_id = category_id
    item.verdict = verdict


def addition_problem(quote: str, source_text: str) -> str | None:
    """Why a quote the curator selected cannot be added (None when it can): it must be verbatim in the source."""
    wanted = collapse_whitespace(quote)
    for sign in ("●", "- ", "o "):
        wanted = wanted.removeprefix(sign).strip()
    if not wanted:
        return "Lege selectie / Empty selection."
    source = collapse_whitespace(source_text)
    if wanted not in source:
        return "Niet letterlijk in de bron / Not verbatim in the source: " + wanted[:80]
    return None


def add(review: Review, taxonomy: str, category_id: str, quote: str, challenge_rank: int | None,
        section: str) -> Item:
    """A category the draft missed, on a verbatim quote; raises ValueError naming what is wrong."""
    problem = addition_problem(quote, review.source_text)
    if problem:
        raise ValueError(problem)
    item = Item(taxonomy, category_id, collapse_whitespace(quote), challenge_rank, section, None,
                verdict="accepted", matched="toegevoegd door curator / added by the curator")
    review.items.append(item)
    return item


def region_parts(review: Review, challenges: list[dict]) -> dict:
    """The reviewed coding in the shape of a region file: the accepted obstacles and service types, and the
    challenges as the curator titled them. The draft's links and timeline are not reviewed here yet, so they are
    not written: a curator copies them from the draft by hand (data/curated/README.md)."""
    source = collapse_whitespace(review.source_text)
    accepted = [item for item in review.items if item.verdict == "accepted"]
    parts: dict = {"challenges": challenges}
    for taxonomy, key in TAXONOMY_KEYS.items():
        records, seen = [], set()
        for item in accepted:
            if item.taxonomy != taxonomy or (item.category_id, item.challenge_rank, item.quote) in seen:
                continue
            seen.add((item.category_id, item.challenge_rank, item.quote))
            record = {key: item.category_id, "challenge_rank": item.challenge_rank, "section": item.section,
                      "quote": item.quote}
            if len(item.quote) < SHORT and source.count(item.quote) > 1:
                record["is_quote_short"] = True
            records.append(record)
        parts[taxonomy] = records
    return parts


def write_region(target: Path, parts: dict) -> None:
    """Put the reviewed parts into the region file: an existing file keeps everything else it holds (name,
    municipalities, method, persona facts), a new one starts with the reviewed parts and its id."""
    existing = yaml.safe_load(target.read_text(encoding="utf-8")) if target.exists() else None
    region = dict(existing) if isinstance(existing, dict) else {}
    region.setdefault("region_id", target.stem)
    region.update(parts)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(yaml.safe_dump(region, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
