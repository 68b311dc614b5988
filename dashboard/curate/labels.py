"""The review app's names for the parts of a region file and for its verdicts, Dutch first, then English."""

PART_NAMES = {
    "region": "Regio: naam, provincies, bron / Region: name, provinces, source",
    "method": "Aanpak / Method",
    "stated_figures": "Cijfers uit de tekst / Stated figures",
    "municipalities": "Gemeenten / Municipalities",
    "challenges": "Uitdagingen en persona's / Challenges and personas",
    "persona_facts": "Persona-feiten / Persona facts",
    "obstacles": "Obstakels / Obstacles",
    "service_types": "Types dienstverlening / Service types",
    "obstacle_service_links": "Koppelingen obstakel-dienst / Obstacle-service links",
    "service_type_caveats": "Voorbehouden bij een dienst / Service type caveats",
    "caveats": "Voorbehouden van de regio / Region-wide caveats",
    "persona_descriptions": "Persona-beschrijvingen / Persona descriptions",
    "target_groups": "Doelgroepen / Target groups",
    "plans": "Plannen voor het partnerschap / Plans for the partnership",
    "timeline": "Tijdlijn / Timeline",
}
VERDICTS = {"accepted": "Aanvaard / Accepted", "rejected": "Verworpen / Rejected"}
