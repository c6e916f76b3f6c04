"""The README tells the truth: its queries are docs/queries.sql, its corpus figures are the corpus's."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _expected() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((ROOT / "corpus").glob("*.expected.json"))]


def test_the_queries_are_those_of_docs_queries_sql():
    sql = (ROOT / "docs" / "queries.sql").read_text(encoding="utf-8")
    queries = [q for q in sql.split("\n\n")[1:] if q.strip()]
    assert len(queries) == 4
    for query in queries:
        assert _squash(query) in _squash(README)


def test_corpus_figures_are_the_corpus():
    statuses = Counter(e["check"]["status"] for e in _expected())
    total = sum(statuses.values())
    assert f"holds {total} constructed rulings" in README
    assert (f"Of the {total}, {statuses['consistent']} come out `consistent`, "
            f"{statuses['divergent']} `divergent`") in _squash(README)
    assert f"{statuses['undetermined']} `undetermined`" in README


def test_shared_case_numbers_are_named():
    files = defaultdict(list)
    for name, e in zip(sorted((ROOT / "corpus").glob("*.expected.json")), _expected(),
                       strict=True):
        files[e["record"]["case_number"]].append(name.name.removesuffix(".expected.json"))
    for number, names in files.items():
        if len(names) > 1 and number is not None:  # copies without their head print no number
            assert number in README and all(n in README for n in names)


def test_no_links_to_folders_users_do_not_have_and_setup_is_explained():
    assert "../shared" not in README
    assert "source .venv/bin/activate" in README
    python = re.search(r'requires-python = ">=([\d.]+)"', (ROOT / "pyproject.toml").read_text())
    assert f"Python {python.group(1)} or newer" in README


def test_every_command_is_in_the_readme():
    from geschil.cli import app

    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"`geschil {name}" in README, name


def test_the_spacy_example_gives_what_it_says():
    import ast

    block = README.split("### spaCy")[1].split("```python")[1].split("```")[0]
    code, said = block.rsplit("# ", 1)
    *statements, last = [line for line in code.strip().splitlines() if line.strip()]
    namespace: dict = {}
    exec("\n".join(statements), namespace)
    assert eval(last, namespace) == ast.literal_eval(said.strip())
