"""Unit tests of the clickable heatmap (dashboard.figures.mention_heatmap, service_heatmap) on tiny inline frames."""

from dashboard.counting import count_matrix
from dashboard.figures.service_heatmap import service_heatmap
from dashboard.scope import Scope
from tests.frames import tiny


def test__service_heatmap__draws_every_cell_once():
    ds = tiny()
    scope = Scope(ds, ("a", "b"))
    matrix = count_matrix(scope, scope.service_mentions(), "service_type", "nl")
    fig = service_heatmap(matrix, "t", "presence", "challenges", "rank")
    assert sum(len(trace.x) for trace in fig.data) == len(matrix) == 4
