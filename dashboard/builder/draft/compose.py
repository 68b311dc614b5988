"""A region's draft: challenges and personas from the template headings, categories per statement, the links
the text states or lists, the timeline, and every other part of a region file (dashboard.builder.draft.statements);
every suggestion with its quote, reason and confidence."""

import re
from dataclasses import dataclass

import numpy as np

from dashboard.builder.draft import statements
from dashboard.builder.draft.codebook import STATEMENTS, TAXONOMIES, Codebook, CodedRegion, persona_ids
from dashboard.builder.draft.segments import Unit, challenge_headings, split_units
from dashboard.builder.draft.suggest import THRESHOLD_GRID, Suggester, Suggestion
from dashboard.builder.draft.timeline import timeline_steps
from dashboard.domain.quotes import collapse_whitespace

ID_KEY = {"obstacles": "obstacle_id", "service_types": "service_type_id"}
MIN_PRECISION = 0.8  # the threshold is the lowest whose presence precision reaches this on the training regions
LINKING = re.compile(r"\b(omwille van|antwoord op|ikv|i\.?k\.?v\.?|ifv|i\.?f\.?v\.?|met invloed op|door)\b", re.I)
SHORT = 20  # a quote under this length must be unique in its source or be marked short


@dataclass
class Trained:
    """Classifiers and their thresholds, learnt from the codebook and a set of regions."""

    suggesters: dict[str, Suggester]
    thresholds: dict[str, float]
    timeline_examples: list[tuple[str, str, str, int]]
    region_ids: list[str]


def presence_scores(gold: set[str], found: set[str]) -> tuple[float, float]:
    """Precision and recall of a set of categories; an empty set found has precision 1 by convention."""
    hits = len(gold & found)
    return (hits / len(found) if found else 1.0), (hits / len(gold) if gold else 1.0)


def train(codebook: Codebook, regions: list[CodedRegion], fits: dict | None = None) -> Trained:
    """Fit on `regions`; pick each threshold by leaving each of them out in turn (never looking at any other)."""
    fits = {} if fits is None else fits

    def fitted(taxonomy: str, subset: list[CodedRegion]) -> Suggester:
        key = (taxonomy, frozenset(r.region_id for r in subset))
        if key not in fits:
            fits[key] = Suggester(taxonomy, codebook).fit(subset)
        return fits[key]

    thresholds = {}
    for taxonomy in TAXONOMIES:
        per_threshold = {t: [] for t in THRESHOLD_GRID}
        for inner in regions:
            model = fitted(taxonomy, [r for r in regions if r is not inner])
            scores = model.scores(inner.units)
            gold = {c for labels in inner.labels[taxonomy].values() for c in labels}
            best = scores.max(axis=0)
            for t in THRESHOLD_GRID:
                per_threshold[t].append(presence_scores(gold, {c for c, s in zip(model.categories, best) if s >= t}))
        means = {t: np.mean(v, axis=0) for t, v in per_threshold.items()}
        meeting = [t for t, (p, _) in means.items() if p >= MIN_PRECISION]
        thresholds[taxonomy] = (max(meeting, key=lambda t: (means[t][1], t)) if meeting
                                else max(means, key=lambda t: _f1(means[t])))
    thresholds[STATEMENTS] = _statement_threshold(regions, fitted)
    examples = [(step.event, r.region_id, step.quote, step.date_start.year) for r in regions for step in r.region.timeline]
    return Trained({t: fitted(t, regions) for t in (*TAXONOMIES, STATEMENTS)}, thresholds, examples,
                   [r.region_id for r in regions])


def _f1(scores) -> float:
    precision, recall = scores
    return 2 * precision * recall / max(precision + recall, 1e-9)


def _statement_threshold(regions: list[CodedRegion], fitted) -> float:
    """Every region names nearly every kind of statement, so presence says nothing here: the threshold is the one
    with the best mean F1 of statement x kind, each region held out from the others in turn."""
    per_threshold = {t: [] for t in THRESHOLD_GRID}
    for inner in regions:
        model = fitted(STATEMENTS, [r for r in regions if r is not inner])
        scores = model.scores(inner.units)
        gold = {(u, c) for u, labels in inner.labels[STATEMENTS].items() for c in labels}
        for t in THRESHOLD_GRID:
            found = {(inner.units[row].unit_id, model.categories[col]) for row, col in zip(*np.nonzero(scores >= t))}
            per_threshold[t].append(_f1(presence_scores(gold, found)))
    return max(THRESHOLD_GRID, key=lambda t: (np.mean(per_threshold[t]), t))


