"""AppTest: the pages Regio's vergelijken and Noden en aanbod on the real app and the committed dataset."""

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.figures.mention_heatmap import CELL
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape, literal
from dashboard.core.paths import ROOT
from tests.apptest import drawn_specs, open_page, open_tab, plain_tables, texts


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


@pytest.fixture(scope="module")
def names(ds):
    return dict(zip(ds.tables["regions"]["region_id"], ds.tables["regions"]["name"]))


def obstacle_sets(ds) -> dict[str, set[str]]:
    return ds.tables["region_obstacles"].groupby("region_id")["obstacle_id"].agg(set).to_dict()


def heat(at) -> tuple[list[str], dict[tuple[str, str], float]]:
    """The similarity matrix drawn: its regions in order, and the value of each cell by (row, column)."""
    [spec] = drawn_specs(at)
    return spec["layer"][0]["encoding"]["x"]["scale"]["domain"], {(r["row"], r["column"]): r["value"] for r in spec["data"]["values"]}


def with_approach(at):
    """The page with the tab of each region's method, caveats, target groups and enrichment open (drawn once opened)."""
    return open_tab(at, "vergelijken_deel", tr("compare.tab.approach"))


def with_similarity(at):
    """The page with its similarity section switched on (drawn only when asked for)."""
    return at.toggle(key="gelijkenis_tonen").set_value(True).run()


# Regio's vergelijken

def test__vergelijken__obstacle_matrix_is_symmetric_with_ones_on_the_diagonal_and_agrees_with_the_obstacle_sets(ds, names):
    at = open_page("vergelijken", gelijkenis=tr("col.obstacles"))
    assert not at.exception
    regions, cells = heat(at)
    ids = {name: rid for rid, name in names.items()}
    assert regions == list(names.values())  # all five by default, in dataset order
    sets = obstacle_sets(ds)
    for a in regions:
        assert cells[a, a] == 1
        for b in regions:
            assert cells[a, b] == cells[b, a]
            expected = len(sets[ids[a]] & sets[ids[b]]) / len(sets[ids[a]] | sets[ids[b]])
            assert cells[a, b] == pytest.approx(expected)


def test__vergelijken__reading_names_the_most_alike_pair_of_the_matrix(names):
    at = open_page("vergelijken", gelijkenis=tr("col.personas"))
    regions, cells = heat(at)
    best = max((cells[a, b], a, b) for i, a in enumerate(regions) for b in regions[i + 1:])
    reading = next(m.value for m in at.markdown if "lijken het meest op elkaar" in m.value)
    assert reading.startswith(f"- {best[1]} en {best[2]} lijken het meest op elkaar")


def test__vergelijken__global_region_filter_of_two_regions_is_the_default_choice():
    at = with_similarity(open_page("vergelijken", regio=["Westhoek", "Regio Oostende"]))
    assert at.multiselect(key="vergelijk").value == ["Westhoek", "Regio Oostende"]
    assert set(heat(at)[0]) == {"Westhoek", "Regio Oostende"}


def test__vergelijken__own_choice_in_the_url_wins_and_unknown_names_get_a_notice():
    at = open_page("vergelijken", regio=["Westhoek", "Regio Oostende"], vergelijk=["Vlaamse-Ardennen", "Atlantis", "Westhoek"])
    assert not at.exception
    assert "Atlantis" in " ".join(w.value for w in at.warning)
    at = with_similarity(at)
    assert heat(at)[0] == ["Vlaamse-Ardennen", "Westhoek"]


def test__vergelijken__one_region_asks_for_a_second_and_draws_nothing():
    at = open_page("vergelijken", vergelijk="Westhoek")
    assert tr("compare.too_few") in [i.value for i in at.info]
    assert drawn_specs(at) == []


def method_table(at):
    return next((t for t in plain_tables(at) if tr("compare.method") in t.columns), None)


def difference_tables(at) -> dict[str, object]:
    """The differences matrix as shown, per group: "all", "some", "one", by the heading above each table."""
    headings = [m.value for m in at.markdown if m.value.startswith("**Door ")]
    tables = [d.value for d in at.dataframe if tr("compare.col.kind") in d.value.columns]
    groups = {"alle": "all", "beide": "all", "sommige": "some", "één": "one"}
    return {next(g for word, g in groups.items() if f"Door {word} " in heading): table for heading, table in zip(headings, tables)}


