"""The review's logic, without Streamlit: every suggestion of the draft, for every part of a region file, as an
item to accept (as drafted or changed) or reject; additions checked verbatim against the source; the reviewed
region written as its curated file."""

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from pydantic import TypeAdapter, ValidationError

from dashboard.builder import models
from dashboard.builder.draft.statements import blank
from dashboard.core.paths import ROOT
from dashboard.domain.quotes import collapse_whitespace

DRAFT_VARIABLE = "CURATE_DRAFT"  # the launcher names the draft to the app through the environment
TARGET_VARIABLE = "CURATE_TARGET"  # and, when not the region's file in data/curated/regions/, where to write
HEADER = "region"  # the region's name, provinces and source: not a list, one item
# the parts of a region file in its own order; "method" is one record, the others lists
PARTS = ("method", "stated_figures", "municipalities", "challenges", "persona_facts", "obstacles", "service_types",
         "obstacle_service_links", "service_type_caveats", "caveats", "persona_descriptions", "target_groups",
         "plans", "timeline")
HEADER_FIELDS = ("name", "provinces", "source_id")
CATEGORY_FIELDS = {"obstacle_id": "obstacles", "service_type_id": "service_types"}  # field -> taxonomy file
DRAFT_ONLY = ("unit_id", "confidence", "matched", "rule", "is_quote_short")  # what the draft says about a suggestion
SHORT = 20  # as the build: a quote under 20 characters must be unique in its source, or be marked short


@dataclass
class Item:
    """One suggestion of the draft, or one addition of the curator, for one part of the region file."""

    part: str
    record: dict  # the fields as the region file writes them
    unit_id: int | None = None
    confidence: float | None = None
    matched: str = ""
    rule: str | None = None
    verdict: str | None = None  # None (open) | "accepted" | "rejected"
    changed: dict = field(default_factory=dict)  # field -> the draft's value, for every field the curator changed
    is_added: bool = False

    @property
    def quote(self) -> str | None:
        return self.record.get("quote")


@dataclass
class Review:
    draft: dict
    source_text: str
    items: list[Item] = field(default_factory=list)

    @property
    def open_count(self) -> int:
        return sum(item.verdict is None for item in self.items)


def load_review(draft_path: Path, source_text: str | None = None) -> Review:
    """The draft and its source, every suggestion an open item, in the order the source says them."""
    draft = yaml.safe_load(draft_path.read_text(encoding="utf-8"))
    if not isinstance(draft, dict) or draft.get("status") != "draft":
        raise ValueError(f"{draft_path} is not a draft made by `python -m dashboard.builder draft`")
    text = source_text if source_text is not None else Path(draft["source"]).read_text(encoding="utf-8")
    items = [Item(HEADER, {k: (draft.get(HEADER) or {}).get(k) for k in HEADER_FIELDS})]
    for part in PARTS:
        for suggestion in draft.get(part) or []:
            record = blank(part, **{k: v for k, v in suggestion.items() if k not in DRAFT_ONLY})
            items.append(Item(part, record, suggestion.get("unit_id"), suggestion.get("confidence"),
                              suggestion.get("matched", ""), suggestion.get("rule")))
    source = collapse_whitespace(text)
    order = {part: i for i, part in enumerate(PARTS)}
    items[1:] = sorted(items[1:], key=lambda i: (source.find(collapse_whitespace(i.quote or "")), order[i.part]))
    return Review(draft, text, items)


@cache
def categories() -> dict[str, set[str]]:
    """The codebook's category ids per taxonomy file."""
    folder = ROOT / "data" / "curated" / "taxonomy"
    return {taxonomy: {row[f"{taxonomy[:-1]}_id"] for row in csv.DictReader((folder / f"{taxonomy}.csv").open(encoding="utf-8"))}
            for taxonomy in CATEGORY_FIELDS.values()}


def fields_of(part: str) -> list[str]:
    """The fields the curator fills for a part, in the region file's order."""
    return list(HEADER_FIELDS) if part == HEADER else list(blank(part))


def problem_of(part: str, record: dict, source_text: str) -> str | None:
    """Why a record cannot stand in the region file (None when it can): a missing or ill-typed field, a category
    the codebook does not have, a quote that is not verbatim in the source."""
    if part == HEADER:
        annotations = {k: models.RegionFile.model_fields[k].annotation for k in HEADER_FIELDS}
        try:
            for name, annotation in annotations.items():
                TypeAdapter(annotation).validate_python(record.get(name))
        except ValidationError as error:
            return f"{name}: " + "; ".join(e["msg"] for e in error.errors())
        return None
    try:
        _record_model(part).model_validate(record)
    except ValidationError as error:
        return "; ".join(f"{'.'.join(map(str, e['loc'])) or part}: {e['msg']}" for e in error.errors())
    known = categories()
    for name, taxonomy in CATEGORY_FIELDS.items():
        if name in record and record[name] not in known[taxonomy]:
            return f"{name}: {record[name]!r} staat niet in het codeboek / is not in the codebook"
    return addition_problem(record["quote"], source_text)


def decide(item: Item, verdict: str, changes: dict | None = None, source_text: str = "") -> None:
    """Accept (with the fields the curator changed) or reject an item. An accepted record must be complete and its
    quote verbatim in the source; on a problem the item stays as it was and ValueError says what is wrong."""
    if verdict not in ("accepted", "rejected"):
        raise ValueError(f"unknown verdict {verdict!r}")
    record = dict(item.record)
    changed = {}
    for name, value in (changes or {}).items():
        if name == "quote" and value is not None:
            value = quote_text(value)
        if value != record.get(name):
            changed[name] = record.get(name)
            record[name] = value
    if verdict == "accepted":
        problem = problem_of(item.part, record, source_text)
        if problem:
            raise ValueError(problem)
    item.record = record
    item.changed = {**changed, **item.changed}  # the draft's value, however often it changed
    item.verdict = verdict


