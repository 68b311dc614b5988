"""What the current choice of region, persona and obstacle keeps, and the sentence that says so.

Every page asks its rows of a ``Scope``: ``rows(table)`` keeps the rows of any table by the scope level its
resource names (dashboard.core.resources), and the methods below add what a page needs beyond that (the obstacle
and its linked service types, the regions citing a persona, the facts). What a filter does to each kind of row a
page shows is written here once (``RULES``), and ``notice`` tells the reader in one sentence. A new filter
dimension is a field here, a rule per kind of row, a widget in the sidebar and its strings.
"""

from dataclasses import dataclass, fields, replace

import pandas as pd

from dashboard.core.data import Dataset
from dashboard.core.filters import Filters
from dashboard.text.i18n import tr
from dashboard.core.regions import region_names
from dashboard.core.resources import RESOURCES
from dashboard.core.taxonomy import labels, persona_names

CHALLENGE_KEY = ["region_id", "challenge_rank"]

# What each filter does to each kind of row a page shows (the kinds: regions, timeline, challenges, personas,
# obstacles, services, offer, facts, persona_obstacles). The effect names an i18n sentence "scope.<filter>.<effect>".
RULES = {
    "persona": {
        "regions": "citing",  # the regions stay; the notice names those citing the persona
        "timeline": "regions",  # the call is per region: only regions citing the persona
        "challenges": "challenges", "obstacles": "challenges", "services": "challenges", "offer": "challenges",
        "personas": "marked",
        "facts": "facts",
    },
    "obstacle": {
        "regions": "naming",
        "timeline": "regions",
        "obstacles": "marked",  # every obstacle stays, the chosen one stands out
        "services": "linked",  # only the service types a source links to the obstacle
        "facts": "facts",
        "persona_obstacles": "only",
    },
}


