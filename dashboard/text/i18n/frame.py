"""Interface strings (Dutch, English) of the frame every page shares: title, navigation, sidebar filters, what a filter did, data problems, sharing and chart descriptions."""

STRINGS: dict[str, tuple[str, str]] = {
    "app.title": ("Regionale noden — Lokale Partnerschappen 2023", "Regional needs — Local Partnerships 2023"),
    "page.home": ("Start", "Home"),
    "notfound.title": ("Deze pagina bestaat niet", "This page does not exist"),
    "notfound.text": ("Het adres vraagt naar {path}, maar het dashboard heeft geen pagina met die naam. Misschien is de link "
                      "ingekort of verkeerd overgetypt. Presentatiemodus opent met het adres …/presentatie.",
                      "The address asks for {path}, but the dashboard has no page of that name. Perhaps the link was cut "
                      "short or mistyped. Presentation mode opens at the address …/presentatie."),
    "notfound.home": ("Naar de startpagina", "To the start page"),
    "page.map": ("Kaart", "Map"),
    "page.municipality": ("Gemeente", "Municipality"),
    "page.personas": ("Persona's", "Personas"),
    "page.services": ("Diensten", "Services"),
    # sidebar
    "filters.header": ("Filters", "Filters"),
    "filters.language": ("Taal", "Language"),
    "filters.region": ("Regio", "Region"),
    "filters.persona": ("Persona", "Persona"),
    "filters.obstacle": ("Obstakel", "Obstacle"),
    "filters.all_regions": ("Alle regio's", "All regions"),
    "filters.any": ("Geen keuze", "None chosen"),
    # what a filter did (dashboard.core.scope.effect): "scope.<filter>.<effect>"
    "scope.persona.citing": ("Regio's met persona {name}: {regions}.", "Regions citing persona {name}: {regions}."),
    "scope.persona.regions": ("Enkel regio's met een uitdaging rond persona {name}: {regions}.",
                              "Only regions with a challenge citing persona {name}: {regions}."),
    "scope.persona.challenges": ("Enkel uitdagingen met persona {name}, en wat erin genoemd wordt.",
                                 "Only challenges citing persona {name}, and what is named in them."),
    "scope.persona.marked": ("Persona {name} valt op.", "Persona {name} stands out."),
    "scope.persona.about": ("Enkel wat over persona {name} gezegd wordt.", "Only what is said about persona {name}."),
    "scope.persona.facts": ("Enkel wat over persona {name} gezegd wordt en de andere feiten uit de uitdagingen met die persona.",
                            "Only what is said about persona {name} and the other facts of the challenges citing them."),
    "scope.obstacle.naming": ("Regio's die obstakel '{label}' noemen: {regions}.", "Regions naming obstacle '{label}': {regions}."),
    "scope.obstacle.regions": ("Enkel regio's die obstakel '{label}' noemen: {regions}.",
                               "Only regions naming obstacle '{label}': {regions}."),
    "scope.obstacle.marked": ("Obstakel '{label}' valt op (omrand, ★ of vet). Genoemd door: {regions}.",
                              "Obstacle '{label}' stands out (outlined, ★ or bold). Named by: {regions}."),
    "scope.obstacle.linked": ("Enkel diensttypes die een bron koppelt aan obstakel '{label}' (door de tekst zelf, naast elkaar "
                              "opgesomd of door ons gekoppeld: zie Noden en aanbod).",
                              "Only service types a source links to obstacle '{label}' (paired by the text, listed side by side or "
                              "paired by us: see Needs and offer)."),
    "scope.obstacle.facts": ("Enkel feiten die obstakel '{label}' noemen, en diensttypes die een bron eraan koppelt.",
                             "Only facts naming obstacle '{label}', and service types a source links to it."),
    "scope.obstacle.only": ("Enkel obstakel '{label}'.", "Only obstacle '{label}'."),
    "filters.unknown": ("Onbekende waarde in de link genegeerd: {field} = {values}", "Unknown value in the link ignored: {field} = {values}"),
    "filters.unknown_name": ("Onbekende parameter in de link genegeerd (geen pagina gebruikt hem): {field} = {values}",
                             "Unknown parameter in the link ignored (no page uses it): {field} = {values}"),
    "filters.unread": ("De link had {n} parameters, meer dan de 1.000 die gelezen worden: geen enkele filter of keuze "
                       "uit de link werd gelezen. Kies ze hieronder opnieuw.",
                       "The link had {n} parameters, more than the 1,000 that are read: no filter or choice of the link "
                       "was read. Choose them again below."),
    "serve.too_long_title": ("Deze link is te lang", "This link is too long"),
    "serve.too_long_text": ("De link bevat meer tekst dan het dashboard leest, dus werd hij niet geopend. Open de startpagina "
                            "en kies de filters opnieuw, of vraag wie de link stuurde om een kortere.",
                            "The link holds more text than the dashboard reads, so it was not opened. Open the start page and "
                            "choose the filters again, or ask whoever sent the link for a shorter one."),
    "serve.to_start": ("Naar de startpagina", "To the start page"),
    "filters.too_long": ("Te lange waarde in de link genegeerd (meer dan {limit} tekens): {field} = {values}",
                         "Too long a value in the link ignored (over {limit} characters): {field} = {values}"),
    # data problems
    "data.unavailable": ("De gegevens kunnen niet gelezen worden.", "The data cannot be read."),
    "data.problem": ("Bestand: `{path}` — {problem}.", "File: `{path}` — {problem}."),
    "data.repair": ("Herstel het met:", "Repair it with:"),
    "table.show": ("Tabel en afbeelding bij de grafiek", "Table and image of the chart"),
    "page.report": ("Regiorapport", "Region report"),
    "page.sources": ("Bronnen", "Sources"),
    "page.timeline": ("Tijdlijn", "Timeline"),
    "search.foreign_script": ("De zoekterm {query} bevat tekens uit een ander schrift dan de teksten: {letters}. Ze lijken "
                              "misschien op gewone letters, maar komen in de teksten niet voor; typ het woord opnieuw.",
                              "The search term {query} holds characters from a script the texts do not use: {letters}. They "
                              "may look like ordinary letters but do not occur in the texts; type the word again."),
    "page.compare": ("Regio's vergelijken", "Compare regions"),
    "page.needs": ("Noden en aanbod", "Needs and offer"),
    "share.title": ("Deel deze weergave", "Share this view"),
    "share.link": ("Link naar deze weergave (kopieer met de knop rechts):", "Link to this view (copy with the button on the right):"),
    "share.embed": ("Om in te sluiten in een andere website:", "To embed in another website:"),
    "share.full": ("Open het volledige dashboard", "Open the full dashboard"),
    "a11y.description": ("Wat de grafiek toont: {text}", "What the chart shows: {text}"),
    "a11y.bars": ("{n} staven; de grootste: {top}.", "{n} bars; the largest: {top}."),
    "a11y.series": ("{n} reeksen: {names}.", "{n} series: {names}."),
    "a11y.map": ("kaart van {n} gemeenten; {parts}.", "map of {n} municipalities; {parts}."),
    "a11y.map_part": ("{name}: {n} gemeenten", "{name}: {n} municipalities"),
    "a11y.map_scale": ("kleur volgens {label}, van {low} tot {high}", "colour by {label}, from {low} to {high}"),
    "a11y.grid": ("raster van {rows} rijen en {cols} kolommen, {filled} vakjes gevuld; de grootste: {top}.",
                  "grid of {rows} rows and {cols} columns, {filled} cells filled; the largest: {top}."),
}
