"""Process step: turn validated records into the dataset's tables.

Every frame keeps `_file` and `_record` columns naming where each row came from, so the checks
can point an editor at the right place; they are dropped before anything is written.
"""

import hashlib

import pandas as pd

from dashboard.builder.inputs import Inputs
from dashboard.builder.problems import Problem

WHERE = ["_file", "_record"]
PLAUSIBLE_RATIO = 1.25  # a figure the addendum or a curator states is within 25% of the reference figure


def build_tables(inputs: Inputs, problems: list[Problem]) -> dict[str, pd.DataFrame]:
    """All tables of the dataset except the area column, which the geo step adds."""
    regions = [r for r in inputs.regions]
    tables = {
        "sources": _sources(inputs),
        "obstacles": _rows(inputs.obstacles),
        "service_types": _rows(inputs.service_types),
        "taxonomy_successors": _rows(inputs.successors),
        "taxonomy_rules": _rows(inputs.decision_rules),
        "obstacle_answers": _rows(inputs.answers),
        "emphasis_examples": _rows(inputs.emphasis_examples),
        "personas": _rows(inputs.personas),
        "regions": _frame([
            _where(r, "", region_id=r.value.region_id, name=r.value.name, provinces="; ".join(r.value.provinces),
                   method_summary_nl=r.value.method.summary_nl, method_summary_en=r.value.method.summary_en,
                   method_quote=r.value.method.quote,
                   source_id=r.value.source_id, _is_quote_short=r.value.method.is_quote_short)
            for r in regions
        ]),
        "region_figures": _facts(regions, "stated_figures", ["figure_id", "value", "unit"]),
        "challenges": _facts(regions, "challenges", ["challenge_rank", "title", "title_en", "is_title_derived"]),
        "challenge_personas": _frame([
            _where(r, f"challenges[{i}].persona_ids", region_id=r.value.region_id, challenge_rank=c.challenge_rank,
                   persona_id=p, persona_rank=k + 1)
            for r in regions for i, c in enumerate(r.value.challenges) for k, p in enumerate(c.persona_ids)
        ]),
        "persona_facts": _persona_facts(regions, problems),
        "region_obstacles": _facts(regions, "obstacles", ["challenge_rank", "obstacle_id", "section", "importance_rank"]),
        "region_service_types": _facts(regions, "service_types", ["challenge_rank", "service_type_id", "section", "importance_rank"]),
        "obstacle_service_links": _facts(regions, "obstacle_service_links", ["challenge_rank", "obstacle_id", "service_type_id",
                                                                             "link_kind"]).assign(
            is_link_stated=lambda f: f.get("link_kind", pd.Series(dtype=str)) == "stated"),
        "service_type_caveats": _facts(regions, "service_type_caveats", ["service_type_id", "caveat_nl", "caveat_en"]),
        "region_caveats": _facts(regions, "caveats", ["challenge_rank", "caveat_nl", "caveat_en"]),
        "persona_descriptions": _facts(regions, "persona_descriptions", ["persona_id", "profile_nl", "profile_en"]),
        "region_target_groups": _facts(regions, "target_groups", ["challenge_rank", "section", "scope_aspect", "target_group_nl",
                                                                  "target_group_en"]),
        "region_plans": _facts(regions, "plans", ["challenge_rank", "section", "plan_aspect", "plan_nl", "plan_en"]),
        "timeline": _facts(regions, "timeline", ["event", "date_start", "date_end", "is_year_inferred", "is_date_upper_bound",
                                                 "is_date_derived"]).rename(
            columns={"date_start": "start_date", "date_end": "end_date"}),
    }
    tables["municipalities"] = _municipalities(inputs, problems)
    tables["municipalities_2025"] = _municipalities_2025(tables["municipalities"], inputs, problems)
    return tables


def _where(located, record: str, **values) -> dict:
    return {"_file": located.file, "_record": record or located.record, **values}


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows) if rows else pd.DataFrame(columns=WHERE)


def _rows(located: list) -> pd.DataFrame:
    return _frame([_where(item, "", **item.value.model_dump()) for item in located])


def _facts(regions: list, attribute: str, columns: list[str]) -> pd.DataFrame:
    """One row per fact in a list of each region file, with the region's source and the quote."""
    rows = []
    for r in regions:
        for i, fact in enumerate(getattr(r.value, attribute)):
            values = fact.model_dump()
            rows.append(_where(r, f"{attribute}[{i}]", region_id=r.value.region_id,
                               **{c: values[c] for c in columns}, source_id=r.value.source_id, quote=fact.quote,
                               _is_quote_short=fact.is_quote_short))
    return _frame(rows)


