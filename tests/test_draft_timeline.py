"""Dated lines of an addendum read as steps of the call, named after the other regions' steps."""

from datetime import date

from dashboard.builder.draft.timeline import timeline_steps

EXAMPLES = [("lancering", "a", "Lancering addendum vrijdag 21 april", 2023),
            ("deadline-kandidatuur", "a", "Deadline kandidaturen vrijdag 2 juni om 23u59", 2023),
            ("jury", "b", "Pitches en jury Dinsdag 27 juni 2023", 2023)]


def test__timeline_steps__a_date_without_year_takes_the_calls_year_marked_inferred():
    steps = timeline_steps("Lancering addendum vrijdag 28 april\n", EXAMPLES)
    assert [(s.event, s.date_start, s.is_year_inferred) for s in steps] == [("lancering", date(2023, 4, 28), True)]


def test__timeline_steps__two_dates_on_a_line_are_two_steps():
    steps = timeline_steps("Pitches en jury woensdag 11 en vrijdag 13 oktober 2024\n", EXAMPLES)
    assert [(s.event, s.date_start) for s in steps] == [("jury", date(2024, 10, 11)), ("jury", date(2024, 10, 13))]
    assert all(s.quote == "Pitches en jury woensdag 11 en vrijdag 13 oktober 2024" for s in steps)


def test__timeline_steps__a_date_on_its_own_line_is_read_with_the_line_before():
    text = "Pitches en jury gereserveerde data pitches:\n29 juni (13u30 – 17u), huis van de voeding\n"
    steps = timeline_steps(text, EXAMPLES)
    assert [(s.event, s.date_start) for s in steps] == [("jury", date(2023, 6, 29))]


def test__timeline_steps__a_line_like_no_step_gives_none():
    assert timeline_steps("Het weer was mooi op 3 mei 2023 in de tuin van de buren\n", EXAMPLES) == []


def test__timeline_steps__an_impossible_date_is_left_out():
    assert timeline_steps("Deadline kandidaturen vrijdag 31 juni 2023\n", EXAMPLES) == []
