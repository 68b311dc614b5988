"""What the current choice of region, persona and obstacle keeps, and the sentence that says so.

Every page asks its rows of a ``Scope``: ``rows(table)`` keeps the rows of any table by what its resource
(dashboard.core.resources) says they are, and the methods below add what a page needs beyond that (the obstacle
and its linked service types, the regions citing a persona, the facts). What a filter does to a table is one rule,
``effect``, read from the table's description; ``rows`` follows it and ``notice`` tells the reader in one sentence
per effect, for the tables a page names. A new table needs no rule of its own; a new filter dimension is a field
here, its cases in ``effect``, a widget in the sidebar and its strings.
"""

from dataclasses import dataclass, fields, replace

import pandas as pd

from dashboard.core.data import Dataset
from dashboard.core.filters import Filters
from dashboard.text.i18n import tr
from dashboard.core.regions import region_names
from dashboard.core.resources import OBSTACLE, PERSONA, REGION, RESOURCES, SERVICE_TYPE
from dashboard.core.taxonomy import labels, persona_names

CHALLENGE_KEY = ["region_id", "challenge_rank"]

CHOSEN_FROM = {"persona": PERSONA, "obstacle": OBSTACLE}  # each filter -> the table its choice is a row of


def effect(dimension: str, table: str) -> str | None:
    """What choosing a persona or an obstacle (``dimension``) does to the rows of ``table``, read from its description;
    None when the choice leaves them alone. The effect names the sentence "scope.<dimension>.<effect>".

    - The table the choice is made from (personas, obstacles): every row stays, the chosen one stands out ("marked").
    - The regions, and the municipalities they are made of: every one stays, the notice names those the choice
      concerns ("citing" a persona, "naming" an obstacle).
    - Other rows about a region as a whole: only the regions the choices concern keep theirs ("regions").
    - A persona keeps, of rows about a challenge, those of the challenges built on it ("challenges"), and of rows
      about a persona, those about it ("about").
    - An obstacle keeps the rows naming it ("only"); of rows pairing it with a service type, its pairs: the service
      types a source links to it ("linked").
    """
    resource = RESOURCES[table]
    if table == CHOSEN_FROM[dimension].table:
        return "marked"
    if resource.scope is None:  # the codebook, the reliability check, the indicators: no filter reaches them
        return None
    if table == REGION.table or resource.scope == "municipality":
        return "citing" if dimension == "persona" else "naming"
    if resource.scope == "region":
        return "regions"
    if dimension == "persona":
        return {"challenge": "challenges", "persona": "about"}.get(resource.scope)
    if set(OBSTACLE.columns) <= set(resource.columns):
        return "linked" if set(SERVICE_TYPE.columns) <= set(resource.columns) else "only"
    return None


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

    def regions_alone(self) -> "Scope":
        """The same regions with no persona or obstacle chosen: for what a page reads of every region in view, whatever
        the choice (the published emphasis, a region's own caveats and links)."""
        return Scope(self.ds, self.region_ids)

    def _chosen(self) -> dict[str, str | None]:
        return {"persona": self.persona_id, "obstacle": self.obstacle_id}

    def rows(self, table: str, region_wide: bool = True) -> pd.DataFrame:
        """The rows of ``table`` in scope: those of the regions in view, narrowed by the ``effect`` of each chosen
        filter on the table. A persona keeps of a table of challenges, beside the rows of the challenges built on it,
        the rows about the whole region (an empty challenge_rank: they concern every challenge) unless ``region_wide``
        is False. A table with no scope level is kept whole."""
        rows = self.ds.tables[table]
        if RESOURCES[table].scope is None or "region_id" not in rows:
            return rows
        rows = rows[rows["region_id"].isin(self.region_ids)]
        effects = {effect(dimension, table) for dimension, chosen in self._chosen().items() if chosen}
        if "regions" in effects:
            rows = rows[rows["region_id"].isin(self.timeline_regions())]
        if "challenges" in effects:
            kept = rows.merge(self.challenge_keys(), on=CHALLENGE_KEY)
            rows = pd.concat([rows[rows["challenge_rank"].isna()], kept]) if region_wide else kept
        if "about" in effects:
            rows = rows[rows["persona_id"] == self.persona_id]
        if effects & {"only", "linked"}:
            rows = rows[rows["obstacle_id"] == self.obstacle_id]
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
        return (self if only_chosen else replace(self, obstacle_id=None)).rows("region_obstacles", region_wide=False)

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
        """The regions whose rows about the whole region (their timeline, ...) are in scope: those citing the persona and
        naming the obstacle."""
        naming = set(self.regions_naming_obstacle())
        return [r for r in self.regions_citing_persona() if r in naming]

    def timeline(self) -> pd.DataFrame:
        return self.rows("timeline")

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

    def notice(self, tables: tuple[str, ...], lang: str) -> str:
        """One sentence per ``effect`` a chosen filter has on the ``tables`` a page shows; empty when none acts on them."""
        return self._say({dimension: [effect(dimension, table) for table in tables] for dimension in self._chosen()}, lang)

    def facts_notice(self, lang: str) -> str:
        """What the filters did to the facts (``facts``, which keep only what is about each choice): a sentence per
        chosen filter."""
        return self._say({dimension: ["facts"] for dimension in self._chosen()}, lang)

    def _say(self, effects: dict[str, list[str | None]], lang: str) -> str:
        names = region_names(self.ds)
        values = {
            "name": persona_names(self.ds).get(self.persona_id, ""),
            "label": labels(self.ds, "obstacles", lang).get(self.obstacle_id, ""),
        }
        sentences = []
        for dimension, chosen in self._chosen().items():
            if not chosen:
                continue
            regions = self.regions_citing_persona() if dimension == "persona" else self.regions_naming_obstacle()
            listed = ", ".join(names[r] for r in regions) or tr("home.none", lang)
            sentences += [tr(f"scope.{dimension}.{name}", lang, regions=listed, **values)
                          for name in dict.fromkeys(effects[dimension]) if name]
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