def draft(text: str, region_id: str, codebook: Codebook, trained: Trained, source: str) -> dict:
    """The draft of one addendum as a plain dict, ready for YAML."""
    units = split_units(text)
    collapsed = collapse_whitespace(text)
    suggestions = {t: trained.suggesters[t].suggest(units, trained.thresholds[t]) for t in TAXONOMIES}
    challenges = challenge_headings(text)
    challenge_personas = {h.challenge_rank: persona_ids(h.persona_names, codebook) for h in challenges}
    offers: dict[int, list[str]] = {}
    for s in suggestions["service_types"]:
        offers.setdefault(s.unit_id, []).append(s.category_id)
    said = statements.statement_records(trained.suggesters[STATEMENTS].suggest(units, trained.thresholds[STATEMENTS]),
                                        units, codebook, offers, challenge_personas)
    places = statements.municipalities(text, codebook)
    return {
        "region_id": region_id,
        "source": source,
        "status": "draft",
        "learnt_from": {"codebook": "data/curated/taxonomy", "regions": trained.region_ids,
                        "thresholds": trained.thresholds},
        "region": {"name": None, "provinces": statements.provinces(places), "source_id": region_id},
        "method": said.get("method", []),
        "stated_figures": said.get("stated_figures", []),
        "municipalities": places,
        "challenges": [{"challenge_rank": h.challenge_rank, "title": h.title, "title_en": None,
                        "is_title_derived": h.title is None, "quote": h.quote,
                        "persona_ids": challenge_personas[h.challenge_rank],
                        "matched": "sjabloon: «Regio-uitdaging N ... gebaseerd op persona»"} for h in challenges],
        **{attribute: said.get(attribute, []) for attribute in ("persona_facts", "persona_descriptions")},
        **{t: [_record(t, s, units[s.unit_id], collapsed) for s in suggestions[t]] for t in TAXONOMIES},
        "obstacle_service_links": _links(suggestions, units, codebook),
        **{attribute: said.get(attribute, []) for attribute in ("service_type_caveats", "caveats", "target_groups",
                                                                "plans")},
        "timeline": [{"event": s.event, "date_start": s.date_start.isoformat(), "date_end": None,
                      "is_year_inferred": s.is_year_inferred, "is_date_upper_bound": s.is_date_upper_bound,
                      "is_date_derived": False, "quote": s.quote, "confidence": s.confidence, "matched": s.matched}
                     for s in timeline_steps(text, trained.timeline_examples)],
        "statements": [{"unit_id": u.unit_id, "section": u.section, "challenge_rank": u.challenge_rank,
                        "line": u.line, "text": u.text} for u in units],
    }


def _record(taxonomy: str, suggestion: Suggestion, unit: Unit, collapsed: str) -> dict:
    record = {ID_KEY[taxonomy]: suggestion.category_id, "challenge_rank": unit.challenge_rank,
              "section": unit.section, "quote": unit.text, "unit_id": unit.unit_id,
              "confidence": suggestion.confidence, "matched": suggestion.matched}
    if len(unit.text) < SHORT and collapsed.count(unit.text) > 1:
        record["is_quote_short"] = True
    if suggestion.rule:
        record["rule"] = suggestion.rule
    return record


def _links(suggestions: dict[str, list[Suggestion]], units: list[Unit], codebook: Codebook) -> list[dict]:
    """stated: one statement names an obstacle and an offer and pairs them (the codebook's answers, or words such
    as "omwille van"); listed: a challenge lists obstacles and then offers, paired where the codebook's answers do."""
    by_unit = {t: {} for t in TAXONOMIES}
    for taxonomy in TAXONOMIES:
        for s in suggestions[taxonomy]:
            by_unit[taxonomy].setdefault(s.unit_id, []).append(s.category_id)
    links, seen = [], set()
    for unit_id, obstacles in by_unit["obstacles"].items():
        unit = units[unit_id]
        for obstacle in obstacles:
            for service in by_unit["service_types"].get(unit_id, []):
                if service in codebook.answers.get(obstacle, set()) or LINKING.search(unit.text):
                    key = (obstacle, service, unit.challenge_rank)
                    if key not in seen:
                        seen.add(key)
                        links.append({"obstacle_id": obstacle, "service_type_id": service,
                                      "challenge_rank": unit.challenge_rank, "link_kind": "stated", "quote": unit.text})
    for rank in sorted({u.challenge_rank for u in units if u.challenge_rank is not None}):
        obstacles = {o for uid, os in by_unit["obstacles"].items() if units[uid].challenge_rank == rank
                     and uid not in by_unit["service_types"] for o in os}
        offers = [(uid, s) for uid, ss in by_unit["service_types"].items() if units[uid].challenge_rank == rank for s in ss]
        for obstacle in sorted(obstacles):
            for uid, service in offers:
                key = (obstacle, service, rank)
                if service in codebook.answers.get(obstacle, set()) and key not in seen:
                    seen.add(key)
                    links.append({"obstacle_id": obstacle, "service_type_id": service, "challenge_rank": rank,
                                  "link_kind": "listed", "quote": units[uid].text})
    return links
