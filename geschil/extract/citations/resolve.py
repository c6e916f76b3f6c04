"""Resolve candidates to citations: which law, its BWB id and link, and what is wrong with it.

A law named after the article is taken as written (and an article it cannot have is flagged
`nonexistent`). Without one, the context decides, in this order: a law named just before it, the
title of policy conditions on its own line ('(Voorwaarden aanvullende verzekering X 2012, art. 16.3)'),
the law or policy title heading the annex part it stands in, the law it was cited with before,
the laws cited before it, the laws mentioned before it, and finally the numbering itself (only
policy conditions number 'B.12.1'). 'dit besluit', 'de wet' and 'voornoemd artikel' point back.
Every such decision is written into `note`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from geschil import literals
from geschil.extract.citations import clean
from geschil.extract.citations.find import Candidate
from geschil.law import registry
from geschil.law.registry import Law
from geschil.models import Citation

# How notes of citations whose law the text did not name begin (the law came from the context).
UNNAMED_NOTES = ("law from context", "only ", "law not named")
_NEAR = 40  # characters between a law name and an article that the name still governs
_PROVISION_NEAR = 700  # "onderdeel c" refers to a citation at most this many characters before (a paragraph)
_POINTED_NEAR = 1000  # ... "onder b van die bepaling", pointing back in words, a long paragraph (blind round 151)
_ITEMISED_NEAR = 1400  # a bare "onderdeel b" is of the provision last cited with an onderdeel at most this far before
# (an annex part may be numbered: "3. Voorwaarden Maasoever Zorgpolis Restitutie 2017", blind round 167)
_TITLE_LEAD = literals.compile(r"(?m)^[ \t#*|(]*(?:\d{1,2}\.[ \t]+)?")
# The same lead after each line break: one scan, led by the break, finds every line's at once.
_BREAK_LEAD = literals.compile(r"\n[ \t#*|(]*(?:\d{1,2}\.[ \t]+)?")
# A web copy runs the annex heading into the title after it: "BIJLAGE – Relevante bepalingen
# Voorwaarden X 2020" newline "Artikel 1.3": each word on that line may begin the title.
_ANNEX_LINE_WORD = literals.compile(r"(?m)^[ \t#*|]*BIJLAGE\b[^\n]*")
# A title heads a list of articles when the next line starts one (not a sentence that wrapped).
_ARTICLE_LINE = literals.compile(r"\n[ \t#*|]*(?:Artikel|Art\.|Hoofdstuk|Paragraaf|§)")
_TITLE_WORDS = 12  # a title line longer than this is a sentence
_TITLE_TAIL = 4  # a title's wrapped last line holds at most this many words (a name, a year)


@dataclass(frozen=True)
class Title:
    """A title of policy conditions at the start of a line."""

    start: int
    line_end: int
    law: Law
    policy: str | None


@dataclass
class Context:
    """What the text said before the candidate at hand."""

    mentions: list[tuple[int, Law]]  # every law name, in text order
    headings: list[tuple[int, Law]]  # law names or policy titles on a line of their own (annex headings)
    titles: list[Title] = field(default_factory=list)
    cited: list[Citation] = field(default_factory=list)
    text: str = ""
    books: dict[int, str] = field(default_factory=dict)  # a heading's book ("Burgerlijk Wetboek Boek 6"), by its start

    def before(self, items: list[tuple[int, Law]], pos: int) -> list[Law]:
        """Laws from items that stand before pos, the nearest first."""
        return [law for at, law in reversed(items) if at < pos]

    def title_at(self, pos: int) -> Title | None:
        """The policy title governing pos: on pos's own line before it, else heading its annex part."""
        for title in self.titles:
            if title.start < pos <= title.line_end and not re.search(r"[.;:]", self.text[title.start:pos]):
                return title
        heading = next(((at, law) for at, law in reversed(self.headings) if at < pos), None)
        return next((t for t in self.titles if heading and t.start == heading[0]), None)


@cache
def _law_names(alias: re.Pattern) -> re.Pattern:
    """The registry's law-name pattern, told up front that a name never starts inside a word.

    Every alias is a whole word (each alternative opens with a look-behind for no word
    character), so the engine may skip word interiors with one check instead of one per alias.
    An alternative not so shaped keeps the pattern as it is.
    """
    opened = r"\(\?P<L\d+>(?:\(\?i:)?\(\?<!(?:\\w|\[\\w-\])\)"
    if len(re.findall(opened, alias.pattern)) != len(re.findall(r"\(\?P<L\d+>", alias.pattern)):
        return alias
    return literals.compile(r"(?<!\w)(?:" + alias.pattern + ")", alias.flags, min_len=2)


