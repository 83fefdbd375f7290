"""The report's enum values as people say them, in the current language.

The JSON report keeps its English enum values (schema version 1 is a contract): verdicts
(``yes``, ``possible``, ``already``), statuses of the Fvw art. 2 section (``found``, ``missing``),
document roles, norm types, what a bill does to a provision. Whoever shows one of them to a person
names it through these tables, so that the terminal, the CLI tables and the errors use the same
words (see docs/glossary.md). Figures are written as the language writes them (``0,85`` in Dutch).
"""

from __future__ import annotations

from collections.abc import Mapping

from babel.numbers import format_decimal

from wetscan.i18n import N_, _, language

#: The report's enum values as people say them (the JSON keeps the English values).
VERDICT_WORDS = {
    "yes": N_("yes"), "possible": N_("possible"), "no": N_("no"), "already": N_("already co-signed"),
    "missing": N_("missing"), "not_checked": N_("not checked"), "found": N_("found"), "not_required": N_("not required"),
}
ROLE_NAMES = {
    "bill": N_("bill"), "memorandum": N_("explanatory memorandum"), "decentral": N_("decentral regulation"),
    "consolidated": N_("consolidated law"), "other": N_("other document"),
}
NORM_TYPE_NAMES = {
    "obligation": N_("obligation"), "power": N_("power"), "prohibition": N_("prohibition"),
    "permission": N_("permission"), "delegation": N_("delegation"), "definition": N_("definition"),
    "amendment": N_("amendment"), "transitional": N_("transitional provision"), "other": N_("other"),
}
CHANGE_NAMES = {
    "new": N_("new"), "widened": N_("widened"), "narrowed": N_("narrowed"), "changed": N_("changed"),
    "repealed": N_("repealed"), "unchanged": N_("unchanged"), "unknown": N_("unknown"),
}
PART_NAMES = {"bill": N_("the bill itself"), "explanatory_memorandum": N_("explanatory memorandum")}
#: What one rule does to a bill-level verdict (``Effect`` of the rule book).
EFFECT_NAMES = {"yes": N_("yes"), "possible": N_("possible"), "none": N_("no effect")}
#: How an organ mention was resolved (:class:`wetscan.analyse.explain` methods).
RESOLUTION_NAMES = {
    "lexicon": N_("the organ lexicon"), "context": N_("the context"), "definition": N_("a definition"),
    "default": N_("the default reading"), "foreign": N_("a foreign organ"), "unresolved": N_("nothing (unresolved)"),
}


def named(names: Mapping[str, str], value: str) -> str:
    """``value`` (an enum value of the report) in words of the current language; unknown values as they are."""
    return _(names[value]) if value in names else value.replace("_", " ")


def verdict_word(value: str) -> str:
    """A verdict or status (``yes``, ``already``, ``missing``, ...) in words."""
    return named(VERDICT_WORDS, value)


def role_name(value: str) -> str:
    """A document role (``bill``, ``memorandum``, ...) in words."""
    return named(ROLE_NAMES, value)


def norm_type_name(value: str) -> str:
    """A norm type (``obligation``, ``power``, ...) in words."""
    return named(NORM_TYPE_NAMES, value)


def change_name(value: str) -> str:
    """What a bill does to a provision (``new``, ``widened``, ...) in words."""
    return named(CHANGE_NAMES, value)


def part_name(value: str) -> str:
    """Which part of the document a provision is in (the bill itself, the explanatory memorandum)."""
    return named(PART_NAMES, value)


def effect_name(value: str) -> str:
    """What one rule does to a bill-level verdict (``yes``, ``possible``, ``none``) in words."""
    return named(EFFECT_NAMES, value)


def decimal(value: float) -> str:
    """A score or confidence with two decimals, as the current language writes it (0,85 / 0.85)."""
    return format_decimal(float(value), "0.00", locale=language())


def whole(count: int) -> str:
    """A whole number with thousands grouped as the current language groups them (1.000 / 1,000)."""
    return format_decimal(int(count), locale=language())
