"""The sentences of the reasoning with who speaks in them and how (law/speech.json).

The assessment is mostly the committee's own voice, but it also reports what the parties and the
Zorginstituut said, rejects or follows their positions, and restates the law. The grounds of the
check (reason/grounds.py) read only the committee's own findings, the facts it takes as not in
dispute, and the inverse of the positions it rejects; a party's denial is never the committee's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib import resources

from geschil import literals
from geschil.extract.sections import Section
from geschil.extract.text import sentences

ORDER = ("undisputed", "rejects", "follows", "reports", "norm")
# "Anders dan verzoeker betoogt, ..." opens the committee's own finding against a party.
AGAINST = r"^anders\s+dan\s+(?:{actor})\s+(?:[\w-]+\s+){{0,3}}?(?:{say})\b[^,]{{0,60}},\s*"
# The position a rejection is about: the clause after "stelling dat", "betoogt dat", ...
POSITION = literals.compile(r"\b(?:stelling|standpunt|betoog|verweer|argument|opvatting|redenering|stelt|"
                      r"betoogt|meent|aangevoerd|gesteld|betoogd|beroep\s+op\s+het\s+feit)"
                      r"(?:\s+van\s+(?:de\s+|het\s+)?[\w-]+)?\s*,?\s+dat\s+",
                      re.I)
# Where the rejected position ends: the rejecting words after it.
POSITION_END = literals.compile(r",?\s*(?:faalt|falen|treft|gaat\s+niet\s+op|kan\s+niet|houdt\s+geen|"
                          r"wordt\s+verworpen|vindt\s+(?:\w+\s+){0,4}?geen\s+(?:enkele\s+)?(?:steun|bevestiging)|(?:volgt|deelt|onderschrijft|aanvaardt|passeert|verwerpt)\s+de\s+commissie"
                          r"(?:\s+\w+)?(?:\s+niet)?|kan\s+de\s+commissie)\b", re.I)
# A rejected position's reason ("... uitgesloten omdat de machtiging niet vooraf is gevraagd"):
# the committee denies the claim, not its premise, so the premise is not inverted.
PREMISE = literals.compile(r",?\s+(?:omdat|doordat|aangezien|want|nu)\b", re.I)
# "volgens hem", "naar haar mening": a party's view, whoever it is.
OTHER = literals.compile(r"\b(?:volgens\s+(?:hem|haar|hen|hun)|naar\s+(?:zijn|haar)\s+(?:mening|oordeel|zeggen))\b", re.I)
PRONOUN = literals.compile(r"^(?:hij|zij|ze|het\s+zorginstituut)\b", re.I)


@cache
def _speech() -> dict:
    return json.loads(resources.files("geschil.law").joinpath("speech.json").read_text("utf-8"))


@cache
def _actors() -> dict[str, str]:
    cues = json.loads(resources.files("geschil.law").joinpath("citation_cues.json").read_text("utf-8"))
    return {who: "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
            for who, phrases in cues["actors"].items() if who != "committee"}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _patterns() -> dict[str, list[re.Pattern]]:
    speech = _speech()
    actor, say = "|".join(_actors().values()), _alt(speech["say"])
    fill = {"actor": actor, "say": say}
    out = {stance: [literals.compile(p.replace("{actor}", fill["actor"]).replace("{say}", fill["say"]), re.I)
                    for p in speech["patterns"][stance]] for stance in ORDER}
    out["against"] = [literals.compile(AGAINST.format(actor=actor, say=say), re.I)]
    return out


def _who(text: str) -> str | None:
    """The first actor named in text (requester, insurer or zorginstituut)."""
    best = None
    for who, alt in _actors().items():
        m = re.search(rf"\b(?:{alt})\b", text, re.I)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), who)
    return best[1] if best else None


@cache
def _indexed() -> dict[str, literals.Index]:
    """Per stance, its patterns by the words they need."""
    return {stance: literals.Index(patterns) for stance, patterns in _patterns().items()}


def classify(sentence: str, default: str, previous: tuple[str, str] | None = None
             ) -> tuple[str, str, tuple[int, int] | None, str | None]:
    """(speaker, stance, inner span relative to the sentence, cue) of one sentence."""
    pats, indexed = _patterns(), _indexed()
    present = literals.present(sentence)  # a pattern none of whose words stand here is not tried
    for m in (p.search(sentence) for p in pats["against"]):
        if m:
            return default, "finding", (m.end(), len(sentence)), m.group().strip(" ,")
    for stance in ORDER:
        for p in indexed[stance].candidates(present):
            m = p.search(sentence)
            if not m:
                continue
            cue = " ".join(m.group().split())
            if stance == "reports":
                who = _who(m.group())
                if who is None and (PRONOUN.match(sentence) or OTHER.search(m.group())):
                    # "Volgens hem ...": whoever was reported last, else someone not named
                    if previous and previous[0] != default:
                        who = previous[0]
                    elif OTHER.search(m.group()):
                        return default, "reports", None, cue
                if who is None or who == default:
                    continue  # the section's own speaker saying something is its own finding
                return who, "reports", None, cue
            if stance == "rejects":
                return default, "rejects", _position(sentence), cue
            return default, stance, None, cue
    return default, "finding", None, None


def _position(sentence: str) -> tuple[int, int] | None:
    m = POSITION.search(sentence)
    if not m:
        return None
    end = POSITION_END.search(sentence, m.end())
    stop = end.start() if end else len(sentence)
    premise = PREMISE.search(sentence, m.end(), stop)
    return m.end(), premise.start() if premise else stop


def statements(text: str, sections: Sequence[Section], page_of: Callable[[int], int]) -> list[dict]:
    """The statements of the reasoning sections, in text order, as Statement fields."""
    return [{**st, "page": page_of(st["span"][0])} for st in classified(text, tuple(sections))]


@lru_cache(maxsize=8)
def classified(text: str, sections: tuple[Section, ...]) -> tuple[dict, ...]:
    """The statements without their pages; the facts (a rejected party's date) and the record
    both ask, so each document is classified once."""
    speech = _speech()
    out: list[dict] = []
    for section in sections:
        if section.kind not in speech["sections"]:
            continue
        default = speech["section_speaker"][section.kind]
        previous, quoting = None, False
        for a, b in sentences(text, section.body_start, section.end):
            sentence = text[a:b]
            speaker, stance, inner, cue = classify(sentence, default, previous)
            if _heading(text, a, b):
                stance = "heading"  # "Het zesde lid: het element 25": a title over paragraphs, no finding
            elif quoting and stance == "finding":
                stance = "norm"  # a provision quoted after "luidt:", one sentence after another
            elif stance == "finding" and _quotes_norm(sentence, default):
                stance = "norm"  # "… het volgende opgemerkt: \"Op grond van artikel 2.4 … Bzv omvat …\""
            # the committee quoting a provision (not the advice quoted in its own section)
            quoting = section.kind == "assessment" and _quote_left_open(sentence, quoting, stance == "norm")
            inner = (a + inner[0], a + inner[1]) if inner else None
            if stance == "rejects" and inner is None and previous and previous[0] != default:
                inner = _reported(out[-1])  # "Verzoekster stelt dat … . De commissie volgt haar daarin niet."
            previous = (speaker, stance)
            out.append({"section": section.kind, "speaker": speaker, "stance": stance,
                        "span": (a, b), "text": sentence, "inner": inner, "cue": cue})
    return tuple(out)


# A subheading of the reasoning: one short line of its own, not ended as a sentence is, with no
# finite verb ("De kronen op de elementen 11 en 12", "Het zesde lid: het element 25")
HEADING_MAX = 80
HEADING_END = re.compile(r"[.;:?!,)\"”'’…-]\s*$")
TRAILING_NOTE = re.compile(r"\s*\([^()]*\)$")
FINITE = literals.compile(r"\b(?:is|was|zijn|waren|heeft|hebben|had|hadden|wordt|werd|worden|werden|kan|kon|"
                          r"moet|moest|mag|mocht|zal|zou|valt|viel|staat|stond|geldt|gold|acht|volgt|blijkt|"
                          r"bestaat|komt|kwam|betreft|betrof|gaat|ging|ziet|zag|luidt|luidde)\b", re.I)


def _heading(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a subheading: a line of its own (a line break before and after it),
    short, opening with a capital, not ended by a sentence's punctuation, and without a finite verb."""
    line = text[a:b].strip()
    if not line or len(line) > HEADING_MAX or "\n" in line or not line[0].isupper():
        return False
    before, after = text[max(0, a - 2):a], text[b:b + 2]
    if (a > 0 and "\n" not in before) or (after.strip(" \t") and not after.lstrip(" \t").startswith("\n")):
        return False
    # a closing parenthesis opened on the line ends a heading too ("Het ongeval van 4 september
    # 2010 (element 11)", blind round 91)
    bare = TRAILING_NOTE.sub("", line)
    return bool(bare) and not HEADING_END.search(bare) and not FINITE.search(line)


# a quotation opened after a colon ("Artikel 14 van die voorwaarden luidt: \"Artikel 14 …") ...
QUOTE_OPENS = re.compile(r":\s*[\"“„]")
QUOTE_CLOSES = re.compile(r"[\"”]")
PARAGRAPH_NUMBER = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s*")  # "6.2.": a new paragraph ends any quotation


def _quotes_norm(sentence: str, default: str) -> bool:
    """Whether the sentence introduces a quotation after a colon whose own words restate the law
    ("In zijn advies heeft het Zorginstituut het volgende opgemerkt: \"Op grond van artikel 2.4 …
    omvat de geneeskundige zorg …, voor zover …\""): what is quoted decides, not the introduction
    (blind round 75)."""
    m = QUOTE_OPENS.search(sentence)
    return m is not None and classify(sentence[m.end():], default)[1] == "norm"


def _quote_left_open(sentence: str, quoting: bool, norm: bool) -> bool:
    """Whether a provision's quotation stands open after this sentence: one opened after a colon
    by a sentence that restates the law ("Artikel 14 van die voorwaarden luidt:") and not closed
    in it, or one open before that this sentence does not close (blind round 68: the conditions
    quoted in the assessment are the provision's words, no finding of the committee)."""
    if PARAGRAPH_NUMBER.fullmatch(sentence):
        return False
    if quoting:
        return not QUOTE_CLOSES.search(sentence)
    if not norm:
        return False
    opened = [m.end() for m in QUOTE_OPENS.finditer(sentence)]
    return bool(opened) and not QUOTE_CLOSES.search(sentence, opened[-1])


def _reported(st: dict) -> tuple[int, int]:
    """The position a party's reported sentence puts forward: after "stelt dat", else all of it."""
    m = POSITION.search(st["text"])
    a, b = st["span"]
    return (a + m.end(), b) if m else (a, b)
