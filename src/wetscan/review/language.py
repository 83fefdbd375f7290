"""The language of each review request: the switch (NL | EN) first, else what the browser asks for.

Coordinators read the workspace in Dutch; a browser that prefers English (``Accept-Language``)
gets English, negotiated with Babel against the languages wetscan speaks. The switch in the top
bar adds ``?lang=nl`` or ``?lang=en`` to the page's address; the app then remembers the choice in
a cookie, which overrides the browser from then on. A browser that asks for neither language
gets Dutch. Each request is rendered in its own language (:func:`wetscan.i18n.speaking`), so one
server answers a Dutch and an English coordinator at the same time.
"""

from __future__ import annotations

from babel import negotiate_locale
from starlette.datastructures import URL

from wetscan.i18n import DEFAULT_LANGUAGE, LANGUAGES, UnknownLanguage, _, normalise_language
from wetscan.report.wording import VALUE_LABELS

LANGUAGE_COOKIE = "wetscan_lang"
LANGUAGE_PARAMETER = "lang"
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def browser_languages(header: str | None) -> list[str]:
    """The languages of an ``Accept-Language`` header, most wanted first ("en-GB,nl;q=0.8")."""
    weighted = []
    for position, part in enumerate((header or "").split(",")):
        tag, _sep, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            name, _eq, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if tag.strip() and tag.strip() != "*" and weight > 0:
            weighted.append((-weight, position, tag.strip()))
    return [tag for _weight, _position, tag in sorted(weighted)]


def negotiate(header: str | None) -> str | None:
    """The language wetscan speaks that the browser prefers most, ``None`` when it wants neither."""
    return negotiate_locale(browser_languages(header), list(LANGUAGES), sep="-")


def _known(value: str | None) -> str | None:
    try:
        return normalise_language(value)
    except UnknownLanguage:
        return None


def request_language(parameter: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The switch's choice (query parameter, then cookie), else the browser's, else Dutch."""
    return _known(parameter) or _known(cookie) or negotiate(accept_language) or DEFAULT_LANGUAGE


def chosen_by_switch(parameter: str | None) -> str | None:
    """The language a ``?lang=`` parameter asks for, to be remembered in the cookie."""
    return _known(parameter)


def switch_url(url: URL, lang: str) -> str:
    """This page's own address (path and query, other parameters kept) in language ``lang``."""
    target = url.include_query_params(**{LANGUAGE_PARAMETER: lang})
    return target.path + ("?" + target.query if target.query else "")


def script_messages() -> dict[str, object]:
    """What review.js says to people, in the current language (the page hands it to the script)."""
    return {
        "saved": _("Saved: {decision}"),
        "notSaved": _("Not saved ({status})"),
        "unreachable": _("Not saved: the server cannot be reached"),
        "choose": _("Choose agree, disagree or unsure"),
        "decidedJustNow": _("by {reviewer}, {time} UTC, just now"),
        "decisions": {value: _(VALUE_LABELS[value]) for value in ("agree", "disagree", "unsure")},
    }
