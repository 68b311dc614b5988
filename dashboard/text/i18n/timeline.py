"""Interface strings (Dutch, English) of the timeline page."""

STRINGS: dict[str, tuple[str, str]] = {
    "timeline.title": ("Tijdlijn van de oproep per regio", "The call's timeline per region"),
    "timeline.hint": ("Een punt is één dag, een balk een periode. Klik op een punt om de zin uit het addendum te zien.",
                      "A point is one day, a bar a period. Click a point to see the sentence in the addendum."),
    "timeline.inferred": ("Jaar afgeleid (2023)", "Year inferred (2023)"),
    "timeline.inferred_note": ("Holle symbolen en stippellijnen: het addendum noemt geen jaar; 2023 is afgeleid uit de oproep.",
                               "Hollow symbols and dotted lines: the addendum gives no year; 2023 is inferred from the call."),
    "timeline.empty": ("Geen regio's voor deze keuze.", "No regions for this choice."),
    "timeline.step": ("{region} · {step}: {dates}", "{region} · {step}: {dates}"),
    "timeline.col.step": ("Stap", "Step"),
    "timeline.col.dates": ("Datum", "Date"),
    "timeline.col.inferred": ("Jaar afgeleid", "Year inferred"),
    "timeline.yes": ("ja", "yes"),
    "timeline.no": ("nee", "no"),
    "timeline.upper_bound": ("uiterlijk {dates}", "by {dates} at the latest"),
    "timeline.derived": (" (berekend uit een andere stap)", " (worked out from another step)"),
}
