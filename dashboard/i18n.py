"""Every interface string in Dutch (the default) and English. Quotes stay in Dutch, as written."""

LANGUAGES = ("nl", "en")

STRINGS: dict[str, tuple[str, str]] = {
    # app and navigation
    "app.title": ("Regionale noden — Lokale Partnerschappen 2023", "Regional needs — Local Partnerships 2023"),
    "page.start": ("Start", "Home"),
    "page.kaart": ("Kaart", "Map"),
    "page.personas": ("Persona's", "Personas"),
    "page.diensten": ("Diensten", "Services"),
    # sidebar
    "filters.header": ("Filters", "Filters"),
    "filters.language": ("Taal", "Language"),
    "filters.region": ("Regio", "Region"),
    "filters.persona": ("Persona", "Persona"),
    "filters.obstacle": ("Obstakel", "Obstacle"),
    "filters.all_regions": ("Alle regio's", "All regions"),
    "filters.any": ("Geen keuze", "None chosen"),
    "filters.unknown": ("Onbekende waarde in de link genegeerd: {field} = {values}", "Unknown value in the link ignored: {field} = {values}"),
    "filters.help": ("De filters staan in de link: kopieer de adresbalk om deze weergave te delen.",
                     "The filters are kept in the link: copy the address bar to share this view."),
    # data problems
    "data.unavailable": ("De gegevens kunnen niet gelezen worden.", "The data cannot be read."),
    "data.problem": ("Bestand: `{path}` — {problem}.", "File: `{path}` — {problem}."),
    "data.repair": ("Herstel het met:", "Repair it with:"),
    # attribution
    "source.addenda": ("Bron: Lokaal Addendum {names}, 2023", "Source: Lokaal Addendum {names}, 2023"),
    "source.population": ("bevolking: Statbel, 1/1/2023", "population: Statbel, 1/1/2023"),
    "source.population_2021": ("{n} gemeenten: Statbel, 1/1/2021", "{n} municipalities: Statbel, 1/1/2021"),
    "source.boundaries": ("grenzen: Provincies in Cijfers (Statbel)", "boundaries: Provincies in Cijfers (Statbel)"),
    "table.show": ("Tabel bij de grafiek", "Table for the chart"),
    # columns
    "col.region": ("Regio", "Region"),
    "col.municipality": ("Gemeente", "Municipality"),
    "col.municipalities": ("Gemeenten", "Municipalities"),
    "col.population": ("Bevolking", "Population"),
    "col.population_date": ("Datum bevolking", "Population date"),
    "col.population_stated": ("Bevolking volgens addendum", "Population per addendum"),
    "col.area_km2": ("Oppervlakte (km²)", "Area (km²)"),
    "col.density": ("Inwoners per km²", "Inhabitants per km²"),
    "col.challenges": ("Uitdagingen", "Challenges"),
    "col.personas": ("Persona's", "Personas"),
    "col.obstacles": ("Obstakels", "Obstacles"),
    "col.service_types": ("Diensttypes", "Service types"),
    "col.persona": ("Persona", "Persona"),
    "col.regions": ("Regio's", "Regions"),
    "col.weighted": ("Gewogen naar rang", "Weighted by rank"),
    "col.challenge_rank": ("Uitdaging nr.", "Challenge no."),
    "col.title": ("Titel", "Title"),
    "col.persona_rank": ("Positie in de opsomming", "Position in the list"),
    "col.quote": ("Citaat (Nederlands, zoals geschreven)", "Quote (Dutch, as written)"),
    "col.statement": ("Wat de tekst zegt", "What the text says"),
    "col.flag": ("Opmerking bij de bron", "Note on the source"),
    "col.section": ("Deel van het addendum", "Part of the addendum"),
    "col.service_type": ("Diensttype", "Service type"),
    "col.mentions": ("Vermeldingen", "Mentions"),
    "col.importance_rank": ("Rang van belang", "Order of importance"),
    "col.nis_code": ("NIS-code", "NIS code"),
    # start page
    "start.intro": (
        "Vijf regio's schreven in 2023 een Lokaal Addendum voor de oproep Lokale Partnerschappen (ESF). "
        "Hier zie je ze naast elkaar: hun gemeenten, de persona's waarop hun uitdagingen steunen, de obstakels "
        "die die mensen ervaren en de diensten die het partnerschap moet bieden. Elk cijfer gaat terug op een zin uit een addendum.",
        "In 2023 five regions each wrote a Lokaal Addendum for the call Local Partnerships (ESF). "
        "Here they are side by side: their municipalities, the personas their challenges build on, the obstacles "
        "those people meet and the services the partnership must offer. Every figure traces back to a sentence in an addendum."),
    "start.map_title": ("De vijf regio's", "The five regions"),
    "start.table_title": ("De regio's in cijfers", "The regions in figures"),
    "start.goto": ("Verder kijken", "Explore further"),
    "start.goto.kaart": ("Kaart van de gemeenten", "Map of the municipalities"),
    "start.goto.personas": ("Welke persona's komen het vaakst terug?", "Which personas come back most?"),
    "start.goto.diensten": ("Welke diensten vraagt elke regio?", "Which services does each region ask for?"),
    "start.persona_regions": ("Regio's met persona {name}: {regions}", "Regions citing persona {name}: {regions}"),
    "start.obstacle_regions": ("Regio's die obstakel '{label}' noemen: {regions}", "Regions naming obstacle '{label}': {regions}"),
    "start.none": ("geen", "none"),
    # map page
    "kaart.colour_by": ("Kleur volgens", "Colour by"),
    "kaart.mode.region": ("Regio", "Region"),
    "kaart.mode.population": ("Bevolking", "Population"),
    "kaart.mode.density": ("Bevolkingsdichtheid", "Population density"),
    "kaart.mode.persona": ("Gekozen persona", "Chosen persona"),
    "kaart.mode.obstacle": ("Gekozen obstakel", "Chosen obstacle"),
    "kaart.merged": ("Gemeenten vanaf 2025 (na fusies)", "Municipalities from 2025 (after mergers)"),
    "kaart.title": ("Gemeenten van de vijf regio's", "Municipalities of the five regions"),
    "kaart.title_2025": ("Gemeenten vanaf 1/1/2025", "Municipalities from 1/1/2025"),
    "kaart.named": ("noemt het", "names it"),
    "kaart.not_named": ("noemt het niet", "does not name it"),
    "kaart.choose_persona": ("Kies eerst een persona in de filters links.", "First choose a persona in the filters on the left."),
    "kaart.choose_obstacle": ("Kies eerst een obstakel in de filters links.", "First choose an obstacle in the filters on the left."),
    "kaart.click_hint": ("Klik op een gemeente om haar regio te kiezen voor alle pagina's.",
                         "Click a municipality to choose its region for every page."),
    "kaart.totals": ("Totalen per regio", "Totals per region"),
    "kaart.municipalities": ("De gemeenten", "The municipalities"),
    "kaart.hover": ("Gemeente", "Municipality"),
    "kaart.population_note": (
        "Bevolking op 1/1/2023 (Statbel). Voor Meulebeke, Tielt, Ruiselede en Wingene bestaat per gemeente enkel een cijfer van 1/1/2021; "
        "de regiototalen gebruiken de 2023-cijfers van de gefuseerde gemeenten Tielt en Wingene.",
        "Population on 1/1/2023 (Statbel). For Meulebeke, Tielt, Ruiselede and Wingene only a 1/1/2021 figure exists per municipality; "
        "the region totals use the 2023 figures of the merged municipalities Tielt and Wingene."),
    # personas page
    "personas.title": ("Hoe vaak wordt elke persona genoemd?", "How often is each persona cited?"),
    "personas.measure": ("Tel", "Count"),
    "personas.by_region": ("Per regio: in welke uitdaging staat de persona?", "Per region: which challenge cites the persona?"),
    "personas.matrix": ("Persona per regio (nummer van de uitdaging)", "Persona by region (challenge number)"),
    "personas.weight_note": (
        "Gewogen: een vermelding in uitdaging 1 telt 1, in uitdaging 2 telt ½, in uitdaging 3 telt ⅓ … "
        "De uitdagingen staan per regio in volgorde van de meest voorkomende persona.",
        "Weighted: a citation in challenge 1 counts 1, in challenge 2 counts ½, in challenge 3 counts ⅓ … "
        "Each region lists its challenges from the most common persona down."),
    "personas.detail": ("Over {name}", "About {name}"),
    "personas.detail_hint": ("Kies een persona in de filters links om te zien waar en hoe de teksten over haar of hem spreken.",
                             "Choose a persona in the filters on the left to see where and how the texts speak of them."),
    "personas.citations": ("Uitdagingen met {name}", "Challenges citing {name}"),
    "personas.statements": ("Wat de teksten zeggen", "What the texts say"),
    "personas.no_statements": ("De tekst beschrijft deze persona niet verder (de personabladen waren afbeeldingen).",
                               "The text describes this persona no further (the persona pages were images)."),
    "personas.flagged": ("Let op: {note}", "Note: {note}"),
    # services page
    "diensten.title": ("Welke types dienstverlening vraagt elke regio?", "Which types of service does each region ask for?"),
    "diensten.hint": ("Klik op een vakje om de citaten erachter te zien. Het getal is het aantal vermeldingen; #n is de rang van belang die de regio zelf geeft.",
                      "Click a cell to see the quotes behind it. The number counts mentions; #n is the order of importance the region gives."),
    "diensten.obstacle_note": ("Enkel diensttypes die een bron koppelt aan obstakel '{label}'.",
                               "Only service types a source links to obstacle '{label}'."),
    "diensten.persona_note": ("Enkel vermeldingen in uitdagingen met persona {name}.",
                              "Only mentions in challenges citing persona {name}."),
    "diensten.empty": ("Geen diensttypes voor deze keuze.", "No service types for this choice."),
    "diensten.quotes": ("Citaten: {region} · {service}", "Quotes: {region} · {service}"),
    "diensten.no_quotes": ("Deze regio noemt dit diensttype niet.", "This region does not name this service type."),
    "diensten.pick": ("Of kies een vakje", "Or choose a cell"),
    # comparing regions, needs and offer, sources, timeline
    # presenting and sharing
}


def tr(key: str, lang: str = "nl", **values) -> str:
    """The string for ``key`` in ``lang``, with ``values`` filled in."""
    text = STRINGS[key][LANGUAGES.index(lang)]
    return text.format(**values) if values else text