def quote_text(selection: str) -> str:
    """A selected span as the region file keeps it: a line break becomes a space and a leading bullet sign goes, but
    spaces within a line stay as the source has them (the dataset shows the quote as written)."""
    quote = re.sub(r"[ \t]*[\r\n]+[ \t]*", " ", selection).strip()
    for sign in ("●", "- ", "o "):
        quote = quote.removeprefix(sign).strip()
    return quote


def addition_problem(quote: str | None, source_text: str) -> str | None:
    """Why a quote the curator selected cannot be added (None when it can): it must be verbatim in the source."""
    wanted = collapse_whitespace(quote or "")
    for sign in ("●", "- ", "o "):
        wanted = wanted.removeprefix(sign).strip()
    if not wanted:
        return "Lege selectie / Empty selection."
    if wanted not in collapse_whitespace(source_text):
        return "Niet letterlijk in de bron / Not verbatim in the source: " + wanted[:80]
    return None


def add(review: Review, part: str, record: dict) -> Item:
    """A record the draft missed, on a verbatim quote; raises ValueError naming what is wrong, and adds nothing."""
    record = blank(part, **{**record, "quote": quote_text(record.get("quote") or "")})
    problem = problem_of(part, record, review.source_text)
    if problem:
        raise ValueError(problem)
    item = Item(part, record, verdict="accepted", matched="toegevoegd door curator / added by the curator",
                is_added=True)
    review.items.append(item)
    return item


def tally(review: Review) -> dict[str, dict[str, int]]:
    """Per part, how many suggestions were accepted as drafted, changed, rejected, and how many records added."""
    counts = {part: dict.fromkeys(("accepted", "changed", "rejected", "added"), 0) for part in (HEADER, *PARTS)}
    for item in review.items:
        if item.is_added:
            counts[item.part]["added"] += 1
        elif item.verdict == "rejected":
            counts[item.part]["rejected"] += 1
        elif item.verdict == "accepted":
            counts[item.part]["changed" if item.changed else "accepted"] += 1
    return counts


def region_file(review: Review) -> dict:
    """The reviewed region in the shape of its curated file: the header, the one accepted method, and every list of
    accepted records (a record accepted twice written once; a short quote that repeats in the source marked)."""
    if review.open_count:
        raise ValueError(f"{review.open_count} suggestions are still open")
    source = collapse_whitespace(review.source_text)
    accepted = [item for item in review.items if item.verdict == "accepted"]
    header = next((i.record for i in accepted if i.part == HEADER), None)
    if header is None:
        raise ValueError("the region's name, provinces and source are not accepted")
    region = {"region_id": review.draft["region_id"], **header}
    for part in PARTS:
        records = []
        for item in accepted:
            if item.part != part or item.record in records:
                continue
            records.append(dict(item.record))
        for record in records:
            quote = collapse_whitespace(record["quote"])
            if len(quote) < SHORT and source.count(quote) > 1:
                record["is_quote_short"] = True
        if part == "method":
            if len(records) != 1:
                raise ValueError(f"one method is accepted, not {len(records)}")
            region[part] = records[0]
        else:
            region[part] = records
    return region


def write_region(target: Path, region: dict) -> None:
    """Write the reviewed region file, replacing what stood there: the review holds every part of it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(region, allow_unicode=True, sort_keys=False, width=120)
    target.write_text("# Written by the curator's review (python -m dashboard.curate).\n" + text, encoding="utf-8")


LIST_FIELDS = ("provinces", "persona_ids")  # a comma between the ids or names


def field_value(part: str, name: str, text: str):
    """A field as the curator typed it, turned into the value the region file holds ("" is empty, "3" a rank,
    "true" a flag, "a, b" a list); text the field's type does not take is kept as typed, for the check to name."""
    text = text.strip()
    if not text:
        return None
    if name in LIST_FIELDS:
        return [piece.strip() for piece in text.split(",") if piece.strip()]
    model = models.RegionFile if part == HEADER else _record_model(part)
    try:
        value = TypeAdapter(model.model_fields[name].annotation).validate_python(text)
    except ValidationError:
        return text
    return value.isoformat() if hasattr(value, "isoformat") else value


def field_text(value) -> str:
    """A field's value as the curator reads and edits it."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def context(review: Review, item: Item, around: int = 2) -> list[tuple[str, bool]]:
    """The statements around the item's own, each with whether it is the item's: by the draft's statement number,
    or else the first statement that holds the quote (or that the quote holds)."""
    statements = review.draft.get("statements") or []
    at = next((i for i, s in enumerate(statements) if s["unit_id"] == item.unit_id), None)
    quote = collapse_whitespace(item.quote or "")
    if at is None and quote:
        at = next((i for i, s in enumerate(statements) if quote in s["text"] or s["text"] in quote), None)
    if at is None:
        return [(quote, True)] if quote else []
    return [(s["text"], i == at) for i, s in enumerate(statements[max(at - around, 0): at + around + 1],
                                                       start=max(at - around, 0))]


def _record_model(part: str):
    annotation = models.RegionFile.model_fields[part].annotation
    return getattr(annotation, "__args__", [annotation])[0]
