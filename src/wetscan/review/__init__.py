"""review: the BZK coordinators' web workspace.

Coordinators import wetscan's JSON reports, go through each flagged bill, agree or disagree with
every verdict and finding, record the bill's final decision (is a *Uitvoerbaarheidstoets Decentrale Overheden* (UDO)
needed? must the Minister of BZK co-sign?), and export their judgement as CSV or as annotations
for the training and evaluation corpus.

Use::

    wetscan review import results/                   # a batch result folder, JSON reports or folders of them
    wetscan review serve --db review.sqlite          # http://127.0.0.1:8765, local mode: you are the OS user
    wetscan review export --db review.sqlite --out decisions.csv
    wetscan review export --db review.sqlite --out reviewed.jsonl --format annotations

* **Local mode** (default): no accounts; the workspace listens on 127.0.0.1 only and every
  decision is recorded under the OS user's name (``--reviewer NAME`` to choose another).
* **Team mode**: ``wetscan review user add NAME`` creates accounts (scrypt-hashed passwords);
  from then on every page needs a login, and only then ``serve --host 0.0.0.0`` is allowed. Put
  it behind a TLS proxy and pass ``--secure-cookies`` and ``--allowed-host review.example.nl``.
  ``--db postgresql+psycopg://user@host/db`` (extra ``wetscan[postgres]``) shares one database.
* **Keys** on a bill page: ``j``/``k`` next/previous finding or verdict, ``a``/``d``/``u`` agree,
  disagree, unsure (*eens*, *oneens*, *onzeker*; the keys are the same in both languages), ``c``
  comment, ``f`` final decision, ``?`` help.
* **Language**: every page is Dutch unless the browser asks for English (``Accept-Language``); the
  NL | EN switch in the top bar overrides the browser and a cookie remembers it
  (:mod:`wetscan.review.language`). The CSV export's headers and values are in the language of the
  request or of ``wetscan review export --lang``.

Decisions are append-only (a change adds a record, with reviewer, time and report version). A
newer report of the same bill (same file hash, or same path) becomes the bill's next version;
decisions follow their finding when its provision, rule and span (or trigger words) are still
there, and are shown as *stale* otherwise.

Modules: ``schema`` (tables), ``migrations`` (versioned schema upgrades), ``db`` (engine set-up),
``importer`` (reports into the store), ``store`` (queue, decisions, history), ``auth`` (users,
sessions, CSRF), ``export`` (CSV and annotations), ``language`` (the language of a request),
``app`` (the FastAPI application; provision text is rendered with the HTML report's
``highlighted`` macro, so both look the same).
"""
