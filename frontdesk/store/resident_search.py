"""Resident search as you type: the same answers on SQLite and PostgreSQL, fast on short queries.

What a search means (``matches`` and ``rank_key`` below say it in Python, the reference the SQL must
agree with): the query is folded like the stored ``search_key`` and split into words; a resident matches
when every query word is the beginning of some word of their key. Results are ordered by

1. residents whose key *begins* with the query ("lef" -> LEFÈVRE..., "martin ma" -> MARTIN Marie):
   the agent is typing a family name, then a given name, as the desk says them;
2. every other match ("eloise lef" -> LEFÈVRE-DUPONT Éloïse, "1950", "0612", "95000");

alphabetically within each group by the folded key (family name, birth name, given names ...), then by
id. Keys are ASCII and compared byte by byte (SQLite BINARY, PostgreSQL COLLATE "C", Python ``str``),
ids as UUIDs: both engines and Python sort identically.

How it stays fast with one or two letters that match tens of thousands of rows: nothing ever sorts the
whole match set.

- Group 1 is a range of the key index (``q <= key < q'``), read in order and stopped at ``limit``.
- Otherwise the text index (FTS5 / pg_trgm) is asked for at most ``CANDIDATE_CAP + 1`` matches. If there
  are no more than the cap, that is the whole match set: it is ranked in Python.
- If there are more, matches are dense (over 1 % of 100,000 rows), so reading the key index in order and
  keeping the rows that match finds the first ``limit`` of them after a few thousand rows at most.

Each path returns exactly the ranking above (the paths differ in speed, not in answer), so the cap can
never make the two engines disagree.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, String, Uuid, and_, text
from sqlalchemy.orm import Session

from frontdesk.domain.text import fold
from frontdesk.store.models import Resident

CANDIDATE_CAP = 1000
MAX_TOKENS = 8
MAX_QUERY_CHARS = 200


@dataclass(frozen=True, order=True)
class Candidate:
    search_key: str
    id: uuid.UUID


def query_tokens(query: str) -> list[str]:
    """The words of a query, folded like the keys: punctuation, quotes and operators cannot survive.

    A French phone number typed in groups ("06 12 34", "06.12.34.56.78", "+33 6 12 ...") becomes the one
    word the key holds ("061234"), so it is found as it is dictated.
    """
    query = _PHONE.sub(_phone_word, (query or "")[:MAX_QUERY_CHARS])
    return fold(query).split()[:MAX_TOKENS]


# "0" or "+33"/"0033" (with an optional "(0)"), a first digit, then groups of two digits with one kind of
# separator, and no digit right after: "01.02.1950" or "01 02 1950" (dates) are left alone.
_PHONE = re.compile(r"(?<![\d+])(?:0|(?:\+|00)33[ .-]?(?:\(0\)[ .-]?)?)([1-9])"
                    r"(?:([ .-])(\d\d(?:\2\d\d){0,3})|(\d\d(?:\d\d){0,3}))(?![ .-]?\d)")


def _phone_word(match: re.Match[str]) -> str:
    groups = match.group(3) or match.group(4) or ""
    return "0" + match.group(1) + "".join(c for c in groups if c.isdigit())


def matches(key: str, tokens: Sequence[str]) -> bool:
    """Reference semantics: every token is the beginning of some word of the key."""
    words = key.split()
    return all(any(word.startswith(token) for word in words) for token in tokens)


def rank_key(candidate: Candidate, tokens: Sequence[str]) -> tuple[int, str, uuid.UUID]:
    """Reference ranking: keys beginning with the query first, then the rest; by key, then id."""
    head = " ".join(tokens)
    return (0 if candidate.search_key.startswith(head) else 1, candidate.search_key, candidate.id)


def search(session: Session, tokens: Sequence[str], limit: int, cap: int | None = None) -> list[Candidate]:
    """The first ``limit`` non-merged residents matching ``tokens``, in ranking order."""
    if not tokens or limit <= 0:
        return []
    cap = CANDIDATE_CAP if cap is None else cap
    head_text = " ".join(tokens)
    sql = _SQL[session.get_bind().dialect.name]
    head = sql.key_range(session, head_text, limit)
    if len(head) >= limit:
        return head
    # Group 1 is exactly ``head`` (it has fewer than ``limit`` rows): the rest comes from group 2, found
    # from the text index when matches are few, by walking the key order when they are many.
    rest = sql.few_matches(session, tokens, head_text, limit - len(head), cap)
    if rest is None:
        rest = sql.ordered_matches(session, tokens, head_text, limit - len(head))
    return head + rest


def text_match_ids(session: Session, tokens: Sequence[str], limit: int) -> list[uuid.UUID]:
    """Ids of non-merged residents matching ``tokens`` (unordered, at most ``limit``), from the text index."""
    return [c.id for c in _SQL[session.get_bind().dialect.name].text_matches(session, tokens, limit)]


def key_prefix_clause(session: Session, prefix: str) -> ColumnElement[bool]:
    """A WHERE clause "the key begins with ``prefix``" that the key index serves, on either engine."""
    key = Resident.search_key
    if session.get_bind().dialect.name == "postgresql":
        key = key.collate("C")
    return and_(key >= prefix, key < _successor(prefix))


def _successor(prefix: str) -> str:
    """The smallest string greater than every string beginning with ``prefix`` (keys are ASCII)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _like_word_start(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped}%"


