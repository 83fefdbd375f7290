"""evaluate: measure wetscan's analysis against our annotations of real statutes (``corpora/``)."""
