"""The command line: formats, exit codes, one clear error line and never a traceback."""

from __future__ import annotations

import json

import pytest
from output_fakes import BZV, install, write_files
from typer.testing import CliRunner

from geschil.cli import app


@pytest.fixture(autouse=True)
def fakes(monkeypatch, tmp_path):
    install(monkeypatch)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def files(tmp_path):
    return write_files(tmp_path / "in", {"a.txt": "rejected", "b.txt": "granted"})


def run(*args, input=None):
    result = CliRunner().invoke(app, [str(a) for a in args], input=input)
    assert "Traceback" not in result.output + result.stderr
    return result


def test_one_file_gives_one_json_object(files):
    result = run("extract", files[0], "--jobs", "1")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["outcome"] == "rejected"


def test_a_folder_gives_json_lines_in_order(files, tmp_path):
    result = run("extract", tmp_path / "in", "--jobs", "2", "--include-text")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["outcome"] for r in rows] == ["rejected", "granted"]
    assert "2 given: 2 processed, 0 failed" in result.stderr


def test_a_folder_yields_pdfs_only_unless_text_is_asked_for(files, tmp_path):
    result = run("extract", tmp_path / "in", "--format", "jsonl")
    assert result.exit_code == 2
    assert "folder holds no .pdf file" in result.stderr
    assert run("extract", tmp_path / "in", "--include-text", "-f", "jsonl").exit_code == 0


@pytest.mark.parametrize("command", ["extract", "check", "report"])
def test_bad_input_gives_one_line_and_exit_2_but_the_batch_goes_on(files, tmp_path, command):
    missing = tmp_path / "nope.pdf"
    extra = ["-o", tmp_path / "r.html"] if command == "report" else []
    result = run(command, files[0], missing, *extra)
    assert result.exit_code == 2
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert line.startswith(f"error: {missing}: unreadable: ")
    if command != "report":
        assert len(result.stdout.splitlines()) == 2  # the good file and the error row


def test_encrypted_file_names_its_kind(tmp_path):
    (f,) = write_files(tmp_path, {"locked.txt": "encrypted"})
    result = run("extract", f)
    assert result.exit_code == 2
    assert f"error: {f}: encrypted: " in result.stderr
    assert json.loads(result.stdout)["error"]["kind"] == "encrypted"


@pytest.mark.parametrize("which, code, status", [(0, 0, "consistent"), (1, 1, "divergent")])
def test_check_exit_code_follows_divergence(files, which, code, status):
    result = run("check", files[which], "--format", "json")
    assert result.exit_code == code
    assert json.loads(result.stdout)["status"] == status


@pytest.mark.parametrize("lang, words", [
    ("nl", ["afwijkend", "voldaan", "regels geven afgewezen", "commissie toegewezen"]),
    ("en", ["divergent", "met", "rules give rejected", "committee granted"]),
])
def test_check_table_is_a_tree_with_the_verdict(files, lang, words):
    result = run("check", files[1], "--format", "table", "--lang", lang)
    assert "bzv_2_7_1_a" in result.stdout
    for word in words:
        assert word in result.stdout


def test_dutch_is_the_default_language_of_tables(files):
    assert "afwijkend" in run("check", files[1], "--format", "table").stdout


@pytest.fixture
def same_finding(tmp_path):
    """Two rulings whose findings agree (the fake rules give 'met' to both) but whose outcomes
    differ, and one with another finding."""
    return write_files(tmp_path / "same", {"g.txt": "granted", "p.txt": "partially_granted",
                                           "r.txt": "rejected"})


def test_check_corpus_adds_consistency_groups(same_finding):
    result = run("check", *same_finding, "--corpus", "--format", "json")
    data = json.loads(result.stdout)
    assert [c["status"] for c in data["checks"]] == ["divergent", "divergent", "consistent"]
    (group,) = data["consistency"]
    assert group["outcomes"] == ["granted", "partially_granted"]
    assert group["condition"] == "peri-implantitis" and group["verdict"] == "met"


def test_check_corpus_table_names_the_group(same_finding):
    result = run("check", *same_finding, "--corpus", "--format", "table")
    assert "Bzv 2.7 lid 1 onder a + peri-implantitis" in result.stdout
    assert "gedeeltelijk toegewezen" in result.stdout.split("Samenhang tussen uitspraken")[1]
    english = run("check", *same_finding, "--corpus", "--format", "table", "--lang", "en").stdout
    assert "partially granted" in english.split("Consistency across rulings")[1]


@pytest.mark.parametrize("lang, words", [
    ("en", ("case number", "events", "requests", "Bzv", "evidence", "facts", "13 March 2025")),
    ("nl", ("zaaknummer", "gebeurtenissen", "verzoeken", "Bzv", "bewijs", "feiten",
            "13 maart 2025 Zeist", "afgewezen")),
])
def test_extract_table_shows_the_record(files, lang, words):
    result = run("extract", files[0], "--format", "table", "--lang", lang)
    assert result.exit_code == 0
    for text in words:
        assert text in result.stdout


