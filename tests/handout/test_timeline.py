"""The recovery timeline's scale ends on a round number of weeks, on a tick."""

from __future__ import annotations

from avn_aid.figures import tick_step, timeline


def test_scale_ends_on_a_tick_with_room_for_the_last_phase():
    for phases in (
        [
            (0, 2, "none", None),
            (3, 6, "partial", 30),
            (7, 12, "progressive", None),
            (13, None, "full", None),
        ],
        [(0, 6, "none", None), (7, None, "full", None)],
        [(0, 30, "partial", 50), (31, None, "full", None)],
    ):
        segments, horizon = timeline(phases)
        last_start = max(p[0] for p in phases)
        assert horizon >= last_start + 3  # the open-ended phase shows as going on
        assert horizon % tick_step(horizon) == 0, horizon
        assert segments[-1].end == horizon and segments[-1].open_ended
    assert (
        timeline(
            [
                (0, 2, "none", None),
                (3, 6, "partial", 30),
                (7, 12, "progressive", None),
                (13, None, "full", None),
            ]
        )[1]
        == 16
    )  # not 17
