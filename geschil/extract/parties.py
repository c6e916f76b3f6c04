"""Parties: the requester (label, place, term, representative), the insurers and the policies.

Forms read: `A te B, tegen C te D`, `A te B vs. C te D`, `De heer A te B`, `Mevrouw A te B,
vertegenwoordigd door de heer C te D`, insurers numbered `1) …, en 2) …`, `… N.V. en … N.V.,
beide te Amersfoort`, `E en F, beide te G`, closed by `hierna (gezamenlijk) te noemen: …`.
"""

from __future__ import annotations

import re

from geschil import literals
from geschil.extract.head import Found
from geschil.extract.sections import Section, first
from geschil.extract.text import sentences, squash

# "'s-Hertogenbosch", "’s-Gravenhage": a place may open with the old genitive
PLACE = r"(?:['’]s[ -])?[A-Z][\w'’.-]*(?:[ -](?:aan|op|den|de|bij|in|a/d|[A-Z][\w'’.-]*))*"
HONORIFIC = r"(?:(?i:de\s+heer|mevrouw|dhr\.|mw\.|mevr\.|mr\.)\s+)+"  # "mevrouw mr. C": both
PARTY_SPLIT = literals.compile(r"\s*(?:,\s*)?(?:\btegen\b|\bvs\.?|\bversus\b|(?:^|\n)\s*en\s*(?:\n|$)"
                               r"|\b(?:heeft|hebben)\s+een\s+geschil\s+met\b)\s*", re.M)
# A flattened copy lost the line with "en" alone: the insurer follows ", en" after the requester's
# own "hierna te noemen: verzoekster" (or "hierna: verzoekster") clause (and its representative).
FLAT_SPLIT = literals.compile(r"hierna\s*(?:(?:te\s+noemen|genoemd)\s*:?|:)\s*verzoek(?:st)?er\b.*?(?P<split>,?\s+en\s+)(?=[A-Z0-9])",
                        re.S)
HIERNA = literals.compile(r",?\s*hierna\s*(?:\(?(?:gezamenlijk|samen|afzonderlijk|respectievelijk)\)?\s*)?(?:(?:te\s+noemen|genoemd)\s*:?|:)\s*"
                    r"(?:de\s+|het\s+)?(?P<term>[\w-]+)", re.I)
# "vertegenwoordigd door …", "bijgestaan door …", "gemachtigde: mr. C te D"
_BY = r"(?:vertegenwoordigd|bijgestaan)\s+door|gemachtigde\s*:"
# the role may be double: "door zijn moeder en mentor, mevrouw C te B"
REPRESENTED = literals.compile(rf",?\s*(?:{_BY})\s+(?:(?:zijn|haar|hun)\s+[\w-]+(?:\s+en\s+[a-z][\w-]*)?,?\s+)?(?:{HONORIFIC})?"
                         rf"(?P<label>.+?)\s+te\s+(?P<place>{PLACE})", re.S)
# A role written after a representative's name: "mr. C, advocaat te D".
# "mr. C, advocaat", "mr. C, werkzaam bij Rechtshulp Noord": a role, perhaps with its employer
# ... set off by commas on both sides: "mevrouw C, persoonlijk begeleider, te D" (blind round 161)
ROLE_AFTER_NAME = literals.compile(r",\s*(?:[a-z][\w-]*\s*){1,3}(?:(?<=\s)(?:bij|aan|van)\s+[^,]+)?,?$")
ENTITY = literals.compile(rf"^(?:{HONORIFIC})?(?P<label>.+?),?\s+(?:gevestigd\s+)?te\s+(?P<place>{PLACE})\s*$", re.S)
SHARED_PLACE = literals.compile(rf"^(?P<names>.+?)(?:,\s*|\s+)(?:beiden?|allebei|allen|alle\s+drie|alle)\s+(?:gevestigd\s+)?te\s+(?P<place>{PLACE})\s*$", re.S)
MASKED = literals.compile(r"^[Xx]\.?[Xx.\s]*[Xx]+|^\[?email|\bxxx\b", re.I)


