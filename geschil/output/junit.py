"""JUnit XML, so CI systems show each corpus ruling as a test case."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Case:
    name: str
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    classname: str = "geschil.verify"


def to_xml(cases: list[Case], suite: str = "geschil.verify") -> str:
    failed = sum(1 for c in cases if c.failures)
    root = ET.Element("testsuites", tests=str(len(cases)), failures=str(failed))
    node = ET.SubElement(root, "testsuite", name=suite, tests=str(len(cases)),
                         failures=str(failed), errors="0", skipped="0",
                         time=f"{sum(c.seconds for c in cases):.3f}")
    for case in cases:
        tc = ET.SubElement(node, "testcase", classname=case.classname, name=case.name,
                           time=f"{case.seconds:.3f}")
        if case.failures:
            fail = ET.SubElement(tc, "failure", message=case.failures[0], type="regression")
            fail.text = "\n".join(case.failures)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write(path: str | Path, cases: list[Case], suite: str = "geschil.verify") -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(to_xml(cases, suite), encoding="utf-8")
