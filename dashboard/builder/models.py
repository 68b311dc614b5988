"""Schemas of the curated records: what a well-formed row or region file looks like."""

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from dashboard.builder.problems import Problem
from dashboard.text.formula_text import FORMULA_START, is_formula_like
from dashboard.core import vocabularies as v

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
# Figure ids name a measure with its unit, as in the data dictionary (area_km2, density_per_km2).
FigureId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+([_-][a-z0-9]+)*$")]
NisCode = Annotated[str, StringConstraints(pattern=r"^\d{5}$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _plain_label(value):
    if not isinstance(value, str):
        return value
    if is_formula_like(value) or is_formula_like(value.strip()):
        starts = " ".join(repr(c) for c in FORMULA_START)
        raise ValueError(f"a label may not begin with {starts}: a spreadsheet would run it as a formula, and no category "
                         "needs one")
    if "<" in value or ">" in value:
        raise ValueError("a label may not hold < or >: the charts read them as markup (<a href=...> would be a live "
                         "link), and no category needs them")
    return value


# A name or category label, as every table, chart and download shows it: checked as written (a tab or CR at
# its start) and once stripped
Label = Annotated[Text, BeforeValidator(_plain_label)]
Section = Literal[v.CODED_SECTIONS.values]  # the vocabularies are dashboard.core.vocabularies'
Event = Literal[v.EVENTS.values]
Rank = Annotated[int, Field(ge=1, le=1000)]  # an order within one text; the cap also keeps it within int64
ScopeAspect = Literal[v.SCOPE_ASPECTS.values]
PlanAspect = Literal[v.PLAN_ASPECTS.values]
LinkKind = Literal[v.LINK_KINDS.values]
FactLevel = Literal[v.FACT_LEVELS.values]
Taxonomy = Literal[v.TAXONOMIES.values]
Kind = Literal[v.KINDS.values]
# Antwerp, Belgium's largest municipality, has about 530,000 people; the cap also keeps figures within int64.
Population = Annotated[int, Field(ge=0, le=10_000_000)]
CALL_YEARS = (2022, 2024)  # the 2023 call: the analyses before it began in 2022, the last decisions fell in 2023
POPULATION_YEARS = (2020, 2025)  # the series is 1/1/2023, with 1/1/2021 where no 2023 figure exists


def _years(first: int, last: int, what: str):
    def check(date: dt.date) -> dt.date:
        if not first <= date.year <= last:
            raise ValueError(f"{date} lies outside {what} ({first}-{last})")
        return date
    return AfterValidator(check)


CallDate = Annotated[dt.date, _years(*CALL_YEARS, "the call's years")]
PopulationDate = Annotated[dt.date, _years(*POPULATION_YEARS, "the population series' years")]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


class Quoted(Record):
    quote: Text
    is_quote_short: bool = False  # the source's own words are this short (a one-word bullet): see checks.MIN_QUOTE_CHARS


class SourceEntry(Record):
    source_id: Slug
    region_id: Slug
    title: Text
    call: Text
    launch_date: CallDate
    is_launch_year_inferred: bool
    original_file: Text
    original_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class ObstacleRow(Record):
    obstacle_id: Slug
    label_nl: Label
    label_en: Label
    life_domain: Slug
    definition: Text
    includes: Text
    excludes: Text


class SuccessorRow(Record):
    """A retired or relabelled category: its old id and labels, and the category that now takes its links."""

    taxonomy: Taxonomy
    old_id: Slug
    old_label_nl: Label
    old_label_en: Label
    new_id: Slug
    note: Text


class DecisionRuleRow(Record):
    """A codebook rule: how to tell ``category_id`` from ``other_id``, or (no other_id) which words do not trigger it."""

    taxonomy: Taxonomy
    category_id: Slug
    other_id: Slug | None = None
    rule: Text


class SampleRow(Record):
    """A sentence of the reliability sample (data/curated/reliability/sample.csv), at its place in the source."""

    sample_id: Annotated[str, StringConstraints(pattern=r"^s\d{3}$")]
    region_id: Slug
    source_id: Slug
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=1)]
    sentence: Text
    paragraph: Text


