"""A Babel extractor for wetscan's YAML data files: the fields a person reads.

The rule table (``analyse/data/rules.yaml``) and the other data files a lawyer edits are written in
Dutch; the texts people read from them (a rule's ``name``, ``explanation``, ``basis``, a pattern's
``label`` ...) are messages of the ``rules`` catalog, translated into English in ``en/rules.po``.
Structural values (ids, kinds, trigger words) are not messages, and neither are the names of organs
in ``organs.yaml`` (their ``label``): "college van burgemeester en wethouders", "gedeputeerde staten"
are legal names that stay Dutch in English texts too (docs/glossary.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import yaml

#: The YAML keys whose string values are read by people.
MESSAGE_KEYS = frozenset({"name", "explanation", "basis", "label", "description", "title", "advice", "question"})
#: Per data file, message keys whose values are names, not messages (kept as written in every language).
NAME_KEYS: dict[str, frozenset[str]] = {"organs.yaml": frozenset({"label"})}


def extract_yaml(fileobj: IO[bytes], keywords: Any, comment_tags: Any,
                 options: Any) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel extraction method: (line, funcname, message, comments) for every message key's string."""
    root = yaml.compose(fileobj.read().decode("utf-8"))
    file_name = Path(str(getattr(fileobj, "name", ""))).name
    yield from _walk(root, MESSAGE_KEYS - NAME_KEYS.get(file_name, frozenset()))


def _walk(node: yaml.Node, keys: frozenset[str]) -> Iterator[tuple[int, str, str, list[str]]]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(value, yaml.ScalarNode) and key.value in keys and value.value.strip():
                yield value.start_mark.line + 1, "_", value.value, [f"key: {key.value}"]
            else:
                yield from _walk(value, keys)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk(item, keys)
