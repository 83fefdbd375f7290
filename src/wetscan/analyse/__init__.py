"""analyse: the Dutch NLP pipeline and the legal components that find tasks, powers and cooperation.

Entry points:

* :func:`analyse_bill` fills ``norm_type``, ``layers``, ``mandatory_cooperation`` and ``findings``
  on every provision of a parsed bill (``part == "bill"``);
* :func:`analyse_texts` / :func:`analyse_text` analyse bare provision texts (evaluation);
* :func:`explain_text` analyses one text and says why (``wetscan explain``); :func:`explain_rule` shows
  one rule of the rule table (``wetscan explain R01``) in the current language;
* :func:`cosignature_findings` finds the R17 co-signature marker in a bill's aanhef.
"""

from __future__ import annotations

from wetscan.analyse.rules.cosignature import cosignature_findings
from wetscan.analyse.explain import Explanation, RuleCard, explain_rule, explain_text, known_rule
from wetscan.analyse.provisions import analyse_bill, analyse_provisions, analyse_text, analyse_texts

__all__ = [
    "Explanation",
    "RuleCard",
    "analyse_bill",
    "analyse_provisions",
    "analyse_text",
    "analyse_texts",
    "cosignature_findings",
    "explain_rule",
    "explain_text",
    "known_rule",
]
