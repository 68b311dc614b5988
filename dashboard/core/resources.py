"""One description per table (PUDL's RESOURCE_METADATA and FIELD_METADATA): every column defined once (COLUMNS),
and every table (RESOURCES) with its columns, primary key, foreign keys, quote column, fact identity and the scope
level its rows have.

Derived from here: the parquet schemas and the build's checks (dashboard.builder), the run-time check of the
committed files (dashboard.core.data), what a filter keeps of each table (dashboard.core.scope), the ids of facts
(dashboard.domain.evidence), data/README.md and data/datapackage.json. A new table is one entry in RESOURCES (and
its columns in COLUMNS). Naming: `_id` slugs, `_code` official codes, `_date` dates, `_rank` orders (1 = first),
`is_`/`has_` booleans.
"""

from dataclasses import dataclass

import pyarrow as pa

from dashboard.core import vocabularies as v
from dashboard.core.indicators import INDICATORS, NO_AREA, PUBLISHED, RANGE, RANGE_PARTS, WEIGHTED, Indicator
from dashboard.core.vocabularies import Vocabulary


@dataclass(frozen=True)
class Column:
    dtype: str  # one of TYPES
    description: str
    unit: str = ""
    nullable: bool = False
    vocabulary: Vocabulary | None = None  # the values the column may take


TYPES = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32()}

