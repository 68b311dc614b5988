"""Krippendorff's alpha (nominal) against the worked examples of Krippendorff's "Computing Krippendorff's
Alpha-Reliability" (2011), whose values are printed there."""

import pytest

from dashboard.domain.agreement import nominal_alpha

N = None


def test__nominal_alpha__two_coders_binary_textbook_example_is_0_095():
    first = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    second = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert nominal_alpha(list(zip(first, second))) == pytest.approx(0.095, abs=0.0005)


def test__nominal_alpha__four_coders_with_missing_values_textbook_example_is_0_743():
    a = [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N]
    b = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3]
    c = [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N]
    d = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]
    assert nominal_alpha(list(zip(a, b, c, d))) == pytest.approx(0.743, abs=0.0005)


def test__nominal_alpha__perfect_agreement_is_1_and_a_unit_with_one_value_is_left_out():
    assert nominal_alpha([(1, 1), (0, 0), (0, 0), (1, N)]) == 1.0


@pytest.mark.parametrize("units", [[(0, 0), (0, 0)], [(1, N), (0, N)], []])
def test__nominal_alpha__undefined_without_variation_or_pairable_values(units):
    assert nominal_alpha(units) is None


def test__nominal_alpha__systematic_disagreement_is_below_zero():
    assert nominal_alpha([(0, 1), (1, 0), (0, 1), (1, 0)]) < 0
