"""Shared test set-up. Tests never need ../shared: fixtures are texts we wrote ourselves."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# tools/ (the example-bill renderer) is a development package next to src/, not part of wetscan.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