COLUMNS: dict[str, Column] = {
    "region_id": Column("string", "Region slug (midden-west-vlaanderen, westhoek, zuid-west-vlaanderen, oostende, vlaamse-ardennen)."),
    "name": Column("string", "Name as written in Dutch."),
    "provinces": Column("string", "Province(s) the region lies in, separated by '; '."),
    "method_summary_nl": Column("string", "The method or vision the region chose, summarised in one Dutch sentence of ours."),
    "method_summary_en": Column("string", "The same method summary in English (ours).", nullable=True),
    "method_quote": Column("string", "Verbatim sentence of the addendum the method summary rests on."),
    "source_id": Column("string", "The addendum a fact comes from (see sources)."),
    "quote": Column("string", "Verbatim excerpt of the source text; matches after collapsing whitespace."),
    "section": Column("string", "Part of the addendum the fact stands in.", vocabulary=v.CODED_SECTIONS),
    "figure_id": Column("string", "What a stated figure measures (area_km2, density_per_km2, ...)."),
    "value": Column("float", "The figure as the addendum states it."),
    "unit": Column("string", "Unit of a stated figure.", nullable=True),
    "nis_code": Column("string", "NIS code of the municipality as in force 2019-2024 (5 characters)."),
    "population": Column("int", "Inhabitants per Statbel on population_date.", unit="persons"),
    "population_date": Column("date", "Reference date of population: 2023-01-01, or 2021-01-01 where no 2023 figure exists."),
    "population_source": Column("string", "Where the population figure comes from (see data/reference/PROVENANCE.md)."),
    "population_stated": Column("int", "Population the addendum itself states (Westhoek only, 1/1/2023); empty where it states none.", unit="persons", nullable=True),
    "area_km2": Column("float", "Area computed from the boundary file in EPSG:31370.", unit="km²"),
    "nis_code_2025": Column("string", "NIS code of the municipality from 1 January 2025, after the mergers."),
    "name_2025": Column("string", "Name of the municipality from 1 January 2025."),
    "is_merged_2025": Column("bool", "True when the municipality merged with another on 1 January 2025."),
    "persona_id": Column("string", "Persona slug (saled, marlies, ...)."),
    "persona_rank": Column("int", "Position of the persona in the challenge heading (1 = named first)."),
    "challenge_rank": Column("int", "Number of the regio-uitdaging; 1 is the most common persona group in the region. Empty when region-wide.", nullable=True),
    "title": Column("string", "Title as written; for a challenge without one, a short title of ours."),
    "title_en": Column("string", "The challenge title in English (ours; the Dutch title stays the one quoted).", nullable=True),
    "is_title_derived": Column("bool", "True when the challenge title is ours, not the addendum's."),
    "fact_level": Column("string", "What a persona fact is about.", vocabulary=v.FACT_LEVELS),
    "statement_nl": Column("string", "What the text says about a persona or its group, in a short Dutch sentence of ours, at that level."),
    "statement_en": Column("string", "The same statement in English (ours).", nullable=True),
    "is_flagged": Column("bool", "True when the source contradicts itself or another source here."),
    "flag_note": Column("string", "What looks wrong in the source, when is_flagged.", nullable=True),
    "flag_note_en": Column("string", "The same flag note in English (ours).", nullable=True),
    "profile_nl": Column("string", "One line about the persona (age, situation) as the texts describe it, in Dutch words of ours; "
                                   "'leeftijd niet vermeld' where no text gives an age."),
    "profile_en": Column("string", "The same one line in English (ours).", nullable=True),
    "scope_aspect": Column("string", "What a target-group record delimits.", vocabulary=v.SCOPE_ASPECTS),
    "target_group_nl": Column("string", "The target group, age scope or contact language, in a short Dutch phrase of ours."),
    "target_group_en": Column("string", "The same in English (ours).", nullable=True),
    "obstacle_id": Column("string", "Obstacle slug (see obstacles)."),
    "label_nl": Column("string", "Dutch label."),
    "label_en": Column("string", "English label."),
    "life_domain": Column("string", "Life domain the obstacle belongs to."),
    "service_type_id": Column("string", "Service-type slug (see service_types)."),
    "definition": Column("string", "What the category means in the codebook (data/CODEBOOK.md)."),
    "includes": Column("string", "What the category includes, with the words the addenda use."),
    "excludes": Column("string", "What the category does not include, and where that goes instead."),
    "taxonomy": Column("string", "Which taxonomy an id belongs to.", vocabulary=v.TAXONOMIES),
    "old_id": Column("string", "A retired category id, as older links and exports may still carry it."),
    "old_label_nl": Column("string", "The Dutch label the category had before (older links may name it)."),
    "old_label_en": Column("string", "The English label the category had before (older links may name it)."),
    "other_id": Column("string", "The category it is told apart from; empty when the rule is about the category alone (a word that does "
                                 "not trigger it).", nullable=True),
    "rule": Column("string", "The decision rule: which category wins where the two meet, when both apply, which words do not trigger it."),
    "plan_aspect": Column("string", "What a plan record states.", vocabulary=v.PLAN_ASPECTS),
    "plan_nl": Column("string", "The partners, intended outcome or working method, in a short Dutch phrase of ours."),
    "plan_en": Column("string", "The same in English (ours).", nullable=True),
    "round_rank": Column("int", "The round of the reliability check (1 = first). Rounds 1-3 drew their samples apart from the sentences "
                                "of earlier rounds; round 4 codes round 3's sentences again with a fresh blind coder. Each is coded "
                                "with the codebook of its day; a closed round keeps the dataset's coding of its day."),
    "is_in_codebook": Column("bool", "True when the codebook the second coder was given quotes the sentence (an example or a rule's "
                                     "phrase that is it, holds it or stands in it), so its coding there could tell the coder the dataset's."),
    "sample_scope": Column("string", "Which sentences of the round the alpha is over.", vocabulary=v.SAMPLE_SCOPES),
    "sample_id": Column("string", "A sentence of a round's reliability sample (s001, ...), in the order drawn."),
    "sentence": Column("string", "A sampled sentence, whitespace collapsed; the build checks it still stands where it was drawn."),
    "paragraph": Column("string", "The paragraph the sampled sentence stands in, as the second coder saw it (page headers left out)."),
    "coder": Column("string", "Who coded.", vocabulary=v.CODERS),
    "is_pooled": Column("bool", "True for the alpha over all categories of the kind together (every sentence x category one unit)."),
    "alpha": Column("float", "Krippendorff's alpha (nominal) between the dataset and the blind second coder; empty where it is undefined "
                             "(neither coder gave the category in the sample).", unit="1 = perfect, 0 = chance", nullable=True),
    "units": Column("int", "Units the alpha is computed over: sampled sentences, or sentences x categories when pooled.", unit="units"),
    "coded_dataset": Column("int", "Units the dataset codes with the category.", unit="units"),
    "coded_second": Column("int", "Units the second coder codes with the category.", unit="units"),
    "coded_both": Column("int", "Units both code with the category.", unit="units"),
    "new_id": Column("string", "The category that now takes the old id's links (the same id when only the label changed)."),
    "note": Column("string", "What happened to the retired category (renamed, split, merged)."),
    "link_kind": Column("string", "How the link is known.", vocabulary=v.LINK_KINDS),
    "is_link_stated": Column("bool", "True only when link_kind is 'stated': the text itself pairs the service type with the obstacle."),
    "caveat_nl": Column("string", "A reservation the addendum itself makes on how to read its needs and requests (for a service type: "
                                  "that it does not (yet) seek it as such), in a short Dutch sentence of ours."),
    "caveat_en": Column("string", "The same caveat in English (ours).", nullable=True),
    "importance_rank": Column("int", "Order of importance the region gives (1 = most important; Vlaamse-Ardennen ranks the rows of its "
                                     "table of problems and services 'op volgorde van belangrijkheid'); empty where it gives none.",
                              nullable=True),
    "service_type_ids": Column("string", "The service types that answer the obstacle by the codebook, '; ' between ids; empty "
                                         "where none does (answer_reason says why).", nullable=True),
    "answer_reason": Column("string", "Why these service types answer the obstacle, or why none of the codebook does."),
    "category_ids": Column("string", "The obstacles or service types (by kind) we read in the quote as what the region stresses, "
                                     "'; ' between ids."),
    "example_note": Column("string", "How the emphasis ranking compares with what the quote says (ours)."),
    "kind": Column("string", "What the category is.", vocabulary=v.KINDS),
    "category_id": Column("string", "The obstacle_id or service_type_id, by kind (by taxonomy in taxonomy_rules); empty only on a "
                                    "pooled alpha, which is about every category of its kind.", nullable=True),
    "statements": Column("float", "Distinct statements of the region naming the category: a quote pasted under several challenges "
                                  "counts once, a region-wide one once, and a quote coded with k categories of its kind 1/k.",
                         unit="statements"),
    "emphasis": Column("float", "The default measure of emphasis: statements as a share of all the region's distinct statements "
                                "of this kind (the shares of a region and kind add up to 100). 0 where not named.",
                       unit="% of the region's statements"),
    "emphasis_rank": Column("int", "Rank of the category in its region and kind by emphasis (1 = most), ties equal; where emphasis "
                                   "ties, the region's own importance_rank decides. Empty where not named.", nullable=True),
    "is_named": Column("bool", "Presence by region, the first alternative measure: True when the region names the category at all."),
    "mentions": Column("int", "Raw mentions, the second alternative measure: every coded row, pasted ones too.", unit="mentions"),
    "mentions_rank": Column("int", "Rank of the category in its region and kind by mentions, ties equal. Empty where not named.",
                            nullable=True),
    "rank_robustness": Column("string", "Whether the category's place in or out of the region's top 5 by emphasis holds under "
                                        "the alternatives. Presence by region ties every named category, so it never contradicts an order; "
                                        "unnamed rows hold.", vocabulary=v.ROBUSTNESS),
    "region_rank": Column("int", "Rank of the region among the five on this category by emphasis (1 = stresses it most), ties "
                                 "equal. Empty where not named.", nullable=True),
    "region_mentions_rank": Column("int", "Rank of the region among the five on this category by mentions, ties equal. "
                                          "Empty where not named.", nullable=True),
    "region_rank_robustness": Column("string", "Whether the region's standing on this category (stressing it most, region_rank 1, "
                                               "or not) holds under the alternatives.", vocabulary=v.ROBUSTNESS),
    "event": Column("string", "Step of the call, in this order.", vocabulary=v.EVENTS),
    "start_date": Column("date", "Date of the step, or first day of a period."),
    "end_date": Column("date", "Last day of a period; empty for a single day.", nullable=True),
    "is_year_inferred": Column("bool", "True when the addendum gives no year and 2023 is inferred."),
    "is_date_upper_bound": Column("bool", "True when the text gives the date only as a limit ('uiterlijk', 'voor', a deadline for the step): "
                                          "the step comes then or earlier. A deadline's own date (deadline-kandidatuur, 'tot' for weerwoord) is not a limit."),
    "is_date_derived": Column("bool", "True when the text gives no date for the step and we worked it out from another step's date "
                                      "(Vlaamse-Ardennen weerwoord: 'einddatum + 14 dagen')."),
    "call": Column("string", "The call the addendum belongs to."),
    "launch_date": Column("date", "Date the addendum was launched."),
    "is_launch_year_inferred": Column("bool", "True when the launch date's year is inferred."),
    "original_file": Column("string", "File name of the text as received."),
    "original_sha256": Column("string", "SHA-256 of the text as received, before contact data was removed."),
    "sha256": Column("string", "SHA-256 of the vendored text in data/sources/."),
    "year": Column("int", "Year of the figure; of Statbel's fiscal statistics, the income year (the year the incomes were earned)."),
    "eligible_persons": Column("int", "Persons counted: residents whose income is complete enough to be included (Statbel MS_NBR_ELIGIBLE).", unit="persons"),
    "not_eligible_persons": Column("int", "Residents left out because their income is incomplete (MS_NBR_NOT_ELIGIBLE).", unit="persons"),
    "pct_not_eligible": Column("float", "Share of residents left out: not_eligible / (eligible + not_eligible) (MS_PERC_NOT_ELIGIBLE).", unit="%"),
    "pct_ioe_households": Column("float", "Share of households with tax-exempt income from an international organisation (MS_PERC_IOE_HH).", unit="% of households"),
    "q1_eur": Column("int", "First quartile of the administrative equivalised disposable income (MS_Q1).", unit="€ per year"),
    "median_eur": Column("int", "Median administrative equivalised disposable income of the municipality's persons counted (MS_MEDIAN).", unit="€ per year"),
    "q3_eur": Column("int", "Third quartile of the administrative equivalised disposable income (MS_Q3); empty where Statbel publishes none (Kraainem).", unit="€ per year", nullable=True),
    "interquartile_eur": Column("int", "Q3 - Q1 as Statbel publishes it (MS_INT_QUART_DIFF; can differ by 1 € from the difference).", unit="€ per year", nullable=True),
    "admin_arop_pct": Column("float", "Administrative at-risk-of-poverty rate (MS_ADMIN_AROP): share of persons counted whose equivalised "
                                      "disposable income from fiscal data is below the poverty line. NOT the survey-based EU-SILC "
                                      "at-risk-of-poverty rate. For an area: weighted by persons counted, sum(rate x persons) / sum(persons), "
                                      "rounded to two decimals.", unit="% of persons counted"),
    "persons_at_risk": Column("int", "Estimated persons at risk of poverty: admin_arop_pct x eligible_persons, rounded to the power of ten "
                                     "a rate of one decimal supports (0.05 points x persons; at least tens).", unit="persons"),
    "area_id": Column("string", "A region's slug, vijf-regios (the 63 municipalities of the five regions together) or vlaanderen "
                                "(every municipality of the Flemish Region with a Statbel row)."),
    "municipalities": Column("int", "Number of municipalities in the area with a row for the year.", unit="municipalities"),
}