class SecondCodingRow(Record):
    """A code a coder gave a sampled sentence; kind and category_id empty or "none" for no code."""

    sample_id: Annotated[str, StringConstraints(pattern=r"^s\d{3}$")]
    kind: Literal["obstacle", "service_type", "none"] | None = None
    category_id: Slug | None = None
def _slug_list(value):
    """"a; b" -> "a; b" with each id stripped; an empty cell -> "" (no service type answers, the reason says why)."""
    return "; ".join(part.strip() for part in (value or "").split(";") if part.strip())


class AnswerRow(Record):
    """The codebook's answer to an obstacle: the service types that answer it ("; " between ids, none allowed) and why."""

    obstacle_id: Slug
    service_type_ids: Annotated[str, BeforeValidator(_slug_list)] = ""
    answer_reason: Text


class EmphasisExampleRow(Record):
    """A worked example of the emphasis measure: a sentence of a region saying what it stresses, and the categories
    ("; " between ids) we read in it, which a data test expects among the region's top three."""

    region_id: Slug
    kind: Kind
    category_ids: Annotated[str, BeforeValidator(_slug_list), StringConstraints(min_length=1)]
    source_id: Slug
    quote: Text
    example_note: Text


class ServiceTypeRow(Record):
    service_type_id: Slug
    label_nl: Label
    label_en: Label
    definition: Text
    includes: Text
    excludes: Text


class PersonaRow(Record):
    persona_id: Slug
    name: Label


class PopulationRow(Record):
    """A row of data/reference/population_2023.csv (extra columns are allowed there)."""

    model_config = ConfigDict(extra="ignore")
    nis_code: NisCode
    name_nl: Text
    population: Population
    reference_date: PopulationDate
    source: Text


class MergerRow(Record):
    model_config = ConfigDict(extra="ignore")
    nis_code_before: NisCode
    name_after: Text
    nis_code_after: NisCode


Percent = Annotated[float, Field(ge=0, le=100)]
Euros = Annotated[int, Field(ge=0, le=10_000_000)]  # the caps keep a figure within int64, so a typo is a message
Persons = Population


class PovertyRow(Record):
    """A row of Statbel's poverty indicators from fiscal data (data/reference/poverty_indicators_statbel*.csv)."""

    model_config = ConfigDict(extra="ignore")  # the Flemish file adds arrondissement and province
    nis_code: NisCode
    name_nl: Text
    year: Annotated[int, Field(ge=2000, le=2100)]
    eligible_persons: Annotated[Persons, Field(gt=0)]
    not_eligible_persons: Persons
    pct_not_eligible: Percent
    pct_ioe_households: Percent
    q1_eur: Euros
    median_eur: Euros
    q3_eur: Euros | None = None  # Statbel publishes none for Kraainem
    interquartile_eur: Euros | None = None
    admin_arop_pct: Percent

    @model_validator(mode="after")
    def _quartiles_in_order(self):
        if self.q1_eur > self.median_eur or (self.q3_eur is not None and self.median_eur > self.q3_eur):
            raise ValueError(f"quartiles out of order: Q1 {self.q1_eur} <= median {self.median_eur} <= Q3 {self.q3_eur} "
                             "does not hold")
        return self


class MergedPopulationRow(Record):
    nis_code_2025: NisCode
    name_2025: Label
    population: Population
    population_date: PopulationDate
    population_source: Text


class Method(Quoted):
    summary_nl: Text
    summary_en: Text | None = None


class StatedFigure(Quoted):
    figure_id: FigureId
    value: float
    unit: Text | None = None


class Municipality(Quoted):
    nis_code: NisCode
    name: Label
    population_stated: Population | None = None


