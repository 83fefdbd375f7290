"""Load the shipped Dutch pipeline ``models/nl_wetscan`` once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

import wetscan.training.legal_rules  # noqa: F401  (registers the legal components before loading)
from wetscan.errors import WetscanError
from wetscan.i18n import _

#: The pipeline shipped in the repository (``models/nl_wetscan`` next to ``src/``).
MODEL_DIR = Path(__file__).resolve().parents[3] / "models" / "nl_wetscan"


@lru_cache(maxsize=4)
def load_pipeline(path: Path = MODEL_DIR) -> Language:
    """Return the Dutch pipeline at ``path``, loaded offline on first use and cached afterwards."""
    if not (path / "config.cfg").is_file():
        raise WetscanError(_("{path}: Dutch pipeline not found; rebuild it with `wetscan train pipeline`").format(
            path=path))
    return spacy.load(path)
