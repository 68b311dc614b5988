"""What a draft learns from: the codebook (labels, includes, decision rules) and the curated regions' codings,
each turned into labelled statements. A held-out region is simply left out of `regions`."""

from dataclasses import dataclass, field

from dashboard.builder.draft.segments import Unit, challenge_headings, split_units
from dashboard.builder.inputs import Inputs
from dashboard.core.paths import ROOT
from dashboard.domain.quotes import collapse_whitespace

TAXONOMIES = ("obstacles", "service_types")
STATEMENTS = "statements"  # the other quoted parts of a region file, as one more set of labels a statement can carry
# label -> (the region file's list, the fixed field the label sets): a plan or target group by its aspect,
# a persona fact by its level
STATEMENT_KINDS = {
    "method": ("method", {}),
    "stated_figures": ("stated_figures", {}),
    "persona_facts-persona": ("persona_facts", {"fact_level": "persona"}),
    "persona_facts-group": ("persona_facts", {"fact_level": "group"}),
    "persona_descriptions": ("persona_descriptions", {}),
    "caveats": ("caveats", {}),
    "service_type_caveats": ("service_type_caveats", {}),
    **{f"target_groups-{a}": ("target_groups", {"scope_aspect": a}) for a in ("doelgroep", "leeftijd", "contacttaal")},
    **{f"plans-{a}": ("plans", {"plan_aspect": a}) for a in ("partners", "uitkomst", "werkvorm")},
}


@dataclass(frozen=True)
class Category:
    category_id: str
    label_nl: str
    includes: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    category_id: str
    other_id: str
    text: str


@dataclass
class Codebook:
    categories: dict[str, list[Category]]  # taxonomy -> its categories
    rules: dict[str, list[Rule]]  # taxonomy -> decision rules between two categories
    answers: dict[str, set[str]]  # obstacle_id -> service types that answer it
    personas: dict[str, str]  # lower-case name -> persona_id
    municipalities: dict[str, str] = field(default_factory=dict)  # name -> NIS code, all of Flanders


@dataclass
class CodedRegion:
    """One curated region: its statements and, per taxonomy, the categories coded on each statement."""

    region_id: str
    units: list[Unit]
    labels: dict[str, dict[int, set[str]]]  # taxonomy -> unit_id -> category ids
    unplaced: dict[str, list[tuple[str, str]]]  # taxonomy -> (category, quote) that fit no statement
    region: object  # the validated RegionFile
    source_text: str = field(repr=False, default="")


def codebook_of(inputs: Inputs) -> Codebook:
    def categories(rows, key):
        return [Category(getattr(r.value, key), r.value.label_nl,
                         tuple(p.strip() for p in (r.value.includes or "").split(",") if p.strip()))
                for r in rows]

    rules = {t: [] for t in TAXONOMIES}
    for row in inputs.decision_rules:
        if row.value.other_id:
            rules[row.value.taxonomy].append(Rule(row.value.category_id, row.value.other_id, row.value.rule))
    answers = {r.value.obstacle_id: {s.strip() for s in r.value.service_type_ids.split(";") if s.strip()}
               for r in inputs.answers}
    statements = [Category(label, label.replace("_", " ").replace("-", " "), ()) for label in STATEMENT_KINDS]
    return Codebook({"obstacles": categories(inputs.obstacles, "obstacle_id"),
                     "service_types": categories(inputs.service_types, "service_type_id"), STATEMENTS: statements},
                    {**rules, STATEMENTS: []}, answers, {r.value.name.lower(): r.value.persona_id for r in inputs.personas},
                    _municipality_names())


def _municipality_names() -> dict[str, str]:
    """Every Flemish municipality of 2024 (geo/flanders.parquet, committed): the names a text may list."""
    import pandas as pd

    frame = pd.read_parquet(ROOT / "geo" / "flanders.parquet", columns=["nis_code", "name"])
    return dict(zip(frame["name"], frame["nis_code"]))


def statement_records(region) -> list[tuple[str, str, int | None]]:
    """(label, quote, challenge rank) for every quoted record of a region file beyond its categories."""
    out = []
    for label, (attribute, fixed) in STATEMENT_KINDS.items():
        value = getattr(region, attribute)
        for record in value if isinstance(value, list) else [value]:
            if all(getattr(record, k) == v for k, v in fixed.items()):
                out.append((label, record.quote, getattr(record, "challenge_rank", None)))
    return out


def coded_regions(inputs: Inputs) -> list[CodedRegion]:
    """Every curated region with its statements labelled from its own coding."""
    out = []
    for located in inputs.regions:
        region = located.value
        text = inputs.source_texts[region.source_id]
        units = split_units(text)
        labels, unplaced = {}, {}
        for taxonomy, records, key in (("obstacles", region.obstacles, "obstacle_id"),
                                       ("service_types", region.service_types, "service_type_id")):
            labels[taxonomy], unplaced[taxonomy] = label_units(units, [(getattr(r, key), r.quote, r.challenge_rank)
                                                                       for r in records])
        labels[STATEMENTS], unplaced[STATEMENTS] = label_units(units, statement_records(region))
        out.append(CodedRegion(region.region_id, units, labels, unplaced, region, text))
    return out


def label_units(units: list[Unit], records: list[tuple[str, str, int | None]]
                ) -> tuple[dict[int, set[str]], list[tuple[str, str]]]:
    """The statements each coded quote lies in (or that lie in it), in the challenge it was coded under."""
    labels: dict[int, set[str]] = {}
    unplaced = []
    for category, quote, rank in records:
        quote = collapse_whitespace(quote)
        inside = [u for u in units if quote in u.text or (len(u.text) >= 12 and u.text in quote)]
        # a pasted bullet is coded under each challenge it stands in; a quote coded under a challenge but standing
        # in a region-wide part keeps its place in the text
        hits = [u for u in inside if rank is None or u.challenge_rank == rank] or inside
        if not hits:
            unplaced.append((category, quote))
        for unit in hits:
            labels.setdefault(unit.unit_id, set()).add(category)
    return labels, unplaced


def persona_ids(names: list[str], codebook: Codebook) -> list[str]:
    """Persona ids for the names a heading gives; a name the codebook does not know becomes a new slug."""
    return [codebook.personas.get(name.lower(), name.lower()) for name in names]


__all__ = ["Codebook", "CodedRegion", "STATEMENTS", "STATEMENT_KINDS", "TAXONOMIES", "challenge_headings", "codebook_of", "coded_regions",
           "label_units", "persona_ids"]