class Challenge(Quoted):
    challenge_rank: Rank
    title: Label
    title_en: Label | None = None
    is_title_derived: bool
    persona_ids: Annotated[list[Slug], Field(min_length=1)]


class PersonaFact(Quoted):
    """About one persona, or (fact_level group) about the whole group of its challenge, written once."""

    fact_level: FactLevel = "persona"
    persona_id: Slug | None = None
    challenge_rank: Rank | None = None
    statement_nl: Text
    statement_en: Text | None = None
    is_flagged: bool = False
    flag_note: Text | None = None
    flag_note_en: Text | None = None

    @model_validator(mode="after")
    def _level_names_its_subject(self):
        if self.fact_level == "persona" and self.persona_id is None:
            raise ValueError("a persona fact needs a persona_id")
        if self.fact_level == "group" and (self.persona_id is not None or self.challenge_rank is None):
            raise ValueError("a group fact names its challenge_rank and no persona_id (it is about every persona of the challenge)")
        return self


class ObstacleMention(Quoted):
    obstacle_id: Slug
    challenge_rank: Rank | None = None
    section: Section
    importance_rank: Rank | None = None  # the region's own order of its problems (the Vlaamse-Ardennen table)


class ServiceMention(Quoted):
    service_type_id: Slug
    challenge_rank: Rank | None = None
    section: Section
    importance_rank: Rank | None = None


class Link(Quoted):
    obstacle_id: Slug
    service_type_id: Slug
    challenge_rank: Rank | None = None
    link_kind: LinkKind


class ServiceCaveat(Quoted):
    service_type_id: Slug
    caveat_nl: Text
    caveat_en: Text | None = None


class RegionCaveat(Quoted):
    challenge_rank: Rank | None = None
    caveat_nl: Text
    caveat_en: Text | None = None


class PersonaDescription(Quoted):
    persona_id: Slug
    profile_nl: Text
    profile_en: Text | None = None


class TargetGroup(Quoted):
    scope_aspect: ScopeAspect
    challenge_rank: Rank | None = None
    section: Section
    target_group_nl: Text
    target_group_en: Text | None = None


class RegionPlan(Quoted):
    plan_aspect: PlanAspect
    challenge_rank: Rank | None = None
    section: Section
    plan_nl: Text
    plan_en: Text | None = None


class TimelineStep(Quoted):
    event: Event
    date_start: CallDate
    date_end: CallDate | None = None
    is_year_inferred: bool
    is_date_upper_bound: bool = False
    is_date_derived: bool = False

    @model_validator(mode="after")
    def _ends_after_start(self):
        if self.date_end is not None and self.date_end < self.date_start:
            raise ValueError(f"date_end {self.date_end} is before date_start {self.date_start}")
        return self


class RegionFile(Record):
    region_id: Slug
    name: Label
    provinces: Annotated[list[Text], Field(min_length=1)]
    source_id: Slug
    method: Method
    stated_figures: list[StatedFigure] = []
    municipalities: Annotated[list[Municipality], Field(min_length=1)]
    challenges: Annotated[list[Challenge], Field(min_length=1)]
    persona_facts: list[PersonaFact] = []
    obstacles: list[ObstacleMention] = []
    service_types: list[ServiceMention] = []
    obstacle_service_links: list[Link] = []
    service_type_caveats: list[ServiceCaveat] = []
    caveats: list[RegionCaveat] = []
    persona_descriptions: list[PersonaDescription] = []
    target_groups: list[TargetGroup] = []
    plans: list[RegionPlan] = []
    timeline: list[TimelineStep] = []


def parse(model: type[Record], data, file: str, record: str, problems: list[Problem]):
    """``data`` validated as ``model``, or None with one problem per field error."""
    try:
        return model.model_validate(data)
    except ValidationError as err:
        for error in err.errors():
            where = _location(record, error["loc"])
            problems.append(Problem(file, where, f"{error['msg']} (found {_short(error.get('input'))})"))
        return None


def _location(record: str, loc: tuple) -> str:
    path = record
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