def test__vergelijken__similarity_is_built_only_when_asked_for_or_named_in_the_link():
    at = open_page("vergelijken")
    assert not at.exception and drawn_specs(at) == [] and at.toggle(key="gelijkenis_tonen").value is False
    assert len(drawn_specs(with_similarity(at))) == 1
    assert at.toggle(key="gelijkenis_tonen").value and len(drawn_specs(open_page("vergelijken", gelijkenis=tr("col.obstacles")))) == 1


def test__vergelijken__choosing_regions_redraws_profiles_and_matrix(ds, names):
    at = with_similarity(open_page("vergelijken"))
    at.multiselect(key="vergelijk").set_value(["Midden-West-Vlaanderen", "Zuid-West-Vlaanderen", "Westhoek"]).run()
    assert heat(at)[0] == ["Midden-West-Vlaanderen", "Westhoek", "Zuid-West-Vlaanderen"]
    methods = ds.tables["regions"].set_index("name")["method_quote"]
    assert method_table(at) is None  # in the tab not opened: not drawn
    quotes = " ".join(method_table(with_approach(at))[tr("col.quote")])
    assert methods["Westhoek"] in quotes and methods["Regio Oostende"] not in quotes
    metrics = {m.label: m.value for m in at.metric}
    assert set(metrics) == {"Midden-West-Vlaanderen", "Westhoek", "Zuid-West-Vlaanderen"}


def test__vergelijken__differences_sort_what_all_some_and_one_region_name(ds, names):
    chosen = ["westhoek", "vlaamse-ardennen", "oostende"]
    at = open_page("vergelijken", vergelijk=[names[r] for r in chosen])
    tables = difference_tables(at)
    assert set(tables) == {"all", "some", "one"}
    sets = obstacle_sets(ds)
    labels = ds.tables["obstacles"].set_index("obstacle_id")["label_nl"]
    kind = tr("needs.kind.obstacle")
    for group, test in (("all", lambda n: n == 3), ("some", lambda n: n == 2), ("one", lambda n: n == 1)):
        expected = {labels[o] for o in set().union(*(sets[r] for r in chosen)) if test(sum(o in sets[r] for r in chosen))}
        table = tables[group]
        assert set(table.loc[table[tr("compare.col.kind")] == kind, tr("compare.col.what")]) == expected, group
    only = tables["one"].iloc[0]
    naming = [names[r] for r in chosen if not _missing(only[names[r]])]
    assert len(naming) == 1 and f"door {naming[0]}, niet door" in only[tr("compare.col.who")]
    assert list(tables["all"].columns)[2:] == [names[r] for r in ("oostende", "vlaamse-ardennen", "westhoek")] + [tr("compare.col.most")]


def _missing(value) -> bool:
    return pd.isna(value) or str(value) == ""


def test__vergelijken__differences_show_the_published_emphasis_of_obstacles(ds, names):
    at = open_page("vergelijken", vergelijk=["Westhoek", "Vlaamse-Ardennen"])
    kind = tr("needs.kind.obstacle")
    shown = sorted(float(v) for table in difference_tables(at).values()
                   for v in table.loc[table[tr("compare.col.kind")] == kind, "Westhoek"] if not _missing(v))
    published = ds.tables["region_emphasis"].query("region_id == 'westhoek' and kind == 'obstacle' and is_named")
    assert shown == sorted(published["emphasis"]) and abs(sum(shown) - 100) <= 0.05 * len(shown)  # each rounded to 0.1


def _enrichment_quotes(at) -> list[pd.DataFrame]:
    return [t for t in plain_tables(at) if tr("col.quote") in t.columns and tr("needs.col.what") in t.columns]


def test__vergelijken__enrichment_rows_with_their_quotes(ds):
    at = with_approach(open_page("vergelijken", vergelijk=["Westhoek", "Vlaamse-Ardennen"]))
    assert _enrichment_quotes(at) == []  # folded: neither drawn nor sent
    at.session_state["verrijking_citaten"] = True
    quotes = _enrichment_quotes(at.run())[0]
    obstacles, services = ds.tables["region_obstacles"], ds.tables["region_service_types"]
    expected = sum(((t["region_id"].isin(["westhoek", "vlaamse-ardennen"])) & (t["section"] == "verrijking")).sum()
                   for t in (obstacles, services))
    assert len(quotes) == expected > 0


