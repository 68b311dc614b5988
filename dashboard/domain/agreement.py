"""Krippendorff's alpha for nominal data: how far two or more coders agree beyond what chance would give.

alpha = 1 - D_o / D_e, from the coincidence matrix of the values the coders gave the same unit (Krippendorff,
"Computing Krippendorff's Alpha-Reliability", 2011). Units coded by fewer than two coders are not pairable and
are left out. 0.80 is the usual bar, 0.667 the lowest for tentative conclusions.
"""

from collections import Counter
from itertools import permutations
from typing import Hashable, Sequence

Missing = None


def nominal_alpha(units: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Alpha over ``units``, each the values the coders gave it (None where a coder gave none); None when it is
    undefined: fewer than two pairable values, or every pairable value the same (no variation to agree on)."""
    coincidences: Counter = Counter()
    for values in units:
        given = [v for v in values if v is not Missing]
        if len(given) < 2:
            continue
        for first, second in permutations(given, 2):
            coincidences[first, second] += 1 / (len(given) - 1)
    totals: Counter = Counter()
    for (first, _), weight in coincidences.items():
        totals[first] += weight
    n = sum(totals.values())
    if n < 2 or len(totals) < 2:
        return None
    disagreeing = sum(weight for (first, second), weight in coincidences.items() if first != second)
    # D_o = disagreeing / n and D_e = (n² - sum n_c²) / (n (n - 1)), so D_o / D_e is:
    return 1 - (n - 1) * disagreeing / (n * n - sum(count * count for count in totals.values()))