@cache
def _heading_line(name: str) -> re.Pattern:
    """A line holding nothing but this law name (and perhaps its abbreviation in brackets, or the
    book of a law numbered by books: "Burgerlijk Wetboek Boek 6", "Boek 7 Burgerlijk Wetboek")."""
    book = r"(?i:boek)\s+(?P<{}>\d{{1,2}}[A-Z]?)"
    return re.compile(r"[\s#*]*(?:" + book.format("before") + r"\s*,?\s*(?:(?i:van\s+het)\s+)?)?"
                      + re.escape(name) + r"(?:\s*,?\s*" + book.format("after") + r")?"
                      + r"(?:\s*\([^)\n]*\))?[\s*]*")  # fullmatch only


def context_of(text: str) -> Context:
    mentions, headings, books = [], [], {}
    for m in _law_names(registry.alias_pattern(standalone_only=True)).finditer(text):
        law = registry.alias_law(m, standalone_only=True)
        mentions.append((m.start(), law))
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:(len(text) if line_end < 0 else line_end)]
        heading = _heading_line(m.group()).fullmatch(line)
        if heading is None and _ANNEX_LINE_WORD.match(line):
            # a web copy runs the annex heading into the law's: "BIJLAGE – Relevante bepalingen
            # Burgerlijk Wetboek Boek 7" (the law's name ends the line)
            heading = _heading_line(m.group()).fullmatch(line, m.start() - line_start)
        if heading:
            headings.append((m.start(), law))
            if law.books and (book := heading["before"] or heading["after"]):
                books[m.start()] = book
    titles = _titles(text)
    headings += [(t.start, t.law) for t in titles if _heads_articles(text, t)]
    return Context(mentions, sorted(headings, key=lambda h: h[0]), titles, text=text, books=books)


# In the head's bracketed line, a second title follows a semicolon, in lower case or not:
# "(Voorwaarden zorgverzekering 2010, artt. 10 en 11 Zvw; voorwaarden aanvullende verzekering 2010, art. 12.2)",
# "(…, 2.1 en 2.7 Bzv; Voorwaarden Eemgaard Tand Optimaal 2010, art. 14)"
_TITLE_AFTER_SEMICOLON = literals.compile(r";[ \t]*(?=[A-Za-z])")


def _titles(text: str) -> list[Title]:
    out = []
    # (where the title may start, the text to match it in, that text's offset in `text`)
    leads = [(_TITLE_LEAD.match(text).end(), text, 0)]  # the first line's, then each after a break
    leads += [(m.end(), text, 0) for m in _BREAK_LEAD.finditer(text)]
    leads += [(line.start() + w.start(), text, 0) for line in _ANNEX_LINE_WORD.finditer(text)
              for w in re.finditer(r"(?<=\s)\S", line.group())]
    for m in _TITLE_AFTER_SEMICOLON.finditer(text):  # the pattern wants a capital: give it one
        window = text[m.end()].upper() + text[m.end() + 1:m.end() + 200]
        leads.append((0, window, m.end()))
    for at, source, offset in sorted(leads, key=lambda lead: lead[0] + lead[2]):
        for law in registry.titled():
            m = law.title_re.match(source, at)
            if m:
                end = text.find("\n", offset + m.end())
                out.append(Title(offset + m.start(), len(text) if end < 0 else end, law,
                                 law.policy_of(m.group())))
                break
    return out


def _heads_articles(text: str, title: Title) -> bool:
    """A title on a line of its own (not the head's bracketed line) above an article heading; a
    title wrapped onto a short second line ("… verzekeringen" / "IJsselvliet 2023") still heads it."""
    line_start = text.rfind("\n", 0, title.start) + 1
    line = text[title.start:title.line_end]
    if "(" in text[line_start:title.start] or re.search(r"[.,:;\"“”]", line) or len(line.split()) > _TITLE_WORDS:
        return False
    if _ARTICLE_LINE.match(text, title.line_end):
        return True
    end = text.find("\n", title.line_end + 1)
    rest = text[title.line_end + 1:end] if end > 0 else ""
    return (0 < len(rest.split()) <= _TITLE_TAIL and not re.search(r"[.,:;\"“”]", rest)
            and bool(_ARTICLE_LINE.match(text, end)))