@dataclass(frozen=True)
class ForeignKey:
    """Columns of a table that name a row of ``table`` by its columns of the same names."""

    columns: tuple[str, ...]
    table: str


REGION = ForeignKey(("region_id",), "regions")
SOURCE = ForeignKey(("source_id",), "sources")
CHALLENGE = ForeignKey(("region_id", "challenge_rank"), "challenges")  # an empty challenge_rank: the whole region
PERSONA = ForeignKey(("persona_id",), "personas")
OBSTACLE = ForeignKey(("obstacle_id",), "obstacles")
SERVICE_TYPE = ForeignKey(("service_type_id",), "service_types")
SAMPLE = ForeignKey(("round_rank", "sample_id"), "reliability_sample")
SCOPE_LEVELS = ("region", "challenge", "persona", "municipality")  # what a row is about, so what a filter does to it


@dataclass(frozen=True)
class Resource:
    """A table of the dataset.

    ``quote`` names the column holding the verbatim excerpt of the row's source (a fact's evidence);
    ``fact_identity`` the columns that say what the row states: with the quote they make the fact's id
    (dashboard.domain.evidence), so no two rows may share them. ``scope`` is the level the rows are about
    (SCOPE_LEVELS; none for a table the filters leave whole; what a filter does at each level, so the notice a page
    showing the table gets: dashboard.core.scope.effect). Where its rows come from, the sources and licences, is
    the metadata of the build's steps that feed it (dashboard/builder/steps/*.meta.yml).
    """

    description: str
    columns: list[str]
    primary_key: list[str] = ()
    foreign_keys: list[ForeignKey] = ()
    quote: str | None = None
    fact_identity: list[str] = ()
    scope: str | None = None

    def __post_init__(self):
        named = [*self.primary_key, *self.fact_identity, *[c for fk in self.foreign_keys for c in fk.columns],
                 *([self.quote] if self.quote else [])]
        unknown = [c for c in named if c not in self.columns]
        unknown += [self.scope] if self.scope not in (None, *SCOPE_LEVELS) else []
        if unknown:
            raise ValueError(f"a resource names {unknown}, which it does not have or know")

    @property
    def is_fact(self) -> bool:
        """A row of the table is a fact: it states something, with its source and a verbatim quote."""
        return bool(self.fact_identity)


