"""Small fake Records and CheckResults for the output, batch and CLI tests (no real pipeline)."""

from __future__ import annotations

import datetime as dt
import hashlib

from geschil.models import (
    CheckResult,
    Citation,
    ConditionMention,
    ErrorInfo,
    Event,
    Evidence,
    Facts,
    Finding,
    Ground,
    Insurer,
    Part,
    Policy,
    Record,
    Request,
    Requester,
    Source,
)

URL = "https://wetten.overheid.nl/jci1.3:c:BWBR0018492&artikel=2.7&lid=1&onderdeel=a"
BZV = Citation(law="Bzv", article="2.7", paragraph=1, item="a", bwb_id="BWBR0018492", url=URL,
               role="body", cited_by="committee", raw="artikel 2.7, eerste lid, onder a, Bzv",
               page=2, span=(100, 140))
ZVW = Citation(law="Zvw", article="11", paragraph=1, item="b", bwb_id="BWBR0018450",
               url="https://wetten.overheid.nl/jci1.3:c:BWBR0018450&artikel=11&lid=1&onderdeel=b",
               role="body", cited_by="committee", raw="artikel 11, eerste lid, onder b, Zvw",
               page=2, span=(200, 230))
POLIS = Citation(law="polis", article="B.12.1", raw="artikel B.12.1", page=3, span=(300, 314))


def ev(quote: str, page: int = 1, start: int = 0) -> Evidence:
    return Evidence(page=page, span=(start, start + len(quote)), quote=quote)


def record(n: int = 1, *, outcome: str = "rejected", year: int = 2025, insurer: str = "Zilver N.V.",
           condition: str | None = "peri-implantitis", path: str | None = None) -> Record:
    sha = hashlib.sha256(f"fake-{n}".encode()).hexdigest()
    conds = [] if condition is None else [ConditionMention(
        term=condition, category="2.7.1.a:qualifies", evidence=ev(condition, 3, 400))]
    return Record(
        source=Source(path=path or f"rulings/{n:03d}.pdf", sha256=sha, pages=4),
        layout="modern", case_number=f"2025{n:05d}", decision_date=dt.date(year, 3, 13),
        decision_place="Zeist", hearing_date=dt.date(year, 1, 14),
        members=["mr. A. Voorzitter", "mr. B. Lid"], requester=Requester(label="A", term="verzoeker"),
        insurers=[Insurer(name=insurer, place="Utrecht")],
        policies=[Policy(type="basic", name="Basispolis"), Policy(type="supplementary", name="Tand")],
        events=[Event(date=dt.date(year - 1, 8, 29), kind="request", text="verzoek ingediend",
                      page=1, span=(10, 30))],
        requests=[Request(number=1, text="vergoeding van de behandeling", page=2, span=(50, 80))],
        citations=[BZV, ZVW, POLIS], outcome=outcome,
        facts=Facts(accident_date=dt.date(2021, 6, 27), conditions=conds),
        evidence={"case_number": ev(f"Zaaknummer: 2025{n:05d}")},
    )


def failed(path: str = "broken.pdf", kind: str = "encrypted") -> Record:
    return Record(source=Source(path=path, sha256="", pages=0), document_type=None,
                  error=ErrorInfo(kind=kind, message="the file is password-protected"))


def check(rec: Record, *, status: str = "consistent", expected: str | None = None) -> CheckResult:
    verdict = {"consistent": "not_met", "divergent": "met", "undetermined": "unknown"}[status]
    finding = Finding(rule="bzv_2_7_1_a", legal_basis=BZV, verdict=verdict,
                      reason="The condition is named in the vocabulary of onderdeel a.",
                      evidence=[ev("ernstige peri-implantitis", 3, 400)])
    decision = {"granted": "granted", "rejected": "rejected"}.get(rec.outcome)
    part = Part(id="p1", description="vergoeding ten laste van de zorgverzekering",
                claim="basic", decision=decision, evidence=[ev("De commissie wijst het verzoek af.", 4)])
    committee = "met" if status == "divergent" else "not_met"
    ground = Ground(part="p1", rule="prior_approval.validity", legal_basis=BZV, kind="computed",
                    committee=committee, recomputed="not_met" if status != "undetermined" else "unknown",
                    agreement={"consistent": "agrees", "divergent": "contradicts",
                               "undetermined": "missing_fact"}[status],
                    reason=f"The committee finds it {committee}; recomputed from the printed facts.",
                    evidence=[ev("de akkoordverklaring was verlopen", 3, 500)])
    return CheckResult(source=rec.source, case_number=rec.case_number, findings=[finding],
                       expected_outcome=expected or rec.outcome, actual_outcome=rec.outcome,
                       status=status, reason=f"rules give {expected or rec.outcome}",
                       parts=[part], grounds=[ground])


def corpus() -> list[tuple[Record, CheckResult | None]]:
    """Four rulings over two years and two insurers, one divergent, plus one failed file."""
    r1 = record(1, outcome="rejected", year=2024)
    r2 = record(2, outcome="granted", year=2025, insurer="Menzis N.V.")
    r3 = record(3, outcome="rejected", year=2025, condition=None)
    r4 = record(4, outcome="partially_granted", year=2025, condition=None)
    return [(r1, check(r1)), (r2, check(r2, status="divergent", expected="rejected")),
            (r3, check(r3, status="undetermined", expected=None)), (r4, check(r4)),
            (failed(), None)]


# ---- a fake pipeline: the file's first word is the outcome, "slow"/"hang"/"crash" misbehave --

def fake_extract(path, *, password=None, backend=None, max_pages=None, doc=None) -> Record:
    import os
    import signal
    import time
    from pathlib import Path

    p = Path(path)
    if not p.is_file():
        return failed(str(path), "unreadable")
    data = p.read_bytes()
    word = (data.decode("utf-8", "replace").split() or ["rejected"])[0]
    if word == "slow":
        time.sleep(30)
    if word == "hang":  # stuck where SIGALRM cannot reach, like a C library
        signal.signal(signal.SIGALRM, signal.SIG_IGN)
        time.sleep(30)
    if word == "crash":
        os._exit(3)
    if word == "encrypted":
        rec = failed(str(path), "encrypted")
        rec.source.sha256 = hashlib.sha256(data).hexdigest()
        return rec
    n = int(hashlib.sha256(data).hexdigest()[:6], 16) % 10000
    rec = record(n, outcome=word, path=str(path))
    rec.source.sha256 = hashlib.sha256(data).hexdigest()
    return rec


def fake_check(rec: Record, lang: str = "nl") -> CheckResult:
    """The rules always say 'rejected': a granted ruling is divergent."""
    return check(rec, status="consistent" if rec.outcome == "rejected" else "divergent",
                 expected="rejected")


def install(monkeypatch) -> None:
    """Replace the real pipeline and reasoning with the fakes (workers inherit them by fork)."""
    import geschil.pipeline
    import geschil.reason

    monkeypatch.setattr(geschil.pipeline, "extract_path", fake_extract)
    monkeypatch.setattr(geschil.reason, "check", fake_check, raising=False)


def write_files(folder, contents: dict[str, str]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in contents.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths
