"""Development tools for wetscan (not part of the installed package)."""
