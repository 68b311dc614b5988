"""The global filters (region, persona, obstacle): their values; what each keeps is dashboard.core.scope's job.

The widgets show, and the URL holds, human names (region and persona names, obstacle labels in
the language shown) so links stay readable; this module maps them to ids and back.
"""

from dataclasses import dataclass

from dashboard.core.data import Dataset
from dashboard.core.regions import region_names
from dashboard.core.taxonomy import labels, persona_names


@dataclass(frozen=True)
class Filters:
    region_ids: tuple[str, ...] = ()  # empty: all regions
    persona_id: str | None = None
    obstacle_id: str | None = None


@dataclass(frozen=True)
class Dimension:
    """A global filter as a file or a summary names it: its field of Filters and of Options, and the i18n keys of its
    name and of what is shown when nothing is chosen."""

    field: str
    options: str
    name: str
    nothing: str


DIMENSIONS = (  # the global filters in the sidebar's order
    Dimension("region_ids", "regions", "filters.region", "filters.all_regions"),
    Dimension("persona_id", "personas", "filters.persona", "filters.any"),
    Dimension("obstacle_id", "obstacles", "filters.obstacle", "filters.any"),
)


def chosen(filters: Filters, dimension: Dimension) -> tuple[str, ...]:
    """The ids chosen in ``dimension``: none, one, or (regions) several."""
    value = getattr(filters, dimension.field)
    return tuple(value) if isinstance(value, tuple) else (value,) if value else ()


@dataclass(frozen=True)
class Options:
    """id -> name for each filter, in display order."""

    regions: dict[str, str]
    personas: dict[str, str]
    obstacles: dict[str, str]


def filter_options(ds: Dataset, lang: str = "nl") -> Options:
    """The options in display order; obstacles carry their label in ``lang``."""
    return Options(regions=region_names(ds).to_dict(), personas=persona_names(ds).sort_values().to_dict(),
                   obstacles=labels(ds, "obstacles", lang).sort_values().to_dict())


def ids_for(names: list[str], known: dict[str, str]) -> list[str]:
    by_name = {name: key for key, name in known.items()}
    return [by_name[n] for n in names if n in by_name]