def resolve(text: str, candidates: list[Candidate]) -> list[Citation]:
    """Citations in text order (a candidate with lists gives one citation per member)."""
    ctx = context_of(text)
    out: list[Citation] = []
    for cand in candidates:
        found = _back_article(text, cand, ctx) if cand.back_article else _articles(text, cand, ctx)
        ctx.cited += found
        out += found
    return out


def _articles(text: str, cand: Candidate, ctx: Context) -> list[Citation]:
    out, raw = [], text[cand.start:cand.end]  # sliced once: a long list shares it
    for ref in cand.refs:
        number = _booked(clean.article(ref.number), cand, ctx)
        law, flags, note, policy = _law_of(cand, number, ctx)
        notes = [n for n in (note, "annex heading" if cand.heading else None,
                             f"law named before the articles ({cand.law_key})" if cand.law_before else None,
                             "end of a range" if cand.is_range else None) if n]
        base = dict(raw=raw, span=(cand.start, cand.end), policy=policy,
                    note="; ".join(notes) or None)
        out += _expand(law, number, [(p.lids, p.items) for p in ref.parts], flags, base, cand.law_text)
    return out


def _booked(number: str, cand: Candidate, ctx: Context) -> str:
    """A law numbered by books cites "6:248": the book written before its name ("artikel 248 van
    Boek 6 BW"), or on the annex heading an article heading of its own stands under."""
    if ":" in number or not number.isdigit():
        return number
    book = cand.book if cand.law_kind == "named" else None
    if cand.heading and not cand.law_kind:
        heading = next((at for at, _ in reversed(ctx.headings) if at < cand.start), None)
        book = ctx.books.get(heading)
    return f"{book}:{number}" if book else number


def _expand(law, number, parts, flags, base, law_text) -> list[Citation]:
    """One citation per lid x onderdeel of each part (a lid with its onderdelen): none is dropped."""
    pairs = [(paragraph, item) for lids, items in parts or [([], [])]
             for paragraph in clean.paragraphs(" ".join(lids)) or [None]
             for item in clean.items(" ".join(items)) or [None]]
    return [_citation(law, number, paragraph, item, flags, base, law_text)
            for paragraph, item in dict.fromkeys(pairs)]


def _citation(law: Law | str | None, number: str, paragraph, item, flags, base, law_text) -> Citation:
    if isinstance(law, Law):
        exists = "nonexistent" not in flags
        url = registry.url_for(law, number, paragraph, item) if exists else None
        return Citation(law=law.key, article=number, paragraph=paragraph, item=item,
                        bwb_id=law.bwb_for(number), url=url, flags=list(flags), **base)
    return Citation(law=law, article=number, paragraph=paragraph, item=item, flags=list(flags), **base)


def _law_of(cand: Candidate, number: str, ctx: Context):
    """(law, flags, note, policy) for one article of the candidate."""
    if cand.law_kind == "named":
        law = registry.get(cand.law_key)
        flags = [] if law.fits(number) else ["nonexistent"]
        note = None if not flags else f"{law.key} has no article numbered {number}"
        return law, flags, note, _policy(law, cand.law_text, number, ctx, cand.start)
    if cand.law_kind == "unknown":
        name = " ".join(re.sub(r"^(?:de|het)\s+", "", cand.law_text).split())
        return name, ["unknown_law"], f"'{name}' is not in the law registry", None
    if cand.law_kind == "back":
        return _back_law(cand, number, ctx)
    return _from_context(cand, number, ctx)


def _policy(law: Law, written: str | None, number: str, ctx: Context, pos: int) -> str | None:
    """basic / supplementary as the words say, else the policy title above, else an earlier citation."""
    if law.kind != "polis":
        return None
    title = ctx.title_at(pos)
    said = law.policy_of(written or "") or (title.policy if title and title.law is law else None)
    if said:
        return said
    earlier = [c.policy for c in ctx.cited if c.law == law.key and c.article == number and c.policy]
    return earlier[-1] if earlier else None


