"""The small markup of corpus/src/*.txt, parsed into metadata and a list of blocks.

%% key: value        metadata (the first %% line, the CONSTRUCTED notice, goes to the
                     PDF's subject only; no %% line reaches the page)
# Title              centred bold line          ^ text   centred plain line
## 3. Heading        bold heading                ### Sub  italic sub-heading
> quoted text        indented italic paragraph   + text   indented paragraph
| literal line       one line, never joined      @pagebreak
@head ... @end       classic head block, lines `Label : value`
@wrapper ... @end    web-page text saved before the ruling (menus, 'Hele tekst')
other lines          paragraphs, joined until a blank line
"""

from __future__ import annotations

from dataclasses import dataclass, field

PREFIXES = {
    "# ": "title",
    "## ": "heading",
    "### ": "subheading",
    "> ": "quote",
    "+ ": "indent",
    "^ ": "center",
    "| ": "literal",
}
JOINED = {"quote", "para"}  # an indented (+) line is one list item


@dataclass
class Block:
    kind: str
    text: str = ""
    rows: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Source:
    notice: str
    meta: dict[str, str]
    blocks: list[Block]


def _kind_of(line: str) -> tuple[str, str]:
    for prefix, kind in PREFIXES.items():
        if line.startswith(prefix):
            return kind, line[len(prefix) :].strip()
    return "para", line.strip()


def _row(line: str) -> tuple[str, str]:
    """`Label : value`; the value may be empty (a head block that left the number out)."""
    label, _, value = line.partition(":")
    return label.strip(), value.strip()


def _region(lines: list[str], start: int) -> tuple[list[str], int]:
    """Lines up to the next `@end`, and the index after it."""
    end = start
    while lines[end].strip() != "@end":
        end += 1
    return lines[start:end], end + 1


def parse(text: str) -> Source:
    lines = text.splitlines()
    notice, meta = "", {}
    while lines and lines[0].startswith("%%"):
        body = lines.pop(0)[2:].strip()
        if not notice:
            notice = body
        elif ":" in body:
            key, value = body.split(":", 1)
            meta[key.strip()] = value.strip()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            i += 1
            continue
        if line.strip() in ("@head", "@wrapper"):
            region, i = _region(lines, i + 1)
            if line.strip() == "@head":
                rows = [_row(r) for r in region if r.strip()]
                blocks.append(Block("head", rows=rows))
            else:
                blocks.extend(Block("wrapper", r.strip()) for r in region if r.strip())
            continue
        if line.strip() == "@pagebreak":
            blocks.append(Block("pagebreak"))
            i += 1
            continue
        kind, first = _kind_of(line)
        parts = [first]
        i += 1
        while kind in JOINED and i < len(lines) and lines[i].strip():
            next_kind, more = _kind_of(lines[i].rstrip())
            if next_kind != kind:
                break
            parts.append(more)
            i += 1
        blocks.append(Block(kind, " ".join(parts)))
    return Source(notice, meta, blocks)


def plain_text(source: Source) -> str:
    """The ruling's words without markup (what extraction should give back, modulo layout)."""
    out = []
    for block in source.blocks:
        if block.kind == "head":
            out.extend(f"{label} : {value}" for label, value in block.rows)
        elif block.text:
            out.append(block.text)
    return "\n".join(out)
