"""AppTest: every page in both languages reads right: numbers written the reader's way, no "None" or
"nan" where a value is missing, and no Dutch in the English interface outside quotes and names."""

import json
import re
from functools import cache

import pandas as pd
import pyarrow as pa
import pytest

from dashboard.text.curated_text import text_column
from dashboard.core.data import read_dataset
from dashboard.text.i18n import tr
from dashboard.text.numbers import number, vega_locale
from dashboard.core.paths import ROOT
from dashboard.core.regions import region_summary
from tests.apptest import PAGE_SCRIPTS, drawn_specs, open_page, plain_tables, texts, unfold_tables

DS = read_dataset(ROOT)
OTHER = {"nl": "en", "en": "nl"}
QUOTE_COLUMNS = {tr("col.quote", lang) for lang in OTHER}
MISSING = re.compile(r"(?<![\w<])(nan|NaN|<NA>|NaT|None)(?![\w>])(?! chosen)")  # "None chosen" is a placeholder
GROUPED = {"nl": re.compile(r"\d,\d{3},\d{3}\b|\d,\d{3}\.\d"), "en": re.compile(r"\d\.\d{3}\.\d{3}\b|\d\.\d{3},\d")}
UNGROUPED = re.compile(r"(?<![\d.,#/-])\d{5,}(?![\d])")  # 244653: a thousands mark missing (NIS codes are left out)
# Words that are Dutch and never English; short, so a hit is Dutch interface text.
DUTCH_WORDS = {"de", "het", "een", "van", "niet", "voor", "zijn", "naar", "ook", "wordt", "worden", "bij",
               "aan", "uit", "geen", "deze", "dit", "wat", "zich", "nog", "maar", "heeft", "hebben", "kan", "zoals",
               "noemt", "kies", "regio", "gemeenten", "uitdaging", "uitdagingen", "obstakel", "obstakels", "tabel",
               "bron", "kaart", "vermeldingen", "diensttype", "diensttypes", "selecteer", "alles"}
# Our own sentences in the curated data, per table: a Dutch one is allowed in English only while the
# data holds no English version of it (the "facts" track writes them; its own test asks for them all).
CURATED = {"challenges": ["title"], "persona_facts": ["statement", "flag_note"], "regions": ["method_summary"],
           "service_type_caveats": ["caveat"], "region_caveats": ["caveat"], "persona_descriptions": ["profile"],
           "region_target_groups": ["target_group"], "region_plans": ["plan"], "service_types": ["description"]}


def untranslated(frame: pd.DataFrame, base: str) -> list[str]:
    """The Dutch sentences ``base`` of ``frame`` that have no English beside them."""
    dutch, english = text_column(base, "nl"), text_column(base, "en")
    if dutch not in frame:
        return []
    missing = frame[english].isna() | (frame[english] == "") if english in frame else pd.Series(True, frame.index)
    return [str(v) for v in frame.loc[missing, dutch].dropna()]


@cache
def rendered(page: str, lang: str):
    """The page with every table under a chart unfolded, and what it shows."""
    at = unfold_tables(open_page(page, taal=lang))
    assert not at.exception, at.exception
    return at


def visible(at) -> list[str]:
    """Every piece of text the page shows: prose, notices, metrics, table cells as displayed, widget
    labels and options, expander labels, chart titles, axis titles and labels, legends and tooltips."""
    parts = [texts(at)]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    for frame in at.dataframe:
        shown = frame.proto.arrow_data.styler.display_values
        # unstyled, the grid writes its placeholder in a missing cell
        table = pa.ipc.open_stream(shown).read_all().to_pandas() if shown else frame.value.astype(object).where(
            frame.value.notna(), frame.proto.placeholder)
        parts += cells(table)
    for table in plain_tables(at):
        parts += cells(table)
    for widget in [*at.selectbox, *at.multiselect, *at.radio]:
        parts += [widget.label, *map(str, widget.options)]
    parts += [e.label for e in at.expander]
    for spec in drawn_specs(at):
        parts += vega_texts(spec)
    return parts


def cells(frame: pd.DataFrame) -> list[str]:
    """Headers and cells as shown; left out: NIS codes (five digits, no thousands mark) and quotes,
    which stay as the addendum wrote them."""
    kept = [c for c in frame.columns if "NIS" not in str(c) and c not in QUOTE_COLUMNS]
    return [str(c) for c in frame.columns] + [str(v) for c in kept for v in frame[c]]


def vega_texts(spec: dict) -> list[str]:
    """What a drawing writes: its title, its encodings (a map's legend and tooltip titles) and the texts of its rows
    (the numbers written on marks, the hover texts), ids and days as data left out."""
    title = spec.get("title", {}).get("text", "")
    found = [*(title if isinstance(title, list) else [title]), json.dumps(spec["layer"][0]["encoding"], ensure_ascii=False)]
    rows = spec.get("data", {}).get("values", [])
    return found + [value.replace("\n", " ") for row in rows for key, value in row.items()  # a name on two lines
                    if isinstance(value, str) and key not in ("cell", "fact_id", "start", "end", "colour")]


@cache
def data_numbers() -> dict[str, list[float]]:
    """Numbers the pages show from the data: populations (municipality and region) and areas."""
    summary = region_summary(DS, list(DS.tables["regions"]["region_id"]))
    municipalities = DS.tables["municipalities"]
    return {"whole": [*municipalities["population"], *summary["population"]],
            "decimal": [*municipalities["area_km2"], *summary["area_km2"]]}


