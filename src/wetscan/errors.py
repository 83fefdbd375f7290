"""User-facing errors: each one becomes a one-line message naming the file and the problem.

The CLI prints ``str(error)`` on stderr and exits with code 2; a batch run records it as the
document's error. Nothing else should ever reach the user as a traceback.
"""

from __future__ import annotations


class WetscanError(Exception):
    """Base class for errors that are shown to the user as one line."""


class InputError(WetscanError):
    """A file that cannot be read as a bill: corrupt, encrypted, empty, hostile, too large, ..."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class UnsupportedFormat(InputError):
    """The file is none of the formats wetscan reads (PDF, XML, DOCX, HTML, plain text)."""


class EncryptedFile(InputError):
    """The file is password-protected."""


class CorruptFile(InputError):
    """The file is damaged or truncated."""


class EmptyDocument(InputError):
    """The file has no text: empty, or a scanned PDF without a text layer."""


class HostileFile(InputError):
    """The file tries entity expansion, external entities or DTD fetches."""


class LimitExceeded(InputError):
    """The file exceeds a safety limit (size, pages, XML depth or element count)."""
