"""amend: what an amending bill changes in the laws it amends.

Most bills amend existing laws, and a UDO and the Fvw art. 2 section are about what *changes* for
co-governments. This stage sits between analyse and assess:

1. :mod:`~wetscan.amend.operations` reads every amendment instruction into typed operations
   (inserted, replaced, textual, repealed, renumbered) with the unit they act on;
2. :mod:`~wetscan.amend.library` finds the current text of each amended law (``--current``,
   ``WETSCAN_LAW_DIR``);
3. :mod:`~wetscan.amend.apply` applies textual amendments to that text;
4. :mod:`~wetscan.amend.consolidate` builds the amended provisions (and :mod:`~wetscan.amend.repeals`
   the repealed ones) over the affected articles (:mod:`~wetscan.amend.work`), and analyses old and
   new text alike;
5. :mod:`~wetscan.amend.compare` decides per provision and layer: new, widened, narrowed,
   changed, repealed, unchanged or unknown.
"""

from wetscan.amend.consolidate import LawMatch, consolidate
from wetscan.amend.library import HOW_TO_SUPPLY, LAW_DIR_VARIABLE, CurrentLaw, LawLibrary
from wetscan.amend.operations import Operation, Target, read_instruction, read_instructions

__all__ = [
    "HOW_TO_SUPPLY",
    "LAW_DIR_VARIABLE",
    "CurrentLaw",
    "LawLibrary",
    "LawMatch",
    "Operation",
    "Target",
    "consolidate",
    "read_instruction",
    "read_instructions",
]
