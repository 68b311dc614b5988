"""AppTest: with a persona and an obstacle chosen, the notice of every page says what the page did to its rows.

The expected sentences are worked out here from the committed tables (which regions cite Saled, which name mobility),
and beside each page's notice the test looks at the rows the page drew, so that a notice and its page cannot part.
"""

import pytest

from dashboard.core.data import read_dataset
from dashboard.core.filters import Filters
from dashboard.core.paths import ROOT
from dashboard.core.scope import scope_of
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape
from dashboard.views.presentation import walk
from tests.apptest import drawn_specs, open_page, open_tab, plain_tables

DS = read_dataset(ROOT)
T = DS.tables
PERSONA, OBSTACLE = "saled", "mobiliteit"
NAME = T["personas"].set_index("persona_id").loc[PERSONA, "name"]
LABEL = T["obstacles"].set_index("obstacle_id").loc[OBSTACLE, "label_nl"]
REGIONS = T["regions"].set_index("region_id")["name"]  # dataset order
CITING = set(T["challenge_personas"].query("persona_id == @PERSONA")["region_id"])
NAMING = set(T["region_obstacles"].query("obstacle_id == @OBSTACLE")["region_id"])
LINKED = set(T["obstacle_service_links"].query("obstacle_id == @OBSTACLE")["service_type_id"])
SERVICE_LABELS = T["service_types"].set_index("service_type_id")["label_nl"]
OBSTACLE_LABELS = T["obstacles"].set_index("obstacle_id")["label_nl"]
FILTER_ICON = ":material/filter_alt:"


def _listed(region_ids, among=None) -> str:
    return ", ".join(REGIONS[r] for r in REGIONS.index if r in region_ids and (among is None or r in among))


def _says(*effects: str, among=None) -> str:
    """The notice made of ``effects`` ("persona.challenges", ...), with the regions each choice concerns (``among``
    the regions a page shows)."""
    values = {"persona": {"name": NAME, "regions": _listed(CITING, among)},
              "obstacle": {"label": LABEL, "regions": _listed(NAMING, among)}}
    return " ".join(tr(f"scope.{e}", **values[e.split(".")[0]]) for e in effects)


def _notices(at) -> list[str]:
    return [i.value for i in at.info if i.proto.icon == FILTER_ICON]


def _open(page: str, **params):
    at = open_page(page, persona=NAME, obstakel=LABEL, **params)
    assert not at.exception
    return at


def test__start__every_region_stays_and_the_notice_names_those_the_choices_concern():
    at = _open("start")
    assert _notices(at) == [escape(_says("persona.citing", "obstacle.naming"))]
    assert set(REGIONS) <= set(plain_tables(at)[0].iloc[:, 0])  # the table of regions keeps every region


def test__tijdlijn__only_the_regions_citing_the_persona_and_naming_the_obstacle_and_it_says_so():
    at = _open("tijdlijn")
    assert _notices(at) == [escape(_says("persona.regions", "obstacle.regions"))]
    spec = drawn_specs(at)[0]
    rows = spec["layer"][0]["encoding"]["y"]["scale"]["domain"]  # a row per region, its steps drawn on it
    assert set(rows) == {step["region"] for step in spec["data"]["values"]} == {REGIONS[r] for r in CITING & NAMING}


def test__diensten__only_linked_service_types_in_the_personas_challenges_and_it_says_so():
    at = _open("diensten")
    assert _notices(at) == [escape(_says("persona.challenges", "obstacle.linked"))]
    drawn = {row["label"] for row in drawn_specs(at)[0]["data"]["values"]}
    assert drawn and drawn <= set(SERVICE_LABELS[sorted(LINKED)])


def test__personas__the_persona_stands_out_and_its_obstacles_tab_keeps_the_chosen_obstacle_alone():
    at = _open("personas")
    assert _notices(at) == [escape(_says("persona.marked"))]
    at = open_tab(at, "persona_deel", tr("personas.tab.obstacles"))
    assert _notices(at) == [escape(_says("persona.marked")), escape(_says("persona.challenges", "obstacle.only"))]
    keys = [e.proto.id.split("-", 2)[-1] for e in at.expander]  # "$$ID-<hash>-<key>"
    assert {k.removeprefix("persona_obstakel_") for k in keys if k.startswith("persona_obstakel_")} == {OBSTACLE}


def _named(labels, text: str) -> set[str]:
    return {i for i, label in labels.items() if escape(label) in text}


def test__noden_aanbod__marks_the_obstacle_among_the_others_and_keeps_the_personas_challenges():
    at = _open("noden-aanbod")
    assert _notices(at) == [escape(_says("persona.challenges", "obstacle.marked"))]
    drawn = {row["label"] for row in drawn_specs(at)[0]["data"]["values"]}
    assert LABEL in drawn and len(drawn) > 1  # every obstacle stays


def test__vergelijken__marks_the_obstacle_among_the_others_and_keeps_the_personas_challenges():
    at = _open("vergelijken")
    assert _notices(at) == [escape(_says("persona.challenges", "obstacle.marked"))]
    cells = " ".join(str(cell) for frame in at.dataframe for cell in frame.value.to_numpy().ravel())
    assert _named(OBSTACLE_LABELS, cells) - {OBSTACLE}  # the other obstacles stay
    challenges = at.dataframe[0].value
    assert set(challenges.iloc[:, 0]) == {REGIONS[r] for r in CITING}  # only the challenges citing the persona


@pytest.mark.parametrize(("page", "params", "region_id"), [
    ("gemeente", {"gemeente": "Ronse"}, "vlaamse-ardennen"),
    ("rapport", {"rapportregio": "Westhoek"}, "westhoek"),
])
def test__region_page__marks_the_obstacle_and_keeps_the_linked_service_types(page, params, region_id):
    at = _open(page, **params)
    assert _notices(at) == [escape(_says("persona.challenges", "obstacle.marked", "obstacle.linked", among={region_id}))]
    lists = "\n".join(m.value for m in at.markdown)
    assert _named(SERVICE_LABELS, lists) <= LINKED  # only the linked service types
    assert _named(OBSTACLE_LABELS, lists) - {OBSTACLE}  # every obstacle the region names stays


def test__bronnen__keeps_only_the_facts_about_the_choices_and_says_so():
    at = _open("bronnen")
    assert _notices(at) == [escape(_says("persona.facts", "obstacle.facts"))]


@pytest.mark.parametrize(("view", "effects"), [
    ("personas", ("persona.marked",)),
    ("obstacles", ("persona.challenges", "obstacle.marked")),
    ("services", ("persona.challenges", "obstacle.linked")),
])
def test__presentatie__each_list_slide_says_what_its_list_kept(view, effects):
    steps = walk(scope_of(DS, Filters(("westhoek",), PERSONA, OBSTACLE)))
    number = next(i for i, step in enumerate(steps, 1) if step.view == view)
    at = _open("start", presentatie="true", regio="Westhoek", stap=str(number))
    assert _notices(at) == [escape(_says(*effects, among={"westhoek"}))]
    drawn = {row["label"] for row in drawn_specs(at)[0]["data"]["values"]}
    if view == "services":
        assert drawn and drawn <= set(SERVICE_LABELS[sorted(LINKED)])
    if view == "obstacles":
        assert LABEL in drawn and len(drawn) > 1
