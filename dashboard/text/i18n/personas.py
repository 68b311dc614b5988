"""Interface strings (Dutch, English) of the personas page."""

STRINGS: dict[str, tuple[str, str]] = {
    "personas.title": ("Hoe vaak wordt elke persona genoemd?", "How often is each persona cited?"),
    "personas.measure": ("Tel", "Count"),
    "personas.tab.frequency": ("Hoe vaak", "How often"),
    "personas.tab.by_region": ("Per regio", "By region"),
    "personas.by_region_dots": ("Welke regio's noemen elke persona? Een stip per regio, met de rang van haar uitdaging",
                                "Which regions name each persona? A dot per region, with the rank of its challenge"),
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
}
