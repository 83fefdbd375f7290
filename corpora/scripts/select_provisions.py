"""Pick the provisions to annotate from the BWB corpus, by law, and write ``corpora/selection.tsv``.

Per law (``corpora/laws.tsv``: law slug, split, domain, sample size) about 70% of the sample is
drawn from provisions that mention a co-government organ or cooperation, and the rest at random,
so that the annotated set holds enough positives for every layer while keeping negatives from the
same laws. For laws with focus ``cooperation`` half the sample is first drawn from provisions that
speak of cooperation, since mandatory cooperation is rare; the ``supplement`` column then adds up
to that many further provisions whose wording may bind co-governments to cooperate. The selection
is append-only: laws already in ``selection.tsv`` keep the keys recorded there (they are what was
annotated), and each new law is drawn with its own seeded generator, so the order in which laws are
added to ``laws.tsv`` never changes another law's draw. Only keys are written; the text stays in the
corpus.

    python corpora/scripts/select_provisions.py [--corpus ../shared/corpora/bwb]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

from wetscan.evaluate.corpus import default_corpus_dir, iter_corpus

CORPORA = Path(__file__).resolve().parents[1]
MENTIONS = re.compile(
    r"gemeente|college|raad|burgemeester|wethouder|provincie|gedeputeerde|provinciale staten|"
    r"waterschap|dijkgraaf|algemeen bestuur|dagelijks bestuur|eilandsraad|bestuurscollege|"
    r"gezaghebber|openbaar lichaam|openbare lichamen|gemeenschappelijke regeling|samenwerk|"
    r"gezamenlijk|regio|veiligheidsregio|omgevingsdienst|centrumgemeente",
    re.IGNORECASE,
)
COOPERATION = re.compile(
    r"gemeenschappelijke regeling|samenwerk|werken .{0,40}samen|gezamenlijk|in regionaal verband|"
    r"regio|omgevingsdienst|veiligheidsregio|aangewezen gemeenten|centrumgemeente",
    re.IGNORECASE,
)
#: Wording that may bind co-governments to cooperate; drawn on for the ``supplement`` column.
COOPERATION_DUTY = re.compile(
    r"(treffen|treft|aangaan|aan te gaan|deelnemen|deel te nemen)\b.{0,60}gemeenschappelijke regeling|"
    r"gemeenschappelijke regeling.{0,60}(treffen|aangaan|aan te gaan|deelnemen|deel te nemen)|"
    r"werken\b.{0,60}\bsamen|samen te werken|in regionaal verband|samenwerkingsverband|gezamenlijk|"
    r"aangewezen gemeenten|omgevingsdienst|centrumgemeente|regionale samenwerking|veiligheidsregio",
    re.IGNORECASE,
)
MIN_CHARS = 25  # skip "Vervallen."-like stubs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus_dir())
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()

    with open(CORPORA / "laws.tsv", encoding="utf-8") as handle:
        laws = {row["law"]: row for row in csv.DictReader(handle, delimiter="\t")}
    by_law: dict[str, list] = {law: [] for law in laws}
    seen: set = set()
    for provision in iter_corpus(args.corpus):
        if provision.law in by_law and provision.key not in seen and len(provision.text) >= MIN_CHARS:
            seen.add(provision.key)
            by_law[provision.law].append(provision)

    recorded = read_selection()
    rows = [row for row in recorded if row[0] in laws]
    for law, spec in laws.items():
        if any(row[0] == law for row in recorded):
            continue
        rng = random.Random(f"{args.seed}:{law}")
        chosen = draw(by_law[law], spec, rng)
        limit = int(spec.get("supplement") or 0)
        chosen_keys = {p.key for p in chosen}
        extra = [p for p in by_law[law] if p.key not in chosen_keys and COOPERATION_DUTY.search(p.text)]
        order = {p.key: i for i, p in enumerate(by_law[law])}
        for provision in sorted(chosen, key=lambda p: order[p.key]) + extra[:limit]:
            rows.append((law, provision.article, provision.lid or "", spec["split"]))

    with open(CORPORA / "selection.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["law", "article", "lid", "split"])
        writer.writerows(rows)
    print(f"selected {len(rows)} provisions from {len(laws)} laws")


def read_selection() -> list[tuple[str, str, str, str]]:
    """The keys already selected (and annotated), in file order."""
    path = CORPORA / "selection.tsv"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as handle:
        return [(r["law"], r["article"], r["lid"], r["split"]) for r in csv.DictReader(handle, delimiter="\t")]


def draw(provisions: list, spec: dict, rng: random.Random) -> list:
    """About 70% of a law's sample from provisions that mention a co-government, the rest at random.

    Laws with focus ``cooperation`` first take half their sample from provisions about cooperation.
    """
    size = min(int(spec["sample"]), len(provisions))
    chosen = []
    if spec.get("focus") == "cooperation":
        cooperating = [p for p in provisions if COOPERATION.search(p.text)]
        chosen = rng.sample(cooperating, min(len(cooperating), size // 2))
    mentioning = [p for p in provisions if MENTIONS.search(p.text) and p not in chosen]
    others = [p for p in provisions if not MENTIONS.search(p.text) and p not in chosen]
    take_mentioning = min(len(mentioning), round(size * 0.7) - len(chosen))
    chosen += rng.sample(mentioning, max(take_mentioning, 0))
    chosen += rng.sample(others, min(len(others), size - len(chosen)))
    if len(chosen) < size:
        rest = [p for p in mentioning if p not in chosen]
        chosen += rng.sample(rest, min(len(rest), size - len(chosen)))
    return chosen


if __name__ == "__main__":
    main()