# "BINDEND ADVIES / inzake / A te B, … / tegen / C te D, …": the parties in a head of its own, set
# off by "inzake" on a line of its own (blind round 169)
INZAKE = literals.compile(r"^[ \t]*inzake[ \t]*$", re.M | re.I)
HEAD_REACH = 3000  # how far the head may run when no section follows it


def _party_zones(text: str, sections: list[Section], block: dict[str, Found]) -> list[tuple[int, int]]:
    """The parties section (it names representatives), then the head block's `Partijen :`, else
    the head's "inzake … tegen …" before the first section."""
    zones = []
    parties = first(sections, "parties")
    if parties:
        zones.append((parties.body_start, parties.end))
    if "Partijen" in block and block["Partijen"].value:
        zones.append((block["Partijen"].start, block["Partijen"].end))
    if not zones:
        end = next((s.start for s in sections if s.kind != "head"), min(len(text), HEAD_REACH))
        head = INZAKE.search(text, 0, end)
        if head:
            zones.append((head.end(), end))
    return zones


def parties(text: str, sections: list[Section], block: dict[str, Found]):
    """(requester Found[dict] | None, representative Found | None, [insurer Found]).
    What a parties section cut off by the end of a partial text leaves out, the head block gives."""
    requester, rep, insurers = None, None, []
    for a, b in _party_zones(text, sections, block):
        found_req, found_rep, found_ins = _parties_in(text, a, b)
        if requester is None or not requester.value.get("label"):
            requester = found_req or requester
        rep = rep or found_rep
        insurers = insurers or found_ins
        if requester and requester.value.get("label") and insurers:
            break
    return requester, rep, insurers


# "beide te Den\nHelder": a place whose first word cannot end it, wrapped onto the next line
WRAPPED_PLACE = literals.compile(r"(\bte\s+(?:Den|De|Het|Ter|Ten|Sint|'s))[ \t]*\n[ \t]*(?=[A-Z])")


def _parties_in(text: str, a: int, b: int):
    # the line break inside a wrapped place becomes a space (offsets stay)
    chunk = WRAPPED_PLACE.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), text[a:b])
    pieces = [(m.start(), m.end()) for m in PARTY_SPLIT.finditer(chunk)]
    flat = None if pieces else FLAT_SPLIT.search(chunk)
    if flat:
        pieces = [flat.span("split")]
    if not pieces:
        return None, None, []
    cut_a, cut_b = pieces[0]
    req_text, ins_text = chunk[:cut_a], chunk[cut_b:]
    requester, rep = _requester(req_text, a)
    insurers = _insurers(ins_text, a + cut_b)
    return requester, rep, insurers


# "A, vertegenwoordigd door haar vader C, beiden te B": the place is the requester's too.
SHARED_WITH_REP = literals.compile(r",?\s*\b(?:beiden?|allebei|allen|alle\s+twee)\s*$", re.I)


# "vertegenwoordigd door zijn moeder, mevrouw C": a representative the ruling gives no place.
REPRESENTED_NO_PLACE = literals.compile(
    rf",?\s*(?:{_BY})\s+(?:(?:zijn|haar|hun)\s+[\w-]+,?\s+)?(?:{HONORIFIC})?"
    r"(?P<label>[^,\n]+?)\s*(?=,|$)")


