"""The curator's app through AppTest: each part of the region file as a suggestion beside its sentence, accept
with changed fields and reject, an addition checked against the source, and the region file written once
nothing is open."""

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from dashboard.core.paths import ROOT
from dashboard.curate.review import DRAFT_VARIABLE, TARGET_VARIABLE

SOURCE = "Regio-uitdaging 1 gebaseerd op persona Saled\nDe obstakels zijn:\n- Beperkte kennis van Nederlandse taal;\n"
APP = str(ROOT / "dashboard" / "curate" / "app.py")


@pytest.fixture
def app(tmp_path, monkeypatch):
    source = tmp_path / "regio-test.txt"
    source.write_text(SOURCE, encoding="utf-8")
    draft = {"region_id": "regio-test", "source": str(source), "status": "draft",
             "region": {"name": None, "provinces": ["West-Vlaanderen"], "source_id": "regio-test"},
             "challenges": [{"challenge_rank": 1, "title": None, "is_title_derived": True, "persona_ids": ["saled"],
                             "quote": "Regio-uitdaging 1 gebaseerd op persona Saled"}],
             "method": [{"summary_nl": None, "summary_en": None, "quote": "De obstakels zijn:", "unit_id": 0}],
             "obstacles": [{"obstacle_id": "taal", "challenge_rank": 1, "section": "uitdaging", "unit_id": 1,
                            "quote": "Beperkte kennis van Nederlandse taal;", "confidence": 0.9,
                            "matched": "codeboek: «beperkte kennis van de Nederlandse taal»"}],
             "statements": [{"unit_id": 0, "text": "De obstakels zijn:"},
                            {"unit_id": 1, "text": "Beperkte kennis van Nederlandse taal;"}]}
    path = tmp_path / "regio-test.draft.yaml"
    path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv(DRAFT_VARIABLE, str(path))
    monkeypatch.setenv(TARGET_VARIABLE, str(tmp_path / "regions" / "regio-test.yaml"))
    return AppTest.from_file(APP, default_timeout=60).run()


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label.startswith(label))


def _accept(at: AppTest, **fields) -> None:
    position = at.session_state.position
    for name, value in fields.items():
        at.text_input(key=f"item{position}-{name}").input(value)
    _button(at, "Aanvaarden").click().run()


def test__app__starts_with_the_region_and_the_name_to_write(app):
    assert not app.exception
    assert app.text_input(key="item0-provinces").value == "West-Vlaanderen"
    _button(app, "Aanvaarden").click().run()  # no name yet
    assert any("name" in e.value for e in app.error)
    assert app.session_state.review.items[0].verdict is None


def _to_the_obstacle(at: AppTest) -> None:
    for _ in range(3):
        _button(at, "Volgende").click().run()


def test__app__shows_the_suggestion_beside_its_sentence(app):
    _to_the_obstacle(app)
    shown = [m.value for m in app.markdown]
    assert "**Beperkte kennis van Nederlandse taal;**" in shown
    assert ":gray[De obstakels zijn:]" in shown
    assert app.text_input(key="item3-obstacle_id").value == "taal"


def test__app__accepting_moves_on_and_writing_needs_every_item_decided(app, tmp_path):
    _accept(app, name="Regio Test")
    assert app.session_state.position == 1  # on to the next open item
    assert _button(app, "Schrijf").disabled
    _accept(app, title="Vluchteling", title_en="Refugee")
    _accept(app, summary_nl="Taal eerst.", summary_en="Language first.")
    _button(app, "Verwerpen").click().run()
    assert not _button(app, "Schrijf").disabled
    _button(app, "Schrijf").click().run()
    written = yaml.safe_load((tmp_path / "regions" / "regio-test.yaml").read_text(encoding="utf-8"))
    assert (written["name"], written["challenges"][0]["title_en"], written["obstacles"]) == ("Regio Test", "Refugee", [])
    assert app.session_state.review.items[1].changed == {"title": None, "title_en": None}


def test__app__a_shortened_quote_is_kept_when_verbatim(app):
    _to_the_obstacle(app)
    app.text_area(key="item3-quote").input("Beperkte kennis van Nederlandse taal")
    _button(app, "Aanvaarden").click().run()
    assert app.session_state.review.items[3].record["quote"] == "Beperkte kennis van Nederlandse taal"


def test__app__an_addition_not_in_the_source_is_refused(app):
    app.selectbox(key="addition-part").select("caveats")
    app.run()
    app.text_area(key="add0-caveats-quote").input("Geen kennis van het Nederlands")
    app.text_input(key="add0-caveats-caveat_nl").input("Geen kennis.")
    _button(app, "Toevoegen").click().run()
    assert any("Not verbatim" in e.value for e in app.error)
    assert len(app.session_state.review.items) == 4


def test__app__without_a_draft_says_how_to_start(monkeypatch):
    monkeypatch.delenv(DRAFT_VARIABLE, raising=False)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert "python -m dashboard.curate DRAFT" in at.error[0].value