def _rows(session: Session, sql: str, params: dict) -> list[Candidate]:
    stmt = text(sql).columns(id=Uuid(), search_key=String())
    return [Candidate(row.search_key, row.id) for row in session.execute(stmt, params)]


def _token_filters(tokens: Sequence[str], params: dict) -> str:
    """``(' ' || key) LIKE '% tok%'`` per token: "a word of the key begins with tok" on both engines."""
    clauses = []
    for n, token in enumerate(tokens):
        params[f"t{n}"] = _like_word_start(token)
        clauses.append(f"(' ' || search_key) LIKE :t{n} ESCAPE '\\'")
    return " AND ".join(clauses)


class _SQLite:
    """FTS5 for the text index (migration 0002), the plain ``ix_resident_search_key`` for key order."""

    @staticmethod
    def key_range(session: Session, prefix: str, limit: int | None) -> list[Candidate]:
        params = {"lo": prefix, "hi": _successor(prefix), "n": -1 if limit is None else limit}
        return _rows(session, "SELECT id, search_key FROM resident INDEXED BY ix_resident_search_key "
                              "WHERE search_key >= :lo AND search_key < :hi AND merged_into_id IS NULL "
                              "ORDER BY search_key, id LIMIT :n", params)

    @staticmethod
    def _fts_query(tokens: Sequence[str]) -> str:
        # Each token quoted (FTS5 operators and syntax are then plain text) and made a prefix query.
        return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)

    @classmethod
    def few_matches(cls, session: Session, tokens: Sequence[str], head: str, limit: int,
                    cap: int) -> list[Candidate] | None:
        """Group 2 from the text index, sorted; None when it matches more than ``cap`` rows (merged included)."""
        count = session.scalar(text("SELECT count(*) FROM (SELECT rowid FROM resident_fts WHERE resident_fts MATCH :q "
                                    "LIMIT :n)"), {"q": cls._fts_query(tokens), "n": cap + 1})
        return None if count > cap else cls.indexed_matches(session, tokens, head, limit)

    @classmethod
    def text_matches(cls, session: Session, tokens: Sequence[str], limit: int) -> list[Candidate]:
        return _rows(session, "SELECT r.id, r.search_key FROM resident_fts JOIN resident AS r "
                              "ON r.rowid = resident_fts.rowid "
                              "WHERE resident_fts MATCH :q AND r.merged_into_id IS NULL LIMIT :n",
                     {"q": cls._fts_query(tokens), "n": limit})

    @classmethod
    def indexed_matches(cls, session: Session, tokens: Sequence[str], head: str, limit: int) -> list[Candidate]:
        """Group 2 from the text index: few rows to sort."""
        params = {"q": cls._fts_query(tokens), "lo": head, "hi": _successor(head), "n": limit}
        return _rows(session, "SELECT r.id, r.search_key FROM resident_fts JOIN resident AS r "
                              "ON r.rowid = resident_fts.rowid "
                              "WHERE resident_fts MATCH :q AND r.merged_into_id IS NULL "
                              "AND NOT (r.search_key >= :lo AND r.search_key < :hi) "
                              "ORDER BY r.search_key, r.id LIMIT :n", params)

    @staticmethod
    def ordered_matches(session: Session, tokens: Sequence[str], head: str, limit: int) -> list[Candidate]:
        """Group 2 by walking the key index in order: many rows match, the first ones come quickly."""
        params: dict = {"lo": head, "hi": _successor(head), "n": limit}
        where = _token_filters(tokens, params)
        return _rows(session, "SELECT id, search_key FROM resident INDEXED BY ix_resident_search_key "
                              f"WHERE merged_into_id IS NULL AND {where} "
                              "AND NOT (search_key >= :lo AND search_key < :hi) "
                              "ORDER BY search_key, id LIMIT :n", params)