def _persona_facts(regions: list, problems: list[Problem]) -> pd.DataFrame:
    """One row per persona a fact is about: a group fact, written once, is repeated for each persona of its challenge."""
    rows = []
    for r in regions:
        groups = {c.challenge_rank: c.persona_ids for c in r.value.challenges}
        for i, fact in enumerate(r.value.persona_facts):
            record = f"persona_facts[{i}]"
            if fact.fact_level == "group" and fact.challenge_rank not in groups:
                problems.append(Problem(r.file, record, f"group fact of challenge_rank {fact.challenge_rank}, which the file does not have"))
                continue
            values = fact.model_dump(exclude={"persona_id", "quote", "is_quote_short"})
            for persona_id in [fact.persona_id] if fact.fact_level == "persona" else groups[fact.challenge_rank]:
                rows.append(_where(r, record, region_id=r.value.region_id, persona_id=persona_id, **values,
                                   source_id=r.value.source_id, quote=fact.quote, _is_quote_short=fact.is_quote_short))
    return _frame(rows)


def _sources(inputs: Inputs) -> pd.DataFrame:
    rows = []
    for entry in inputs.sources:
        values = entry.value.model_dump()
        text = inputs.source_texts.get(values["source_id"])
        values["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest() if text is not None else None
        rows.append(_where(entry, "", **values))
    return _frame(rows)


def _municipalities(inputs: Inputs, problems: list[Problem]) -> pd.DataFrame:
    """Curated municipalities joined to the reference population and the 2025 mergers."""
    population = {p.value.nis_code: p for p in inputs.population}
    mergers = {m.value.nis_code_before: m.value for m in inputs.mergers}
    rows = []
    for r in inputs.regions:
        for i, m in enumerate(r.value.municipalities):
            record = f"municipalities[{i}]"
            ref = population.get(m.nis_code)
            if ref is None:
                problems.append(Problem(r.file, record, f"NIS code {m.nis_code} ({m.name}) has no population in the reference file"))
                continue
            if ref.value.name_nl != m.name:
                problems.append(Problem(r.file, record, f"name {m.name!r} differs from the reference name {ref.value.name_nl!r} for NIS {m.nis_code}"))
            if m.population_stated is not None and not _plausible(m.population_stated, ref.value.population):
                problems.append(Problem(r.file, record, f"population_stated {m.population_stated:,} is far from the reference figure "
                                                        f"{ref.value.population:,} for NIS {m.nis_code} (more than {PLAUSIBLE_RATIO}x apart)"))
            merger = mergers.get(m.nis_code)
            rows.append(_where(
                r, record, nis_code=m.nis_code, name=m.name, region_id=r.value.region_id,
                population=ref.value.population, population_date=ref.value.reference_date,
                population_source=ref.value.source, population_stated=m.population_stated,
                nis_code_2025=merger.nis_code_after if merger else m.nis_code,
                name_2025=merger.name_after if merger else m.name, is_merged_2025=merger is not None,
                source_id=r.value.source_id, quote=m.quote, _is_quote_short=m.is_quote_short,
            ))
    return _frame(rows)


def _municipalities_2025(municipalities: pd.DataFrame, inputs: Inputs, problems: list[Problem]) -> pd.DataFrame:
    """The 2025 division: unmerged municipalities as they are, merged ones with their 2023 total."""
    if municipalities.empty:
        return _frame([])
    merged = {m.value.nis_code_2025: m for m in inputs.merged_population}
    rows = []
    for code, group in municipalities.groupby("nis_code_2025", sort=True):
        first = group.iloc[0]
        if not group["is_merged_2025"].any():
            rows.append({**first[WHERE].to_dict(), "nis_code_2025": code, "name_2025": first["name_2025"],
                         "region_id": first["region_id"], "population": first["population"],
                         "population_date": first["population_date"], "population_source": first["population_source"]})
            continue
        total = merged.get(code)
        if total is None:
            problems.append(Problem(first["_file"], first["_record"], f"merged municipality {code} has no row in data/curated/population_2025_merged.csv"))
            continue
        parts = int(group["population"].sum())
        if not _plausible(total.value.population, parts):
            problems.append(Problem(total.file, total.record, f"population {total.value.population:,} of {code} is far from the sum of "
                                                              f"its merged municipalities, {parts:,} (more than {PLAUSIBLE_RATIO}x apart)"))
        rows.append({"_file": total.file, "_record": total.record, "nis_code_2025": code, "name_2025": total.value.name_2025,
                     "region_id": first["region_id"], "population": total.value.population,
                     "population_date": total.value.population_date, "population_source": total.value.population_source})
    return _frame(rows)


def _plausible(stated: int, reference: int) -> bool:
    return reference / PLAUSIBLE_RATIO <= stated <= reference * PLAUSIBLE_RATIO
