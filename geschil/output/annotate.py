"""`geschil annotate`: the cleaned text page by page, every extracted value and finding marked.

The marks are rendered by spaCy's displaCy span renderer in manual mode (no model, overlapping
spans allowed); spaCy is imported here only, so that other commands start fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from geschil.i18n import label, say
from geschil.models import CheckResult, Record
from geschil.output.links import decision_url, file_href
from geschil.output.tables import provision

COLOURS = {"field": "#ffd54f", "party": "#ffe082", "citation": "#90caf9", "nonexistent": "#e53935",
           "decision": "#b39ddb", "event": "#c5e1a5", "condition": "#ffccbc",
           "finding": "#ef9a9a", "term": "#80cbc4", "ground": "#f48fb1"}
BLOCK_END = re.compile(r"[.:;]\s*$")
SHORT_LINE = 60  # a short line (a heading, a last line) closes its block


@dataclass
class Mark:
    start: int
    end: int
    label: str
    kind: str
    url: str | None = None
    link: str = ""  # the text of the link displaCy puts after the label


def basis(c) -> str:
    """A legal basis as a label; '' when it names nothing (a policy rule without article)."""
    return " ".join(x for x in (c.law, c.article) if x) and provision(c)


def _field_kind(key: str) -> str:
    return "party" if key.split(".")[0] in ("requester", "insurers", "members", "chair") else "field"


def _event_span(text: str | None, e) -> tuple[int, int]:
    """The event's own date inside its sentence (the sentence when it cannot be found)."""
    if text is not None:
        from geschil.dates import find_dates

        for d in find_dates(text, *e.span):
            if d.date == e.date:
                return d.start, d.end
    return e.span


def marks(record: Record, check: CheckResult | None, lang: str = "nl",
          text: str | None = None) -> list[Mark]:
    """Every value of the record with a span, and the evidence of every finding."""
    out = [Mark(*ev.span, key, _field_kind(key)) for key, ev in record.evidence.items()]
    for c in record.citations:
        if c.span is None:
            continue
        bad = "nonexistent" in c.flags
        name = provision(c) + (f" · {say('label.nonexistent', lang)}" if bad else "")
        out.append(Mark(*c.span, name, "nonexistent" if bad else "citation", c.url,
                        "wetten.overheid.nl" if c.url else ""))
    for d in record.decisions_cited:
        if d.span is not None:
            url = decision_url(d.kind, d.id)
            out.append(Mark(*d.span, d.id, "decision", url, "rechtspraak.nl" if url else ""))
    for e in record.events:
        out.append(Mark(*_event_span(text, e), e.kind.replace("_", " "), "event"))
    for m in record.facts.conditions:
        for ev in [m.evidence, *m.evidence_more]:
            out.append(Mark(*ev.span, m.term + (" (neg.)" if m.negated else ""), "condition"))
    for t in record.facts.policy_terms:
        out.append(Mark(*t.evidence.span, f"{t.name} = {t.value:g} {t.unit}", "term"))
    for n, f in enumerate(check.findings if check else []):
        for ev in f.evidence:
            out.append(Mark(*ev.span, f"#{n + 1} {f.rule} · {label('verdict', f.verdict, lang)}",
                            "finding"))
    for n, g in enumerate(check.grounds if check else []):
        if g.evidence:  # the committee's own sentence: its ground and how it fares
            out.append(Mark(*g.evidence[0].span, f"G{n + 1} {g.rule} · "
                            f"{label('agreement', g.agreement, lang)}", "ground"))
    return sorted(out, key=lambda m: (m.start, -m.end))


def blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A page's text as blocks of lines, closed by a line ending in . : ; or a short line."""
    out, lo, pos = [], start, start
    for line in text[start:end].splitlines(keepends=True):
        pos += len(line)
        body = line.strip()
        if not body or BLOCK_END.search(body) or len(body) < SHORT_LINE:
            if text[lo:pos].strip():
                out.append((lo, pos))
            lo = pos
    if text[lo:end].strip():
        out.append((lo, end))
    return out


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(lo + m.start(), lo + m.end()) for m in re.finditer(r"\S+", text[lo:hi])]


