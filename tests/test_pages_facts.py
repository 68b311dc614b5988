"""AppTest: what the texts say in our words, on the pages: caveats beside the figures, persona and group facts apart,
the persona's one line, and English versions in English mode."""

from dashboard.domain.caveats import region_caveats
from dashboard.core.data import read_dataset
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape
from dashboard.core.paths import ROOT
from dashboard.core.scope import Scope
from dashboard.core.vocabularies import SCOPE_ASPECTS
from dashboard.ui.caveats import TAB_KEY
from tests.apptest import open_page, open_tab, plain_tables, texts

DS = read_dataset(ROOT)
T = DS.tables


def _caveats(region_id: str, column: str) -> list[str]:
    return [escape(c) for c in T["region_caveats"].query("region_id == @region_id")[column]]


def _every_caveats_tab(at) -> str:
    """The page's texts with each region's caveats tab opened in turn (only the open one is drawn)."""
    shown = [texts(at)]
    for label in [tab.label for tab in at.tabs if tab.label in set(T["regions"]["name"])][1:]:
        at.session_state[TAB_KEY] = label
        shown.append(texts(at.run()))
    return "\n".join(shown)


def test__diensten__shows_each_regions_caveats_beside_the_heatmap():
    at = open_page("diensten")
    first, second = (T["regions"]["region_id"].iloc[i] for i in (0, 1))
    assert all(c in texts(at) for c in _caveats(first, "caveat_nl"))
    assert not any(c in texts(at) for c in _caveats(second, "caveat_nl"))  # a tab not opened is not drawn
    assert any(e.label.startswith(tr("caveats.title", "nl", n="")[:20]) for e in at.expander)
    shown = _every_caveats_tab(at)
    assert all(c in shown for r in T["regions"]["region_id"] for c in _caveats(r, "caveat_nl"))


def _cells(at) -> str:
    """Every cell of the page's tables and data frames, as one string to search."""
    frames = plain_tables(at) + [e.value for e in at.dataframe]
    return "\n".join(str(v) for frame in frames for v in frame.to_numpy().ravel())


def test__vergelijken__in_english_shows_caveats_titles_and_method_in_english():
    at = open_page("vergelijken", taal="en", vergelijk=["Midden-West-Vlaanderen", "Westhoek"])
    challenges = _cells(at)  # above the tabs
    shown = _every_caveats_tab(open_tab(at, "vergelijken_deel", tr("compare.tab.approach", "en")))
    cells = challenges + _cells(at)
    assert all(c in shown for r in ("midden-west-vlaanderen", "westhoek") for c in _caveats(r, "caveat_en"))
    assert T["regions"].set_index("region_id").loc["westhoek", "method_summary_en"] in cells
    assert "PEOPLE OF CONCERN WHO AVOID HELP" in cells  # challenge titles in English


def test__rapport__names_the_regions_caveats_the_first_in_full_and_where_the_others_stand():
    at = open_page("rapport", rapportregio="Zuid-West-Vlaanderen", taal="en")
    shown = texts(at)
    caveats = region_caveats(Scope(DS, ("zuid-west-vlaanderen",)), "en")
    assert f"{tr('report.caveats', 'en')} ({len(caveats)})" in shown
    assert escape(caveats["caveat"].iloc[0]) in shown and tr("caveats.more", "en", n=len(caveats) - 1) in shown


def test__personas__john_shows_his_flags_his_line_and_group_facts_apart_in_english():
    at = open_page("personas", persona="John", taal="en")
    errors = " ".join(e.value for e in at.error)
    flagged = T["persona_facts"].query("persona_id == 'john' and is_flagged")
    assert all(escape(note) in errors for note in flagged["flag_note_en"])
    shown = texts(at)
    line = T["persona_descriptions"].set_index("persona_id").loc["john", "profile_en"]
    assert escape(line) in shown
    assert tr("personas.own", "en", name="John") in shown
    assert tr("personas.group", "en", rank=2, title=escape("PEOPLE OF CONCERN WHO AVOID HELP")) in shown
    group = T["persona_facts"].query("persona_id == 'john' and fact_level == 'group'")["statement_en"]
    assert all(escape(s) in shown for s in group)


def test__personas__marc_is_flagged_as_john_is():
    at = open_page("personas", persona="Marc")
    errors = " ".join(e.value for e in at.error)
    assert escape(T["persona_facts"].query("persona_id == 'marc' and is_flagged")["flag_note"].iloc[0]) in errors


def test__personas__profile_table_says_who_each_persona_is():
    at = open_page("personas")
    table = next(d.value for d in at.dataframe if tr("personas.col.description") in d.value.columns)
    assert table[tr("personas.col.description")].notna().all()
    assert (table[tr("personas.col.group_statements")] > 0).any() and (table[tr("personas.col.statements")] > 0).any()


def test__vergelijken__lists_the_target_groups_ages_and_contact_languages_beside_the_challenges():
    at = open_tab(open_page("vergelijken", vergelijk=["Vlaamse-Ardennen", "Zuid-West-Vlaanderen"]), "vergelijken_deel",
                  tr("compare.tab.approach"))
    cells = _cells(at)
    groups = T["region_target_groups"].query("region_id in ['vlaamse-ardennen', 'zuid-west-vlaanderen']")
    assert all(g in cells for g in groups["target_group_nl"]) and all(q in cells for q in groups["quote"])
    assert f"{SCOPE_ASPECTS.label('contacttaal', 'nl')}: " in cells and f"{SCOPE_ASPECTS.label('leeftijd', 'nl')}: " in cells
