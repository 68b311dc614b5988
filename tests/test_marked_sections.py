"""Generated parts of RESULTS.md replaced alone (dashboard/text/marked_sections.py), and the parts the benchmark
writes marked in the committed file, so that a run keeps what was written by hand around them."""

import re

import pytest

from dashboard.core.paths import ROOT
from dashboard.text.marked_sections import markers, replace_section, write_section

START, END = "<!-- pages:start -->", "<!-- pages:end -->"


def test__markers__name_the_part_in_html_comments():
    assert markers("pages") == (START, END)


def test__replace_section__replaces_its_own_part_and_keeps_the_text_around_it():
    document = f"# Results\n\nby hand, before\n\n{START}\nold run\n{END}\n\nby hand, after\n"
    assert replace_section(document, "pages", "new run\n") == (
        f"# Results\n\nby hand, before\n\n{START}\nnew run\n{END}\n\nby hand, after\n")


def test__replace_section__leaves_another_part_alone():
    other_start, other_end = markers("draft-quality")
    document = f"{START}\nold\n{END}\n\n{other_start}\ntheirs\n{other_end}\n"
    assert replace_section(document, "draft-quality", "mine") == f"{START}\nold\n{END}\n\n{other_start}\nmine\n{other_end}\n"


def test__replace_section__adds_a_missing_part_at_the_end():
    assert replace_section("# Results\n\nby hand\n", "pages", "run") == f"# Results\n\nby hand\n\n{START}\nrun\n{END}\n"
    assert replace_section("", "pages", "run") == f"{START}\nrun\n{END}\n"


@pytest.mark.parametrize("document", [f"{START}\nold\n\nby hand\n", f"by hand\n{END}\n", f"{END}\nby hand\n{START}\n",
                                      f"{START}\na\n{END}\n{START}\nb\n{END}\n"],
                         ids=["start alone", "end alone", "end before start", "twice"])
def test__replace_section__refuses_broken_markers(document):
    with pytest.raises(ValueError, match="'pages' is not marked once"):
        replace_section(document, "pages", "new")


def test__write_section__begins_a_missing_file_and_keeps_a_broken_one(tmp_path):
    results = tmp_path / "RESULTS.md"
    write_section(results, "pages", "run")
    assert results.read_text(encoding="utf-8") == f"{START}\nrun\n{END}\n"
    results.write_text(f"{START}\nby hand, no end\n", encoding="utf-8")
    with pytest.raises(ValueError):
        write_section(results, "pages", "run")
    assert results.read_text(encoding="utf-8") == f"{START}\nby hand, no end\n"


def test__committed_results__mark_each_part_once_and_hold_the_benchmarks_parts():
    """Every part of the committed RESULTS.md is marked once, start before end (a tool would refuse it otherwise), and
    the parts that were there before the markers (the benchmark's summary and every page, the draft's quality) are
    marked, so that a run replaces them in place."""
    from benchmarks.run import PAGES_SECTION, SUMMARY_SECTION
    from dashboard.builder.draft.quality import SECTION

    document = (ROOT / "benchmarks" / "RESULTS.md").read_text(encoding="utf-8")
    names = set(re.findall(r"<!-- ([\w-]+):(?:start|end) -->", document))
    assert {SUMMARY_SECTION, PAGES_SECTION, SECTION} <= names
    for name in names:
        start, end = markers(name)
        assert document.count(start) == document.count(end) == 1 and document.index(start) < document.index(end), name
