"""The head of a ruling: case number, members and chair, hearing date, place and date of decision.

Reads the modern head (`Zaaknummer: 202300001`), the classic label/value block in both of the
shapes PDF extraction gives it (`Zaaknummer : 201200001` per line, or a line of labels followed
by a line of `: value : value`), and the signature (`Zeist, 13 maart 2026,`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geschil import literals
from geschil.dates import find_dates
from geschil.extract.sections import Section, first, last

# The committee's case numbers through the years: ANO08.143, 2012.03100, 201401171,
# SKGZ202000176, 202300001.
CASE_NUMBER = literals.compile(r"(?<![\w.])(?:ANO\d{2}\.\d{2,5}|SKGZ\s?\d{9}|(?:19|20)\d{2}\.\d{3,5}|(?:19|20)\d{7})(?![\w])")
HEAD_LABELS = ("Partijen", "Zaak", "Zaaknummer", "Zittingsdatum", "Datum zitting", "Datum uitspraak")
_LABEL = "|".join(sorted(HEAD_LABELS, key=len, reverse=True))
INLINE_LABEL = literals.compile(rf"^[ \t]*(?P<label>{_LABEL})[ \t]*:[ \t]*(?P<value>[^\n]*)$", re.M)
LABEL_ROW = literals.compile(rf"^[ \t]*(?:(?:{_LABEL})[ \t]*:?[ \t]*){{2,}}$", re.M)
TITLES = r"(?:mr\.|mrs\.|drs\.|dr\.|prof\.|ir\.|ing\.|mw\.|dhr\.|MSc|LLM|RA|arts|tandarts)"
# a surname may hold a one-letter word between two others ("Tjon A Fong")
# a particle may stand inside a double surname too ("Kleiweg de Zwaan-Meijer", "Berg-van Dam")
# a capital of any Latin script ("drs. K. Şahin", blind round 142)
UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
NAME = literals.compile(rf"^(?:{TITLES}\s*)*(?:[{UPPER}][a-z]?\.(?:\s?[{UPPER}][a-z]?\.)*\s*)+(?:[a-z]+\s+){{0,3}}[{UPPER}][\w'’-]+"
                        rf"(?:[- ](?:[a-z]+\s+){{0,3}}(?:[{UPPER}]\s)?[{UPPER}][\w'’-]+)*$")
# A dotted title glued to what follows; initials in lower case before a surname.
GLUED_TITLE = literals.compile(r"(?<!\w)((?:mr|mrs|drs|dr|prof|ir|ing|mw|dhr)\.)(?=[A-Za-z])")
LOWER_INITIALS = literals.compile(rf"(?<![\w.])(?:[a-z]\.){{1,4}}(?=\s*(?:[a-z]+\s+){{0,3}}[{UPPER}])")
CHAIR = literals.compile(r"\(?\s*,?\s*\(?voorzitter\)?", re.I)
# at a line's start, or run into the decision's last sentence in a flattened web copy
SIGNATURE = literals.compile(
    r"(?:^|(?<=[.;] ))[ \t]*(?:Aldus\s+\w+\s+(?:te|in)\s+)?"
    r"(?!(?:Op|In|Na|Per|Vanaf|Sinds|Tot|Voor|Bij|Van|Tussen|Rond|Eind|Begin|Medio)\b)(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s*,?\s*"
    r"(?:op\s+|d\.d\.\s+)?(?P<date>\d{1,2}\s+[a-z]+\.?\s+\d{4}|\d{1,2}-\d{1,2}-\d{4})\s*[,.]?[ \t]*$", re.M)
# A closing sentence: "Aldus beslist op 12 maart 2010 te Zeist", "Aldus vastgesteld door mr. A.B.
# Jansen, voorzitter, … te Zeist op …": place and date in either order, names (with dots) between.
CLOSING = literals.compile(r"\b(?:Aldus|Zo)\s+(?:beslist|gewezen|vastgesteld|gedaan|uitgesproken|besloten)\b")
CLOSING_REACH = 300
CLOSING_PLACE = literals.compile(r"\bte\s+(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b")
HEARING = [
    literals.compile(r"gehoord", re.I),
    # "zitting van", "zitting heeft plaatsgevonden", "heeft een zitting via een beeldverbinding plaatsgevonden"
    literals.compile(r"\b(?:hoor)?zitting\s+(?:van|op|d\.d\.|(?:[\w-]+\s+){0,4}?(?:plaatsgevonden|gehouden)\b"
                     r"|vond\s+(?:\w+\s+)?plaats)", re.I),
    literals.compile(r"\bter\s+zitting\s+van\b", re.I),
    # "De mondelinge behandeling heeft op 9 oktober 2024 plaatsgevonden" (blind round 167)
    literals.compile(r"\bmondelinge\s+behandeling\b[^.;]{0,60}?\b(?:plaatsgevonden|gehouden)\b", re.I),
]
NO_HEARING = literals.compile(r"(?:zonder|afgezien\s+van)\s+(?:een\s+)?(?:hoor)?zitting", re.I)


@dataclass(frozen=True)
class Found:
    """A value found at a span of the cleaned text."""

    value: object
    start: int
    end: int


def head_block(text: str, head: Section) -> dict[str, Found]:
    """Label → value of the classic head block, in either extracted shape."""
    values: dict[str, Found] = {}
    for m in INLINE_LABEL.finditer(text, head.start, head.end):
        end = _continued(text, m.end(), head.end) if m["label"] in ("Partijen", "Zaak") else m.end()
        _split_glued(m["label"], text[m.start("value"):end], m.start("value"), values)
    row = LABEL_ROW.search(text, head.start, head.end)
    if row:
        labels = re.findall(_LABEL, row.group(0))
        nxt = literals.compile(r"^[ \t]*:[^\n]*(?:\n[ \t]*:[^\n]*)*", re.M).search(text, row.end(), head.end)
        if nxt:
            parts = [(p.start(1), p.group(1)) for p in re.finditer(r":\s*([^:]*?)\s*(?=\s:|$)", nxt.group(0))]
            for label, (offset, value) in zip(labels, parts, strict=False):
                if value.strip():
                    values.setdefault(label, Found(value.strip(), nxt.start() + offset, nxt.start() + offset + len(value.strip())))
    return values


# Lines that start something new in the head block (another label, the title, the members).
HEAD_LINE_START = literals.compile(rf"[ \t]*(?:(?:{_LABEL})[ \t]*:|ANONIEM|BINDEND|Geschillencommissie|\(|\d{{1,2}}\.|[-_]{{5}})", re.I)


def _continued(text: str, end: int, limit: int, max_lines: int = 3) -> int:
    """Where a value wrapped over the next lines ends ("… N.V. te" / "Amersfoort")."""
    for _ in range(max_lines):
        if end >= limit or text[end] != "\n":
            break
        nxt = text.find("\n", end + 1)
        nxt = limit if nxt < 0 or nxt > limit else nxt
        line = text[end + 1:nxt]
        if not line.strip() or HEAD_LINE_START.match(line):
            break
        end = nxt
    return end


def _split_glued(label: str, value: str, offset: int, out: dict[str, Found]) -> None:
    """`Zaaknummer : Zittingsdatum : 4 juni 2012` – a label whose value is the next label."""
    glued = re.match(rf"^(?P<own>.*?)\s*(?P<next>{_LABEL})\s*:\s*(?P<rest>.*)$", value)
    if glued and glued["own"].strip() == "":
        out.setdefault(label, Found("", offset, offset))
        _split_glued(glued["next"], glued["rest"], offset + glued.start("rest"), out)
        return
    own = value.strip()
    lead = len(value) - len(value.lstrip())  # a blank value ("\r", "\v") gives an empty span
    out.setdefault(label, Found(own, offset + lead, offset + lead + len(own)))


def case_number(text: str, sections: list[Section], block: dict[str, Found]) -> Found | None:
    """The zaaknummer: from the head block or a `Zaaknummer:` line, never a date or another number."""
    for label in ("Zaaknummer", "Zaak"):
        if label in block:
            m = CASE_NUMBER.search(str(block[label].value))
            if m:
                return Found(m.group(0).replace(" ", ""), block[label].start + m.start(), block[label].start + m.end())
            # an empty or non-number value: look for the number elsewhere in the head, and
            # never take a date for it
    head = first(sections, "head")
    end = head.end if head else min(len(text), 3000)
    start = head.start if head else 0
    for m in re.finditer(r"\b(?:Zaaknummer|Zaak(?:\s+nr\.?)?|Zaaknr\.?)\s*:?\s*", text[start:end]):
        num = CASE_NUMBER.match(text, start + m.end())
        if num:
            return Found(num.group(0).replace(" ", ""), num.start(), num.end())
    return None


def members(text: str, head: Section) -> tuple[list[Found], Found | None]:
    """Members as printed, in order, and the chair when marked `(voorzitter)`: after the committee's name that
    heads them (not a document host's menu naming it first: "Geschillencommissie Zorgverzekeringen (SKGZ) ›
    Paramedische zorg", blind round 165)."""
    for m in COMMITTEE_LINE.finditer(text, head.start, head.end):
        found, chair = _members_after(text, head, m.end())
        if found:
            return found, chair
    return [], None


COMMITTEE_LINE = literals.compile(r"Geschillencommissie\s+Zorgverzekeringen[ \t]*[,:]?[ \t]*\n?")
# where the members after it end: a blank line, the case number, the parties, the keywords, the committee named again
MEMBERS_END = literals.compile(r"\n[ \t]*\n|Zaaknummer|Partijen|\n[ \t]*\(?(?:Voorwaarden|Zvw|artt?\.)"
                               r"|Geschillencommissie\s+Zorgverzekeringen", re.I)


def _members_after(text: str, head: Section, start: int) -> tuple[list[Found], Found | None]:
    stop = MEMBERS_END.search(text, start, head.end)
    block_end = stop.start() if stop else head.end
    found, chair = [], None
    block = TITLE_REPEATED.sub(lambda t: re.sub(r"[^\n]", " ", t.group(0)), text[start:block_end])
    block = SECRETARY.sub(lambda t: re.sub(r"[^\n]", " ", t.group(0)), block)  # blanked: offsets stay
    # a name (never blanks alone: a bracket after blanks opens the list) and its "(voorzitter)"
    for part in re.finditer(r"[^,()\n]*[^,()\s][^,()\n]*(?:\([^)]*\))?", block.replace("\n", " ")):
        raw = part.group(0)
        is_chair = bool(re.search(r"voorzitter", raw, re.I))
        if is_chair and found and not CHAIR.sub("", raw).strip(" ,"):
            chair = chair or found[-1]  # "P.J. Jansen, voorzitter, ..."
            continue
        name = CHAIR.sub("", raw).strip(" ,")
        for piece in re.split(r"(?:^|\s+)en\s+", name):  # ", tandarts, en mr. …" too
            piece = piece.strip(" ,.;")
            printed = spaced_name(piece)
            if not NAME.match(printed):
                continue
            a = text.find(piece, start + part.start() - 1 if part.start() else start)
            a, b = (a, a + len(piece)) if a >= 0 else _find_squashed(text, piece, start, block_end)
            item = Found(printed, a, b)
            found.append(item)
            if is_chair and chair is None:
                chair = item
    return found, chair


# The secretary named after the members is none of them: "…, drs. R.M. Hoefnagels en mr. E.J. Pijnacker;
# secretaris: mr. S.D. Oudshoorn)" (blind round 128), "mr. S.D. Oudshoorn (secretaris)".
SECRETARY = literals.compile(r";\s*(?:de\s+)?(?:plaatsvervangend\s+|ambtelijk\s+)?(?:secretaris|griffier)\b[^)\n]*"
                             r"|,?\s*[^,()\n]*\((?:plaatsvervangend\s+|ambtelijk\s+)?(?:secretaris|griffier)\)", re.I)
# The title repeated before the members, its keywords in brackets (they may wrap):
# "BINDEND ADVIES Zaak: 2012.00746 (agenesie; implantaten)".
TITLE_REPEATED = literals.compile(r"(?:ANONIEM\s+)?BINDEND\s+ADVIES\b[^()\n]*(?:\([^)]*\))?")


def _find_squashed(text: str, piece: str, start: int, end: int) -> tuple[int, int]:
    """Where a name split over two lines (`mr. drs.` / `P.J. Jansen`) stands."""
    pattern = r"\s+".join(re.escape(w) for w in piece.split())
    m = re.search(pattern, text[start:end])
    return (start + m.start(), start + m.end()) if m else (start, start + len(piece))


def spaced_name(name: str) -> str:
    """A name as printed where the text lost the space after a title (`mr.G.J. Ploeger`,
    `mr.drs.A.B. de Wit`) or gave the initials in lower case (`mr.x.y. Name`)."""
    name = GLUED_TITLE.sub(r"\1 ", name)
    return LOWER_INITIALS.sub(lambda m: m.group(0).upper(), name)


def signed_chair(text: str, sections: list[Section], members: list[Found]) -> Found | None:
    """The chair as the signature names it ("mr. A.B. Jansen, voorzitter"), when the head does
    not mark one: only a member of the head's list counts."""
    zone = last(sections, "decision") or last(sections, "assessment")
    if zone is None:
        return None
    info = first(sections, "info")
    if not members:
        return _chair_alone(text, zone.start, max(zone.end, info.end if info else 0))
    end = max(zone.end, info.end if info else 0)
    squashed = {" ".join(m.value.split()).lower(): m for m in members}
    for m in SIGNED_CHAIR.finditer(text, zone.start, end):
        name = " ".join(spaced_name(m["name"]).split())
        if name.lower() in squashed:
            return Found(squashed[name.lower()].value, m.start("name"), m.end("name"))
    # a copy flattened into long lines: "Zeist, 12 oktober 2022, mr. A.B. Jansen, voorzitter Informatie …"
    signed = text[zone.start:end]
    before = [m[1] for m in BEFORE_VOORZITTER.finditer(signed)]  # what stands before ", voorzitter"
    for member in members:
        last_word = member.value.split()[-1]
        if not any(b.endswith(last_word) for b in before):
            continue  # its name does not precede one: no pattern of it need be compiled
        words = r"\s+".join(re.escape(w) for w in member.value.split())
        m = re.search(rf"(?<!\w)(?P<n>{words})\s*,?\s*voorzitter\b", signed)  # flattened: the line break became a space
        if m:
            return Found(member.value, zone.start + m.start("n"), zone.start + m.end("n"))
    return None


def _chair_alone(text: str, start: int, end: int) -> Found | None:
    """The chair the signature names where no head lists the members (the last pages of a
    ruling alone): a name as the head would print it, signing as voorzitter."""
    for m in SIGNED_CHAIR.finditer(text, start, end):
        printed = spaced_name(m["name"].strip())
        if NAME.match(printed):
            return Found(printed, m.start("name"), m.end("name"))
    return None


BEFORE_VOORZITTER = literals.compile(r"(\S+?),?\s+voorzitter\b")  # the comma may be gone (a glued one got its space in clean.py)
# "mr. A.B. Jansen, voorzitter" at the end of a line of the signature, or "voorzitter" on the line
# under the name.
SIGNED_CHAIR = literals.compile(r"(?m)^[ \t]*(?P<name>[^,\n]{3,80}?)(?:\s*,\s*|[ \t]*\n[ \t]*)voorzitter[ \t]*$")


def signature(text: str, sections: list[Section]) -> tuple[Found | None, Found | None]:
    """(place, date) of the decision, from the signature after the decision."""
    zone = last(sections, "decision") or last(sections, "assessment")
    info = first(sections, "info")
    start = zone.start if zone else max(0, len(text) - 4000)
    annex = first(sections, "annex")
    end = annex.start if annex else len(text)
    if info and info.end > end:
        end = info.end
    for m in SIGNATURE.finditer(text, start, end):
        dates = find_dates(text, m.start("date"), m.end("date"))
        if dates and dates[0].date:
            return (Found(m["place"], m.start("place"), m.end("place")),
                    Found(dates[0].date, m.start("date"), m.end("date")))
    for m in CLOSING.finditer(text, start, end):
        found = _closing(text, m.end(), min(end, m.end() + CLOSING_REACH))
        if found:
            return found
    return None, None


def _closing(text: str, start: int, end: int) -> tuple[Found | None, Found] | None:
    """Place (`te Zeist`, when stated) and the first exact date after a closing phrase, up to a
    blank line."""
    blank = text.find("\n\n", start, end)
    end = end if blank < 0 else blank
    dates = [d for d in find_dates(text, start, end) if d.date]
    if not dates:
        return None
    place = CLOSING_PLACE.search(text, start, end)
    return (Found(place["place"], place.start("place"), place.end("place")) if place else None,
            Found(dates[0].date, dates[0].start, dates[0].end))


def hearing_date(text: str, sections: list[Section], block: dict[str, Found],
                 sentence_spans) -> Found | None:
    for label in ("Zittingsdatum", "Datum zitting"):
        if label in block and block[label].value:
            dates = find_dates(str(block[label].value))
            if dates and dates[0].date:
                b = block[label]
                return Found(dates[0].date, b.start + dates[0].start, b.start + dates[0].end)
    zone = first(sections, "procedure") or first(sections, "head")
    for a, b in sentence_spans(text, zone.body_start, zone.end) if zone else ():
        sentence = text[a:b]
        if NO_HEARING.search(sentence) or not any(p.search(sentence) for p in HEARING):
            continue
        dates = [d for d in find_dates(text, a, b) if d.date]
        if dates:
            return Found(dates[0].date, dates[0].start, dates[0].end)
    # a copy without its procedure (its head alone, or none, or only the procedure's tail before the
    # first heading): the assessment may name the hearing
    procedure = first(sections, "procedure")
    whole = procedure is not None and bool(procedure.title or procedure.number)
    return None if whole else _hearing_named(text, sections, sentence_spans)


# "Ter zitting van 10 februari 2021 heeft zij aangevoerd …": the hearing named by its day
HEARING_OF = literals.compile(r"\b(?:hoor)?zitting\s+(?:van|op|d\.d\.)\s+(?=\d)", re.I)


def _hearing_named(text: str, sections: list[Section], sentence_spans) -> Found | None:
    """A copy of a ruling's last part (no procedure, no head): the assessment, a party's position, or
    the section on the Zorginstituut's advice ("Na de hoorzitting van 28 augustus 2024 heeft het Zorginstituut …",
    blind round 97), may still name the hearing by its day, which is then the hearing's date."""
    for zone in sections:
        # ... or a party's position ("Ter zitting van 9 oktober 2024 heeft verzoekster toegelicht …", blind round 120)
        if not zone.has("assessment", "zorginstituut", "requester_position", "insurer_position", "positions"):
            continue
        for a, b in sentence_spans(text, zone.body_start, zone.end):
            m = HEARING_OF.search(text, a, b)
            dates = [d for d in find_dates(text, m.end(), b) if d.date and d.start == m.end()] if m else []
            if dates:
                return Found(dates[0].date, dates[0].start, dates[0].end)
    return None
