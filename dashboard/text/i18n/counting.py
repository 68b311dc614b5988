"""Interface strings (Dutch, English) of the counting rule (dashboard.core.counting): what a number counts and whether a ranking holds under other measures."""

STRINGS: dict[str, tuple[str, str]] = {
    "unit.emphasis": ("Nadruk: % van de uitspraken van de regio", "Emphasis: % of the region's statements"),
    "unit.presence": ("Aantal uitdagingen waarin de regio het noemt", "Number of the region's challenges naming it"),
    "unit.share": ("Deel van de uitdagingen van de regio", "Share of the region's challenges"),
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
    "count.across": ("Over de getoonde regio's heen de meeste nadruk (gemiddeld aandeel van hun uitspraken; zonder † geldt de "
                     "plaats onder elke maat): {items}.",
                     "Stressed most across the regions shown (mean share of their statements; without † the place holds "
                     "under every measure): {items}."),
    "robust.rank": ("nr. {e} naar nadruk, nr. {m} naar vermeldingen", "#{e} by emphasis, #{m} by mentions"),
    "robust.across": ("nr. {e} naar nadruk, nr. {r} naar aantal regio's, nr. {m} naar vermeldingen",
                      "#{e} by emphasis, #{r} by number of regions, #{m} by mentions"),
    "robust.region": ("regio nr. {e} naar nadruk, nr. {m} naar vermeldingen", "region #{e} by emphasis, #{m} by mentions"),
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
}