def _back_law(cand: Candidate, number: str, ctx: Context):
    words = " ".join(cand.law_text.lower().split())
    rule = registry.back_references().get(words, {"kind": words.split()[-1], "default": None})
    kind, pos = rule["kind"], cand.start
    heading = next(iter(ctx.before(ctx.headings, pos)), None)
    if kind == "wet" and heading and heading.kind != "wet" and heading.parent:
        law, why = registry.get(heading.parent), f"the law above the annex heading {heading.key}"
    elif kind == "wet" and rule["default"] and not (heading and heading.kind == "wet"):
        law, why = registry.get(rule["default"]), "in rulings 'de wet' is the " + rule["default"]
    else:
        # the law cited or named last before it, whichever came later ("op de Algemene termijnenwet
        # faalt. Artikel 1 … van die wet", after a citation of the BW)
        named = [(c.span[0], registry.get(c.law)) for c in ctx.cited if c.law in registry.laws() and c.span]
        named += [(at, law) for at, law in ctx.mentions if at < pos]
        recent = ctx.before(ctx.headings, pos) + [law for _, law in sorted(named, key=lambda x: -x[0])]
        law = next((x for x in recent if x.kind == kind), None)
        why = f"the {kind} named most recently"
    if law is None:
        return None, ["ambiguous"], f"'{words}': no {kind} named before", None
    flags = [] if law.fits(number) else ["nonexistent"]
    return law, flags, f"'{words}' -> {law.key} ({why})", None


def _from_context(cand: Candidate, number: str, ctx: Context):
    pos = cand.start
    just_before = _named_just_before(cand, ctx)
    if just_before:  # 'in de Zvw geen artikel 2.1': the law written right before the article
        flags = [] if just_before.fits(number) else ["nonexistent"]
        return just_before, flags, f"law named just before ({just_before.key})", None
    title = ctx.title_at(pos)
    if title and title.law.fits(number):  # policy conditions number '9.3' like a Bzv: the title decides
        return title.law, [], f"policy title ({text_of(ctx, title)})", _policy(title.law, None, number, ctx, pos)
    heading = next(iter(ctx.before(ctx.headings, pos)), None)
    cited = [registry.get(c.law) for c in reversed(ctx.cited) if c.law in registry.laws()]
    steps = [([heading] if heading else [], "annex heading", False),
             (_cited_as(ctx, number), "cited so before", False),
             (_same_chapter(ctx, number), "a policy article of its chapter cited before", False),
             (cited, "law cited before", True), (ctx.before(ctx.mentions, pos), "law named before", True)]
    for laws, why, by_numbering in steps:
        law = next((x for x in laws if (x.fits_context if by_numbering else x.fits)(number)), None)
        if law:
            return law, [], f"law from context ({why}: {law.key})", _policy(law, None, number, ctx, pos)
    fitting = registry.candidates(number)
    if len(fitting) == 1:
        law = fitting[0]
        return law, [], f"only {law.key} numbers articles so", _policy(law, None, number, ctx, pos)
    options = " or ".join(x.key for x in fitting) or "no known law"
    return None, ["ambiguous"], f"law not named; could be {options}", None


def text_of(ctx: Context, title: Title) -> str:
    return " ".join(ctx.text[title.start:title.line_end].split())[:60]


def _cited_as(ctx: Context, number: str) -> list[Law]:
    """'aan artikel 9.3 is voldaan' after 'artikel 9.3 van de voorwaarden': the law it was cited with."""
    return [registry.get(c.law) for c in reversed(ctx.cited)
            if c.article == number and c.law in registry.laws() and not c.flags]


def _same_chapter(ctx: Context, number: str) -> list[Law]:
    """"artikel 14.2" after "art. 14 voorwaarden" and "artikel 14.3 van de voorwaarden": the policy
    whose chapter it numbers, when no law cited before numbers an article so."""
    root = number.split(".")[0]
    if "." not in number or not root.isdigit():
        return []
    same = {c.law for c in ctx.cited if c.law and (c.article or "").split(".")[0] == root}
    return [registry.get("polis")] if same == {"polis"} else []


def _named_just_before(cand: Candidate, ctx: Context) -> Law | None:
    """A law mentioned a few words before the article, in the same sentence, outside a citation."""
    for at, law in reversed(ctx.mentions):
        if at >= cand.start:
            continue
        if at < cand.start - _NEAR or any(c.span[0] <= at < c.span[1] for c in ctx.cited[-5:]):
            return None
        between = ctx.text[at:cand.start]
        return None if re.search(r"[.;:()]|\n\s*\n", between) else law
    return None


# "onder c van dat artikellid" names a lid, so one was cited: it may look back further than "die
# bepaling", which may speak of a provision only quoted (two paragraphs rather than one)
_LID_BACK = literals.compile(r"\b(?:artikel)?lid\b", re.I)


