"""Every message wetscan shows a person is translated, and the shipped catalogs are compiled."""

from __future__ import annotations

import pytest

from wetscan.i18n import SOURCE_LANGUAGES, catalogs


@pytest.mark.parametrize("domain", sorted(SOURCE_LANGUAGES))
def test_every_message_is_translated_and_compiled(domain: str) -> None:
    assert catalogs.problems(domain) == []


def test_every_source_file_belongs_to_a_catalog() -> None:
    for path in catalogs.PACKAGE_DIR.rglob("*.py"):
        relative = path.relative_to(catalogs.PACKAGE_DIR).as_posix()
        assert relative.startswith("i18n/") or catalogs.domain_of(relative) in SOURCE_LANGUAGES, relative


def test_yaml_messages_are_the_fields_people_read() -> None:
    import io

    from wetscan.i18n.yaml_extract import extract_yaml

    text = "rules:\n  R99:\n    name: Een regel\n    kind: task\n    explanation: '{organ} moet iets'\n    words: [a, b]\n"
    found = [message for _, _, message, _ in extract_yaml(io.BytesIO(text.encode()), None, None, None)]
    assert found == ["Een regel", "{organ} moet iets"]


def test_one_message_has_one_translation_in_every_catalog() -> None:
    """The catalogs are merged into one lookup, so a message id shared by two catalogs must read the
    same in both (and a term reads the same everywhere, as docs/glossary.md fixes it)."""
    from wetscan.i18n import LANGUAGES

    for lang in LANGUAGES:
        seen: dict[object, tuple[str, object]] = {}
        clashes = []
        for domain in catalogs.SOURCE_LANGUAGES:
            if lang not in catalogs.target_languages(domain):
                continue
            for message in catalogs.read_catalog(lang, domain):
                if not message.id:
                    continue
                key = message.id if isinstance(message.id, str) else tuple(message.id)
                string = message.string if isinstance(message.string, str) else tuple(message.string)
                if key in seen and seen[key][1] != string:
                    clashes.append(f"{lang}: {key!r}: {seen[key][0]} {seen[key][1]!r} vs {domain} {string!r}")
                seen.setdefault(key, (domain, string))
        assert clashes == []