def _requester(chunk: str, offset: int):
    rep, shared_place = None, None
    m = REPRESENTED.search(chunk)
    if m is None:
        loose = REPRESENTED_NO_PLACE.search(chunk)
        if loose and not MASKED.search(loose["label"]):
            rep = Found({"label": squash(loose["label"]), "place": None}, offset + loose.start("label"),
                        offset + loose.end("label"))
            chunk = chunk[:loose.start()] + " " * (len(chunk) - loose.start())
            m = None
    if m and SHARED_WITH_REP.search(m["label"]):
        shared_place = m["place"]
    if m and not MASKED.search(m["label"]):  # a masked name is not a value
        label = ROLE_AFTER_NAME.sub("", m["label"])  # "mr. C, advocaat" → "mr. C"
        rep = Found({"label": squash(label), "place": m["place"]}, offset + m.start("label"),
                    offset + m.start("label") + len(label))
    if m:
        chunk = chunk[:m.start()] + " " * (len(chunk) - m.start())
    term = None
    h = HIERNA.search(chunk)
    if h:
        term = h["term"].lower() if h["term"].lower() in ("verzoeker", "verzoekster") else None
        chunk = chunk[:h.start()] + " " * (len(chunk) - h.start())
    body = chunk.rstrip(" ,\n")
    m = ENTITY.match(body.strip())
    lead = len(body) - len(body.lstrip())
    if not m and shared_place and body.strip():
        m = ENTITY.match(f"{body.strip()} te {shared_place}")
        end = offset + len(body)  # the evidence: the requester's own words
    elif m:
        end = offset + lead + m.end("place")
    if not m:
        return None, rep
    label = squash(m["label"])
    honorific = re.match(HONORIFIC, body.strip(), re.I)
    if term is None and honorific:
        first = honorific.group(0).split()[0].lower()
        term = "verzoekster" if first in ("mevrouw", "mw.", "mevr.") else "verzoeker"
    value = {"label": None if MASKED.search(label) else label, "place": None if MASKED.search(m["place"]) else m["place"], "term": term}
    return Found(value, offset + lead + m.start("label"), end), rep


NUMBERING = literals.compile(r"(?:^|[,;\n]\s*(?:en\s+)?|\s+en\s+)\s*(?:\d{1,2}|[a-z])\)\s*")
SHARED_TAIL = literals.compile(rf"(?:,\s*|\s+)(?:beiden?|allebei|allen|alle\s+drie|alle)\s+(?:gevestigd\s+)?te\s+(?P<place>{PLACE})\s*[,.]?\s*$")
# One "NAME te PLACE" after another; a comma before a legal form stays in the name
# ("Univé Zorg, N.V."), and "gevestigd te" reads as "te".
_NAME_CHAR = r"(?:[^,;\n]|,\s*(?=(?:N\.V\.|B\.V\.|U\.A\.)))"
# A name starts at a word start and is at most a few hundred characters: otherwise the lazy
# label would rescan the rest of its line from every position (quadratic on a long line).
ENTITY_SEQ = literals.compile(rf"(?<!\w)\s*(?:en\s+)?(?P<label>{_NAME_CHAR}{{1,300}}?(?:\n{_NAME_CHAR}{{1,300}}?)?),?\s+(?:gevestigd\s+)?te\s+(?P<place>{PLACE})\s*(?:[,;]\s*(?:en\s+)?|\s+en\s+|$)", re.S)


# An apposition or relative clause inside an insurer's entry names no insurer of its own:
# "N.V., voorheen genaamd Zorgverzekeraar Noorderzijl N.V., te Groningen", "beide te Leeuwarden,
# die de verzekeringen uitvoeren onder het label Kwelder Zorg". Blanked (offsets stay).
# It runs to the next comma, over a wrapped line, never past a blank line or "hierna".
INSURER_NOTE = literals.compile(r",\s*(?:voorheen|destijds|thans|tevens|handelend(?:e)?\s+onder|h\.o\.d\.n\.|die|dat|welke)\b"
                                r"(?:(?!hierna\b)[^,;\n]|\n(?![ \t]*\n))*")


def _insurers(chunk: str, offset: int) -> list[Found]:
    chunk = INSURER_NOTE.sub(lambda m: " " * len(m.group(0)), chunk)
    h = HIERNA.search(chunk)
    body = chunk[:h.start()] if h else chunk
    marks = list(NUMBERING.finditer(body))
    shared = SHARED_TAIL.search(body)
    if marks and shared:  # "1) A, 2) B en 3) C, alle te Zwolle": the place belongs to all
        return _numbered_with_shared_place(body, marks, shared, offset)
    if marks:
        bounds = [m.end() for m in marks] + [len(body)]
        items = [(bounds[i], marks[i + 1].start() if i + 1 < len(marks) else len(body))
                 for i in range(len(marks))]
    else:
        items = [(0, len(body))]
    out: list[Found] = []
    for a, b in items:
        _entities(body[a:b], offset + a, out)
    return out


