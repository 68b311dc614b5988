"""The curator's app through AppTest: a suggestion beside its sentence, accept and reject, an addition checked
against the source, and the region file written once nothing is open."""

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from dashboard.core.paths import ROOT
from dashboard.curate.review import DRAFT_VARIABLE

SOURCE = "Regio-uitdaging 1 gebaseerd op persona Saled\nDe obstakels zijn:\n- Beperkte kennis van Nederlandse taal;\n"
APP = str(ROOT / "dashboard" / "curate" / "app.py")


@pytest.fixture
def app(tmp_path, monkeypatch):
    source = tmp_path / "regio-test.txt"
    source.write_text(SOURCE, encoding="utf-8")
    draft = {"region_id": "regio-test", "source": str(source), "status": "draft",
             "challenges": [{"challenge_rank": 1, "title": None, "is_title_derived": True, "persona_ids": ["saled"],
                             "quote": "Regio-uitdaging 1 gebaseerd op persona Saled"}],
             "obstacles": [{"obstacle_id": "taal", "challenge_rank": 1, "section": "uitdaging", "unit_id": 1,
                            "quote": "Beperkte kennis van Nederlandse taal;", "confidence": 0.9,
                            "matched": "codeboek: «beperkte kennis van de Nederlandse taal»"}],
             "service_types": [], "obstacle_service_links": [], "timeline": [],
             "statements": [{"unit_id": 0, "text": "De obstakels zijn:"},
                            {"unit_id": 1, "text": "Beperkte kennis van Nederlandse taal;"}]}
    path = tmp_path / "regio-test.draft.yaml"
    path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv(DRAFT_VARIABLE, str(path))
    return AppTest.from_file(APP, default_timeout=60).run()


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label.startswith(label))


def test__app__shows_the_suggestion_beside_its_sentence(app):
    assert not app.exception
    shown = [m.value for m in app.markdown]
    assert "**Beperkte kennis van Nederlandse taal;**" in shown
    assert ":gray[De obstakels zijn:]" in shown
    assert app.selectbox[0].value == "taal"


def test__app__accepting_decides_and_unlocks_writing(app):
    write = _button(app, "Schrijf")
    assert write.disabled
    _button(app, "Aanvaarden").click().run()
    assert app.session_state.review.items[0].verdict == "accepted"
    assert not _button(app, "Schrijf").disabled


def test__app__a_shortened_quote_is_kept_when_verbatim(app):
    app.text_area(key="quote-0").input("Beperkte kennis van Nederlandse taal")
    _button(app, "Aanvaarden").click().run()
    assert app.session_state.review.items[0].quote == "Beperkte kennis van Nederlandse taal"


def test__app__an_addition_not_in_the_source_is_refused(app):
    app.text_area(key="addition-quote").input("Geen kennis van het Nederlands")
    _button(app, "Toevoegen").click().run()
    assert any("Not verbatim" in e.value for e in app.error)
    assert len(app.session_state.review.items) == 1


def test__app__without_a_draft_says_how_to_start(monkeypatch):
    monkeypatch.delenv(DRAFT_VARIABLE, raising=False)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert "python -m dashboard.curate DRAFT" in at.error[0].value