RESOURCES: dict[str, Resource] = {
    "regions": Resource(
        "The five regions.",
        ["region_id", "name", "provinces", "method_summary_nl", "method_summary_en", "method_quote", "source_id"],
        primary_key=["region_id"], foreign_keys=[SOURCE], quote="method_quote", fact_identity=["region_id"],
        scope="region"),
    "region_figures": Resource(
        "Figures an addendum states about its region.",
        ["region_id", "figure_id", "value", "unit", "source_id", "quote"],
        primary_key=["region_id", "figure_id"], foreign_keys=[REGION, SOURCE], quote="quote",
        fact_identity=["region_id", "figure_id"], scope="region"),
    "municipalities": Resource(
        "The 63 municipalities (2023 division) with population and 2025 merger.",
        ["nis_code", "name", "region_id", "population", "population_date", "population_source", "population_stated",
         "area_km2", "nis_code_2025", "name_2025", "is_merged_2025", "source_id", "quote"],
        primary_key=["nis_code"], foreign_keys=[REGION, SOURCE], quote="quote", fact_identity=["region_id", "nis_code"],
        scope="municipality"),
    "municipalities_2025": Resource(
        "Municipalities after the mergers of 1 January 2025, all with a 1/1/2023 population.",
        ["nis_code_2025", "name_2025", "region_id", "population", "population_date", "population_source", "area_km2"],
        primary_key=["nis_code_2025"], foreign_keys=[REGION], scope="municipality"),
    "personas": Resource(
        "The personas the challenges are built on.",
        ["persona_id", "name"],
        primary_key=["persona_id"], scope="persona"),
    "persona_descriptions": Resource(
        "One line per persona: who the texts say it is (the persona pages themselves were images and are absent).",
        ["persona_id", "region_id", "profile_nl", "profile_en", "source_id", "quote"],
        primary_key=["persona_id"], foreign_keys=[REGION, PERSONA, SOURCE], quote="quote", fact_identity=["region_id",
        "persona_id"], scope="persona"),
    "persona_facts": Resource(
        "What the running text says about a persona, or about the group of the challenge it belongs to (fact_level).",
        ["region_id", "persona_id", "challenge_rank", "fact_level", "statement_nl", "statement_en", "is_flagged",
         "flag_note", "flag_note_en", "source_id", "quote"],
        foreign_keys=[REGION, PERSONA, CHALLENGE, SOURCE], quote="quote", fact_identity=["region_id", "persona_id",
        "challenge_rank", "statement_nl"], scope="persona"),
    "challenges": Resource(
        "The regio-uitdagingen.",
        ["region_id", "challenge_rank", "title", "title_en", "is_title_derived", "source_id", "quote"],
        primary_key=["region_id", "challenge_rank"], foreign_keys=[REGION, SOURCE], quote="quote",
        fact_identity=["region_id", "challenge_rank"], scope="challenge"),
    "challenge_personas": Resource(
        "Personas of each challenge, in the order the text names them.",
        ["region_id", "challenge_rank", "persona_id", "persona_rank"],
        primary_key=["region_id", "challenge_rank", "persona_id"], foreign_keys=[CHALLENGE, PERSONA], scope="challenge"),
    "obstacles": Resource(
        "Taxonomy of obstacles (the codebook: data/CODEBOOK.md).",
        ["obstacle_id", "label_nl", "label_en", "life_domain", "definition", "includes", "excludes"],
        primary_key=["obstacle_id"]),
    "region_obstacles": Resource(
        "Every place a region names an obstacle.",
        ["region_id", "challenge_rank", "obstacle_id", "section", "importance_rank", "source_id", "quote"],
        foreign_keys=[REGION, CHALLENGE, OBSTACLE, SOURCE], quote="quote", fact_identity=["region_id", "challenge_rank",
        "obstacle_id", "section"], scope="challenge"),
    "service_types": Resource(
        "Taxonomy of service types (the codebook: data/CODEBOOK.md).",
        ["service_type_id", "label_nl", "label_en", "definition", "includes", "excludes"],
        primary_key=["service_type_id"]),
    "taxonomy_successors": Resource(
        "Retired or relabelled obstacle and service-type categories and the category that now takes their links.",
        ["taxonomy", "old_id", "old_label_nl", "old_label_en", "new_id", "note"],
        primary_key=["taxonomy", "old_id"]),
    "taxonomy_rules": Resource(
        "The codebook's decision rules where two categories meet (data/CODEBOOK.md).",
        ["taxonomy", "category_id", "other_id", "rule"],
        primary_key=["taxonomy", "category_id", "other_id"]),
    "reliability_sample": Resource(
        "The sentences drawn with a fixed seed from all sentences of the five addenda for the reliability check "
        "(data/CODEBOOK.md, Reliability).",
        ["round_rank", "sample_id", "region_id", "source_id", "sentence", "paragraph", "is_in_codebook"],
        primary_key=["round_rank", "sample_id"], foreign_keys=[REGION, SOURCE]),
    "reliability_codings": Resource(
        "Each coder's codes of the sampled sentences: one row per code; a sentence neither coder coded has none.",
        ["round_rank", "sample_id", "coder", "kind", "category_id"],
        foreign_keys=[SAMPLE]),
    "reliability_alpha": Resource(
        "Krippendorff's alpha between the dataset and the blind second coder, per category and pooled.",
        ["round_rank", "sample_scope", "kind", "category_id", "is_pooled", "alpha", "units", "coded_dataset",
         "coded_second", "coded_both"],
        primary_key=["round_rank", "sample_scope", "kind", "category_id"]),
    "region_service_types": Resource(
        "Every place a region asks for a service type.",
        ["region_id", "challenge_rank", "service_type_id", "section", "importance_rank", "source_id", "quote"],
        foreign_keys=[REGION, CHALLENGE, SERVICE_TYPE, SOURCE], quote="quote", fact_identity=["region_id",
        "challenge_rank", "service_type_id", "section", "importance_rank"], scope="challenge"),
    "obstacle_answers": Resource(
        "The codebook's answers: which service types answer each obstacle, so that a region asking for one answers "
        "its need even where its text links nothing (data/CODEBOOK.md). Every obstacle has an entry.",
        ["obstacle_id", "service_type_ids", "answer_reason"],
        primary_key=["obstacle_id"], foreign_keys=[OBSTACLE]),
    "emphasis_examples": Resource(
        "Worked examples of the emphasis measure: per region and kind, a sentence of the addendum saying what the "
        "region stresses, the categories we read in it, and how the ranking compares (data/README.md).",
        ["region_id", "kind", "category_ids", "source_id", "quote", "example_note"],
        foreign_keys=[REGION, SOURCE], quote="quote", fact_identity=["region_id", "kind", "category_ids"],
        scope="region"),
    "region_emphasis": Resource(
        "How much each region stresses each obstacle and service type, comparable across regions "
        "(dashboard/core/counting.py; why this measure: 'What a count means' above): a row per region x kind x "
        "category, named or not, with the default measure, the two alternatives and whether each ranking holds under "
        "all three.",
        ["region_id", "kind", "category_id", "statements", "emphasis", "emphasis_rank", "importance_rank", "is_named",
         "mentions", "mentions_rank", "rank_robustness", "region_rank", "region_mentions_rank",
         "region_rank_robustness"],
        primary_key=["region_id", "kind", "category_id"], foreign_keys=[REGION], scope="region"),
    "obstacle_service_links": Resource(
        "Where a service type answers an obstacle, and how that is known (link_kind).",
        ["region_id", "challenge_rank", "obstacle_id", "service_type_id", "link_kind", "is_link_stated", "source_id",
         "quote"],
        foreign_keys=[REGION, CHALLENGE, OBSTACLE, SERVICE_TYPE, SOURCE], quote="quote", fact_identity=["region_id",
        "challenge_rank", "obstacle_id", "service_type_id"], scope="challenge"),
    "service_type_caveats": Resource(
        "Where an addendum says it does not (yet) seek a service type as a specialised offer, though its challenges "
        "ask for it: read that region's requests for the type in this light.",
        ["region_id", "service_type_id", "caveat_nl", "caveat_en", "source_id", "quote"],
        foreign_keys=[REGION, SERVICE_TYPE, SOURCE], quote="quote", fact_identity=["region_id", "service_type_id"],
        scope="region"),
    "region_caveats": Resource(
        "Reservations an addendum makes on how to read its needs and requests as a whole or for one challenge (no new"
        " projects, access to existing services, personas that do not cover everyone, ...).",
        ["region_id", "challenge_rank", "caveat_nl", "caveat_en", "source_id", "quote"],
        foreign_keys=[REGION, CHALLENGE, SOURCE], quote="quote", fact_identity=["region_id", "challenge_rank",
        "caveat_nl"], scope="challenge"),
    "region_target_groups": Resource(
        "Target groups, age scope and contact languages an addendum names beside its challenges.",
        ["region_id", "challenge_rank", "section", "scope_aspect", "target_group_nl", "target_group_en", "source_id",
         "quote"],
        foreign_keys=[REGION, CHALLENGE, SOURCE], quote="quote", fact_identity=["region_id", "challenge_rank",
        "scope_aspect", "target_group_nl"], scope="challenge"),
    "region_plans": Resource(
        "What an addendum says of the partnership it wants beside its needs: the partners it names, the outcome it "
        "intends, a working method.",
        ["region_id", "challenge_rank", "section", "plan_aspect", "plan_nl", "plan_en", "source_id", "quote"],
        foreign_keys=[REGION, CHALLENGE, SOURCE], quote="quote", fact_identity=["region_id", "challenge_rank",
        "plan_aspect", "plan_nl"], scope="challenge"),
    "timeline": Resource(
        "The call's local timeline per region.",
        ["region_id", "event", "start_date", "end_date", "is_year_inferred", "is_date_upper_bound", "is_date_derived",
         "source_id", "quote"],
        foreign_keys=[REGION, SOURCE], quote="quote", fact_identity=["region_id", "event", "start_date", "end_date"],
        scope="region"),
    "municipality_poverty": Resource(
        "Statbel's poverty indicators from fiscal data (TF_SOC_ADI_MUNTY) for every municipality of the Flemish "
        "Region, income years 2019 and 2022. The administrative at-risk-of-poverty rate is not the survey-based "
        "EU-SILC rate.",
        ["nis_code", "name", "year", "eligible_persons", "not_eligible_persons", "pct_not_eligible",
         "pct_ioe_households", "q1_eur", "median_eur", "q3_eur", "interquartile_eur", "admin_arop_pct",
         "persons_at_risk"],
        primary_key=["nis_code", "year"]),
    "sources": Resource(
        "The five addenda.",
        ["source_id", "region_id", "title", "call", "launch_date", "is_launch_year_inferred", "original_file",
         "original_sha256", "sha256"],
        primary_key=["source_id"], foreign_keys=[REGION], scope="region"),
}


