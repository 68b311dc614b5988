"""`python -m dashboard.builder draft`: a draft file from an addendum, and clear refusals."""

import shutil

import yaml

from dashboard.builder.__main__ import main
from dashboard.core.paths import ROOT


def test__main__drafts_an_addendum_into_the_drafts_folder(tmp_path, capsys):
    addendum = tmp_path / "westhoek.txt"
    shutil.copy(ROOT / "data" / "sources" / "westhoek.txt", addendum)
    assert main(["draft", str(addendum), "--region", "westhoek", "--out", str(tmp_path / "drafts")]) == 0
    written = tmp_path / "drafts" / "westhoek.yaml"
    assert f"Wrote {written}" in capsys.readouterr().out
    draft = yaml.safe_load(written.read_text(encoding="utf-8"))
    assert draft["status"] == "draft" and draft["region_id"] == "westhoek"
    assert "westhoek" not in draft["learnt_from"]["regions"]  # an existing region is drafted without its own coding
    assert len(draft["learnt_from"]["regions"]) == 4
    assert [c["challenge_rank"] for c in draft["challenges"]] == [1, 2, 3]


def test__main__refuses_a_region_id_that_is_not_a_slug(tmp_path, capsys):
    assert main(["draft", str(tmp_path / "x.txt"), "--region", "Regio Leie"]) == 2
    assert "not a lowercase slug" in capsys.readouterr().err


def test__main__names_an_unreadable_addendum(tmp_path, capsys):
    path = tmp_path / "regio.odt"
    path.write_bytes(b"x")
    assert main(["draft", str(path), "--region", "regio-leie", "--out", str(tmp_path)]) == 1
    assert "unknown kind .odt" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [path]  # nothing written