def _near(words: str) -> int:
    if _LID_BACK.search(words):
        return 2 * _PROVISION_NEAR
    # a part named and its provision pointed at ("onder b van die bepaling"), not a provision alone
    # ("Deze bepaling is helder"), may stand a long paragraph after it
    return _POINTED_NEAR if _POINTER.search(words) and _PART_NAMED.search(words) else _PROVISION_NEAR


_POINTER = literals.compile(r"\b(?:die|deze|dat|dit|voornoemde?|genoemde?)\s+(?:bepaling|artikel\w*)\b", re.I)
_PART_NAMED = literals.compile(r"\bonder(?:deel|delen)?\s+[a-z]\b", re.I)


_POINTS_BACK = literals.compile(r"\s*,?\s*(?:daar|hier|er)van\b", re.I)  # "onderdeel b daarvan": of the last


def _sibling_of(text: str, cand: Candidate, ctx: Context, prev: Citation) -> Citation:
    """A bare 'onderdeel a' is an onderdeel of the provision last cited with one ('artikel 2.7,
    eerste lid, onderdeel c, Bzv'), when a provision cited after that names no lid or onderdeel
    of its own ('de termijn van artikel 5.4 van de voorwaarden'), or only a lid of another article
    of the same law ('artikel 2.1, derde lid, Bzv')."""
    if prev.item:
        return prev
    itemised = next((c for c in reversed(ctx.cited) if c.article and c.law and c.item), None)
    # the very onderdeel cited before is named again ("onderdeel c van die bepaling" after "artikel 2.7, eerste lid,
    # aanhef en onder c, Bzv", a policy article between, blind round 170): a longer reach
    letter = next(iter(_ITEM_LETTER.findall(text, cand.start, cand.end)), None)
    # (not past a provision its own sentence cites: "Artikel 7.4 … onder de voorwaarden die in de onderdelen a tot en
    # met c van die bepaling zijn genoemd", round 156)
    same_sentence = prev.span and not SENTENCE_END.search(text, prev.span[1], cand.start)
    reach = 2 * _ITEMISED_NEAR if itemised is not None and itemised.item == letter and not same_sentence \
        else _ITEMISED_NEAR
    if itemised is None or cand.start - itemised.span[1] > reach:
        return prev
    # a lid of another article of the same law cited in between ("artikel 2.1, derde lid, Bzv" after
    # "artikel 2.7, eerste lid, onderdeel a, Bzv") has no onderdelen the committee goes on to name
    if prev.paragraph and (itemised.law != prev.law or itemised.article == prev.article):
        return prev
    # the provision that opens the paragraph ("6.2. Artikel 12.2 van de voorwaarden vergoedt …. Het ongeval moet binnen
    # dertig dagen worden gemeld (onderdeel a)", after "artikel 12.5, onder b" in a paragraph before, blind round 163)
    if itemised.law == prev.law and prev.span and OPENS_PARAGRAPH.search(text, max(0, prev.span[0] - 12), prev.span[0]):
        return prev
    return itemised


_ITEM_LETTER = re.compile(r"\bonder(?:deel|delen)?\s+([a-h])\b", re.I)
OPENS_PARAGRAPH = re.compile(r"(?:^|\n)[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?$")


# "artikel 9.2 van de voorwaarden, gelezen in samenhang met de omschrijving … in artikel 1.1, … mits is voldaan aan de
# onder a en b van die bepaling genoemde voorwaarden" (blind round 142): the provision read with another is the one
# the sentence goes on about
JOINED = re.compile(r"\b(?:in\s+samenhang\s+met|in\s+verbinding\s+met|juncto|jo\.)", re.I)


CONDITION_LETTER = re.compile(r"\b(?:onder|sub)\s+([a-h])\b")


def _main_of_joined(text: str, ctx: Context, prev: Citation, cand: Candidate) -> Citation:
    """The provision cited last, or the one it was joined to, in the sentence of the back-reference."""
    if not prev.span or SENTENCE_END.search(text, prev.span[1], cand.start):
        return prev
    earlier = [c for c in ctx.cited if c.article and c.law and c.span and c.span[1] <= prev.span[0]]
    if not earlier:
        return prev
    main = earlier[-1]
    between = text[main.span[1]:prev.span[0]]
    if main.law == prev.law and main.article != prev.article and JOINED.search(between) \
            and not SENTENCE_END.search(between):
        return main
    return prev