def _municipal_resource(indicator: Indicator) -> Resource:
    """An indicator's table the entries above do not describe, in the registry's standard layout: a row per municipality
    and year with its value (and the persons a rate counts)."""
    COLUMNS[indicator.column] = Column("float", indicator.description, unit=indicator.unit,
                                       nullable=indicator.aggregate == PUBLISHED)
    own = [indicator.column]
    if indicator.aggregate == WEIGHTED:
        COLUMNS.setdefault(indicator.weight, Column("int", indicator.weight_description, unit="persons"))
        own.append(indicator.weight)
    return Resource(f"{indicator.label[1]} per municipality and year ({indicator.source[1].format(year='…')}).",
                    ["nis_code", "name", "year", *own], primary_key=["nis_code", "year"])


def _area_resource(indicators: list[Indicator]) -> Resource:
    """An area table from how its indicators add up (dashboard.core.indicators): a rate gives the persons it counts and
    the rate weighted by them; a figure that does not add up, such as a median, the lowest and highest municipal value
    with their NIS codes, or the figure its source publishes for the area, or no column and the reason, never a mean of
    the municipal values; then the counts shown beside them."""
    columns, ways = ["area_id", "year", "municipalities"], []
    for indicator in indicators:
        own, way = _area_columns(indicator)
        ways.append(f"{indicator.label[1]}: {way}")
        columns = list(dict.fromkeys([*columns, *own, *(count.column for count in indicator.counts)]))
    return Resource("Per area (each region, the five regions together and Flanders) and year. " + "; ".join(ways) + ".",
                    columns, primary_key=["area_id", "year"])


