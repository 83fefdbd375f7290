"""The HTML report: one self-contained page for a BZK coordinator.

Inline CSS and JavaScript, no external assets (a Content-Security-Policy forbids loading any), and
every piece of document text escaped by Jinja2's autoescape, its control characters made visible
(:func:`visible_output`, the environment's ``finalize``). Every word of the page itself is in the
current language (catalog ``report``; ``<html lang>`` follows it); the enum values of the report
data are shown with :func:`wetscan.report.wording.label`. :func:`render_provision_html` renders a
single provision with its trigger spans highlighted; the review web app reuses it (or imports the
``provision`` macro from ``templates/provision.html.j2``) so that both show the same rendering.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jinja2 import ChoiceLoader, Environment, PackageLoader
from markupsafe import Markup

from wetscan.assess.rules import RuleBook, load_rules
from wetscan.i18n import N_, _, install_jinja
from wetscan.model import LAYERS
from wetscan.report.checklist_view import install_checklist
from wetscan.report.sanitise import printable
from wetscan.report.spans import segments
from wetscan.report.wording import change_lines, decimal, label, layer_count_line


def visible_output(value: Any) -> Any:
    """Jinja2 ``finalize``: every string a template prints, with control characters made visible."""
    if isinstance(value, Markup):
        return Markup(printable(str(value)))
    return printable(value) if isinstance(value, str) else value


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the report templates (autoescape on for every template)."""
    env = Environment(
        loader=ChoiceLoader([PackageLoader("wetscan.report", "templates"), PackageLoader("wetscan.report", "static")]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=visible_output,
    )
    install_report_helpers(env)
    env.globals["layer_count_line"] = layer_count_line
    env.globals["change_lines"] = change_lines
    install_checklist(env)
    return env


def install_report_helpers(env: Environment) -> None:
    """What ``provision.html.j2`` and ``change.html.j2`` need, in any environment that renders them
    (the review app's too): gettext in the current language, span segments, value labels, decimals."""
    install_jinja(env)
    env.globals["segments"] = segments
    env.filters["label"] = label
    env.filters["decimal"] = decimal


#: The report's filter on what a provision's rules feed (value -> label, translated where shown).
FLAGS = {"udo": N_("UDO"), "cosignature": N_("BZK co-signature"), "fvw": N_("Fvw art. 2"),
         "cooperation": N_("mandatory cooperation")}


def rule_names(book: RuleBook | None = None) -> dict[str, dict[str, Any]]:
    """Rule id -> name, legal basis and the flags it feeds, for tooltips, legends and filters."""
    book = book or load_rules()
    return {
        rule_id: {
            "name": rule.name,
            "basis": rule.basis,
            "flags": [flag for flag, fed in (("udo", rule.udo != "none"), ("cosignature", rule.cosignature != "none"),
                                             ("fvw", rule.fvw), ("cooperation", rule.task == "cooperation")) if fed],
        }
        for rule_id, rule in book.rules.items()
    }


def provision_anchor(index: int) -> str:
    """The HTML id of the provision at ``index`` in the report (ids themselves contain spaces)."""
    return f"p-{index + 1}"


def render_provision_html(provision: Mapping[str, Any], anchor: str = "p-1", book: RuleBook | None = None) -> Markup:
    """One provision (a report dict) as an ``<article>`` with its trigger spans highlighted."""
    module = environment().get_template("provision.html.j2").module
    return Markup(module.provision(_with_defaults(provision), anchor, rule_names(book)))  # type: ignore[attr-defined]


def render_html(report: Mapping[str, Any], book: RuleBook | None = None, flagged_only: bool = True) -> str:
    """The whole report (schema version 1 data) as one self-contained HTML page.

    ``flagged_only`` sets the initial state of the "flagged provisions only" filter (``--all`` off).
    """
    provisions = [_with_defaults(p) for p in report.get("provisions", [])]
    used_layers = {layer for p in provisions for layer in p["layers"]}
    used_rules = {f["rule"] for p in provisions for f in p["findings"]}
    return environment().get_template("report.html.j2").render(
        report={**report, "provisions": provisions},
        a=report.get("assessment"),
        rules=rule_names(book),
        anchors={p["id"]: provision_anchor(i) for i, p in enumerate(provisions)},
        layers_present=[layer for layer in LAYERS if layer in used_layers],
        rules_present=sorted(used_rules),
        flags={flag: _(text) for flag, text in FLAGS.items()},
        flagged_only=flagged_only and bool(used_rules),
    )


def _with_defaults(provision: Mapping[str, Any]) -> dict[str, Any]:
    """Report provisions may lack the optional analysis fields; the templates expect them."""
    defaults = {"kind": "provision", "instruction": None, "headings": [], "norm_type": None, "layers": [],
                "mandatory_cooperation": False, "findings": [], "amends": None, "page": None}
    return {**defaults, **provision}
