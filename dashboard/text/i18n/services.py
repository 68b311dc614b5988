"""Interface strings (Dutch, English) of the services page: service types, the regions' caveats and the heatmap."""

STRINGS: dict[str, tuple[str, str]] = {
    "heatmap.same_scale": ("(zelfde kleuren op elke pagina)", "(same colours on every page)"),
    "heatmap.past_scale": ("boven {top}: donkerste kleur", "above {top}: darkest colour"),
    "heatmap.scroll": ("← Schuif de grafiek opzij voor de andere regio's; de namen van de rijen blijven staan →",
                       "← Swipe the chart sideways for the other regions; the row names stay in view →"),
    "services.title": ("Welke types dienstverlening vraagt elke regio?", "Which types of service does each region ask for?"),
    "services.hint": ("Klik op een vakje om de citaten erachter te zien. #n is de rang van belang die de regio zelf geeft.",
                      "Click a cell to see the quotes behind it. #n is the order of importance the region gives."),
    "services.empty": ("Geen diensttypes voor deze keuze.", "No service types for this choice."),
    "services.quotes": ("Citaten: {region} · {service}", "Quotes: {region} · {service}"),
    "services.pick": ("Of kies een vakje", "Or choose a cell"),
    "caveats.title": ("Kanttekeningen van de regio's zelf ({n})", "The regions' own caveats ({n})"),
    "caveats.help": ("Wat een addendum zelf zegt over hoe zijn noden en vragen te lezen: lees de cijfers in dat licht.",
                     "What an addendum itself says about how to read its needs and requests: read the figures in that light."),
    "caveats.none": ("Het addendum maakt geen kanttekeningen.", "The addendum makes no caveats."),
    "caveats.challenge": (" (uitdaging {rank})", " (challenge {rank})"),
    "caveats.more": ("en {n} andere kanttekeningen (zie Diensten)", "and {n} more caveats (see Services)"),
    "caveats.types": (" — diensttypes: {types}", " — service types: {types}"),
}