def _numbered_with_shared_place(body: str, marks: list, shared: re.Match, offset: int) -> list[Found]:
    out: list[Found] = []
    ends = [m.start() for m in marks[1:]] + [shared.start()]
    for mark, end in zip(marks, ends, strict=True):
        name = body[mark.end():end].strip(" ,;\n")
        pos = offset + mark.end() + (len(body[mark.end():end]) - len(body[mark.end():end].lstrip(" ,;\n")))
        out.append(Found({"name": squash(name), "place": shared["place"]}, pos, pos + len(name)))
    return out


_LEGAL_FORM = r"(?:N\.V\.|B\.V\.|U\.A\.|W\.A\.|B\.A\.)"
ALL_LEGAL_FORMS = re.compile(rf"(?:\s*(?:,|\ben\b)?\s*[^,]+?{_LEGAL_FORM})+\s*")
BY_LEGAL_FORM = re.compile(rf"(?:^|(?<=[,.])\s*(?:en\s+)?|\s+en\s+)?[^,]+?{_LEGAL_FORM}(?=\s*,|\s+en\s+|\s*$)")
BY_COMMA_OR_EN = re.compile(r"[^,]+?(?=\s*,|\s+en\s+|$)")


def _entities(piece: str, offset: int, out: list[Found]) -> None:
    stripped = re.sub(r"[,;\s]*(?:\ben)?[,;\s]*$", "", piece)
    lead = len(stripped) - len(stripped.lstrip())
    stripped = stripped.strip()
    offset += lead
    shared = SHARED_PLACE.match(stripped)
    if shared:
        # "Zorgverzekeraar Gooi en Eem N.V. en OWM Gooi en Eem U.A., beide te …": when every name
        # ends in its legal form, a name is split after that form only ("en" inside a name stays)
        names = shared["names"]
        split = BY_COMMA_OR_EN
        if ALL_LEGAL_FORMS.fullmatch(names):
            by_form = len(BY_LEGAL_FORM.findall(names))
            split = BY_LEGAL_FORM if 1 < by_form < len(BY_COMMA_OR_EN.findall(names)) else split
        for m in split.finditer(names):
            name = re.sub(r"^\s*(?:en\s+)?", "", m.group(0)).strip()
            if name:
                pos = offset + shared["names"].find(name, m.start())
                out.append(Found({"name": squash(name), "place": shared["place"]}, pos, pos + len(name)))
        return
    for m in ENTITY_SEQ.finditer(stripped):
        label = squash(m["label"])
        if label:
            out.append(Found({"name": label, "place": m["place"]}, offset + m.start("label"), offset + m.end("place")))


def requester_term(text: str) -> str | None:
    """verzoeker or verzoekster, by how the ruling names the requester most often."""
    he = len(re.findall(r"\bverzoeker\b", text, re.I))
    she = len(re.findall(r"\bverzoekster\b", text, re.I))
    if he == she == 0:
        return None
    return "verzoekster" if she > he else "verzoeker"


# The kind of policy told beside its name: "(naturapolis)", ", een naturapolis", ", een zorgverzekering
# als bedoeld in de Zorgverzekeringswet" (blind round 125: the act's name is no policy's).
_KIND_NOTE = (r"(?:\s*\((?:natura|restitutie|budget|combinatie)[^)]*\)"
              r"|,\s+(?:een|de|het)\s+(?:natura|restitutie|budget|combinatie)\w*(?:\s+\w+)?,?"
              r"|,\s+een\s+(?:zorg|basis)verzekering\s+(?:als\s+bedoeld\s+in|in\s+de\s+zin\s+van)\s+"
              # "… als bedoeld in artikel 11, eerste lid, onder b, Zvw": the article before the law
              r"(?:art(?:ikel|\.)\s+\d+[a-z]?(?:,?\s+(?:\w+\s+lid|lid\s+\d+|(?:aanhef\s+en\s+)?(?:onder|sub)\s+[a-z]))*,?\s+(?:van\s+)?)?"
              r"(?:de\s+|het\s+)?(?:Zorgverzekeringswet|Zvw)\b(?:\s+\(Zvw\))?,?)?")