def test__vergelijken__persona_keeps_the_challenges_built_on_it(ds):
    at = open_page("vergelijken", persona="Saled")
    challenges = ds.tables["challenge_personas"].query("persona_id == 'saled'").merge(ds.tables["challenges"])
    shown = next(d.value for d in at.dataframe if tr("col.title") in d.value.columns)
    assert sorted(shown[tr("col.title")]) == sorted(challenges["title"])
    assert "Saled" in texts(at)


def test__vergelijken__obstacle_filter_marks_it_in_the_matrix(ds):
    label = ds.tables["obstacles"].set_index("obstacle_id").loc["mobiliteit", "label_nl"]
    at = open_page("vergelijken", obstakel=label)
    marked = [w for table in difference_tables(at).values() for w in table[tr("compare.col.what")] if w.startswith("★ ")]
    assert marked == [f"★ {label}"]


def test__vergelijken__english_interface():
    at = with_similarity(open_page("vergelijken", taal="EN"))
    assert at.title[0].value == tr("compare.title", "en")
    assert any(" share most (Jaccard " in m.value for m in at.markdown)


# Noden en aanbod

def _places(rows) -> int:
    """Presence per challenge summed over (region, obstacle): distinct challenges, plus one where named region-wide."""
    return int(sum(ranks.dropna().nunique() + ranks.isna().any()
                   for _, ranks in rows.groupby(["region_id", "obstacle_id"])["challenge_rank"]))


def test__noden__heatmap_shows_the_published_emphasis_by_default(ds):
    at = open_page("noden-aanbod")
    assert not at.exception
    cells = drawn_specs(at)[0]["data"]["values"]
    published = ds.tables["region_emphasis"].query("kind == 'obstacle' and is_named")
    assert sorted(c["value"] for c in cells if c["named"]) == sorted(published["emphasis"])
    assert len(cells) == 5 * ds.tables["region_obstacles"]["obstacle_id"].nunique()
    assert tr("unit.caption.emphasis") in texts(at)


def test__noden__presence_per_challenge_on_request(ds):
    at = open_page("noden-aanbod", eenheid=tr("unit.option.presence"))
    presence = sum(cell["value"] for cell in drawn_specs(at)[0]["data"]["values"])
    assert presence == _places(ds.tables["region_obstacles"]) < len(ds.tables["region_obstacles"])


def test__noden__raw_mentions_on_request(ds):
    at = open_page("noden-aanbod", eenheid=tr("unit.option.mentions"))
    assert sum(cell["value"] for cell in drawn_specs(at)[0]["data"]["values"]) == len(ds.tables["region_obstacles"])
    assert tr("unit.caption.mentions") in texts(at)


def test__noden__clicking_a_cell_shows_its_quotes(ds):
    at = open_page("noden-aanbod")
    at.session_state["noden_heatmap"] = {"selection": {CELL: [{CELL: "westhoek|taal"}]}}
    at.run()
    label = ds.tables["obstacles"].set_index("obstacle_id").loc["taal", "label_nl"]
    assert f"Citaten: Westhoek · {label}" in texts(at)
    expected = ds.tables["region_obstacles"].query("region_id == 'westhoek' and obstacle_id == 'taal'")["quote"]
    assert sorted(plain_tables(at)[0][tr("col.quote")]) == sorted(expected)


def needs_frames(at):
    return [d.value for d in at.dataframe if tr("needs.col.status") in d.value.columns]


@pytest.mark.parametrize("region_id", ["midden-west-vlaanderen", "westhoek", "zuid-west-vlaanderen", "oostende", "vlaamse-ardennen"])
def test__noden__each_need_of_the_chosen_region_says_which_of_the_three_answers_it_has(ds, region_id):
    t = ds.tables
    at = open_page("noden-aanbod", noden_regio=t["regions"].set_index("region_id").loc[region_id, "name"])
    named = set(t["region_obstacles"].query("region_id == @region_id")["obstacle_id"])
    asked = set(t["region_service_types"].query("region_id == @region_id")["service_type_id"])
    own = t["obstacle_service_links"].query("region_id == @region_id")
    answers = t["obstacle_answers"]
    pairs = set(zip(own["obstacle_id"], own["service_type_id"])) | {
        (o, sid) for o, ids in zip(answers["obstacle_id"], answers["service_type_ids"].fillna("")) for sid in ids.split("; ") if sid}
    stated = set(zip(own.loc[own["is_link_stated"], "obstacle_id"], own.loc[own["is_link_stated"], "service_type_id"]))
    labels = t["obstacles"].set_index("obstacle_id")["label_nl"]
    expected = {labels[o]: tr("needs.answer." + ("stated" if any((o, s) in stated for s in asked) else
                                                 "matched" if any((o, s) in pairs for s in asked) else "none")) for o in named}
    needs = needs_frames(at)[0]
    assert dict(zip(needs[tr("needs.kind.obstacle")], needs[tr("needs.col.status")])) == expected
    assert len(needs) == len(named)


