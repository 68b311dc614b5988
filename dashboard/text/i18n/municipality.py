"""Interface strings (Dutch, English) of the municipality profile."""

STRINGS: dict[str, tuple[str, str]] = {
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
}
