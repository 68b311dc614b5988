"""The reliability rounds step: closed rounds numbered without a gap, the current round read beside them, each file
named in a problem."""

from dashboard.builder.inputs import Paths, load_inputs


def test__load_inputs__a_gap_in_the_closed_rounds_is_named_with_the_folder(inputs_copy: Paths):
    reliability = inputs_copy.curated / "reliability"
    (reliability / "round-2").rename(reliability / "round-7")
    problems = []
    load_inputs(inputs_copy, problems)
    assert [(p.file, p.message) for p in problems if "closed rounds" in p.message] == [
        (str(reliability / "round-3"), "closed rounds are round-1, round-2, ...; expected round-2"),
        (str(reliability / "round-7"), "closed rounds are round-1, round-2, ...; expected round-3")]


def test__load_inputs__the_current_round_before_its_second_coding_is_read_without_one(inputs_copy: Paths):
    reliability = inputs_copy.curated / "reliability"
    (reliability / "second_coder.csv").unlink()
    problems = []
    rounds = load_inputs(inputs_copy, problems).reliability_rounds
    assert problems == []
    closed = sorted(reliability.glob("round-*"))
    assert [r.rank for r in rounds] == list(range(1, len(closed) + 2))
    assert rounds[-1].second is None and rounds[-1].codebook is None and rounds[-1].sample
    assert all(r.second and r.dataset for r in rounds[:-1])
