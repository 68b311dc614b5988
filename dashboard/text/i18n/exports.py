"""Interface strings (Dutch, English) of downloads, source lines and the printed region report."""

STRINGS: dict[str, tuple[str, str]] = {
    "source.addenda": ("Bron: Lokaal Addendum {names}, 2023", "Source: Lokaal Addendum {names}, 2023"),
    "source.addenda_count": ("Bron: de Lokale Addenda van de {n} regio's, 2023", "Source: the Lokale Addenda of the {n} regions, 2023"),
    "source.population": ("bevolking: Statbel, 1/1/2023", "population: Statbel, 1 Jan 2023"),
    "source.population_2021": ("{n} gemeenten: Statbel, 1/1/2021", "{n} municipalities: Statbel, 1 Jan 2021"),
    "source.boundaries": ("grenzen: Provincies in Cijfers (Statbel)", "boundaries: Provincies in Cijfers (Statbel)"),
    "report.counted": ("n. = rang naar nadruk (gelijke waarden, gelijke rang; bij gelijke nadruk beslist de rangorde van de "
                       "regio zelf); % = aandeel van de uitspraken van de regio; † hangt af van de maat; ‡ de regio maakt er "
                       "zelf een kanttekening bij.",
                       "n. = rank by emphasis (equal values, equal rank; where emphasis ties, the region's own order decides); "
                       "% = share of the region's statements; † depends on the measure; ‡ the region itself makes a caveat about it."),
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
    "report.caveats": ("Kanttekeningen van de regio", "The region's caveats"),
}
