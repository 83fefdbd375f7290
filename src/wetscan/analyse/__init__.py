"""analyse: the Dutch NLP pipeline and the legal components that find tasks, powers and cooperation."""

from __future__ import annotations

from wetscan.model import Bill


def analyse_bill(bill: Bill) -> Bill:
    """Fill in norm_type, layers, mandatory_cooperation and findings on every provision."""
    return bill
