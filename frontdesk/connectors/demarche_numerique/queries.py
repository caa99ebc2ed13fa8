"""The GraphQL documents the desk sends, kept as ``.graphql`` files so tests validate them against the
platform's real schema."""

from __future__ import annotations

from functools import cache
from importlib import resources

STORED_QUERY_ID = "ds-query-v2"
STORED_DESCRIPTOR_OPERATION = "getDemarcheDescriptor"
NAMES = ("descriptor", "dossier", "dossiers", "send_message")


@cache
def query(name: str) -> str:
    return resources.files(__package__).joinpath("queries", f"{name}.graphql").read_text(encoding="utf-8")
