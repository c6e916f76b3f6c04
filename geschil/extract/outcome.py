"""The committee's decision, read from the decision section only.

Words like "afgewezen" elsewhere (the insurer rejected the claim) are not the outcome.
"""

from __future__ import annotations

import re

from geschil import literals
from geschil.extract.head import Found
from geschil.extract.sections import Section, last

# Phrases of the decision, per outcome, as data.
PHRASES = {
    "inadmissible": literals.compile(r"niet[- ]?ontvankelijk", re.I),
    "no_jurisdiction": literals.compile(r"verklaart\s+zich\s+(?:\w+\s+)?onbevoegd|(?:is|acht\s+zich)\s+niet\s+bevoegd|onbevoegd", re.I),
    "partially_granted": literals.compile(r"(?:gedeeltelijk|ten\s+dele|deels|voor\s+een\s+deel)\s+(?:\w+\s+){0,3}toe\b"
                                          # "verklaart het verzoek gedeeltelijk gegrond" (blind round 177)
                                          r"|verklaart\s+(?:het\s+)?(?:verzoek|beroep)\w*\s+(?:gedeeltelijk|ten\s+dele|deels)\s+gegrond",
                                          re.I),
    # "wijst het verzoek onder (1) af": a request's number in brackets among the words
    "granted": literals.compile(r"wijst\s+(?:het|de)\s+(?:\w+\s+){0,4}(?:verzoek|vordering)(?:en)?\s+(?:[\w()]+\s+){0,6}?toe\b"
                          r"|bepaalt\s+dat\s+(?:de\s+)?(?:ziektekosten|zorg)?verzekeraar(?:[^.]|\.(?=\d)){0,200}?"
                          r"(?:vergoedt|vergoeden|dient\s+te\s+vergoeden|heeft\s+te\s+vergoeden|gehouden\s+is)"
                          r"|(?:verzoek|vordering)\w*\s+(?:\w+\s+){0,4}(?:wordt|worden)\s+toegewezen"
                          r"|verklaart\s+(?:het\s+)?(?:verzoek|beroep)\w*\s+gegrond"
                          # an order to decide anew on the application: the request succeeds that far (blind round 171)
                          r"|bepaalt\s+dat\s+(?:de\s+)?(?:ziektekosten|zorg)?verzekeraar\s+(?:[^.]|\.(?=\d)){0,120}?"
                          r"\bnieuw\w*\s+(?:besluit|beslissing)\s+(?:neemt|te\s+nemen)\b"
                          # the request first: "Het verzoek onder (1) wijst de commissie toe" (blind round 78)
                          r"|(?:verzoek|vordering)\w*\s+(?:[\w()]+\s+){0,6}?wijst\s+de\s+commissie\s+(?:\w+\s+)?toe\b", re.I),
    "rejected": literals.compile(r"wijst\s+(?:het|de)\s+(?:\w+\s+){0,6}?(?:verzoek|verzochte|vordering)(?:en)?\s+(?:[\w()]+\s+){0,6}?af\b"
                           r"|(?:verzoek|vordering)\w*\s+(?:\w+\s+){0,4}(?:wordt|worden)\s+afgewezen"
                           r"|verklaart\s+(?:het\s+)?(?:verzoek|beroep)\w*\s+ongegrond"
                           # "De verzoeken onder (2) en (3) wijst de commissie af" (blind round 78)
                           r"|(?:verzoek|vordering)\w*\s+(?:[\w()]+\s+){0,6}?wijst\s+de\s+commissie\s+(?:\w+\s+)?af\b", re.I),
}
REST_REJECTED = literals.compile(r"wijst\s+(?:het\s+)?(?:meer\s+of\s+anders\s+verzochte|overige|verzoek\s+voor\s+het\s+overige)\s+af|voor\s+het\s+overige\s+af"
                           r"|(?:verder|meer|anders|overigens)\s+(?:\w+\s+){0,3}?(?:gevraagde?|verzochte?|gevorderde?)\s*,?\s*wijst\s+de\s+commissie\s+af", re.I)


# The fee of the proceedings refunded ("bepaalt dat de zorgverzekeraar de door verzoeker betaalde bijdrage
# van € 37,-- aan hem vergoedt"): an order on costs, which grants nothing of the claim (blind round 83)
FEE = literals.compile(r"\b(?:entree|klacht)geld\b|(?<!eigen\s)\bbetaalde\s+bijdrage\b", re.I)
CLAIM_COSTS = literals.compile(r"\bkosten\b|\bten\s+laste\s+van\b", re.I)


def _granted(text: str, start: int, end: int) -> re.Match | None:
    """The first phrase that grants, passing over an order that refunds only the fee."""
    for m in PHRASES["granted"].finditer(text, start, end):
        if not (FEE.search(m.group()) and not CLAIM_COSTS.search(m.group())):
            return m
    return None


def outcome(text: str, sections: list[Section]) -> Found | None:
    """rejected, granted, partially_granted, inadmissible or no_jurisdiction."""
    zone = last(sections, "decision")
    if zone is None:
        return None
    end = zone.end
    hits = {name: p.search(text, zone.start, end) for name, p in PHRASES.items() if name != "granted"}
    hits["granted"] = _granted(text, zone.start, end)
    granted = hits["granted"]
    rejected = hits["rejected"] or REST_REJECTED.search(text, zone.start, end)
    if hits["partially_granted"]:
        return _found("partially_granted", hits["partially_granted"])
    if granted and rejected:
        return _found("partially_granted", granted)
    if granted:
        return _found("granted", granted)
    if hits["inadmissible"] and not rejected:
        return _found("inadmissible", hits["inadmissible"])
    if hits["no_jurisdiction"] and not rejected:
        return _found("no_jurisdiction", hits["no_jurisdiction"])
    if rejected:
        return _found("rejected", rejected)
    return None


def _found(value: str, m: re.Match) -> Found:
    return Found(value, m.start(), m.end())
