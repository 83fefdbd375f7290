"""wetscan speaks Dutch to Dutch users: the language of everything a person reads.

Every text a person reads (terminal output, reports, CLI help, error messages, the review
workspace) goes through :func:`_` (or :func:`ngettext`) and is translated with gettext catalogs
managed by Babel (:mod:`wetscan.i18n.catalogs`). Dutch is the default; ``--lang en`` or the
environment variable ``WETSCAN_LANG=en`` gives English.

Each *domain* (a catalog) has a source language, the language its message ids are written in:
the code's own strings are written in English (``messages``, ``analysis``, ``report``, ``review``, ...); the
rule table and the other data files a lawyer edits are written in Dutch (domain ``rules``), so the
lawyer keeps editing Dutch. The compiled catalogs (``.mo``) ship with the package next to their
``.po`` sources; a test fails when a message is untranslated or a ``.mo`` is out of date.

The current language is a context variable, so the review app can answer each request in the
language its browser asks for while the CLI sets it once per process. Machine-readable output
(JSON keys and enum values, schema version 1) is never translated.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from gettext import NullTranslations
from pathlib import Path

from babel.support import Translations

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
LANGUAGE_VARIABLE = "WETSCAN_LANG"
LOCALE_DIR = Path(__file__).parent / "locale"

#: Each catalog (gettext domain) and the language its message ids are written in.
SOURCE_LANGUAGES: dict[str, str] = {
    "messages": "en",
    "analysis": "en",
    "report": "en",
    "review": "en",
    "checklist": "en",
    "annotate": "en",
    "rules": "nl",
}

_language: ContextVar[str] = ContextVar("wetscan_language", default="")


class UnknownLanguage(ValueError):
    """A language wetscan does not speak (only ``nl`` and ``en``)."""


def normalise_language(value: str | None) -> str | None:
    """``"en"``, ``"EN"``, ``"en_GB.UTF-8"``, ``"nl-NL"`` -> ``"en"``/``"nl"``; ``None`` for empty.

    Raises :class:`UnknownLanguage` for any other language.
    """
    if not value or not value.strip():
        return None
    code = value.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    if code not in LANGUAGES:
        raise UnknownLanguage(f"unknown language {value!r} (choose from {', '.join(LANGUAGES)})")
    return code


def default_language() -> str:
    """The language from ``WETSCAN_LANG``, else Dutch. An unknown value there falls back to Dutch."""
    try:
        return normalise_language(os.environ.get(LANGUAGE_VARIABLE)) or DEFAULT_LANGUAGE
    except UnknownLanguage:
        return DEFAULT_LANGUAGE


def language() -> str:
    """The language wetscan speaks now: set by :func:`set_language`, else :func:`default_language`."""
    return _language.get() or default_language()


def set_language(value: str | None) -> str:
    """Speak ``value`` from now on in this context (``None``: the default); returns the language."""
    chosen = normalise_language(value) or default_language()
    _language.set(chosen)
    return chosen


@contextmanager
def speaking(value: str | None) -> Iterator[str]:
    """Speak ``value`` inside a ``with`` block (tests, one review request), then what was spoken before."""
    token = _language.set(normalise_language(value) or default_language())
    try:
        yield _language.get()
    finally:
        _language.reset(token)


@lru_cache(maxsize=len(LANGUAGES))
def translations(lang: str) -> NullTranslations:
    """All catalogs that translate *into* ``lang`` (domains whose source is another language), merged."""
    merged: NullTranslations | None = None
    for domain, source in SOURCE_LANGUAGES.items():
        if source == lang:
            continue
        catalog = Translations.load(str(LOCALE_DIR), [lang], domain)
        if not isinstance(catalog, Translations):  # no compiled catalog for this domain yet
            continue
        if merged is None:
            merged = catalog
        else:
            merged.merge(catalog)  # type: ignore[union-attr]
    return merged or NullTranslations()


def _(message: str) -> str:
    """``message`` in the current language (the message id itself when there is no translation)."""
    return translations(language()).gettext(message)


def ngettext(singular: str, plural: str, number: int) -> str:
    """The singular or plural form of a message for ``number``, in the current language."""
    return translations(language()).ngettext(singular, plural, number)


def N_(message: str) -> str:  # noqa: N802 (the gettext convention)
    """Mark ``message`` for translation without translating it yet (module-level constants):
    translate it where it is shown, with ``_(constant)``."""
    return message


def install_jinja(env: "jinja2.Environment") -> None:  # type: ignore[name-defined]  # noqa: F821
    """Give a Jinja2 environment ``{{ _("...") }}`` and ``{% trans %}`` in the current language.

    The callables look the language up each time a template renders, so one environment serves
    every request of the review app whatever its language.
    """
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(gettext=_, ngettext=ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.globals["current_language"] = language
