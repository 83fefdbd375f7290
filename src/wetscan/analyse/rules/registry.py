"""The rule-family registry: each family of the rule table registers itself by name and rule ids.

Like spaCy's ``@Language.factory``, a family is a function that the engine looks up by name; the
decorator records which rule ids it emits, so that the rule table (``data/rules.yaml``) and the code
can be checked against each other (``family_of("R08") == "cooperation"``). The engine runs the
families in :data:`FAMILY_ORDER`, one clause at a time, on a shared :class:`~.scope.ClauseScope`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wetscan.analyse.rules.scope import ClauseScope

FamilyFunction = Callable[["ClauseScope"], None]

#: The order in which the engine applies the families to a clause.
FAMILY_ORDER = ("tasks", "duties", "information", "cooperation", "coordination", "supervision", "finance")


@dataclass(frozen=True)
class RuleFamily:
    """A named group of rules applied together to one clause.

    ``untyped``: the family also reads clauses without an obligation, power or prohibition
    (definitions, statements): regions fixed by statute or a grant are found there too.
    """

    name: str
    rules: tuple[str, ...]
    apply: FamilyFunction
    untyped: bool = False


_FAMILIES: dict[str, RuleFamily] = {}


def rule_family(name: str, rules: tuple[str, ...], untyped: bool = False) -> Callable[[FamilyFunction], FamilyFunction]:
    """Register ``function`` as the rule family ``name`` emitting ``rules``."""

    def register(function: FamilyFunction) -> FamilyFunction:
        taken = {rule for family in _FAMILIES.values() if family.name != name for rule in family.rules}
        clash = taken.intersection(rules)
        if clash:
            raise ValueError(f"rule family {name!r}: {', '.join(sorted(clash))} already registered by another family")
        _FAMILIES[name] = RuleFamily(name, tuple(rules), function, untyped)
        return function

    return register


def families() -> list[RuleFamily]:
    """The registered families in :data:`FAMILY_ORDER`."""
    missing = [name for name in FAMILY_ORDER if name not in _FAMILIES]
    if missing:
        raise LookupError(f"rule families not registered: {', '.join(missing)} (import wetscan.analyse.rules)")
    return [_FAMILIES[name] for name in FAMILY_ORDER]


def family_of(rule_id: str) -> str | None:
    """The name of the family that emits ``rule_id`` (None for rules found outside the families)."""
    return next((family.name for family in _FAMILIES.values() if rule_id in family.rules), None)
