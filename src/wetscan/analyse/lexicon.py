"""The lawyer-editable data of the analysis: organ lexicon, trigger phrases and rule table.

All three live as YAML in ``analyse/data/`` and are loaded once per process.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from collections.abc import Iterable
from typing import Any

import re

import yaml

from wetscan.errors import InputError
from wetscan.i18n import _

#: Roles of an organ (see organs.yaml).
CO_GOVERNMENT_ROLES = ("co_government", "joint", "dual", "regulation")


@dataclass(frozen=True)
class Organ:
    """An entry of the organ lexicon: a body that a provision can address."""

    key: str
    label: str
    layers: tuple[str, ...]
    role: str
    names: tuple[str, ...]
    default: str | None = None
    default_confidence: float = 0.0
    by_layer: tuple[tuple[str, str], ...] = ()  # (layer, organ key): meaning when the provision names only that layer
    generic_after: frozenset[str] = frozenset()  # words before the name that make it the generic term ("andere openbare lichamen")
    default_needs_layer: str | None = None  # the default holds only in a document that names an organ of this layer

    @property
    def is_co_government(self) -> bool:
        return self.role in CO_GOVERNMENT_ROLES and bool(self.layers)

    @property
    def is_national(self) -> bool:
        return self.role == "national"


@dataclass(frozen=True)
class Collective:
    """A collective noun ("gemeente", "waterschap") that settles "<organ> van de <collective>"."""

    key: str
    layers: tuple[str, ...]
    role: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class RuleDef:
    """One row of the rule table (rules.yaml)."""

    id: str
    kind: str
    basis: str
    confidence: float
    explanation: str
    #: A hit gives the finding's layer a task or power (the provision's ``layers``).
    gives_task: bool = False
    #: A hit is mandatory intergovernmental cooperation (the provision's ``mandatory_cooperation``).
    cooperation: bool = False

    def explain(self, **values: Any) -> str:
        """The explanation in the current language (Dutch as written in rules.yaml, or its English from
        the ``rules`` catalog) with ``{organ}``, ``{layer}`` and ``{trigger}`` filled in."""
        values = {key: ("-" if value is None else value) for key, value in values.items()}
        return _(self.explanation).format_map(_Default(values))


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "-"


@dataclass(frozen=True)
class Lexicon:
    organs: dict[str, Organ]
    collectives: dict[str, Collective]
    triggers: dict[str, Any]
    rules: dict[str, RuleDef] = field(default_factory=dict)
    #: Joint bodies whose layer follows the co-governments named around them (organs.yaml).
    members_from_context: frozenset[str] = frozenset()
    #: Joint bodies a law makes compulsory for their members (organs.yaml compulsory_joint_bodies).
    compulsory_joint_bodies: frozenset[str] = frozenset()
    #: Short forms that are a joint body's own organ where participants of several layers are named (organs.yaml).
    joint_short_forms: dict[str, str] = field(default_factory=dict, compare=False)
    #: The sets :meth:`words` built, by list name (the rules ask for the same lists per clause).
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def words(self, name: str) -> frozenset[str]:
        """A single-word list from triggers.yaml as a set ("prepositions", "negations", ...), built once."""
        found = self._word_sets.get(name)
        if found is None:
            found = self._word_sets[name] = frozenset(word.lower() for word in self.triggers[name])
        return found

    @cached_property
    def ambiguous_heads(self) -> dict[str, str]:
        """The one-word names of the ambiguous organs ("raad", "college") -> the organ's key, built once."""
        return {name: organ.key for organ in self.organs.values() if organ.role == "ambiguous" for name in organ.names
                if " " not in name}


@lru_cache(maxsize=16)
def compiled_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Regular expressions of triggers.yaml, compiled case-insensitively (cached)."""
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


def _with_curly_apostrophes(names: Iterable[str]) -> tuple[str, ...]:
    """Names as written, plus their typographic-apostrophe spelling ("regio's" and "regio’s")."""
    result: list[str] = []
    for name in names:
        result.append(name)
        if "'" in name:
            result.append(name.replace("'", "’"))
    return tuple(result)


def rule_table() -> dict[str, Any]:
    """The one rule table (``data/rules.yaml``), as parsed YAML: the analysis and the assessment read it."""
    return _read("rules.yaml")


@lru_cache(maxsize=8)
def read_data(name: str) -> dict[str, Any]:
    """One YAML file of ``wetscan/analyse/data`` (organs, triggers, rules, context) as a mapping.

    Parsed once per process (every analysis reads ``context.yaml``): the mapping is shared, read it only.
    """
    return _read(name)


def _read(name: str) -> dict[str, Any]:
    text = resources.files("wetscan.analyse").joinpath("data", name).read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise InputError(f"wetscan/analyse/data/{name}", _("not valid YAML ({problem})").format(problem=str(error).splitlines()[0])) from None
    if not isinstance(data, dict):
        raise InputError(f"wetscan/analyse/data/{name}", _("expected a mapping at the top level"))
    return data


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load organs.yaml, triggers.yaml and rules.yaml (once per process)."""
    organ_data = _read("organs.yaml")
    organs = {
        entry["key"]: Organ(
            key=entry["key"],
            label=entry["label"],
            layers=tuple(entry.get("layers", ())),
            role=entry["role"],
            names=_with_curly_apostrophes(str(name).lower() for name in entry["names"]),
            default=entry.get("default"),
            default_confidence=float(entry.get("default_confidence", 0.0)),
            by_layer=tuple((layer, key) for layer, key in (entry.get("by_layer") or {}).items()),
            generic_after=frozenset(str(word).lower() for word in entry.get("generic_after", ())),
            default_needs_layer=entry.get("default_needs_layer"),
        )
        for entry in organ_data["organs"]
    }
    collectives = {
        key: Collective(
            key=key,
            layers=tuple(entry["layers"]),
            role=entry["role"],
            names=_with_curly_apostrophes(str(name).lower() for name in entry["names"]),
        )
        for key, entry in organ_data["collectives"].items()
    }
    rules = {
        rule_id: RuleDef(
            id=rule_id,
            kind=entry["kind"],
            basis=entry["basis"],
            confidence=float(entry["confidence"]),
            explanation=entry["explanation"],
            gives_task=bool(entry.get("gives_task", False)),
            cooperation=bool(entry.get("cooperation", False)),
        )
        for rule_id, entry in _read("rules.yaml")["rules"].items()
        if "kind" in entry  # rules without a kind are bill-level only (R16) or the learned reader's (M01, M02)
    }
    return Lexicon(organs=organs, collectives=collectives, triggers=_read("triggers.yaml"), rules=rules,
                   members_from_context=frozenset(organ_data.get("members_from_context") or ()),
                   compulsory_joint_bodies=frozenset(organ_data.get("compulsory_joint_bodies") or ()),
                   joint_short_forms={str(k): str(v) for k, v in (organ_data.get("joint_short_forms") or {}).items()})