def _area_columns(indicator: Indicator) -> tuple[list[str], str]:
    """An indicator's columns in its area table, and how they are made."""
    if indicator.aggregate == WEIGHTED:
        return [indicator.weight, indicator.column], "weighted by the persons counted, never a mean of the municipal rates"
    if indicator.aggregate == RANGE:
        return _range_columns(indicator), "the lowest and highest municipal value, as it does not add up to an area"
    if indicator.aggregate == PUBLISHED:
        if not COLUMNS[indicator.column].nullable:
            raise ValueError(f"indicator {indicator.indicator_id}: {indicator.column} may be empty for an area its source "
                             "gives no figure for; describe it so (nullable)")
        return [indicator.column], f"as its source publishes it for the area, empty where it gives none ({indicator.area_note})"
    if indicator.aggregate == NO_AREA and indicator.area_note:
        return [], f"no figure for an area: {indicator.area_note}"
    raise ValueError(f"indicator {indicator.indicator_id}: aggregate {indicator.aggregate!r} (an area without a figure "
                     "needs its reason, area_note)")


def _range_columns(indicator: Indicator) -> list[str]:
    """The columns of a figure given per area as the range of its municipalities' values, described from the registry."""
    name, measured = indicator.name[1].lower(), COLUMNS[indicator.column]
    for end, word in (("low", "lowest"), ("high", "highest")):
        why = f": an area has no {name} of its own here" if end == "low" else ""
        COLUMNS[f"{indicator.column}_{end}"] = Column(measured.dtype, f"{word.capitalize()} municipal {name} in the area{why}.",
                                                      unit=measured.unit)
        COLUMNS[f"{indicator.column}_{end}_nis_code"] = Column("string", f"NIS code of the municipality with the {word} {name}.")
    return [f"{indicator.column}_{part}" for part in RANGE_PARTS]


