"""report: renderers of a scanned bill and its assessment. Renderers only format; they never decide."""
