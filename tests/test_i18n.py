"""Dutch and English: every interface string has both, and a page shown in English shows no Dutch
interface text and no Dutch taxonomy label (quotes from the sources stay Dutch, as written)."""

import re
import string
from pathlib import Path
from types import SimpleNamespace

import pytest

from dashboard.core.data import read_dataset
from dashboard.text.i18n import LANGUAGES, STRINGS, merge_areas, tr
from dashboard.core.navigation import PRESENTATION
from dashboard.core.paths import ROOT
from tests.apptest import PAGE_SCRIPTS, drawn_specs, open_page, unfold_tables

# Keys whose English is deliberately the Dutch text, and why.
SAME_IN_BOTH = {
    "filters.header": "'Filters' is English too",
    "filters.persona": "'Persona' is English too",
    "col.persona": "'Persona' is English too",
    "export.csv": "a file format",
    "export.xlsx": "a file format",
    "export.about.dashboard": "'Dashboard' is English too",
    "sources.fact.persona_fact": "only 'Persona' and placeholders",
    "timeline.step": "only placeholders",
    "presentation.pdf": "a file format",
    "presentation.part": "only placeholders",
}
WIDGETS = ("radio", "selectbox", "multiselect", "toggle", "button", "checkbox", "select_slider", "text_input",
           "number_input", "date_input", "text_area", "tabs", "expander")
TEXTS = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", list(STRINGS))
def test__strings__have_dutch_and_english(key):
    dutch, english = STRINGS[key]
    assert dutch.strip() and english.strip(), key
    assert (dutch != english) or key in SAME_IN_BOTH, f"{key}: English equals Dutch; translate it or list it in SAME_IN_BOTH"
    assert _fields(dutch) == _fields(english), key


def test__keys__are_named_in_english_not_by_a_dutch_page_name():
    """Keys are code, so English (README, Layout): /bronnen's strings are "sources.*", never "bronnen.*"."""
    pages = [*PAGE_SCRIPTS, Path(PRESENTATION).stem]
    dutch = {name.split("-")[0] for name in pages} - {"personas"}  # "personas" is English too
    assert [k for k in STRINGS if k.split(".")[0] in dutch or k.split(".")[1] in dutch] == []


def test__same_in_both__lists_only_keys_that_are_the_same():
    assert {k for k in SAME_IN_BOTH if k in STRINGS and STRINGS[k][0] != STRINGS[k][1]} == set()


def _dutch_only_patterns() -> list[tuple[str, re.Pattern, bool]]:
    """(key, pattern, whole): the Dutch text of each key whose English differs, placeholders as '.*'.

    ``whole`` patterns must match a rendered string entirely (short texts such as "Regio"); long
    ones are also looked for inside longer texts.
    """
    patterns = []
    for key, (dutch, english) in STRINGS.items():
        if dutch == english:
            continue
        literal = "".join(text for text, _, _, _ in string.Formatter().parse(dutch))
        if len(literal.strip()) < 4:
            continue
        regex = "".join(re.escape(text) + (".*" if name is not None else "")
                        for text, name, _, _ in string.Formatter().parse(dutch))
        patterns.append((key, re.compile(regex, re.S), len(literal) < 25))
    return patterns


PATTERNS = _dutch_only_patterns()
DS = read_dataset(ROOT)
REGION_NAMES = re.compile("|".join(map(re.escape, DS.tables["regions"]["name"])))
QUOTE_COLUMN = tr("col.quote", "en")  # quotes stay in Dutch, as written
DUTCH_LABELS = {row.label_nl for table in ("obstacles", "service_types") for row in DS.tables[table].itertuples()
                if row.label_nl != row.label_en}


def rendered_strings(at) -> list[str]:
    """Every text the page shows: elements, widget labels and options, table headers, figure texts."""
    found = [str(e.value) for kind in TEXTS for e in getattr(at, kind)]
    for kind in WIDGETS:
        for widget in at.get(kind):
            proto = widget.proto
            found += [str(getattr(proto, field)) for field in ("label", "placeholder", "help") if hasattr(proto, field)]
            found += [str(o) for o in getattr(proto, "options", [])]
    for frame in at.dataframe:
        table = frame.value
        found += [str(c) for c in table.columns]
        found += [v for column in table.columns if column != QUOTE_COLUMN
                  and (table[column].dtype == object or str(table[column].dtype) == "str")
                  for v in table[column].dropna().astype(str) if v in DUTCH_LABELS]
    for fig in drawn_specs(at):
        found += list(_figure_strings(fig))
    return [s for s in found if s]


def _figure_strings(value) -> list[str]:
    """Every string in a drawing's specification except data ids (a cell's key, a fact's id, a GeoJSON's URL), the
    regions' names taken out (names, in Dutch in both languages: "Regio Oostende (...)" read as a Dutch heading)."""
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in ("cell", "fact_id", "url") for s in _figure_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _figure_strings(v)]
    return [REGION_NAMES.sub("", value)] if isinstance(value, str) else []


def dutch_found(texts: list[str]) -> list[str]:
    """The keys (or taxonomy labels) whose Dutch text appears in ``texts``."""
    hits = set()
    for text in texts:
        hits |= {key for key, pattern, whole in PATTERNS if (pattern.fullmatch(text) if whole else pattern.search(text))}
        hits |= {label for label in DUTCH_LABELS if label == text or f">{label}<" in text}
    return sorted(hits)


def test__dutch_found__catches_dutch_text_and_labels():
    label = sorted(DUTCH_LABELS)[0]
    assert dutch_found([tr("map.colour_by", "nl")]) == ["map.colour_by"]
    assert "source.addenda" in dutch_found(["Bron: Lokaal Addendum Westhoek, 2023; iets"])
    assert dutch_found([label]) == [label]
    assert dutch_found([tr("map.colour_by", "en"), tr("source.addenda", "en", names="Westhoek")]) == []


OBSTACLE = DS.tables["obstacles"].sort_values("obstacle_id").iloc[0]
VIEWS = [(page, {}) for page in PAGE_SCRIPTS] + [
    ("personas", {"persona": "Saled"}), ("kaart", {"persona": "Saled", "kleur": "Chosen persona"}),
    ("diensten", {"obstakel": OBSTACLE["label_en"]}), ("start", {"obstakel": OBSTACLE["label_nl"], "persona": "Saled"}),
] + [("start", {"presentatie": "true", "stap": str(step)}) for step in range(1, 6)]


@pytest.mark.parametrize("page, params", VIEWS, ids=[f"{p}-{'-'.join(v.values())}" for p, v in VIEWS])
def test__page_in_english__shows_no_dutch_interface_text(page, params):
    at = unfold_tables(open_page(page, taal="EN", **params))  # the tables under the charts too
    assert not at.exception
    assert at.radio(key="taal").value == LANGUAGES[1]
    assert dutch_found(rendered_strings(at)) == []


def test_merge_areas__refuses_a_key_written_in_two_areas():
    """The strings live in one module per page or area; a key in two of them would silently hide one text."""
    first = SimpleNamespace(__name__="first", STRINGS={"page.map": ("Kaart", "Map")})
    second = SimpleNamespace(__name__="second", STRINGS={"page.map": ("Landkaart", "Chart")})
    with pytest.raises(ValueError, match="second repeats keys of another area: page.map"):
        merge_areas([first, second])
    assert merge_areas([first])["page.map"] == ("Kaart", "Map")