def written(lang: str) -> set[str]:
    """The data's numbers as ``lang`` writes them: whole numbers from 1,000 up, and areas to one decimal."""
    data = data_numbers()
    return {number(v, lang) for v in data["whole"] if v >= 1000} | {number(v, lang, 1) for v in data["decimal"]}


def wrong_ways(lang: str) -> set[str]:
    """The data's numbers as the other language writes them, where that reads differently."""
    return written(OTHER[lang]) - written(lang)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("page", list(PAGE_SCRIPTS))
def test__page__writes_numbers_the_way_its_language_does(page, lang):
    at = rendered(page, lang)
    shown = "\n".join(visible(at))
    assert not GROUPED[lang].findall(shown), f"numbers grouped the {OTHER[lang]} way on /{page}"
    assert not UNGROUPED.findall(shown), f"a large number without its thousands mark on /{page}"
    words = set(re.findall(r"[\d.,]+", shown))
    assert not words & wrong_ways(lang), f"numbers written the {OTHER[lang]} way on /{page}"
    for spec in drawn_specs(at):  # Vega writes the axes' and legends' numbers itself
        assert spec["config"]["locale"]["number"] == vega_locale(lang)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("page", list(PAGE_SCRIPTS))
def test__page__shows_no_none_or_nan(page, lang):
    at = rendered(page, lang)
    hits = [text for text in visible(at) if MISSING.search(text)]
    assert not hits, f"/{page} shows a missing value as text: {hits[:3]}"
    for frame in at.dataframe:  # the grid writes "None" in a missing cell unless told otherwise
        assert frame.proto.HasField("placeholder") and frame.proto.placeholder == "", f"a table on /{page}"


@cache
def allowed_in_english() -> list[str]:
    """Names and Dutch texts allowed in the English interface, longest first: proper names, the
    titles of the addenda, and curated Dutch texts that have no English version in the data yet."""
    t = DS.tables
    names = [*t["regions"]["name"], *t["personas"]["name"], *t["municipalities"]["name"], *t["sources"]["title"],
             "Lokaal Addendum", "Lokale Partnerschappen", "Statbel", "Provincies in Cijfers", "Nederlands",
             "compagnon de route"]  # French, as the Vlaamse-Ardennen write it
    for table, bases in CURATED.items():
        names += [text for base in bases for text in untranslated(t.get(table, pd.DataFrame()), base)]
    return sorted({n for n in names if n}, key=len, reverse=True)


def without_quotes_and_names(text: str) -> str:
    text = re.sub(r"\\(.)", r"\1", text)  # markdown escapes: \( is (
    text = re.sub(r"^“.*”$", " ", text, flags=re.M)  # a quote of its own, which may quote a name itself
    text = re.sub(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’|(?<!\w)'[^']*'(?!\w)", " ", text)  # quotes and quoted names stay Dutch
    for name in allowed_in_english():
        text = text.replace(name, " ")
    return text


def dutch_words(parts: list[str]) -> dict[str, str]:
    """Dutch words outside quotes and names, each with the text it stands in."""
    dutch = {}
    for part in parts:
        for word in re.findall(r"[A-Za-zÀ-ÿ']+", without_quotes_and_names(part)):
            if word.lower() in DUTCH_WORDS and not word.isupper():
                dutch.setdefault(word, part[:120])
    return dutch


@pytest.mark.parametrize("page", list(PAGE_SCRIPTS))
def test__english_page__has_no_dutch_outside_quotes_and_names(page):
    dutch = dutch_words(visible(rendered(page, "en")))
    assert not dutch, f"Dutch on the English /{page}: {dutch}"


@pytest.mark.parametrize(("page", "key"), [("noden-aanbod", "noden_weergave"), ("diensten", "caveats_tab"),
                                           ("vergelijken", "vergelijken_deel")])
def test__english_page__tabs_drawn_once_opened_have_no_dutch_either(page, key):
    at = open_page(page, taal="en")
    others = [tab.label for tab in at.tabs][1:]
    assert others
    for label in others:
        at.session_state[key] = label
        dutch = dutch_words(visible(at.run()))
        assert not dutch, f"Dutch on the English /{page}, tab {label}: {dutch}"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test__personas__every_chart_says_who_a_persona_is_on_hover(lang):
    lines = DS.tables["persona_descriptions"].merge(DS.tables["personas"], on="persona_id")
    saled = lines.loc[lines["persona_id"] == "saled", "profile_en" if lang == "en" else "profile_nl"].iloc[0]
    at = open_page("personas", taal=lang)
    [bars] = drawn_specs(at)
    assert any(saled in row["hover"] for row in bars["data"]["values"] if row["name"] == "Saled")
    at.session_state["grafiek"] = tr("personas.tab.by_region", lang)  # the second tab, drawn once opened
    [second] = drawn_specs(at.run())
    assert any(saled in row["hover"] for row in second["data"]["values"] if row["persona"] == "Saled")
    assert second["title"]["text"] == tr("personas.by_region", lang)
    assert second["layer"][0]["encoding"]["x"]["title"] == tr("personas.regions_citing", lang)
