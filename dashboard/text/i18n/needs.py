"""Interface strings (Dutch, English) of needs and offer: obstacles against the service types that answer them."""

STRINGS: dict[str, tuple[str, str]] = {
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
}