def with_indicator_tables(described: dict[str, Resource], indicators: list[Indicator]) -> dict[str, Resource]:
    """The resources with every indicator's tables: its municipal table as described above (or in the standard layout),
    and right after it the area table derived from how its indicators add up."""
    for indicator in indicators:
        if indicator.aggregate == WEIGHTED and not indicator.weight:
            raise ValueError(f"indicator {indicator.indicator_id}: a weighted rate needs the persons it counts (weight)")
    tables = described | {i.table: _municipal_resource(i) for i in indicators if i.table not in described}
    by_area: dict[str, list[Indicator]] = {}
    for indicator in indicators:
        by_area.setdefault(indicator.area_table, []).append(indicator)
    ordered = {}
    for name, resource in tables.items():
        ordered[name] = resource
        ordered |= {area: _area_resource(group) for area, group in by_area.items() if group[0].table == name}
    return ordered


RESOURCES = with_indicator_tables(RESOURCES, list(INDICATORS.values()))


def arrow_schema(table: str) -> pa.Schema:
    """The parquet schema of ``table``, derived from the column definitions."""
    return pa.schema(
        [pa.field(name, TYPES[COLUMNS[name].dtype], nullable=COLUMNS[name].nullable) for name in RESOURCES[table].columns]
    )


def fact_tables() -> dict[str, Resource]:
    """The tables whose rows are facts, in dataset order."""
    return {name: r for name, r in RESOURCES.items() if r.is_fact}