def _bracketed_before(text: str, cited: Citation, cand: Candidate) -> bool:
    """A lid in brackets of its own ("… vooraf nodig is (tweede lid)") in a sentence before the back-reference:
    it names where its own clause's rule stands, not the provision a later sentence speaks of (blind round 121)."""
    if not cited.span or text[cited.span[0] - 1:cited.span[0]] != "(" or not BARE_LID.match(cited.raw or ""):
        return False
    return bool(SENTENCE_END.search(text, cited.span[1], cand.start))


QUOTED_NOTE = "the quoted provision's own words"
_RANGE_WORDS = re.compile(r"\s+t(?:ot\s+en\s+met|/m)\s+", re.I)
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z0-9(])")
BARE_LID = re.compile(r"(?:eerste|tweede|derde|vierde|vijfde|zesde)\s+lid\b", re.I)


def _back_article(text: str, cand: Candidate, ctx: Context) -> list[Citation]:
    """'voornoemd artikel', 'dit artikel': the article cited last (annex headings included)."""
    words = " ".join(text[cand.start:cand.end].split())
    prev = next((c for c in reversed(ctx.cited) if c.article and c.law and not _bracketed_before(text, c, cand)), None)
    ref = cand.refs[0]
    anchor = None
    if cand.condition:  # 'de voorwaarde onder b': of the conditions' provision cited near with an onderdeel, else
        # with its lid (not a bare lid named between: "het tweede lid, aanhef en onder b, van dat artikel … Op grond van
        # het derde lid kan … Aan de voorwaarde onder b is dus niet voldaan", blind round 139)
        near = [c for c in reversed(ctx.cited) if c.article and c.law == "polis" and c.span
                and cand.start - c.span[1] <= _near(words)]
        prev = next((c for c in near if c.item), None) or next((c for c in near if c.paragraph), None)
        if prev is None:
            return []
        # ... of the lid whose very onderdeel was named before, in the reasoning, where the article cited near names
        # that lid ("moet … toestemming worden gevraagd (onder a), … binnen de geldigheidsduur (onder b)" of its second
        # lid, the fourth lid cited between: "Aan de voorwaarde onder b is voldaan" is lid 2's, blind round 143)
        letter = next(iter(CONDITION_LETTER.findall(words)), None)
        named = next((c for c in reversed(ctx.cited) if c.law == prev.law and c.article == prev.article and c.span
                      and c.item == letter and c.paragraph and cand.start - c.span[1] <= 2 * _ITEMISED_NEAR), None)
        if named is not None and not prev.item:
            prev = prev.model_copy(update={"paragraph": named.paragraph})  # near as it is, of the lid named
    elif cand.back_provision and prev is not None and words.lower().startswith(("onderdeel", "onderdelen")) \
            and not _POINTS_BACK.match(text, cand.end):
        # (how near the back-reference stands is measured from the provision cited last, not from the
        # earlier one whose onderdeel it names)
        anchor, prev = prev, _sibling_of(text, cand, ctx, prev)
    elif cand.back_provision and prev is not None:
        prev = _main_of_joined(text, ctx, prev, cand)
    base = dict(raw=text[cand.start:cand.end], span=(cand.start, cand.end))
    if cand.back_provision and (prev is None or cand.start - (anchor or prev).span[1] > _near(words)):
        return []  # 'deze bepaling' far from any citation speaks of a provision never cited
    if prev is None:
        base["note"] = f"'{words}': no article cited before"
        return _expand(None, None, [(ref.lids, ref.items)], ["ambiguous"], base, None)
    base.update(policy=prev.policy, note=f"'{words}' refers back to {prev.law} {prev.article}"
                + ("; " + QUOTED_NOTE if cand.quoted else ""))
    law = registry.laws().get(prev.law, prev.law)
    if len(ref.parts) > 1:  # 'het eerste lid, onder a, en het derde lid van die bepaling': each lid its own
        return _expand(law, prev.article, [(p.lids, p.items) for p in ref.parts], list(prev.flags), base, None)
    lids, items = ref.lids, ref.items
    if cand.quoted:  # a range in a quoted provision gives its two ends (corpus/README.md, the annex)
        items = [_RANGE_WORDS.sub(" en ", i) for i in items]
    if cand.back_provision:  # 'onderdeel a van die bepaling' after 'artikel 2.7, eerste lid': lid 1 stays
        lids = lids or ([f"lid {prev.paragraph}"] if prev.paragraph else [])
        items = items or ([f"onder {prev.item}"] if prev.item and not ref.lids else [])
    return _expand(law, prev.article, [(lids, items)], list(prev.flags), base, None)