def test__noden__choosing_a_row_shows_the_quotes_behind_it(ds):
    at = open_page("noden-aanbod", noden_regio="Westhoek")
    needs = needs_frames(at)[0]
    at.session_state["noden_obstacle_westhoek"] = {"selection": {"rows": [3], "columns": [], "cells": []}}
    at.run()
    label = needs[tr("needs.kind.obstacle")].iloc[3]
    assert f"**{tr('needs.evidence', label=label)}**" in [m.value for m in at.markdown]
    obstacle_id = ds.tables["obstacles"].set_index("label_nl").loc[label, "obstacle_id"]
    own = ds.tables["region_obstacles"].query("region_id == 'westhoek' and obstacle_id == @obstacle_id")["quote"]
    evidence = next(t for t in plain_tables(at) if tr("needs.col.kind") in t.columns)
    assert set(own) <= set(evidence[tr("col.quote")])
    assert set(evidence[tr("needs.col.what")]) >= {label}


def test__noden__the_offer_is_drawn_once_its_tab_is_opened(ds):
    at = open_page("noden-aanbod", noden_regio="Westhoek")
    offer = tr("needs.kind.service_type")
    assert len(needs_frames(at)) == 1 and offer not in needs_frames(at)[0].columns  # the needs tab only
    at.session_state["noden_weergave"] = tr("needs.offer", region="Westhoek")
    frames = needs_frames(at.run())
    asked = ds.tables["region_service_types"].query("region_id == 'westhoek'")["service_type_id"].nunique()
    assert len(frames) == 1 and len(frames[0]) == asked and offer in frames[0].columns
    assert any(tr("needs.kind.service_type") in set(t.get(tr("needs.col.kind"), [])) for t in plain_tables(at))


def test__noden__persona_and_obstacle_filters_narrow_and_outline(ds):
    label = ds.tables["obstacles"].set_index("obstacle_id").loc["mobiliteit", "label_nl"]
    at = open_page("noden-aanbod", persona="Saled", obstakel=label, eenheid=tr("unit.option.presence"))
    kept = ds.tables["region_obstacles"].merge(ds.tables["challenge_personas"].query("persona_id == 'saled'"),
                                               on=["region_id", "challenge_rank"])
    cells = drawn_specs(at)[0]["data"]["values"]
    assert sum(c["value"] for c in cells) == _places(kept)
    assert {c["label"] for c in cells if c["outlined"]} == {label}
    regions = ds.tables["regions"]
    naming = regions.loc[regions["region_id"].isin(ds.tables["region_obstacles"].query("obstacle_id == 'mobiliteit'")["region_id"]), "name"]
    assert escape(tr("scope.obstacle.marked", label=label, regions=", ".join(naming))) in texts(at)


def test__noden__explains_the_links_with_counts_from_the_data_folded_behind_how_linked(ds):
    at = open_page("noden-aanbod")
    links = ds.tables["obstacle_service_links"]
    pairs = len(links[["obstacle_id", "service_type_id"]].drop_duplicates())
    kinds = links["link_kind"].value_counts()
    explained = tr("needs.links_explained", statements=len(links), sources=links["source_id"].nunique(), pairs=pairs,
                   stated=kinds["stated"], listed=kinds["listed"], coded=kinds.get("coded", 0))
    [fold] = [e for e in at.expander if e.label == tr("needs.links_how")]
    assert not fold.proto.expanded and explained in [m.value for m in fold.markdown]
    assert [m.value for m in at.markdown].count(explained) == 1  # nowhere else


@pytest.mark.parametrize("page", ["vergelijken", "noden-aanbod"])
def test__page__ignores_unknown_url_values_with_a_notice(page):
    at = open_page(page, regio="Atlantis", persona="<b>Nobody</b>", vergelijk="Lemuria", noden_regio="Mulandia")
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "Atlantis" in warnings and literal("<b>Nobody</b>") in warnings  # shown as text, never as markup
    assert ("Lemuria" if page == "vergelijken" else "Mulandia") in warnings
    assert at.title
