"""batch: scan many documents unattended — in parallel, resumable, one failure never stops the rest.

``inputs`` finds the documents, ``worker`` scans one of them (in a worker process or on a Dask
worker), ``store`` keeps the reports and the summary table, ``runner`` drives the whole run.
"""