def test_a_record_error_with_brackets_is_shown_as_it_is():
    from output_fakes import failed
    from rich.console import Console

    from geschil.output.terminal import record_view

    rec = failed("x[red].pdf")
    rec.error.message = "broken [bold]header[/bold"
    console = Console(record=True, width=100)
    console.print(record_view(rec))
    assert "broken [bold]header[/bold" in console.export_text()


def test_csv_to_a_folder_and_db(files, tmp_path):
    result = run("extract", *files, "--format", "csv", "--out", tmp_path / "csv",
                 "--db", tmp_path / "r.duckdb")
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "citations.csv", "events.csv", "findings.csv", "grounds.csv", "parts.csv", "requests.csv",
        "rulings.csv"]
    import duckdb

    with duckdb.connect(str(tmp_path / "r.duckdb")) as con:
        assert con.execute("SELECT count(*) FROM findings").fetchone()[0] == 2


def test_csv_without_a_folder_is_refused_not_one_table_silently(files):
    result = run("extract", *files, "--format", "csv")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "give the folder for them with -o DIR" in result.stderr


def test_second_run_comes_from_the_cache(files):
    run("extract", *files)
    assert "(2 from cache)" in run("extract", *files).stderr
    assert "(0 from cache)" in run("extract", *files, "--no-cache").stderr


@pytest.mark.parametrize("flag, title", [([], "Record"), (["--check"], "CheckResult")])
def test_schema(flag, title):
    result = run("schema", *flag)
    schema = json.loads(result.stdout)
    assert schema["title"] == title and "properties" in schema


@pytest.mark.parametrize("source", ["arg", "stdin", "file"])
def test_cite_reads_text_stdin_or_file(monkeypatch, tmp_path, source):
    import sys
    import types

    seen = []
    module = types.SimpleNamespace(cite_text=lambda text: seen.append(text) or [BZV])
    monkeypatch.setitem(sys.modules, "geschil.extract.citations", module)
    text = "artikel 2.7, eerste lid, onder a, Bzv"
    arg, stdin = {"arg": (text, None), "stdin": ("-", text),
                  "file": (write_files(tmp_path, {"t.txt": text})[0], None)}[source]
    result = run("cite", arg, "--format", "jsonl", input=stdin)
    assert seen == [text]
    assert json.loads(result.stdout)["article"] == "2.7"


def test_report_writes_html(files, tmp_path):
    result = run("report", *files, "-o", tmp_path / "r.html")
    assert result.exit_code == 0
    assert "<svg" in (tmp_path / "r.html").read_text()


def test_verify_exit_codes(tmp_path):
    corpus = tmp_path / "corpus"
    write_files(corpus, {"a.txt": "rejected"})
    assert run("verify", corpus).exit_code == 1  # no expected file yet
    assert run("verify", corpus, "--update").exit_code == 0
    assert run("verify", corpus, "--junit", tmp_path / "j.xml").exit_code == 0
    (corpus / "a.txt").write_text("granted")
    result = run("verify", corpus)
    assert result.exit_code == 1
    assert "a: record.outcome: expected 'rejected', got 'granted'" in result.stdout
    assert run("verify", tmp_path / "nothing").exit_code == 2


