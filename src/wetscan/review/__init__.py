"""review: the BZK coordinators' web workspace.

Coordinators import wetscan's JSON reports, go through each flagged bill, agree or disagree with
every verdict and finding, record the bill's final decision (is a *uitvoeringsdienstoordeel* (UDO)
needed? must the Minister of BZK co-sign?), and export their judgement as CSV or as annotations
for the training and evaluation corpus.

Modules: ``schema`` (tables), ``migrations`` (versioned schema upgrades), ``db`` (engine set-up),
``importer`` (reports into the store), ``store`` (queue, decisions, history), ``auth`` (users,
sessions, CSRF), ``export`` (CSV and annotations), ``app`` (the FastAPI application; provision
text is rendered with the HTML report's ``highlighted`` macro, so both look the same).
"""