def _spans(tokens: list[tuple[int, int]], found: list[Mark]) -> list[dict]:
    """Marks as displaCy token spans: every token a mark touches (end exclusive)."""
    out = []
    for m in found:
        hit = [i for i, (a, b) in enumerate(tokens) if a < m.end and b > m.start]
        if hit:
            span = {"start_token": hit[0], "end_token": hit[-1] + 1, "label": m.label}
            if m.url:
                span.update(kb_id=m.link, kb_url=m.url)
            out.append(span)
    return out


def render_block(text: str, lo: int, hi: int, found: list[Mark], colours: dict) -> str:
    from spacy import displacy

    tokens = _tokens(text, lo, hi)
    doc = {"text": text[lo:hi], "tokens": [text[a:b] for a, b in tokens],
           "spans": _spans(tokens, found)}
    return displacy.render(doc, style="span", manual=True, jupyter=False,
                           options={"colors": colours})


def pages(doc, found: list[Mark], colours: dict) -> list[dict]:
    """Per page: its number and its blocks (anchor id, html); marks are clipped to each block."""
    out = []
    for page in range(1, doc.page_count + 1):
        start, end = doc.page_bounds(page)
        rendered = []
        for lo, hi in blocks(doc.text, start, end):
            inside = [m for m in found if m.start < hi and m.end > lo]
            rendered.append({"id": f"t{lo}", "lo": lo, "hi": hi,
                             "html": render_block(doc.text, lo, hi, inside, colours)})
        out.append({"number": page, "blocks": rendered})
    return out


def anchor(pages_: list[dict], offset: int) -> str | None:
    for page in pages_:
        for block in page["blocks"]:
            if block["lo"] <= offset < block["hi"]:
                return block["id"]
    return None


def render(doc, record: Record, check: CheckResult | None, lang: str = "nl",
           base: str | Path | None = None) -> str:
    """The whole annotated page; `base` is the folder of the HTML (for the link to the PDF)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    found = marks(record, check, lang, doc.text)
    colours = {m.label: COLOURS[m.kind] for m in found}
    laid = pages(doc, found, colours)
    for page in laid:
        for block in page["blocks"]:
            block["html"] = Markup(block["html"])  # displaCy escapes the text it renders
    legend = [{"n": n + 1, "finding": f,
               "jumps": [(anchor(laid, ev.span[0]), ev.page) for ev in f.evidence]}
              for n, f in enumerate(check.findings if check else [])]
    grounds = [{"n": n + 1, "ground": g,
                "jumps": [(anchor(laid, ev.span[0]), ev.page) for ev in g.evidence]}
               for n, g in enumerate(check.grounds if check else [])]
    fields = [{"key": key, "ev": ev, "anchor": anchor(laid, ev.span[0])}
              for key, ev in record.evidence.items()]
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                      lstrip_blocks=True)
    return env.get_template("annotate.html.j2").render(
        record=record, check=check, pages=laid, legend=legend, grounds=grounds, fields=fields,
        lang=lang,
        say=say, label=label, kinds=COLOURS, provision=basis,
        pdf=lambda page: file_href(record.source.path, base, page))


def write(path: str | Path, source: str | Path, lang: str = "nl", password: str | None = None,
          check: bool = True) -> Path:
    """Analyse `source` and write its annotated view to `path`; raises GeschilError on bad input."""
    from geschil.extract.record import build_record
    from geschil.ingest import load

    doc = load(source, password=password)
    record = build_record(doc)
    result = None
    if check:
        from geschil.reason import check as run_check

        result = run_check(record, lang=lang)
    return _write(path, doc, record, result, lang)


def write_view(path: str | Path, record: Record, check: CheckResult | None, lang: str = "nl",
               password: str | None = None) -> Path:
    """The view of a record already analysed (a report's batch): only the text is read again."""
    from geschil.ingest import load

    return _write(path, load(record.source.path, password=password), record, check, lang)


def _write(path, doc, record, check, lang) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(doc, record, check, lang, base=path.parent), encoding="utf-8")
    return path