BASIC_POLICY = literals.compile(
    r"(?:op\s+(?:basis|grond)\s+van|krachtens|ingevolge|via)\s+(?:de\s+|het\s+|een\s+)?(?:polis\s+)?(?P<name>(?:[a-z](?:\.[a-z])+\.?\s+)?[A-Z][\w'’&+-]*(?:\s+[\w'’&+-]+){0,6}?)"
    + _KIND_NOTE + r"\s*\(hierna(?:\s+te\s+noemen)?:?\s*(?:de\s+)?zorgverzekering\)")
# The name without "op basis van": ", de Amstelland Basis Natura (hierna: de zorgverzekering)".
# ... with "en" or "van" inside ("de Gooi en Eem Basispolis"), and "(de zorgverzekering)" alone.
BASIC_BEFORE_HIERNA = literals.compile(
    r"(?P<name>[A-Z][\w'’&+-]*(?:\s+(?:(?:en|van|de|der|den|het|&)\s+){0,2}[A-Z0-9][\w'’&+-]*){0,5})"
    + _KIND_NOTE + r"\s*\((?:hierna(?:\s+te\s+noemen)?:?\s*)?(?:de\s+)?zorgverzekering\)")
# Without "(hierna: de zorgverzekering)": "verzekerd op grond van de Noorderzijl Basispolis; …".
BASIC_NAMED = literals.compile(
    r"\bverzekerd\s+(?:\w+\s+){0,4}?(?:op\s+(?:basis|grond)\s+van|krachtens)\s+(?:de\s+|het\s+)?"
    # "de Basispolis", "de Polderzorg Basis Natura" (the kind of policy after the word)
    r"(?P<name>[A-Z][\w'’&+-]*(?:\s+[A-Z0-9][\w'’&+-]*){0,4}?\s?(?:[Pp]olis|[Bb]asis\w*)"
    r"(?:\s+[A-Z][a-z]+(?=\s*[,.;(]|\s+[a-z]))?)\b(?!\s*\(hierna)")
# The name after the word: "verzekerd op basis van de zorgverzekering Noorderzorg Basis Vrij en de
# aanvullende verzekering …".
BASIC_KEYWORD = literals.compile(
    r"\bverzekerd\s+(?:\w+\s+){0,4}?(?:op\s+(?:basis|grond)\s+van|krachtens)\s+(?:de\s+|het\s+)?"
    r"(?:zorgverzekering|basisverzekering)\s+(?P<name>[A-Z][\w'’&+-]*(?:\s+[A-Z0-9][\w'’&+-]*){0,4})"
    r"(?=\s+en\s|\s*[,.;(])")
# Named beside the supplementary one: "de zorgverzekering Kempenland Basis Budget en de aanvullende
# verzekering …" (whatever verb tells that the requester has it).
BASIC_BESIDE = literals.compile(
    r"\bde\s+(?:zorgverzekering|basisverzekering)\s+(?P<name>[A-Z][\w'’&+-]*(?:\s+[A-Z0-9][\w'’&+-]*){0,4})"
    r"(?=\s+en\s+(?:de\s+|een\s+)?aanvullende\s+(?:zorg|tand)?verzekering)")
# Named before the supplementary one: "verzekerd op grond van de Duinstreek Basis Vrij en de
# aanvullende verzekering Duinstreek Tand Royaal".
BASIC_BEFORE_SUPPLEMENTARY = literals.compile(
    r"\bverzekerd\s+(?:\w+\s+){0,4}?(?:op\s+(?:basis|grond)\s+van|krachtens|ingevolge)\s+(?:de\s+|het\s+)?"
    r"(?P<name>[A-Z][\w'’&+-]*(?:\s+[A-Z0-9][\w'’&+-]*){0,4})"
    r"(?=\s+en\s+(?:de\s+|een\s+)?aanvullende\s+(?:ziektekosten|zorg|tand)?verzekering)")
