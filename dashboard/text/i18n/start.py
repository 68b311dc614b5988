"""Interface strings (Dutch, English) of the start page."""

STRINGS: dict[str, tuple[str, str]] = {
    "home.intro": (
        "{n} regio's schreven in 2023 een Lokaal Addendum voor de oproep Lokale Partnerschappen (ESF). "
        "Hier zie je ze naast elkaar: hun gemeenten, de persona's waarop hun uitdagingen steunen, de obstakels "
        "die die mensen ervaren en de diensten die het partnerschap moet bieden. Elk cijfer gaat terug op een zin uit een addendum.",
        "In 2023 {n} regions each wrote a Lokaal Addendum for the call Local Partnerships (ESF). "
        "Here they are side by side: their municipalities, the personas their challenges build on, the obstacles "
        "those people meet and the services the partnership must offer. Every figure traces back to a sentence in an addendum."),
    "home.map_title": ("De {n} regio's", "The {n} regions"),
    "home.table_title": ("De regio's in cijfers", "The regions in figures"),
    "home.goto": ("Verder kijken", "Explore further"),
    "home.goto.map": ("Kaart van de gemeenten", "Map of the municipalities"),
    "home.goto.personas": ("Welke persona's komen het vaakst terug?", "Which personas come back most?"),
    "home.goto.services": ("Welke diensten vraagt elke regio?", "Which services does each region ask for?"),
    "home.none": ("geen", "none"),
    "home.poverty_note": (
        "Risico op armoede: het administratieve cijfer van Statbel uit belastinggegevens, gewogen naar de getelde personen "
        "(niet het EU-SILC-cijfer); het aantal personen is een afgeronde schatting.",
        "At-risk-of-poverty rate: Statbel's administrative figure from tax data, weighted by the persons counted (not the "
        "EU-SILC figure); the number of persons is a rounded estimate."),
}
