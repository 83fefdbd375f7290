"""typer's own words in its help and errors ("Options", "Arguments", "[required]") in wetscan's language.

typer writes some of its built-in words through the standard library's gettext: ``typer.core`` and
``typer.rich_utils`` do ``from gettext import gettext as _``, so the words are looked up in the
process-wide gettext domain, and the rich help computes its panel titles once, when it is imported.
:func:`speak_click` points those module-level names at wetscan's own :func:`wetscan.i18n._` (which
follows the current language) and recomputes the titles. The words are listed in
:data:`TYPER_WORDS`, so that they are extracted into the ``messages`` catalog and translated there
with everything else wetscan says.

Not translated: the words of the click copy typer ships (``typer._click``) are plain strings without
gettext — "Usage:", "Show this message and exit.", "Missing argument", "Invalid value for ..." — so
they stay English; wetscan's own messages around them are Dutch.
"""

from __future__ import annotations

import gettext
import importlib

from wetscan.i18n import N_, _

#: The typer modules that translate with the standard library's gettext.
MODULES = ("typer.core", "typer.rich_utils")

#: typer's message ids a user can meet (the exact strings of typer 0.2x).
TYPER_WORDS = (
    N_("Options"), N_("Arguments"), N_("Commands"), N_("Error"), N_("Aborted!"), N_("Aborted."),
    N_("Missing command."), N_("No such command {name!r}."), N_("Try [blue]'{command_path} {help_option}'[/] for help."),
    N_("[default: {}]"), N_("[env var: {}]"), N_("[required]"), N_("(deprecated) "), N_("default: {default}"),
    N_("required"), N_("env var: {var}"), N_("(dynamic)"),
)

#: typer.rich_utils' constants, computed from these message ids when it is imported.
RICH_CONSTANTS = {
    "DEPRECATED_STRING": "(deprecated) ", "DEFAULT_STRING": "[default: {}]", "ENVVAR_STRING": "[env var: {}]",
    "REQUIRED_LONG_STRING": "[required]", "ARGUMENTS_PANEL_TITLE": "Arguments", "OPTIONS_PANEL_TITLE": "Options",
    "COMMANDS_PANEL_TITLE": "Commands", "ERRORS_PANEL_TITLE": "Error", "ABORTED_TEXT": "Aborted.",
    "RICH_HELP": "Try [blue]'{command_path} {help_option}'[/] for help.",
}


def speak_click() -> None:
    """Make typer say its own words in wetscan's current language (see the module docstring)."""
    for name in MODULES:
        module = importlib.import_module(name)
        if getattr(module, "_", None) in (gettext.gettext, _):
            module._ = _  # type: ignore[attr-defined]
    rich_utils = importlib.import_module("typer.rich_utils")
    for constant, message in RICH_CONSTANTS.items():
        if hasattr(rich_utils, constant):
            setattr(rich_utils, constant, _(message))