@dataclass(frozen=True)
class Scope:
    """The regions in view (dataset order) and the chosen persona and obstacle, over dataset ``ds``."""

    ds: Dataset
    region_ids: tuple[str, ...]
    persona_id: str | None = None
    obstacle_id: str | None = None

    def with_regions(self, region_ids) -> "Scope":
        """The same choice of persona and obstacle over other regions (a page's own choice of regions)."""
        return replace(self, region_ids=tuple(region_ids))

    @property
    def regions(self) -> list[str]:
        return list(self.region_ids)

    def choices(self) -> tuple:
        """Every choice the scope holds, regions first (the dataset left out): what tells two scopes of one dataset
        apart, e.g. as a cache key."""
        return tuple(getattr(self, f.name) for f in fields(self) if f.name != "ds")

    @property
    def is_narrowed(self) -> bool:
        """True when a filter beyond the regions is chosen (a search of the texts does not follow those)."""
        return any(self.choices()[1:])

    def every_persona(self) -> "Scope":
        """The same choice with no persona chosen: for a view that marks the chosen persona among all the others."""
        return replace(self, persona_id=None)

    def rows(self, table: str, region_wide: bool = True) -> pd.DataFrame:
        """The rows of ``table`` in scope, by the scope level of its resource: a table of regions, municipalities,
        challenges or personas keeps the rows of the regions in view; a chosen persona keeps, of a table of
        challenges, the rows of the challenges built on it and (``region_wide``) the rows about the whole region
        (an empty challenge_rank: they concern every challenge), and of a table of persona facts the rows about it.
        A table with no scope level is kept whole."""
        rows, level = self.ds.tables[table], RESOURCES[table].scope
        if level is None or "region_id" not in rows:
            return rows
        rows = rows[rows["region_id"].isin(self.region_ids)]
        if self.persona_id and level == "challenge":
            kept = rows.merge(self.challenge_keys(), on=CHALLENGE_KEY)
            rows = pd.concat([rows[rows["challenge_rank"].isna()], kept]) if region_wide else kept
        if self.persona_id and level == "persona":
            rows = rows[rows["persona_id"] == self.persona_id]
        return rows

    def challenge_keys(self) -> pd.DataFrame:
        """(region_id, challenge_rank) of the challenges in scope: a persona keeps those built on it."""
        keys = self.every_persona().rows("challenges")[CHALLENGE_KEY]
        if self.persona_id:
            links = self.ds.tables["challenge_personas"]
            keys = keys.merge(links.loc[links["persona_id"] == self.persona_id, CHALLENGE_KEY], on=CHALLENGE_KEY)
        return keys.reset_index(drop=True)

    def challenges(self) -> pd.DataFrame:
        """The challenges in scope in order, each with its personas in the order its heading names them
        (an empty text when it names none)."""
        links = self.persona_links().sort_values("persona_rank")
        personas = links.assign(name=links["persona_id"].map(persona_names(self.ds))).groupby(CHALLENGE_KEY)["name"].agg(", ".join)
        kept = self.rows("challenges")
        kept = kept.merge(personas.rename("personas").reset_index(), on=CHALLENGE_KEY, how="left").fillna({"personas": ""})
        return kept[["region_id", "challenge_rank", "title", "title_en", "personas"]].sort_values(CHALLENGE_KEY).reset_index(drop=True)

    def persona_links(self) -> pd.DataFrame:
        """challenge_personas of the regions in scope, every persona (a chosen persona is marked, not alone)."""
        return self.every_persona().rows("challenge_personas")

    def obstacle_mentions(self, only_chosen: bool = False) -> pd.DataFrame:
        """The places the regions name an obstacle; a persona keeps those in its challenges (region-wide ones go).
        A chosen obstacle is marked among the others, or (``only_chosen``) keeps its own places only."""
        mentions = self.rows("region_obstacles", region_wide=False)
        if only_chosen and self.obstacle_id:
            mentions = mentions[mentions["obstacle_id"] == self.obstacle_id]
        return mentions

    def service_mentions(self, by_obstacle: bool = True) -> pd.DataFrame:
        """The places the regions ask for a service type; a persona keeps those in its challenges, and
        (``by_obstacle``) an obstacle keeps the service types a source links to it (every region's links)."""
        mentions = self.rows("region_service_types", region_wide=False)
        if by_obstacle and self.obstacle_id:
            mentions = mentions[mentions["service_type_id"].isin(linked_service_types(self.ds, self.obstacle_id))]
        return mentions

    def regions_citing_persona(self) -> list[str]:
        """The regions in scope with a challenge built on the chosen persona (all when none is chosen)."""
        links = self.persona_links()
        return self._keep_regions(None if not self.persona_id else set(links.loc[links["persona_id"] == self.persona_id, "region_id"]))

    def regions_naming_obstacle(self) -> list[str]:
        """The regions in scope that name the chosen obstacle somewhere (all when none is chosen)."""
        named = self.every_persona().rows("region_obstacles")
        return self._keep_regions(None if not self.obstacle_id else set(named.loc[named["obstacle_id"] == self.obstacle_id, "region_id"]))

    def _keep_regions(self, kept: set[str] | None) -> list[str]:
        return [r for r in self.region_ids if kept is None or r in kept]

    def timeline_regions(self) -> list[str]:
        """The regions whose timeline is in scope: those citing the persona and naming the obstacle."""
        naming = set(self.regions_naming_obstacle())
        return [r for r in self.regions_citing_persona() if r in naming]

    def timeline(self) -> pd.DataFrame:
        steps = self.ds.tables["timeline"]
        return steps[steps["region_id"].isin(self.timeline_regions())]

    def facts(self, facts: pd.DataFrame, section_ids: list[str]) -> pd.DataFrame:
        """The facts (dashboard.domain.evidence.fact_index) of the regions in scope, in the parts of the text asked for.

        A persona keeps what is said about it and the other facts of the challenges built on it; an obstacle keeps
        the facts naming it and the service types a source links to it (as on the Diensten page).
        """
        kept = facts[facts["region_id"].isin(self.region_ids)]
        if section_ids:
            kept = kept[kept["section_id"].isin(section_ids)]
        if self.persona_id:
            challenges = set(map(tuple, self.challenge_keys().to_numpy()))
            in_challenge = pd.Series([(r, c) in challenges for r, c in zip(kept["region_id"], kept["challenge_rank"])],
                                     index=kept.index, dtype=bool)
            about_persona = (kept["persona_id"] == self.persona_id).fillna(False)
            kept = kept[about_persona | (in_challenge & (kept["table"] != "persona_facts"))]
        if self.obstacle_id:
            linked = linked_service_types(self.ds, self.obstacle_id)
            kept = kept[(kept["obstacle_id"] == self.obstacle_id).fillna(False)
                        | ((kept["table"] == "region_service_types") & kept["service_type_id"].isin(linked))]
        return kept

    def notice(self, shows: tuple[str, ...], lang: str) -> str:
        """One sentence per chosen filter saying what it did to the kinds of rows a page ``shows``; empty
        when no filter acts on them."""
        names = region_names(self.ds)
        chosen = {"persona": self.persona_id, "obstacle": self.obstacle_id}
        values = {
            "name": persona_names(self.ds).get(self.persona_id, ""),
            "label": labels(self.ds, "obstacles", lang).get(self.obstacle_id, ""),
        }
        sentences = []
        for dimension, rules in RULES.items():
            if not chosen[dimension]:
                continue
            effects = dict.fromkeys(rules[kind] for kind in shows if kind in rules)
            regions = self.regions_citing_persona() if dimension == "persona" else self.regions_naming_obstacle()
            listed = ", ".join(names[r] for r in regions) or tr("home.none", lang)
            sentences += [tr(f"scope.{dimension}.{effect}", lang, regions=listed, **values) for effect in effects]
        return " ".join(sentences)


def scope_of(ds: Dataset, filters: Filters) -> Scope:
    """The scope of the sidebar's choice: the chosen regions in dataset order (none chosen: every region)."""
    every = list(ds.tables["regions"]["region_id"])
    return Scope(ds, tuple(r for r in every if not filters.region_ids or r in filters.region_ids), filters.persona_id,
                 filters.obstacle_id)


def linked_service_types(ds: Dataset, obstacle_id: str) -> set[str]:
    """The service types some source links to ``obstacle_id``."""
    links = ds.tables["obstacle_service_links"]
    return set(links.loc[links["obstacle_id"] == obstacle_id, "service_type_id"])