def test_verify_on_an_empty_folder_fails_clearly(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("verify", tmp_path / "empty")
    assert result.exit_code == 2
    assert "no cases" in result.stderr


def test_text_prints_pages_with_markers(monkeypatch, tmp_path):
    import geschil.ingest
    from geschil.ingest.document import Document

    monkeypatch.setattr(geschil.ingest, "load", lambda path, password=None: Document(
        path=str(path), sha256="0", raw_pages=["eerste pagina", "tweede"]))
    result = run("text", tmp_path / "x.pdf")
    assert result.stdout.splitlines() == [
        "──── page 1 · offset 0 ────", "eerste pagina", "──── page 2 · offset 14 ────", "tweede"]


def test_text_of_a_missing_file_is_one_error_line(tmp_path):
    result = run("text", tmp_path / "nope.pdf")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {tmp_path / 'nope.pdf'}: unreadable: ")


def test_usage_error_exits_2():
    assert run("extract").exit_code == 2


def test_an_unexpected_crash_is_one_line_not_a_traceback(monkeypatch, capsys):
    import geschil.output.emit as emit
    from geschil.cli import app as the_app

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(emit, "citations", boom)
    monkeypatch.setattr("sys.argv", ["geschil", "cite", "artikel 1 Zvw", "--format", "json"])
    monkeypatch.delenv("GESCHIL_DEBUG", raising=False)
    monkeypatch.setitem(__import__("sys").modules, "geschil.extract.citations",
                        __import__("types").SimpleNamespace(cite_text=lambda t: []))
    with pytest.raises(SystemExit) as exit_info:
        the_app()
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert err == "error: internal: RuntimeError: disk on fire (set GESCHIL_DEBUG=1 for the details)\n"


@pytest.mark.parametrize("arg", ["/no/such/file.pdf", "missing.txt", "dir/ruling.md", "x/y"])
def test_cite_of_a_missing_file_fails_instead_of_reading_the_path_as_text(arg):
    result = run("cite", arg, "--format", "json")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {arg}: unreadable: no such file")


def test_version():
    import geschil

    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"geschil {geschil.__version__}"


@pytest.fixture
def mixed(tmp_path):
    """A consistent, a divergent and an unreadable ruling."""
    return write_files(tmp_path / "mix", {"a.txt": "rejected", "b.txt": "granted",
                                          "c.txt": "encrypted"})


@pytest.mark.parametrize("names, code", [
    (["a.txt"], 0), (["b.txt"], 1), (["c.txt"], 2), (["a.txt", "c.txt"], 2),
    (["a.txt", "b.txt"], 1), (["b.txt", "c.txt"], 3), (["a.txt", "b.txt", "c.txt"], 3),
])
def test_check_exit_codes_tell_divergence_from_bad_files(mixed, tmp_path, names, code):
    result = run("check", *(tmp_path / "mix" / n for n in names), "--format", "jsonl")
    assert result.exit_code == code


def test_summary_of_several_files_goes_to_stderr_next_to_json(mixed):
    result = run("check", *mixed, "--format", "jsonl", "--lang", "nl")
    assert len(result.stdout.splitlines()) == 3
    assert all(line.startswith("{") for line in result.stdout.splitlines())
    err = result.stderr
    assert "3 bestand(en): 2 geanalyseerd, 1 mislukt" in err
    assert "uitkomsten: afgewezen 1, toegewezen 1" in err
    assert "controle: afwijkend 1, consistent 1" in err
    divergent = json.loads(result.stdout.splitlines()[1])["case_number"]
    assert f"{divergent} ({mixed[1]}): afwijkend: rules give rejected" in err
    assert "fouten per soort: encrypted 1" in err


def test_summary_of_extract_names_the_divergent_ruling_too(mixed):
    result = run("extract", *mixed, "--format", "jsonl", "--lang", "en")
    assert "check: consistent 1, divergent 1" in result.stderr
    assert "errors by kind: encrypted 1" in result.stderr


def test_several_files_in_a_table_are_one_row_each_with_the_summary_under_it(mixed):
    result = run("check", *mixed[:2], "--format", "table", "--lang", "nl")
    out = result.stdout
    case = json.loads(run("check", mixed[0], "-f", "json").stdout)["case_number"]
    assert out.count(case) == 1  # a row, not a tree with its findings
    assert "bzv_2_7_1_a" not in out
    assert out.index("zaaknummer") < out.index("── samenvatting ──")
    rows = run("extract", *mixed[:2], "--format", "table").stdout
    assert "afgewezen" in rows and "13 maart 2025" in rows


@pytest.mark.parametrize("status, which", [("divergent", [1]), ("consistent", [0]),
                                           ("undetermined", [])])
def test_status_filter(mixed, status, which):
    result = run("check", *mixed[:2], "--format", "jsonl", "--status", status)
    assert [json.loads(x)["source"]["path"] for x in result.stdout.splitlines()] == [
        mixed[i] for i in which]
    assert result.exit_code == 1  # the exit code still covers the whole batch


def test_an_error_line_under_the_progress_bar_does_not_leak_its_markup():
    import io

    from rich.console import Console

    from geschil import cli_support as cli

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=100)
    with cli.progress(3, console) as advance:
        advance()
        cli.fail_line(console, "x[bold].pdf", "unreadable", "no such file [red]")
        advance()
    out = buf.getvalue()
    assert "[progress.description]" not in out
    assert "analysing" in out
    assert "error: x[bold].pdf: unreadable: no such file [red]" in out


def test_the_corpus_folder_yields_its_pdfs_only_not_their_sources_or_readme():
    from pathlib import Path

    from geschil import cli_support

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    inputs, single = cli_support.collect([str(corpus)])
    assert not single
    assert sorted(inputs) == sorted(str(p) for p in corpus.rglob("*.pdf"))
    with_text, _ = cli_support.collect([str(corpus)], include_text=True)
    assert any(p.endswith("README.md") for p in with_text) and len(with_text) > len(inputs)


def test_extract_streams_and_keeps_only_a_small_line_per_ruling():
    from output_fakes import record

    from geschil.batch import Item
    from geschil.cli_support import noting
    from geschil.output.summary import Line

    def items():
        yield Item("a.pdf", record(1))
        raise AssertionError("read ahead of the output")

    noted: list = []
    first = next(noting(items(), noted))
    assert first.path == "a.pdf"
    assert noted == [Line("a.pdf", "202500001", "rejected", None, "", None)]
