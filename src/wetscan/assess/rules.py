"""The assessment rule book: what each rule of the domain rule table (R01-R20) means for a bill.

The rule book is the one rule table (``wetscan/analyse/data/rules.yaml``) with the thresholds of
``rules.yaml`` in this package, or another file given with ``wetscan check --rules FILE``. The
co-signature markers are rule R17's patterns (``analyse/data/triggers.yaml``) unless that file has
its own ``cosigned_patterns``. The YAML file is documented for lawyers; this module only loads and
checks it, so that a mistake in an edited rule file is reported as one line naming the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from wetscan.analyse.lexicon import rule_table
from wetscan.analyse.rules.cosignature import cosignature_patterns
from wetscan.errors import InputError
from wetscan.i18n import _
from wetscan.model import LAYERS

Effect = Literal["yes", "possible", "none"]
TaskKind = Literal["obligation", "power", "cooperation", "by_kind", "none"]

EFFECTS: tuple[str, ...] = ("yes", "possible", "none")
TASK_KINDS: tuple[str, ...] = ("obligation", "power", "cooperation", "by_kind", "none")
BUILTIN = "builtin"


@dataclass(frozen=True)
class Rule:
    """What one rule of the rule table means at bill level (see rules.yaml for each field)."""

    id: str
    #: The rule's name and legal basis as written in the rule table (Dutch); read them through
    #: :attr:`name` and :attr:`basis`, which follow the current language.
    source_name: str
    source_basis: str
    strong: bool
    task: TaskKind
    udo: Effect
    cosignature: Effect
    fvw: bool
    weight_udo: float
    weight_cosignature: float
    departure: bool = False
    layers: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """What the rule finds, in the current language (the ``rules`` catalog)."""
        return _(self.source_name)

    @property
    def basis(self) -> str:
        """The statutory or policy basis, a legal citation; its prose follows the current language."""
        return _(self.source_basis)

    def effect(self, question: Literal["udo", "cosignature"], layer: str | None) -> Effect:
        """The verdict one hit leads to for ``question``, with the per-layer exception applied."""
        override = self.layers.get(layer or "", {})
        return override.get(question, getattr(self, question))  # type: ignore[return-value]


@dataclass(frozen=True)
class RuleBook:
    """All rules plus the thresholds and the co-signature marker patterns."""

    source: str
    version: int
    rules: dict[str, Rule]
    min_confidence: float
    review_confidence: float
    large_impact_min_strong_rules: int
    large_impact_verdict: Effect
    large_impact_weight: float
    cosigned_patterns: tuple[re.Pattern[str], ...]
    agreement_patterns: tuple[re.Pattern[str], ...]
    #: Thresholds of the learned reader beside the rules (``reader:``; see wetscan.learned.combine).
    reader: dict[str, float] = field(default_factory=dict)

    def rule(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id)


def load_rules(path: Path | None = None) -> RuleBook:
    """Load the rule book from ``path``, or the one shipped in the package when ``path`` is None.

    Raises :class:`InputError` (one line, naming the file) when the file is missing or malformed.
    """
    if path is None:
        return _builtin_rules()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), _("cannot read the rules file ({problem})").format(problem=error.__class__.__name__)) from None
    return _parse(text, str(path))


@lru_cache(maxsize=1)
def _builtin_rules() -> RuleBook:
    return _parse(shipped_rules_data(), BUILTIN)


def shipped_rules_data() -> dict[str, Any]:
    """The shipped rule book as one mapping: this package's thresholds (rules.yaml) with the rows of the
    one rule table (``wetscan/analyse/data/rules.yaml``) under ``rules``. Dump it to start a ``--rules`` file."""
    text = resources.files("wetscan.assess").joinpath("rules.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    data["rules"] = rule_table()["rules"]
    return data


def _parse(text: str | dict[str, Any], source: str) -> RuleBook:
    if isinstance(text, dict):
        data: Any = text
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            message = (_("the rules file is not valid YAML at line {line}").format(line=mark.line + 1) if mark is not None
                       else _("the rules file is not valid YAML"))
            raise InputError(source, message) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), dict):
        raise InputError(source, _("the rules file needs a 'rules' mapping (see the shipped rules.yaml)"))
    try:
        thresholds = data.get("thresholds") or {}
        rules = {str(rule_id): _rule(str(rule_id), body) for rule_id, body in data["rules"].items()}
        return RuleBook(
            source=source,
            version=int(data.get("version", 1)),
            rules=rules,
            min_confidence=_fraction(thresholds.get("min_confidence", 0.4), "min_confidence"),
            review_confidence=_fraction(thresholds.get("review_confidence", 0.6), "review_confidence"),
            large_impact_min_strong_rules=int(thresholds.get("large_impact_min_strong_rules", 3)),
            large_impact_verdict=_effect(thresholds.get("large_impact_verdict", "possible"), "large_impact_verdict"),
            large_impact_weight=_fraction(thresholds.get("large_impact_weight", 0.35), "large_impact_weight"),
            cosigned_patterns=(_patterns(data["cosigned_patterns"], "cosigned_patterns") if "cosigned_patterns" in data
                               else cosignature_patterns()),
            agreement_patterns=_patterns(data.get("agreement_patterns", []), "agreement_patterns"),
            reader={str(k): _fraction(v, f"reader.{k}") for k, v in (data.get("reader") or {}).items()},
        )
    except (ValueError, TypeError, KeyError) as error:
        raise InputError(source, _("bad rules file: {problem}").format(problem=error)) from None


def _rule(rule_id: str, body: Any) -> Rule:
    if not re.fullmatch(r"[RM]\d{2}", rule_id):
        raise ValueError(_("rule id {rule!r} is not of the form R01 (rules) or M01 (learned reader)").format(rule=rule_id))
    if not isinstance(body, dict):
        raise ValueError(_("rule {rule} must be a mapping").format(rule=rule_id))
    layers = body.get("layers") or {}
    for layer, override in layers.items():
        if layer not in LAYERS:
            raise ValueError(_("rule {rule}: unknown layer {layer!r}").format(rule=rule_id, layer=layer))
        for question, value in override.items():
            if question not in ("udo", "cosignature"):
                raise ValueError(_("rule {rule}: layer {layer} may only set udo or cosignature").format(rule=rule_id, layer=layer))
            _effect(value, f"{rule_id}.layers.{layer}.{question}")
    task = str(body.get("task", "none"))
    if task not in TASK_KINDS:
        raise ValueError(_("rule {rule}: task must be one of {kinds}").format(rule=rule_id, kinds=", ".join(TASK_KINDS)))
    return Rule(
        id=rule_id,
        source_name=str(body["name"]),
        source_basis=str(body["basis"]),
        strong=bool(body.get("strong", False)),
        task=task,  # type: ignore[arg-type]
        udo=_effect(body.get("udo", "none"), f"{rule_id}.udo"),
        cosignature=_effect(body.get("cosignature", "none"), f"{rule_id}.cosignature"),
        fvw=bool(body.get("fvw", False)),
        weight_udo=_fraction(body.get("weight_udo", 0.0), f"{rule_id}.weight_udo"),
        weight_cosignature=_fraction(body.get("weight_cosignature", 0.0), f"{rule_id}.weight_cosignature"),
        departure=bool(body.get("departure", False)),
        layers={str(layer): {str(k): _yaml_word(v) for k, v in o.items()} for layer, o in layers.items()},
    )


def _yaml_word(value: Any) -> str:
    """YAML 1.1 reads a bare ``yes`` as True; the rule file means the word."""
    if value is True:
        return "yes"
    if value is False:
        return "none"
    return str(value)


def _effect(value: Any, name: str) -> Effect:
    word = _yaml_word(value)
    if word not in EFFECTS:
        raise ValueError(_("{name} must be yes, possible or none, not {value!r}").format(name=name, value=value))
    return word  # type: ignore[return-value]


def _fraction(value: Any, name: str) -> float:
    number = float(value)
    if not 0.0 <= number <= 1.0:
        raise ValueError(_("{name} must lie between 0 and 1").format(name=name))
    return number


def _patterns(values: Any, name: str) -> tuple[re.Pattern[str], ...]:
    if not isinstance(values, list):
        raise ValueError(_("{name} must be a list of regular expressions").format(name=name))
    try:
        return tuple(re.compile(str(value), re.IGNORECASE) for value in values)
    except re.error as error:
        raise ValueError(_("{name}: bad regular expression ({problem})").format(name=name, problem=error)) from None
