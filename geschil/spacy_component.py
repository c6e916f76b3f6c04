"""A spaCy pipeline component: geschil's citation engine on any Dutch Doc.

    import spacy
    nlp = spacy.blank("nl")
    nlp.add_pipe("geschil_citations")
    doc = nlp("Zie artikel 2.7, eerste lid, onderdeel a, van het Besluit zorgverzekering.")
    span = doc.spans["citations"][0]
    span.label_, span._.law, span._.article, span._.bwb_id, span._.url
    # ('citation', 'Bzv', '2.7', 'BWBR0018492', 'https://wetten.overheid.nl/jci1.3:c:...')

Cited provisions get the label `citation`, decisions (ECLI, SKGZ numbers) `decision`; the
normalised fields are span extension attributes (`span._.law`, `.article`, `.paragraph`,
`.item`, `.bwb_id`, `.url`, `.flags`, `.decision_kind`, `.decision_id`). No model is needed.
The factory is registered by the entry point `spacy_factories` (pyproject.toml), so spaCy finds
it without this module being imported first.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

SPANS_KEY = "citations"
ATTRIBUTES = ("law", "article", "paragraph", "item", "bwb_id", "url", "flags", "decision_kind",
              "decision_id")

for _name in ATTRIBUTES:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class CitationComponent:
    """Adds every citation and decision reference of the text to `doc.spans[spans_key]`."""

    def __init__(self, spans_key: str = SPANS_KEY):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        from geschil.extract.citations import cite_text
        from geschil.models import Citation

        spans = []
        for found in cite_text(doc.text):
            span = doc.char_span(*found.span, alignment_mode="expand",
                                 label="citation" if isinstance(found, Citation) else "decision")
            if span is None:
                continue
            if isinstance(found, Citation):
                for name in ATTRIBUTES[:7]:
                    setattr(span._, name, getattr(found, name))
            else:
                span._.decision_kind, span._.decision_id = found.kind, found.id
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("geschil_citations", default_config={"spans_key": SPANS_KEY})
def make_citations(nlp: Language, name: str, spans_key: str) -> CitationComponent:
    return CitationComponent(spans_key)
