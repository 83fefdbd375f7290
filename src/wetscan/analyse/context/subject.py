"""The law's subject: which co-government layer(s) a whole law, or one of its chapters, is about.

A lawyer reading "De begroting bevat ..." in a Waterschapsbesluit knows whose begroting it is. The
subject comes from what the document says about itself:

* its **title** ("Waterschapswet", "Wet ... met betrekking tot gemeenten");
* its **aanhef** ("... dat het wenselijk is de taken van de provincies ...");
* its **definitions** settle what its organ names mean ("college: college van gedeputeerde staten",
  :mod:`wetscan.analyse.definitions`); they do not by themselves make the law about a layer, and a
  national actor defined there (Onze Minister, an inspectie) never becomes a co-government;
* for one provision, the **headings** above it ("Hoofdstuk 3. Taken van de gemeente").

Where these name more than one layer nothing is read from them for the whole law; the headings of
a chapter can still settle its own provisions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from wetscan.analyse.definitions import DOCUMENT_CONFIDENCE, Resolution
from wetscan.analyse.lexicon import load_lexicon
from wetscan.i18n import _
from wetscan.model import LAYERS

#: The part of an aanhef that says what the law is about ("Alzo Wij in overweging genomen hebben, dat ...").
_CONSIDERATION = re.compile(r"\bdat\b(?P<about>.*?)(?:\bZo is het\b|\bAlzo\b|$)", re.IGNORECASE | re.DOTALL)


def layers_named(text: str | None) -> tuple[str, ...]:
    """The co-government layers a title, aanhef or heading names (triggers.yaml ``document_layers``)."""
    if not text:
        return ()
    patterns = load_lexicon().triggers["document_layers"]
    return tuple(layer for layer in LAYERS if any(re.search(p, text, re.IGNORECASE) for p in patterns.get(layer, ())))


def law_subject(title: str | None, preamble: str | None) -> tuple[tuple[str, ...], str]:
    """The one layer a law is about and why, or ``((), "")`` where it is silent or names several.

    The title speaks first, then the aanhef. The definitions do not make a subject (measured on the
    train split: a law that defines "college" for a few articles is not thereby about gemeenten);
    they settle what its organ names mean (:mod:`wetscan.analyse.definitions`).
    """
    about = _CONSIDERATION.search(preamble or "")
    for source, layers in ((_("the title «{title}»").format(title=title), layers_named(title)),
                           (_("the aanhef"), layers_named(about.group("about") if about else None))):
        if len(layers) == 1:
            return layers, source
        if layers:
            return (), ""
    return (), ""


def heading_layers(headings: Iterable[str]) -> tuple[tuple[str, ...], str]:
    """The one layer the nearest heading naming any layer is about ("Hoofdstuk 3. Taken van de gemeente")."""
    for heading in reversed(list(headings)):
        layers = layers_named(heading)
        if len(layers) == 1:
            return layers, _("the heading «{heading}»").format(heading=heading)
        if layers:
            break
    return (), ""


def subject_organs(layers: Sequence[str], reason: str) -> tuple[Resolution, ...]:
    """Stand-in addressees for actorless duties in a document (or chapter) about ``layers``."""
    return tuple(
        Resolution(f"document:{layer}", _("organ of the {layer} (subject of the document)").format(layer=layer), (layer,), "co_government",
                   DOCUMENT_CONFIDENCE, "document", reason)
        for layer in layers
    )


def provision_subject(headings: Iterable[str], subject: Sequence[Resolution], instrument: bool = False
                      ) -> tuple[Resolution, str] | None:
    """Who acts where a provision names no one and the law settles it by its subject: the layer of the
    nearest heading about one layer, else the one layer the law is about; with the reason.

    A law about several layers ("Besluit begroting en verantwoording provincies en gemeenten") settles it
    only for an ``instrument`` each of them makes alike: its rules on the begroting or the balans bind every
    layer it is about (the organ of each that adopts it), its other actorless rules are left open."""
    layers, reason = heading_layers(headings)
    if layers:
        return subject_organs(layers, reason)[0], reason
    if len(subject) == 1:
        return subject[0], subject[0].definition or _("the document")
    if instrument and len(subject) > 1 and all(s.organ_key.startswith("document:") for s in subject):
        return joint_subject(subject), subject[0].definition or _("the document")
    return None


def joint_subject(subject: Sequence[Resolution]) -> Resolution:
    """One stand-in actor for the organs of every layer a document is about."""
    layers = tuple(layer for layer in LAYERS if any(layer in s.layers for s in subject))
    first = subject[0]
    return Resolution("document:" + "+".join(layers), _("organ of the {layers} (subject of the document)").format(
        layers=", ".join(layers)), layers, "co_government", first.confidence, first.method, first.definition)