# Named in apposition: "een zorgverzekering, de Maasland Basis, en een aanvullende verzekering, …".
BASIC_APPOSITION = literals.compile(
    r"\b(?:de|een)\s+(?:zorgverzekering|basisverzekering),\s+(?:de|het)\s+"
    r"(?P<name>[A-Z][\w'’&+-]*(?:\s+[A-Z0-9][\w'’&+-]*){0,4}),"
    r"(?=\s+en\s+(?:de\s+|een\s+)?aanvullende\s+(?:ziektekosten|zorg|tand)?verzekering)")
# The head's bracketed line of what was applied names the policy before its year:
# "(Zorgverzekering Hanze Basis 2012, artt. 10 en 11 Zvw)", "(Aanvullende verzekering IJssel Tand
# 2011, art. 18.2 voorwaarden)", "…; voorwaarden aanvullende verzekering TandPlus 2010, art. 9.7)".
HEAD_POLICY = literals.compile(
    r"(?:^[ \t]*\(|;[ \t]*)(?i:voorwaarden\s+)?(?P<kind>(?i:zorgverzekering|basisverzekering|aanvullende\s+(?:ziektekosten)?verzekering))"
    r"\s+(?P<name>[A-Z][\w'’&+-]*(?:\s+(?:(?:en|van|de)\s+)?[A-Z0-9][\w'’&+-]*){0,5}?)\s+(?:19|20)\d{2}\b", re.M)
SUPPLEMENT_WORDS = literals.compile(r"tand|aanvul", re.I)
# A word of a product's name: a capital or a number ("Fysio 9", "Tand Plus 500"), never the year
# of the conditions ("aanvullende verzekering 2010, art. 12.2").
_WORD = r"(?!(?:19|20)\d{2}\b)[A-Z0-9][\w'’&+-]*"
# Two forms, each sought on its own (each opens with a literal or a class, so sre skips to
# those; as one alternation it tried both at every place): the leftmost match of either, the
# named form first where both start (supplementary_policy).
# a head block's label run into the line before it in a web copy ("… aanvullende verzekering
# Zaaknummer : 201208571") is no name
# ... nor a paragraph's number after a subheading ("De aanvullende verzekering\n6.3. Artikel 17 …", blind round 124)
_NOT_LABEL = r"(?!(?:Zaaknummer|Zittingsdatum|Zaak|Partijen|Datum|Kenmerk)\b|\d{1,2}\.\d)"
SUPPLEMENTARY_NAMED = literals.compile(
    rf"aanvullende\s+(?:ziektekosten)?verzekering(?:en)?\s+{_NOT_LABEL}(?P<name>{_WORD}(?:\s+(?:(?:en|van|de|der|den|het|aan|op|&)\s+){{0,2}}{_WORD}){{0,4}}(?:\s+sterren?)?)")
# "Verder heeft hij een aanvullende verzekering, Zuiderhaven Aanvullend Goed, die …": the name in apposition.
SUPPLEMENTARY_APPOSED = literals.compile(
    rf"aanvullende\s+(?:ziektekosten)?verzekering,\s+(?:de\s+|het\s+)?(?P<name>{_WORD}(?:\s+{_WORD}){{1,4}}),")
SUPPLEMENTARY_HIERNA = literals.compile(
    r"(?P<name>[A-Z][\w'’&+-]*(?:\s+[A-Z0-9][\w'’&+-]*){0,3})\s*\(hierna(?:\s+te\s+noemen)?:?\s*(?:de\s+)?aanvullende\s+(?:ziektekosten)?verzekering\)")
# Fallbacks: the sentence says the requester is insured, without a policy name (and not "geen").
SUPPLEMENTARY_ANY = literals.compile(r"^(?!.*\b(?:geen|niet)\b).*\b(?:verzekerd|heeft\s+een)\b.*\baanvullende\s+(?:ziektekosten)?verzekering", re.I | re.S)
BASIC_ANY = literals.compile(r"^(?!.*\b(?:geen|niet)\b).*\b(?:verzekerd|heeft\s+een)\b.*\b(?:zorgverzekering|basisverzekering)\b", re.I | re.S)


