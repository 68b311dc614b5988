"""Every interface string in Dutch (the default) and English, one module per page or area. Quotes stay in Dutch,
as written.

An indicator's texts come from its registry entry (dashboard.core.indicators), under keys derived from its id.
"""

from dashboard.core.indicators import INDICATORS
from dashboard.text.i18n import (columns, comparison, counting, exports, frame, map_page, municipality, needs, personas,
                                 presentation, services, sources, start, timeline)

LANGUAGES = ("nl", "en")
AREAS = (frame, columns, counting, start, map_page, municipality, personas, services, exports, comparison, needs, sources,
         timeline, presentation)


def merge_areas(areas) -> dict[str, tuple[str, str]]:
    """The areas' strings in one table; a key written in two areas is a mistake that would hide one of them."""
    strings: dict[str, tuple[str, str]] = {}
    for area in areas:
        twice = strings.keys() & area.STRINGS.keys()
        if twice:
            raise ValueError(f"{area.__name__} repeats keys of another area: {', '.join(sorted(twice))}")
        strings |= area.STRINGS
    return strings


STRINGS = merge_areas(AREAS)
STRINGS |= {f"{kind}.{indicator.indicator_id}": texts for indicator in INDICATORS.values()
            for kind, texts in (("map.mode", indicator.name), ("indicator", indicator.label), ("source", indicator.source),
                                ("year", indicator.year_name), ("caveat", indicator.caveat))}
STRINGS |= {f"col.{count.column}": count.label for indicator in INDICATORS.values() for count in indicator.counts}


def tr(key: str, lang: str = "nl", **values) -> str:
    """The string for ``key`` in ``lang``, with ``values`` filled in."""
    text = STRINGS[key][LANGUAGES.index(lang)]
    return text.format(**values) if values else text


def localise_columns(frame, columns: dict[str, str], lang: str):
    """Of a data frame, keep ``columns`` (data column -> key of its label here) under their labels in ``lang``."""
    return frame[list(columns)].rename(columns={column: tr(key, lang) for column, key in columns.items()})
