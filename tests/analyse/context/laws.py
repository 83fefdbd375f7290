"""Short invented laws in Dutch bill style for the context pass (written for these tests)."""

from __future__ import annotations

from wetscan.analyse import analyse_provisions
from wetscan.model import Definition, Provision

ORDINAL = {"1": "eerste", "2": "tweede", "3": "derde", "4": "vierde"}


def lid(article: str, number: str | None, text: str, headings: list[str] | None = None) -> Provision:
    citation = f"artikel {article}" + (f", {ORDINAL[number]} lid" if number else "")
    return Provision(id=citation, article=article, paragraph=number, text=text, headings=headings or [])


def law(*provisions: Provision, title: str | None = None, definitions: dict[str, Definition] | None = None,
        preamble: str | None = None) -> dict[str, Provision]:
    """Analyse the law and give its provisions by id."""
    analyse_provisions(list(provisions), definitions, title, preamble)
    return {p.id: p for p in provisions}


def derived(provision: Provision) -> list:
    return [f for f in provision.findings if f.derived_from or f.rule in ("R23", "R24", "R25")]


def exact(provision: Provision) -> None:
    for finding in provision.findings:
        assert provision.text[finding.start : finding.end] == finding.trigger
