"""Interface strings (Dutch, English) of the map page and the poverty figures it colours by."""

STRINGS: dict[str, tuple[str, str]] = {
    "map.colour_by": ("Kleur volgens", "Colour by"),
    "map.mode.region": ("Regio", "Region"),
    "map.mode.population": ("Bevolking", "Population"),
    "map.mode.density": ("Bevolkingsdichtheid", "Population density"),
    "map.mode.persona": ("Gekozen persona", "Chosen persona"),
    "map.mode.obstacle": ("Gekozen obstakel", "Chosen obstacle"),
    "map.merged": ("Gemeenten vanaf 2025 (na fusies)", "Municipalities from 2025 (after mergers)"),
    "map.title": ("Gemeenten van de {n} regio's", "Municipalities of the {n} regions"),
    "map.title_2025": ("Gemeenten vanaf 1/1/2025", "Municipalities from 1 Jan 2025"),
    "map.named": ("noemt het", "names it"),
    "map.not_named": ("noemt het niet", "does not name it"),
    "map.rule.persona": ("Een regio noemt de persona wanneer minstens één van haar uitdagingen op die persona steunt.",
                           "A region names the persona when at least one of its challenges is built on it."),
    "map.rule.obstacle": ("Een regio noemt het obstakel wanneer minstens één van haar uitdagingen, of haar tekst buiten de "
                            "uitdagingen (regiobreed), het noemt. In hoeveel uitdagingen: zie Noden en aanbod.",
                            "A region names the obstacle when at least one of its challenges, or its text outside the challenges "
                            "(region-wide), names it. In how many challenges: see Needs and offer."),
    "map.choose_persona": ("Kies eerst een persona in de filters links.", "First choose a persona in the filters on the left."),
    "map.choose_obstacle": ("Kies eerst een obstakel in de filters links.", "First choose an obstacle in the filters on the left."),
    "map.click_hint": ("Klik op een gemeente om haar profiel te openen. Met het toetsenbord: Tab tot de gemeente en Enter, "
                         "of zoek ze in het zoekvak van de pagina Gemeente (in het menu; op een smal scherm achter de knop "
                         "linksboven).",
                         "Click a municipality to open its profile. By keyboard: Tab to the municipality and press Enter, "
                         "or find it in the search box of the Municipality page (in the menu; on a narrow screen behind the "
                         "button at the top left)."),
    "map.year": ("Jaar", "Year"),  # of an indicator, in a notice about the link's year
    "map.title_indicator": ("{label} per gemeente, {year_name} {year}", "{label} per municipality, {year_name} {year}"),
    "map.indicator_2024": (
        "Deze cijfers staan per gemeente zoals die was vóór de fusies van 2025: de kaart toont daarom de gemeenten tot "
        "en met 2024.",
        "These figures are per municipality as it was before the 2025 mergers, so the map shows the municipalities up "
        "to 2024."),
    "map.context_note": ("In het grijs: de andere gemeenten van het Vlaamse Gewest, ter vergelijking (beweeg erover voor hun cijfer).",
                           "In grey: the other municipalities of the Flemish Region, for comparison (hover for their figure)."),
    "map.names_it": ("Noemt het / niet", "Names it / does not"),
    "poverty.region_rate": ("{rate} % van de {counted} getelde personen (gewogen naar personen; Vlaams Gewest {flanders} %)",
                            "{rate} % of the {counted} persons counted (weighted by persons; Flemish Region {flanders} %)"),
    "poverty.region_line": ("Armoederisico {year} (administratief, niet EU-SILC): {rate} %, ca. {persons} personen (Vlaanderen {flanders} %)",
                            "Poverty risk {year} (administrative, not EU-SILC): {rate} %, about {persons} persons (Flanders {flanders} %)"),
    "poverty.caveat_short": ("Administratief armoederisico uit belastinggegevens: niet het EU-SILC-cijfer",
                             "Administrative at-risk-of-poverty rate from tax data: not the EU-SILC figure"),
    "poverty.conclude": (
        "**Wat je hieruit mag besluiten.** Een regio die financiële problemen noemt en een hoog armoederisico heeft, is "
        "daarmee consistent, niet bewezen: de cijfers meten inkomens uit belastinggegevens per gemeente ({year}), de addenda "
        "zijn uitspraken van 2023 over wie een regio wil bereiken. Een lager risico maakt de noden die een regio noemt niet "
        "kleiner, en een regio die armoede niet noemt, ontkent ze niet. Het aantal personen is een afgeronde schatting "
        "(risico × getelde personen).",
        "**What you may conclude.** A region that names financial problems and has a high poverty risk is consistent, not "
        "proven: the figures measure incomes from tax data per municipality ({year}), the addenda are 2023 statements about "
        "whom a region wants to reach. A lower risk does not make the needs a region names smaller, and a region that does "
        "not name poverty does not deny it. The number of persons is a rounded estimate (rate × persons counted)."),
    "map.totals": ("Totalen per regio", "Totals per region"),
    "map.population_note": (
        "Bevolking op 1/1/2023 (Statbel). Voor Meulebeke, Tielt, Ruiselede en Wingene bestaat per gemeente enkel een cijfer van 1/1/2021; "
        "de regiototalen gebruiken de 2023-cijfers van de gefuseerde gemeenten Tielt en Wingene.",
        "Population on 1 Jan 2023 (Statbel). For Meulebeke, Tielt, Ruiselede and Wingene only a 1 Jan 2021 figure exists per municipality; "
        "the region totals use the 2023 figures of the merged municipalities Tielt and Wingene."),
}
