"""Every URL parameter of the dashboard, once: its (Dutch) key, what kind of value it takes, which values it
allows, its default and the label a notice calls it by.

Pages and links name a parameter by its English name (``PARAMS["obstacle"]``, ``link("gemeente",
municipality="Ronse")``); only this module spells a key. A name in a link that is none of these keys is
ignored with a notice (dashboard.ui.url_state), as a value that names nothing is.
"""

from dataclasses import dataclass

from dashboard.core.counting import UNITS
from dashboard.core.indicators import INDICATORS
from dashboard.text.i18n import LANGUAGES

BOOLEANS = ("true", "false")  # what a switch bound to the URL reads, in any case
CHOICE, CHOICES, SWITCH, TEXT, NUMBER, MARKER = "choice", "choices", "switch", "text", "number", "marker"


@dataclass(frozen=True)
class Param:
    name: str  # the English name code uses
    key: str  # the URL key (Dutch, as the users are)
    kind: str  # CHOICE (one value), CHOICES (several), SWITCH (true/false), TEXT, NUMBER, MARKER (the launcher's)
    label: str  # i18n key of what a notice about it calls it
    values: tuple[str, ...] | None = None  # allowed values, in the order shown; None: named by the dataset (its regions,
    # personas, obstacles, municipalities, facts, parts of a text, income years), which its widget draws
    default: str | None = None  # what holds when the URL names nothing; a link leaves a default out
    page: str | None = None  # the page (its URL path) that reads it; None: every page


_ALL = [
    # the sidebar: every page
    Param("language", "taal", CHOICE, "filters.language", LANGUAGES, LANGUAGES[0]),
    Param("regions", "regio", CHOICES, "filters.region"),
    Param("persona", "persona", CHOICE, "filters.persona"),
    Param("obstacle", "obstakel", CHOICE, "filters.obstacle"),
    Param("presenting", "presentatie", SWITCH, "presentation.switch", BOOLEANS, BOOLEANS[1]),
    Param("unit", "eenheid", CHOICE, "unit.choose", UNITS, UNITS[0]),  # the counting unit, wherever a page counts
    # one page each
    Param("step", "stap", NUMBER, "presentation.step", default="1"),  # the walk's slide, on whichever page it runs
    Param("colour", "kleur", CHOICE, "map.colour_by", ("region", "population", "density", *INDICATORS, "persona", "obstacle"),
          "region", page="kaart"),  # an indicator's id (dashboard.core.indicators) is its colouring
    Param("merged", "fusie2025", SWITCH, "map.merged", BOOLEANS, BOOLEANS[1], page="kaart"),
    Param("year", "jaar", CHOICE, "map.year", page="kaart"),  # of the indicator shown: the years the data holds
    Param("municipality", "gemeente", TEXT, "col.municipality", page="gemeente"),
    Param("measure", "telling", CHOICE, "personas.measure", ("challenges", "regions", "weighted"), "challenges", page="personas"),
    Param("compare", "vergelijk", CHOICES, "compare.choose", page="vergelijken"),
    Param("basis", "gelijkenis", CHOICE, "compare.basis", ("all", "obstacle", "persona", "service_type"), "all",
          page="vergelijken"),  # what the regions' similarity is computed over
    Param("needs_region", "noden_regio", CHOICE, "needs.region", page="noden-aanbod"),
    Param("search", "zoek", TEXT, "sources.search", page="bronnen"),
    Param("sections", "sectie", CHOICES, "sources.sections", page="bronnen"),
    Param("fact", "feit", TEXT, "sources.field.feit", page="bronnen"),  # a fact's id
    Param("place", "plek", TEXT, "sources.field.plek", page="bronnen"),  # source_id:line
    Param("report_region", "rapportregio", CHOICE, "report.choose", page="rapport"),
    # put in by the launcher (dashboard/serve.py) when Streamlit would read none of a link's parameters
    Param("unread", "link-niet-gelezen", MARKER, "filters.unread"),
]
PARAMS: dict[str, Param] = {param.name: param for param in _ALL}
KEYS: frozenset[str] = frozenset(param.key for param in _ALL)


def is_known_key(key: str) -> bool:
    """True when ``key`` (as a link spells it) is one of the dashboard's URL keys."""
    return key in KEYS


def url_values(**values: str | None) -> dict[str, list[str]]:
    """URL key -> values for parameters given by name: no values for None, "" or the default (a link leaves those
    out). A name that is not in the registry is a programming error (KeyError), never a silent key."""
    return {PARAMS[name].key: [] if value in (None, "", PARAMS[name].default) else [value] for name, value in values.items()}


def query(**values: str | None) -> dict[str, str]:
    """URL key -> value for the parameters given by name that a link carries (see ``url_values``)."""
    return {key: found[0] for key, found in url_values(**values).items() if found}
