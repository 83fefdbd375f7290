"""wetscan: finds where Dutch draft legislation puts work on medeoverheden.

The data flows one way through the sub-packages:
ingest (bytes -> Document) -> structure (Document -> Bill) -> analyse (findings on provisions)
-> assess (Bill -> Assessment) -> report (Assessment -> text, JSON, HTML, Markdown, CSV).
"""

__version__ = "0.1.0"