class _PostgreSQL:
    """pg_trgm for the text index, ``ix_resident_search_key_c`` (byte order, then id) for key order.

    The planner cannot know how many rows '% tok%' matches (a trigram estimate is often off by 10x), and a
    wrong guess costs a sequential scan of the table or a walk of the whole key index. Each query below
    says which access path it was written for, with transaction-local planner settings restored after.
    """

    @staticmethod
    def key_range(session: Session, prefix: str, limit: int | None) -> list[Candidate]:
        params = {"lo": prefix, "hi": _successor(prefix), "n": limit}
        return _rows(session, 'SELECT id, search_key FROM resident WHERE search_key COLLATE "C" >= :lo '
                              'AND search_key COLLATE "C" < :hi AND merged_into_id IS NULL '
                              'ORDER BY search_key COLLATE "C", id LIMIT :n', params)

    @staticmethod
    def text_matches(session: Session, tokens: Sequence[str], limit: int) -> list[Candidate]:
        params: dict = {"n": limit}
        where = _token_filters(tokens, params)
        with _pg_planner(session, enable_seqscan="off"):
            return _rows(session, f"SELECT id, search_key FROM resident WHERE merged_into_id IS NULL AND {where} "
                                  "LIMIT :n", params)

    @staticmethod
    def few_matches(session: Session, tokens: Sequence[str], head: str, limit: int,
                    cap: int) -> list[Candidate] | None:
        """Group 2 from the trigram index when it matches at most ``cap`` rows, else None. One round trip:
        the matches are collected once (materialised, with the cap), counted and sorted."""
        params: dict = {"lo": head, "hi": _successor(head), "n": limit, "cap": cap + 1}
        where = _token_filters(tokens, params)
        stmt = text(
            "WITH m AS MATERIALIZED (SELECT id, search_key FROM resident "
            f"WHERE merged_into_id IS NULL AND {where} LIMIT :cap), "
            "t AS (SELECT count(*) AS total FROM m) "
            "SELECT t.total, g.id, g.search_key FROM t LEFT JOIN LATERAL (SELECT id, search_key FROM m "
            'WHERE NOT (search_key COLLATE "C" >= :lo AND search_key COLLATE "C" < :hi) '
            'ORDER BY search_key COLLATE "C", id LIMIT :n) AS g ON true ORDER BY g.search_key COLLATE "C", g.id'
        ).columns(total=Integer(), id=Uuid(), search_key=String())
        with _pg_planner(session, enable_seqscan="off"):
            rows = session.execute(stmt, params).all()
        if rows[0].total > cap:
            return None
        return [Candidate(row.search_key, row.id) for row in rows if row.id is not None]

    @staticmethod
    def ordered_matches(session: Session, tokens: Sequence[str], head: str, limit: int) -> list[Candidate]:
        """Many matches: walk the byte-order index, never collect and sort them all."""
        params: dict = {"lo": head, "hi": _successor(head), "n": limit}
        where = _token_filters(tokens, params)
        with _pg_planner(session, enable_seqscan="off", enable_bitmapscan="off"):
            return _rows(session, f"SELECT id, search_key FROM resident WHERE merged_into_id IS NULL AND {where} "
                                  'AND NOT (search_key COLLATE "C" >= :lo AND search_key COLLATE "C" < :hi) '
                                  'ORDER BY search_key COLLATE "C", id LIMIT :n', params)


@contextmanager
def _pg_planner(session: Session, **settings: str) -> Iterator[None]:
    """Planner settings for the statements inside, local to the transaction, and put back after."""
    names = list(settings)
    params = {f"k{n}": name for n, name in enumerate(names)} | {f"v{n}": v for n, v in enumerate(settings.values())}
    # One round trip: the sub-select (kept apart by OFFSET 0) reads the previous values before set_config runs.
    reads = ", ".join(f"current_setting(:k{n}) AS p{n}" for n in range(len(names)))
    sets = ", ".join(f"set_config(:k{n}, :v{n}, true)" for n in range(len(names)))
    previous = session.execute(text(f"SELECT prev.*, {sets} FROM (SELECT {reads} OFFSET 0) AS prev"),
                               params).one()[: len(names)]
    try:
        yield
    finally:
        params = {f"k{n}": name for n, name in enumerate(names)} | {f"v{n}": v for n, v in enumerate(previous)}
        session.execute(text(f"SELECT {sets}"), params)


_SQL = {"sqlite": _SQLite, "postgresql": _PostgreSQL}