def policies(text: str, sections: list[Section]) -> list[Found]:
    """Policies named where the ruling states the insurance situation."""
    zone = first(sections, "facts") or first(sections, "procedure") or first(sections, "head")
    a, b = (zone.body_start, zone.end) if zone else (0, len(text))
    annex = first(sections, "annex")
    body_end = annex.start if annex else len(text)
    out: list[Found] = []
    m = (BASIC_POLICY.search(text, a, b) or BASIC_POLICY.search(text, 0, body_end)
         or BASIC_BEFORE_HIERNA.search(text, 0, body_end) or _basic(BASIC_NAMED, text, body_end)
         or BASIC_KEYWORD.search(text, 0, body_end) or BASIC_BESIDE.search(text, 0, body_end)
         or BASIC_APPOSITION.search(text, 0, body_end) or _basic(BASIC_BEFORE_SUPPLEMENTARY, text, body_end))
    m = m or _head_policy(text, sections, "basic")
    if m:
        out.append(Found({"type": "basic", "name": squash(m["name"])}, m.start("name"), m.end("name")))
    else:
        out.extend(_unnamed("basic", BASIC_ANY, text, a, b))
    s = (supplementary_policy(text, a, b) or supplementary_policy(text, 0, body_end)
         or _head_policy(text, sections, "supplementary"))
    if s:
        out.append(Found({"type": "supplementary", "name": squash(s["name"])}, s.start("name"), s.end("name")))
        if a <= s.start() < b:  # named in the facts: a later one there too (the requester switched)
            out.extend(Found({"type": "supplementary", "name": squash(m["name"])}, m.start("name"), m.end("name"))
                       for m in _more_supplementary(text, a, b, s))
    else:
        out.extend(_unnamed("supplementary", SUPPLEMENTARY_ANY, text, a, b))
    return out


def supplementary_policy(text: str, pos: int, endpos: int) -> re.Match | None:
    """The supplementary policy named in text[pos:endpos]: the leftmost of its three forms."""
    found = [m for m in (SUPPLEMENTARY_NAMED.search(text, pos, endpos), SUPPLEMENTARY_HIERNA.search(text, pos, endpos),
                         SUPPLEMENTARY_APPOSED.search(text, pos, endpos)) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


def _more_supplementary(text: str, a: int, b: int, first: re.Match) -> list[re.Match]:
    """Further supplementary policies the facts name after the first ("… De Linge Extra Zorg 2.
    Met ingang van 1 januari 2023 is zij overgestapt naar de aanvullende ziektekostenverzekering
    De Linge Extra Zorg 3"): each a name of its own, not a part of one already found."""
    names, out = [squash(first["name"])], []
    for m in SUPPLEMENTARY_NAMED.finditer(text, first.end(), b):
        name = squash(m["name"])
        if not any(name in n or n in name for n in names):
            names.append(name)
            out.append(m)
    return out


def _head_policy(text: str, sections: list[Section], kind: str) -> re.Match | None:
    """A policy of this kind named in the head's bracketed line (the name group is `name`)."""
    head = first(sections, "head")
    if head is None:
        return None
    return next((m for m in HEAD_POLICY.finditer(text, head.start, head.end)
                 if m["kind"].lower().startswith("aanvul") == (kind == "supplementary")), None)


def _basic(pattern: re.Pattern, text: str, end: int) -> re.Match | None:
    """The first match of a basic policy's pattern whose name is not a supplementary one's."""
    return next((m for m in pattern.finditer(text, 0, end) if not SUPPLEMENT_WORDS.search(m["name"])), None)


def _unnamed(kind: str, pattern: re.Pattern, text: str, a: int, b: int) -> list[Found]:
    for sa, sb in sentences(text, a, b):
        if pattern.search(text[sa:sb]):
            return [Found({"type": kind, "name": None}, sa, sb)]
    return []
