"""Every interface string in Dutch (the default) and English. Quotes stay in Dutch, as written.

An indicator's texts come from its registry entry (dashboard.core.indicators), under keys derived from its id.
"""

from dashboard.core.indicators import INDICATORS

LANGUAGES = ("nl", "en")

STRINGS: dict[str, tuple[str, str]] = {
    # app and navigation
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
    # what a filter did (dashboard.core.scope.RULES): "scope.<filter>.<effect>"
    "scope.persona.citing": ("Regio's met persona {name}: {regions}.", "Regions citing persona {name}: {regions}."),
    "scope.persona.regions": ("Enkel regio's met een uitdaging rond persona {name}: {regions}.",
                              "Only regions with a challenge citing persona {name}: {regions}."),
    "scope.persona.challenges": ("Enkel uitdagingen met persona {name}, en wat erin genoemd wordt.",
                                 "Only challenges citing persona {name}, and what is named in them."),
    "scope.persona.marked": ("Persona {name} valt op.", "Persona {name} stands out."),
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
    # attribution
    "source.addenda": ("Bron: Lokaal Addendum {names}, 2023", "Source: Lokaal Addendum {names}, 2023"),
    "source.addenda_count": ("Bron: de Lokale Addenda van de {n} regio's, 2023", "Source: the Lokale Addenda of the {n} regions, 2023"),
    "source.population": ("bevolking: Statbel, 1/1/2023", "population: Statbel, 1 Jan 2023"),
    "source.population_2021": ("{n} gemeenten: Statbel, 1/1/2021", "{n} municipalities: Statbel, 1 Jan 2021"),
    "source.boundaries": ("grenzen: Provincies in Cijfers (Statbel)", "boundaries: Provincies in Cijfers (Statbel)"),
    "table.show": ("Tabel en afbeelding bij de grafiek", "Table and image of the chart"),
    # columns
    "col.region": ("Regio", "Region"),
    "col.municipality": ("Gemeente", "Municipality"),
    "col.municipalities": ("Gemeenten", "Municipalities"),
    "col.population": ("Bevolking", "Population"),
    "col.population_date": ("Datum bevolking", "Population date"),
    "col.area_km2": ("Oppervlakte (km²)", "Area (km²)"),
    "col.density": ("Inwoners per km²", "Inhabitants per km²"),
    "col.challenges": ("Uitdagingen", "Challenges"),
    "col.personas": ("Persona's", "Personas"),
    "col.obstacles": ("Obstakels", "Obstacles"),
    "col.service_types": ("Diensttypes", "Service types"),
    "col.persona": ("Persona", "Persona"),
    "col.regions": ("Regio's", "Regions"),
    "col.weighted": ("Gewogen naar rang (eigen maat)", "Weighted by rank (our own measure)"),
    "col.challenge_rank": ("Uitdaging nr.", "Challenge no."),
    "col.title": ("Titel", "Title"),
    "col.persona_rank": ("Positie in de opsomming", "Position in the list"),
    "col.quote": ("Citaat (Nederlands, zoals geschreven)", "Quote (Dutch, as written)"),
    "col.section": ("Deel van het addendum", "Part of the addendum"),
    "col.service_type": ("Diensttype", "Service type"),
    # the counting rule (dashboard.core.counting): what a number counts
    "unit.emphasis": ("Nadruk: % van de uitspraken van de regio", "Emphasis: % of the region's statements"),
    "unit.presence": ("Aantal uitdagingen waarin de regio het noemt", "Number of the region's challenges naming it"),
    "unit.share": ("Deel van de uitdagingen van de regio", "Share of the region's challenges"),
    "heatmap.same_scale": ("(zelfde kleuren op elke pagina)", "(same colours on every page)"),
    "heatmap.past_scale": ("boven {top}: donkerste kleur", "above {top}: darkest colour"),
    "unit.mentions": ("Vermeldingen (ruwe telling van citaten)", "Mentions (raw count of quotes)"),
    "unit.choose": ("Tel", "Count"),
    "unit.option.emphasis": ("Nadruk (% uitspraken)", "Emphasis (% of statements)"),
    "unit.option.presence": ("Uitdagingen die het noemen", "Challenges naming it"),
    "unit.option.mentions": ("Vermeldingen (ruw)", "Mentions (raw)"),
    "unit.caption.emphasis": ("Het getal is het aandeel van de uitspraken van de regio (een zin telt één keer, ook als ze onder "
                              "meerdere uitdagingen geplakt is; een zin met k categorieën telt 1/k voor elk): vergelijkbaar tussen "
                              "regio's, hoe lang of kort hun tekst ook is. #n is de rangorde die de regio zelf geeft; † hangt af van de maat; ‡ de regio maakt er zelf een kanttekening bij.",
                              "The number is the share of the region's statements (a sentence counts once, even pasted under several "
                              "challenges; a sentence with k categories counts 1/k for each): comparable across regions, however long "
                              "or short their text. #n is the region's own order; † depends on the measure; ‡ the region itself makes a caveat about it."),
    "unit.caption.presence": ("Het getal is het aantal uitdagingen waarin de regio het noemt; wat de regio buiten haar uitdagingen "
                              "noemt (regiobreed) telt één keer.",
                              "The number counts the region's challenges naming it; what the region names outside its challenges "
                              "(region-wide) counts once."),
    "unit.caption.mentions": ("Het getal is het aantal vermeldingen: een ruwe telling van citaten, waarin lange teksten en opsommingen "
                              "die onder meerdere uitdagingen herhaald worden zwaarder wegen.",
                              "The number counts mentions: a raw count of quotes, in which long texts and lists repeated under "
                              "several challenges weigh more."),
    "count.how": ("Hoe geteld?", "How is this counted?"),
    "report.counted": ("n. = rang naar nadruk (gelijke waarden, gelijke rang; bij gelijke nadruk beslist de rangorde van de "
                       "regio zelf); % = aandeel van de uitspraken van de regio; † hangt af van de maat; ‡ de regio maakt er "
                       "zelf een kanttekening bij.",
                       "n. = rank by emphasis (equal values, equal rank; where emphasis ties, the region's own order decides); "
                       "% = share of the region's statements; † depends on the measure; ‡ the region itself makes a caveat about it."),
    "count.across": ("Over de getoonde regio's heen de meeste nadruk (gemiddeld aandeel van hun uitspraken; zonder † geldt de "
                     "plaats onder elke maat): {items}.",
                     "Stressed most across the regions shown (mean share of their statements; without † the place holds "
                     "under every measure): {items}."),
    "robust.rank": ("nr. {e} naar nadruk, nr. {m} naar vermeldingen", "#{e} by emphasis, #{m} by mentions"),
    "robust.across": ("nr. {e} naar nadruk, nr. {r} naar aantal regio's, nr. {m} naar vermeldingen",
                      "#{e} by emphasis, #{r} by number of regions, #{m} by mentions"),
    "robust.region": ("regio nr. {e} naar nadruk, nr. {m} naar vermeldingen", "region #{e} by emphasis, #{m} by mentions"),
    "col.emphasis_rank": ("Rang (nadruk)", "Rank (emphasis)"),
    "col.robustness": ("Robuustheid", "Robustness"),
    "col.caveat": ("Kanttekening van de regio zelf", "The region's own caveat"),
    "count.how_text": (
        "De regio's schreven teksten van heel verschillende lengte en opbouw: de ene vijf uitdagingen, de andere twee; de ene "
        "plakt dezelfde opsomming onder zes uitdagingen, de andere schrijft één lijst 'voor alle uitdagingen'. Daarom meet het "
        "dashboard standaard de **nadruk**: welk deel van de uitspraken van een regio over een obstakel of diensttype gaat, zoals "
        "het Manifesto Project en het Comparative Agendas Project aandacht meten. Een zin telt één keer, ook als hij onder "
        "meerdere uitdagingen herhaald wordt; een regiobrede lijst telt als uitspraken van de hele regio; een zin die k "
        "categorieën noemt, telt 1/k voor elk. Waar de nadruk gelijk is, beslist de rangorde die de regio zelf geeft "
        "(Vlaamse Ardennen: 'op volgorde van belangrijkheid'); anders krijgen gelijke waarden dezelfde rang. Elke rangorde is "
        "ook nagekeken met twee andere maten: **genoemd of niet** per regio, en de ruwe **vermeldingen**. 'Geldt onder elke "
        "maat' betekent dat geen van beide ze tegenspreekt; 'hangt af van de maat' (†) dat een andere maat een andere volgorde "
        "geeft. Het aantal **uitdagingen** dat iets noemt blijft te zien, maar hangt af van hoeveel uitdagingen een regio schreef.",
        "The regions wrote texts of very different length and structure: one wrote five challenges, another two; one pastes the "
        "same list under six challenges, another writes one list 'for all challenges'. So by default the dashboard measures "
        "**emphasis**: which share of a region's statements is about an obstacle or service type, as the Manifesto Project and "
        "the Comparative Agendas Project measure attention. A sentence counts once, even repeated under several challenges; a "
        "region-wide list counts as statements of the whole region; a sentence naming k categories counts 1/k for each. Where "
        "emphasis ties, the order the region gives itself decides (Vlaamse Ardennen: 'op volgorde van belangrijkheid'); "
        "otherwise equal values share a rank. Every ranking is also checked with two other measures: **named or not** per "
        "region, and the raw **mentions**. 'Holds under every measure' means neither contradicts it; 'depends on the measure' "
        "(†) that another measure gives another order. The number of **challenges** naming something remains to be seen, but it "
        "depends on how many challenges a region wrote."),
    "col.importance_rank": ("Rangorde van de regio zelf", "The region's own order"),
    "col.nis_code": ("NIS-code", "NIS code"),
    # start page
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
    # map page
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
    "map.click_hint": ("Klik op een gemeente om haar profiel te openen. Met het toetsenbord: zoek ze in het zoekvak van de "
                         "pagina Gemeente (in het menu; op een smal scherm achter de knop linksboven).",
                         "Click a municipality to open its profile. By keyboard: find it in the search box of the "
                         "Municipality page (in the menu; on a narrow screen behind the button at the top left)."),
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
    # municipality profile
    "municipality.title": ("Gemeenteprofiel", "Municipality profile"),
    "municipality.search": ("Zoek een gemeente", "Find a municipality"),
    "municipality.search_help": ("Een deel van de naam volstaat; hoofdletters en accenten maken niet uit.",
                             "Part of the name will do; case and accents do not matter."),
    "municipality.no_match": ("Geen gemeente van de {n} regio's past bij {text}.", "No municipality of the {n} regions matches {text}."),
    "municipality.matches": ("Kies een gemeente:", "Choose a municipality:"),
    "municipality.choose": ("Zoek hierboven een gemeente, of klik er een aan op de kaart.",
                        "Find a municipality above, or click one on the map."),
    "municipality.figures": ("Regio {region} · {population} inwoners (Statbel, {date}) · {area} km² · {density} inwoners per km²",
                         "Region {region} · {population} inhabitants (Statbel, {date}) · {area} km² · {density} inhabitants per km²"),
    "municipality.merger": ("Sinds 1/1/2025 vormt {name} samen met {partners} de gemeente {merged}.",
                        "Since 1 Jan 2025 {name} and {partners} form the municipality of {merged}."),
    "municipality.no_merger": ("{name} is op 1/1/2025 niet gefusioneerd.", "{name} did not merge on 1 Jan 2025."),
    "municipality.poverty": ("Armoede-indicatoren, inkomensjaren {first} en {latest}", "Poverty indicators, income years {first} and {latest}"),
    "municipality.at_risk": ("Personen met risico", "Persons at risk"),
    "municipality.delta": ("{change} t.o.v. {first}", "{change} against {first}"),
    "municipality.points": ("{value} procentpunt", "{value} percentage points"),
    "municipality.standing": (
        "In {latest} staat {name} op plaats {rank_study} van de {n_study} gemeenten van de {n} regio's en op plaats "
        "{rank_flanders} van {n_flanders} in Vlaanderen voor het risico op armoede (1 = hoogste risico). Vlaanderen als "
        "geheel: **{flanders} %**.",
        "In {latest} {name} ranks {rank_study} of the {n_study} municipalities of the {n} regions and {rank_flanders} of "
        "{n_flanders} in Flanders by at-risk-of-poverty rate (1 = highest risk). Flanders as a whole: **{flanders} %**."),
    "municipality.income_range": (
        "Een mediaan inkomen voor een regio of voor Vlaanderen geven deze gegevens niet. In {latest} ligt de mediaan van de "
        "gemeenten van {region} tussen € {low} ({low_name}) en € {high} ({high_name}); in Vlaanderen tussen € {flow} "
        "({flow_name}) en € {fhigh} ({fhigh_name}).",
        "These data give no median income for a region or for Flanders. In {latest} the median of the municipalities of "
        "{region} lies between € {low} ({low_name}) and € {high} ({high_name}); in Flanders between € {flow} "
        "({flow_name}) and € {fhigh} ({fhigh_name})."),
    "municipality.table_title": ("Armoede-indicatoren van {name}", "Poverty indicators of {name}"),
    "municipality.col.indicator": ("Kengetal", "Indicator"),
    "municipality.col.change": ("Verschil {first}→{latest}", "Change {first}→{latest}"),
    "municipality.col.rank_study": ("Plaats onder de {n} ({latest}; 1 = hoogste)", "Rank among the {n} ({latest}; 1 = highest)"),
    "municipality.col.rank_flanders": ("Plaats in Vlaanderen, van {n} ({latest})", "Rank in Flanders, of {n} ({latest})"),
    "municipality.col.region": ("Regio {region} ({latest})", "Region {region} ({latest})"),
    "municipality.col.flanders": ("Vlaams Gewest ({latest})", "Flemish Region ({latest})"),
    "municipality.region_wrote": ("Wat de regio {region} schreef", "What the region {region} wrote"),
    "municipality.regional_note": (
        "Dit zijn uitspraken uit het addendum van de hele regio {region}: ze gaan over de regio, niet over {name} alleen.",
        "These are statements of the addendum of the whole region {region}: they are about the region, not about {name} alone."),
    "municipality.to_map": ("Naar de kaart", "To the map"),
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
    # personas page
    "personas.title": ("Hoe vaak wordt elke persona genoemd?", "How often is each persona cited?"),
    "personas.measure": ("Tel", "Count"),
    "personas.tab.frequency": ("Hoe vaak", "How often"),
    "personas.tab.by_region": ("Per regio", "By region"),
    "personas.by_region": ("In hoeveel regio's komt elke persona voor? Een blok per regio die haar of hem noemt",
                           "In how many regions does each persona appear? A block per region citing them"),
    "personas.regions_citing": ("Aantal regio's die de persona noemen", "Number of regions citing the persona"),
    "personas.weight_note": (
        "Uitdagingen (standaard): het aantal uitdagingen dat op de persona steunt. Gewogen naar rang is een eigen maat van dit "
        "dashboard, niet van de addenda: een vermelding in uitdaging 1 telt 1, in uitdaging 2 telt ½, in uitdaging 3 telt ⅓ …, "
        "omdat elke regio haar uitdagingen ordent van de meest voorkomende persona naar de minst voorkomende.",
        "Challenges (the default): the number of challenges built on the persona. Weighted by rank is this dashboard's own "
        "measure, not the addenda's: a citation in challenge 1 counts 1, in challenge 2 counts ½, in challenge 3 counts ⅓ …, "
        "because each region orders its challenges from the most common persona down."),
    "personas.detail": ("Over {name}", "About {name}"),
    "personas.detail_hint": ("Kies een persona in de filters links om te zien waar en hoe de teksten over haar of hem spreken.",
                             "Choose a persona in the filters on the left to see where and how the texts speak of them."),
    "personas.citations": ("Uitdagingen met {name}", "Challenges citing {name}"),
    "personas.statements": ("Wat de teksten zeggen", "What the texts say"),
    "personas.no_statements": ("De tekst beschrijft deze persona niet verder (de personabladen waren afbeeldingen).",
                               "The text describes this persona no further (the persona pages were images)."),
    "personas.tab.statements": ("Wat de teksten zeggen", "What the texts say"),
    "personas.tab.citations": ("Waar geciteerd", "Where cited"),
    "personas.tab.obstacles": ("Obstakels", "Obstacles"),
    "personas.flagged": ("Tegenstrijdigheid in de bron ({region}): {note}", "Contradiction in the source ({region}): {note}"),
    # services page
    "services.title": ("Welke types dienstverlening vraagt elke regio?", "Which types of service does each region ask for?"),
    "services.hint": ("Klik op een vakje om de citaten erachter te zien. #n is de rang van belang die de regio zelf geeft.",
                      "Click a cell to see the quotes behind it. #n is the order of importance the region gives."),
    "services.empty": ("Geen diensttypes voor deze keuze.", "No service types for this choice."),
    "services.quotes": ("Citaten: {region} · {service}", "Quotes: {region} · {service}"),
    "services.pick": ("Of kies een vakje", "Or choose a cell"),
    # exports and the region report
    "page.report": ("Regiorapport", "Region report"),
    "export.png": ("Afbeelding (PNG)", "Image (PNG)"),
    "export.png_help": ("De grafiek zoals hierboven, scherp op een projector en in een verslag.",
                        "The chart as above, sharp on a projector and in minutes."),
    "export.svg": ("Afbeelding (SVG)", "Image (SVG)"),
    "export.svg_help": ("Vectorbeeld: scherp op elke grootte, de tekst blijft tekst.",
                        "Vector image: sharp at any size, its text stays text."),
    "export.csv": ("CSV", "CSV"),
    "export.csv_help": ("Voor Excel in het Nederlands: velden gescheiden door puntkomma's, decimale komma's. Onder de tabel "
                        "zeggen regels die met # beginnen wat ze toont en waar ze vandaan komt.",
                        "For Excel in English: fields separated by commas, decimal points (a Dutch Excel opens the file of the "
                        "Dutch interface). Below the table, lines starting with # say what it shows and where it comes from."),
    "export.xlsx": ("Excel", "Excel"),
    "export.xlsx_help": ("Eerste blad: de tabel. Tweede blad: filters, bron en datum.",
                         "First sheet: the table. Second sheet: filters, source and date."),
    "export.sheet.table": ("Tabel", "Table"),
    "export.sheet.about": ("Bron en filters", "Source and filters"),
    "export.about.title": ("Titel", "Title"),
    "export.about.dashboard": ("Dashboard", "Dashboard"),
    "export.about.source": ("Bron", "Source"),
    "export.about.date": ("Datum van de export", "Date of export"),
    "export.dataset": ("Alle gegevens (zip)", "All data (zip)"),
    "export.dataset_help": ("Elke tabel als parquet en als CSV, de kaartlagen en het gegevenswoordenboek (data/README.md).",
                            "Every table as parquet and as CSV, the map layers and the data dictionary (data/README.md)."),
    "report.choose": ("Regio van het rapport", "Region of the report"),
    "report.print": ("Afdrukken of als PDF bewaren: Ctrl+P (⌘P op een Mac). Het rapport past op één A4-blad; de zijbalk "
                      "en de knoppen worden niet mee afgedrukt.",
                      "Print or save as PDF: Ctrl+P (⌘P on a Mac). The report fits one A4 page; the sidebar and the "
                      "buttons are left out of print."),
    "report.title": ("Regiorapport: {region}", "Region report: {region}"),
    "report.subtitle": ("opgemaakt op {day}", "made on {day}"),
    "report.figures": ("{municipalities} gemeenten · {population} inwoners (Statbel, 1/1/2023) · {area} km² · {density} inwoners per km²",
                        "{municipalities} municipalities · {population} inhabitants (Statbel, 1 Jan 2023) · {area} km² · {density} inhabitants per km²"),
    "report.map": ("De gemeenten", "The municipalities"),
    "report.challenges": ("Uitdagingen en hun persona's", "Challenges and their personas"),
    "report.obstacles": ("Obstakels met de meeste nadruk", "Obstacles stressed most"),
    "report.services": ("Diensttypes met de meeste nadruk", "Service types stressed most"),
    "report.source": ("{title}, gelanceerd op {day}{inferred}", "{title}, launched on {day}{inferred}"),
    "report.more": ("en {n} andere", "and {n} more"),
    "report.inferred": (" (jaar afgeleid)", " (year inferred)"),
    # comparing regions, needs and offer, sources, timeline
    "page.sources": ("Bronnen", "Sources"),
    "page.timeline": ("Tijdlijn", "Timeline"),
    "sources.title": ("Wat staat er in de addenda?", "What do the addenda say?"),
    "sources.intro": (
        "Doorzoek de {n} addenda, of open een feit uit de dataset op zijn plaats in de tekst: je ziet het citaat in zijn "
        "context en welke andere feiten uit dezelfde passage komen. De teksten blijven in het Nederlands, zoals geschreven.",
        "Search the {n} addenda, or open a fact of the dataset at its place in the text: you see the quote in its "
        "context and which other facts come from the same passage. The texts stay in Dutch, as written."),
    "sources.search": ("Zoek in de teksten", "Search the texts"),
    "sources.search_hint": ("bv. mobiliteit, kinderopvang, schulden", "e.g. mobiliteit (mobility), kinderopvang (childcare), schulden (debts): the addenda are in Dutch"),
    "sources.sections": ("Deel van het addendum", "Part of the addendum"),
    "sources.all_sections": ("Alle delen", "All parts"),
    "sources.field.feit": ("feit", "fact"),
    "sources.field.plek": ("plaats in de tekst", "place in the text"),
    "sources.missing_text": ("De brontekst `{path}` ontbreekt of is onleesbaar: zoeken en citaten in context werken niet voor "
                             "dit addendum. Herstel met `git checkout -- data/sources`.",
                             "The source text `{path}` is missing or unreadable: search and quotes in context do not work "
                             "for this addendum. Repair with `git checkout -- data/sources`."),
    "sources.no_text": ("De brontekst van dit feit ontbreekt; het citaat: “{quote}”", "This fact's source text is missing; the quote: “{quote}”"),
    "sources.opened_fact": ("Feit: {detail}", "Fact: {detail}"),
    "sources.passage": ("{region} · {section} · vanaf regel {line}", "{region} · {section} · from line {line}"),
    "sources.facts_here": ("Feiten uit deze passage ({n})", "Facts taken from this passage ({n})"),
    "sources.this_fact": ("**{detail}** (dit feit)", "**{detail}** (this fact)"),
    "sources.open_fact": ("Bekijk in de bron", "See it in the source"),
    "sources.open_place": ("Open in de tekst ({section}, regel {line})", "Open in the text ({section}, line {line})"),
    "sources.search_all_text": ("De zoekfunctie doorzoekt de volledige teksten van de gekozen regio's; de filters persona en "
                                "obstakel werken op de lijst met feiten (maak het zoekvak leeg).",
                                "The search covers the full texts of the chosen regions; the persona and obstacle filters act "
                                "on the list of facts (clear the search box)."),
    "search.foreign_script": ("De zoekterm {query} bevat tekens uit een ander schrift dan de teksten: {letters}. Ze lijken "
                              "misschien op gewone letters, maar komen in de teksten niet voor; typ het woord opnieuw.",
                              "The search term {query} holds characters from a script the texts do not use: {letters}. They "
                              "may look like ordinary letters but do not occur in the texts; type the word again."),
    "sources.hits": ("{n} treffers voor {query}", "{n} hits for {query}"),
    "sources.hits_in": ("{region}: {n} treffers", "{region}: {n} hits"),
    "sources.more_hits": ("… en nog {n} passages met treffers.", "… and {n} more passages with hits."),
    "sources.facts": ("Feiten in de dataset ({n})", "Facts in the dataset ({n})"),
    "sources.facts_hint": ("Kies een rij om het feit op zijn plaats in de tekst te openen (bovenaan).",
                           "Choose a row to open the fact at its place in the text (at the top)."),
    "sources.page": ("Pagina (van {n})", "Page (of {n})"),
    "sources.rows_shown": ("Feiten {first}–{last} van {n}; de downloads bevatten ze alle.",
                           "Facts {first}–{last} of {n}; the downloads hold them all."),
    "sources.col.fact": ("Feit", "Fact"),
    "sources.col.line": ("Regel", "Line"),
    "sources.count": ("Aantal", "Number"),
    "sources.by_part": ("Waar in de addenda: per regio en deel van de tekst", "Where in the addenda: per region and part of the text"),
    "sources.fact.challenge": ("Uitdaging {rank}: {title}", "Challenge {rank}: {title}"),
    "sources.fact.persona_fact": ("Persona {name}: {statement}", "Persona {name}: {statement}"),
    "sources.fact.stresses": ("Wat de regio benadrukt (uitgewerkt voorbeeld van de nadruk): {labels}",
                              "What the region stresses (worked example of emphasis): {labels}"),
    "sources.fact.obstacle": ("Obstakel: {label}", "Obstacle: {label}"),
    "sources.fact.service_type": ("Diensttype: {label}", "Service type: {label}"),
    "sources.fact.link": ("{service} beantwoordt {obstacle} ({how})", "{service} answers {obstacle} ({how})"),
    "caveats.title": ("Kanttekeningen van de regio's zelf ({n})", "The regions' own caveats ({n})"),
    "caveats.help": ("Wat een addendum zelf zegt over hoe zijn noden en vragen te lezen: lees de cijfers in dat licht.",
                     "What an addendum itself says about how to read its needs and requests: read the figures in that light."),
    "caveats.none": ("Het addendum maakt geen kanttekeningen.", "The addendum makes no caveats."),
    "caveats.challenge": (" (uitdaging {rank})", " (challenge {rank})"),
    "caveats.more": ("en {n} andere kanttekeningen (zie Diensten)", "and {n} more caveats (see Services)"),
    "caveats.types": (" — diensttypes: {types}", " — service types: {types}"),
    "compare.target_groups": ("Doelgroepen, leeftijden en contacttaal naast de uitdagingen",
                                  "Target groups, ages and contact languages beside the challenges"),
    "compare.col.target_group": ("Doelgroep, leeftijd of taal", "Target group, age or language"),
    "report.caveats": ("Kanttekeningen van de regio", "The region's caveats"),
    "sources.fact.caveat": ("Kanttekening bij {label}: {caveat}", "Caveat on {label}: {caveat}"),
    "sources.fact.group_fact": ("Groep van {name}: {statement}", "{name}'s group: {statement}"),
    "sources.fact.region_caveat": ("Kanttekening: {caveat}", "Caveat: {caveat}"),
    "sources.fact.scope.doelgroep": ("Doelgroep: {label}", "Target group: {label}"),
    "sources.fact.scope.leeftijd": ("Leeftijd: {label}", "Age: {label}"),
    "sources.fact.scope.contacttaal": ("Contacttaal: {label}", "Contact language: {label}"),
    "sources.fact.plan.partners": ("Partners in het partnerschap: {label}", "Partners: {label}"),
    "sources.fact.plan.uitkomst": ("Beoogde uitkomst: {label}", "Intended outcome: {label}"),
    "sources.fact.plan.werkvorm": ("Werkvorm: {label}", "Working method: {label}"),
    "sources.fact.timeline": ("Tijdlijn: {event}, {date}", "Timeline: {event}, {date}"),
    "sources.fact.municipality": ("Gemeente: {name}", "Municipality: {name}"),
    "sources.fact.figure": ("Cijfer: {value} {unit}", "Figure: {value} {unit}"),
    "sources.fact.method": ("Methode: {summary}", "Method: {summary}"),
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
    "personas.profiles": ("Profiel van elke persona", "Profile of every persona"),
    "personas.col.where": ("Regio's (nummer van de uitdaging)", "Regions (challenge number)"),
    "personas.col.statements": ("Uitspraken over de persona", "Statements about the persona"),
    "personas.col.group_statements": ("Uitspraken over de groep", "Statements about the group"),
    "personas.col.description": ("Wie (uit de teksten)", "Who (from the texts)"),
    "personas.own": ("Over {name} zelf", "About {name}"),
    "personas.group": ("Over de groep van uitdaging {rank}: {title}", "About the group of challenge {rank}: {title}"),
    "personas.group_help": ("De tekst spreekt hier over de hele groep waartoe {name} behoort, niet over {name} alleen.",
                            "Here the text speaks of the whole group {name} belongs to, not of {name} alone."),
    "personas.description": ("{line} (volgens het addendum van {region})", "{line} (according to the {region} addendum)"),
    "personas.col.flagged": ("Tegenstrijdigheden", "Contradictions"),
    "personas.obstacles": ("Obstakels genoemd in de uitdagingen met {name}", "Obstacles named in the challenges citing {name}"),
    "personas.obstacle_line": ("{rank}. {obstacle}: {share} % van de uitspraken (gemiddeld over de regio's met deze persona) · "
                               "genoemd door {regions} regio('s) · {mentions} vermelding(en)",
                               "{rank}. {obstacle}: {share} % of the statements (averaged over the regions citing this persona) · "
                               "named by {regions} region(s) · {mentions} mention(s)"),
    "personas.obstacle_quote": ("**{region}**, uitdaging {rank}: “{quote}”", "**{region}**, challenge {rank}: “{quote}”"),
    "personas.no_obstacles": ("Geen obstakels genoemd in deze uitdagingen.", "No obstacles named in these challenges."),
    "page.compare": ("Regio's vergelijken", "Compare regions"),
    "page.needs": ("Noden en aanbod", "Needs and offer"),
    "compare.title": ("Regio's naast elkaar", "Regions side by side"),
    "compare.choose": ("Regio's om te vergelijken (twee of meer)", "Regions to compare (two or more)"),
    "compare.placeholder": ("Kies regio's", "Choose regions"),
    "compare.differences": ("Wat ze allemaal noemen, wat sommige en wat één regio alleen noemt",
                                "What they all name, what some name and what one region alone names"),
    "compare.differences_help": ("Een kolom per regio: voor obstakels en diensttypes de nadruk (% van de uitspraken van de "
                                 "regio), voor persona's in hoeveel uitdagingen (leeg: niet genoemd). 'Het sterkst benadrukt door' "
                                 "geldt onder elke maat, tenzij † staat: dan volgt hoe het verandert.",
                                 "A column per region: for obstacles and service types the emphasis (% of the region's "
                                 "statements), for personas in how many challenges (empty: not named). 'Stressed most by' holds "
                                 "under every measure unless marked †: then how it changes follows."),
    "compare.col.most": ("Het sterkst benadrukt door", "Stressed most by"),
    "compare.group.all": ("Door alle {n} regio's genoemd ({count})", "Named by all {n} regions ({count})"),
    "compare.group.both": ("Door beide regio's genoemd ({count})", "Named by both regions ({count})"),
    "compare.group.some": ("Door sommige regio's genoemd ({count})", "Named by some regions ({count})"),
    "compare.group.one": ("Door één regio alleen genoemd ({count})", "Named by one region only ({count})"),
    "compare.who.obstacle": ("genoemd door {yes}, niet door {no}", "named by {yes}, not by {no}"),
    "compare.who.service_type": ("gevraagd door {yes}, niet door {no}", "asked for by {yes}, not by {no}"),
    "compare.who.persona": ("geciteerd door {yes}, niet door {no}", "cited by {yes}, not by {no}"),
    "compare.col.who": ("Wie wel, wie niet", "Who does, who does not"),
    "compare.col.kind": ("Soort", "Kind"),
    "compare.col.what": ("Wat", "What"),
    "compare.too_few": ("Kies minstens twee regio's om te vergelijken.", "Choose at least two regions to compare."),
    "compare.population": ("Bevolking en gemeenten", "Population and municipalities"),
    "compare.municipalities": ("{n} gemeenten: {names}", "{n} municipalities: {names}"),
    "compare.poverty": ("Geschat aantal personen met risico op armoede (administratief, {year})",
                            "Estimated persons at risk of poverty (administrative, {year})"),
    "compare.challenges": ("Uitdagingen en hun persona's, in volgorde", "Challenges and their personas, in order"),
    "compare.method": ("Gekozen aanpak", "Chosen method"),
    "compare.tab.differences": ("Wat ze gemeen hebben en niet", "What they share and what not"),
    "compare.tab.approach": ("Aanpak, kanttekeningen, doelgroepen en verrijking", "Method, caveats, target groups and enrichment"),
    "compare.enrichment": ("Wat de verrijkingssessies toevoegden", "What the enrichment sessions added"),
    "compare.none": ("Niets voor deze keuze.", "Nothing for this choice."),
    "compare.quotes": ("De {n} citaten", "The {n} quotes"),
    "compare.similarity": ("Welke regio's lijken op elkaar?", "Which regions are alike?"),
    "compare.show_similarity": ("Toon de gelijkenis", "Show how alike they are"),
    "compare.similarity_help": (
        "Jaccard-index: van alles wat twee regio's samen noemen, het deel dat ze allebei noemen (0 = niets gemeen, 1 = hetzelfde). "
        "Een hoge waarde wijst op een mogelijke partner.",
        "Jaccard index: of everything two regions name between them, the share they both name (0 = nothing in common, 1 = the same). "
        "A high value points to a possible partner."),
    "compare.basis": ("Vergelijk op", "Compare on"),
    "compare.basis.all": ("Alle drie samen", "All three together"),
    "compare.jaccard": ("Jaccard-index", "Jaccard index"),
    "compare.matrix_title": ("Gelijkenis tussen de regio's ({basis})", "Similarity between the regions ({basis})"),
    "compare.reading": ("Wat de matrix zegt", "What the matrix says"),
    "compare.reading.best": ("{a} en {b} lijken het meest op elkaar (Jaccard {j}): ze delen {n} van de {total} punten die ze noemen.",
                                 "{a} and {b} share most (Jaccard {j}): {n} of the {total} points they name."),
    "compare.reading.distinct": ("Wat zij samen noemen en niet elke andere gekozen regio: {items}.",
                                     "What they both name and not every other chosen region does: {items}."),
    "compare.reading.shared": ("Wat ze allebei noemen: {items}.", "What they both name: {items}."),
    "compare.reading.more": ("en {n} meer", "and {n} more"),
    "compare.reading.least": ("{a} en {b} verschillen het meest (Jaccard {j}).", "{a} and {b} differ most (Jaccard {j})."),
    "compare.reading.partner": ("{region} ligt het dichtst bij {partner} ({j}).", "{region} is closest to {partner} ({j})."),
    "compare.reading.none": ("Geen twee gekozen regio's delen iets voor deze keuze.",
                                 "No two chosen regions share anything for this choice."),
    "needs.title": ("Noden en aanbod: welke obstakels krijgen een antwoord?", "Needs and offer: which obstacles get an answer?"),
    "needs.heatmap": ("Obstakels per regio", "Obstacles by region"),
    "needs.hint": ("Klik op een vakje om de citaten erachter te zien.", "Click a cell to see the quotes behind it."),
    "needs.empty": ("Geen obstakels voor deze keuze.", "No obstacles for this choice."),
    "needs.cell_quotes": ("Citaten: {cell}", "Quotes: {cell}"),
    "needs.per_region": ("Noden tegenover aanbod", "Needs against offer"),
    "needs.region": ("Regio om te bekijken", "Region to look at"),
    "needs.links_how": ("Hoe gekoppeld?", "How linked?"),
    "needs.links_explained": (
        "Een koppeling zegt dat een diensttype op een obstakel antwoordt, elk met zijn citaat: {statements} zinnen uit {sources} "
        "addenda, samen {pairs} verschillende koppelingen. Ze zijn op drie manieren gekend: {stated} koppelt de tekst zelf (zoals de "
        "tabel van de Vlaamse-Ardennen); bij {listed} somt de tekst obstakels op naast een lijst met aanbod en is de koppeling van ons "
        "(Oostende, Zuid-West-Vlaanderen, Westhoek); {coded} koppelden wij met het codeboek. Daarnaast zegt het codeboek welke "
        "diensttypes op welk obstakel antwoorden (bv. psychische hulpverlening op psychische problemen). Een nood staat dus op één "
        "van drie manieren: **beantwoord door een koppeling die de tekst zelf maakt**; **beantwoord door een passend diensttype dat "
        "de regio vraagt** (volgens het codeboek of onze koppeling van haar lijsten); of **geen passend diensttype gevraagd**. Een "
        "regio die zelf niets koppelt, staat dus niet als regio die niets beantwoordt. Een koppeling uit een ander addendum staat er "
        "apart bij, als geleend.",
        "A link says that a service type answers an obstacle, each with its quote: {statements} sentences from {sources} addenda, "
        "{pairs} distinct links in all. They are known in three ways: the text itself pairs {stated} (such as the Vlaamse-Ardennen "
        "table); for {listed} the text lists obstacles beside a list of offers and the pairing is ours (Oostende, "
        "Zuid-West-Vlaanderen, Westhoek); we paired {coded} from the codebook. Besides, the codebook says which service types answer "
        "which obstacle (e.g. mental health support answers mental health problems). So a need stands in one of three ways: "
        "**answered by a link the text itself makes**; **answered by a matching service type the region asks for** (by the codebook "
        "or our pairing of its lists); or **no matching service type asked for**. A region that links nothing itself is thus not "
        "shown as answering nothing. A link from another addendum is shown apart, as borrowed."),
    "needs.obstacle.stated": ("{region} legt nadruk op '{label}' ({share} % van haar uitspraken); haar tekst koppelt er zelf een "
                              "gevraagd antwoord aan: {services}.",
                              "{region} puts emphasis on '{label}' ({share} % of its statements); its text itself links an answer "
                              "asked for: {services}."),
    "needs.obstacle.matched": ("{region} legt nadruk op '{label}' ({share} % van haar uitspraken) en vraagt een passend "
                               "diensttype: {services}.",
                               "{region} puts emphasis on '{label}' ({share} % of its statements) and asks for a matching "
                               "service type: {services}."),
    "needs.obstacle.none": ("{region} legt nadruk op '{label}' ({share} % van haar uitspraken), maar vraagt geen passend diensttype.",
                            "{region} puts emphasis on '{label}' ({share} % of its statements), but asks for no matching service type."),
    "needs.obstacle.not_named": ("{region} noemt '{label}' niet.", "{region} does not name '{label}'."),
    "needs.needs": ("Obstakels die {region} noemt", "Obstacles {region} names"),
    "needs.offer": ("Diensttypes die {region} vraagt", "Service types {region} asks for"),
    "needs.needs_count": ("{n} van de {total} obstakels zijn onbeantwoorde noden: de regio vraagt geen passend diensttype.",
                          "{n} of the {total} obstacles are unanswered needs: the region asks for no matching service type."),
    "needs.offer_count": ("{n} van de {total} diensttypes beantwoorden geen enkel obstakel dat de regio noemt.",
                          "{n} of the {total} service types answer none of the obstacles the region names."),
    "needs.row_hint": ("Kies een rij om de citaten erachter te zien.", "Choose a row to see the quotes behind it."),
    "needs.evidence": ("Citaten achter: {label}", "Quotes behind: {label}"),
    "needs.col.answered_by": ("Beantwoord door (gevraagd)", "Answered by (asked for)"),
    "needs.col.answers": ("Beantwoordt (genoemd)", "Answers (named)"),
    "needs.col.linked_not_asked": ("Ook gekoppeld, niet gevraagd", "Also linked, not asked for"),
    "needs.col.borrowed": ("Gevraagd, maar enkel gekoppeld in een ander addendum (geleend)",
                           "Asked for, but linked only in another addendum (borrowed)"),
    "needs.col.borrowed_named": ("Genoemd, maar enkel gekoppeld in een ander addendum (geleend)",
                                 "Named, but linked only in another addendum (borrowed)"),
    "needs.col.linked_not_named": ("Ook gekoppeld, niet genoemd", "Also linked, not named"),
    "needs.col.status": ("Stand", "Status"),
    "needs.col.kind": ("Soort", "Kind"),
    "needs.col.what": ("Wat", "What"),
    "needs.answer.stated": ("beantwoord: de tekst koppelt het zelf", "answered: the text links it itself"),
    "needs.answer.matched": ("beantwoord: passend diensttype gevraagd", "answered: a matching service type asked for"),
    "needs.answer.none": ("geen passend diensttype gevraagd", "no matching service type asked for"),
    "needs.status.matched": ("met genoemd obstakel", "with a named obstacle"),
    "needs.status.unmatched": ("zonder genoemd obstakel", "without a named obstacle"),
    "needs.kind.obstacle": ("Obstakel", "Obstacle"),
    "needs.kind.service_type": ("Diensttype", "Service type"),
    "needs.kind.link": ("Koppeling ({how})", "Link ({how})"),
    # presenting and sharing
    "presentation.switch": ("Presentatiemodus", "Presentation mode"),
    "presentation.help": ("Toont de rondgang langs de regio's in grote letters, zonder zijbalk. Pijltjestoetsen: vorige en volgende; Esc: stoppen.",
                         "Shows the walk through the regions in large type, without the sidebar. Arrow keys: previous and next; Esc: stop."),
    "presentation.previous": ("Vorige", "Previous"),
    "presentation.next": ("Volgende", "Next"),
    "presentation.position": ("Stap **{n}** van {total}", "Step **{n}** of {total}"),
    "presentation.step": ("Stap", "Step"),
    "presentation.other_language": ("English", "Nederlands"),
    "presentation.leave": ("Stoppen", "Stop"),
    "presentation.nothing": ("Niets te tonen voor deze keuze.", "Nothing to show for this choice."),
    "presentation.view.overview": ("De regio's en hun gemeenten", "The regions and their municipalities"),
    "presentation.view.map": ("{region}: de gemeenten", "{region}: the municipalities"),
    "presentation.view.personas": ("{region}: welke persona's?", "{region}: which personas?"),
    "presentation.view.obstacles": ("{region}: welke obstakels?", "{region}: which obstacles?"),
    "presentation.pdf": ("PDF", "PDF"),
    "presentation.pdf_making": ("PDF: dia {n} van {total}", "PDF: slide {n} of {total}"),
    "presentation.pdf_ready": ("PDF klaar", "PDF ready"),
    "presentation.pdf_failed": ("De PDF kon niet gemaakt worden; probeer opnieuw.", "The PDF could not be made; try again."),
    "presentation.pdf_help": ("Alle stappen van deze rondgang als PDF, een dia per pagina, voor als het scherm of de laptop het laat afweten. Ze wordt gemaakt terwijl u verder presenteert (een balk toont hoe ver); dan verschijnt de knop 'PDF klaar'.",
                             "Every step of this walk as a PDF, one slide a page, for when the screen or laptop fails. It is made while you go on presenting (a bar shows how far); then the button 'PDF ready' appears."),
    "presentation.part": ("{title} ({n}/{total})", "{title} ({n}/{total})"),
    "presentation.highest": ("Armoederisico het hoogst in {name}: {rate} %", "Poverty risk highest in {name}: {rate} %"),
    "presentation.flanders": ("Vlaanderen: {rate} %", "Flanders: {rate} %"),
    "presentation.same_scale": ("zelfde schaal op elke dia", "same scale on every slide"),
    "presentation.depends": ("† hangt af van de maat", "† depends on the measure"),
    "presentation.caveat": ("‡ de regio maakt er zelf een kanttekening bij (zie Diensten)",
                            "‡ the region itself makes a caveat about it (see Services)"),
    "presentation.weighted": ("Gewicht: uitdaging 1 telt 1, uitdaging 2 telt ½, uitdaging n telt 1/n",
                              "Weight: challenge 1 counts 1, challenge 2 counts ½, challenge n counts 1/n"),
    "presentation.view.services": ("{region}: welke diensten?", "{region}: which services?"),
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

STRINGS |= {f"{kind}.{indicator.indicator_id}": texts for indicator in INDICATORS.values()
            for kind, texts in (("map.mode", indicator.name), ("indicator", indicator.label), ("source", indicator.source),
                                ("year", indicator.year_name), ("caveat", indicator.caveat))}
STRINGS |= {f"col.{count.column}": count.label for indicator in INDICATORS.values() for count in indicator.counts}


def tr(key: str, lang: str = "nl", **values) -> str:
    """The string for ``key`` in ``lang``, with ``values`` filled in."""
    text = STRINGS[key][LANGUAGES.index(lang)]
    return text.format(**values) if values else text


def localise_columns(frame, columns: dict[str, str], lang: str):
    """Of a data frame, keep ``columns`` (data column -> key of its label here) under their labels in ``lang``."""
    return frame[list(columns)].rename(columns={column: tr(key, lang) for column, key in columns.items()})
