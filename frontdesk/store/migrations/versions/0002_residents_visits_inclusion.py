"""Residents' contact details, visits, consents and inclusion assessments; resident search indexes

Revision ID: 0002
Revises: 0001

Search (``frontdesk.services.residents.search_residents``) needs an index each engine answers word-prefix
queries from, over ``resident.search_key`` (already folded: lower-case ASCII words, single spaces):

- SQLite: an FTS5 table with external content (the text lives once, in ``resident``), kept in sync by
  triggers, with prefix indexes for the 1-3 character prefixes typed first. It maps resident rows by
  ``rowid``: residents are never deleted, so a table copy keeps the rowids, but a later batch migration
  that recreates ``resident`` drops these triggers with the old table: it must recreate them and run
  ``INSERT INTO resident_fts(resident_fts) VALUES ('rebuild')``.
- PostgreSQL: pg_trgm, with a GIN index on ``' ' || search_key`` (the leading space lets
  ``LIKE '% tok%'`` mean "a word starts with tok"), and a btree in byte order (COLLATE "C") so range
  scans and the ordering of results are the same as SQLite's BINARY and Python's ``str`` order.

None of these objects is in the models (SQLAlchemy cannot describe them portably); the model/migration
comparison test leaves them out by name (``SEARCH_OBJECTS``).
"""

import sqlalchemy as sa
from alembic import op

from frontdesk.store.base import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEARCH_OBJECTS = frozenset({
    "resident_fts", "resident_fts_data", "resident_fts_idx", "resident_fts_docsize", "resident_fts_config",
    "ix_resident_search_key_trgm", "ix_resident_search_key_c",
})


def upgrade() -> None:
    op.create_table(
        "consent",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("given_at", UTCDateTime(), nullable=False),
        sa.Column("given_by_agent_id", sa.Uuid(), nullable=False),
        sa.Column("withdrawn_at", UTCDateTime(), nullable=True),
        sa.Column("withdrawn_by_agent_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_desk_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["given_by_agent_id"], ["agent.id"], name=op.f("fk_consent_given_by_agent_id_agent")),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_consent_resident_id_resident")),
        sa.ForeignKeyConstraint(
            ["withdrawn_by_agent_id"], ["agent.id"], name=op.f("fk_consent_withdrawn_by_agent_id_agent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_resident_id"), ["resident_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("resident_id", sa.Uuid(), nullable=True),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("duration_min", sa.Integer(), nullable=True),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("referral", sa.String(length=32), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_desk_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"], name=op.f("fk_visit_agent_id_agent")),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_visit_resident_id_resident")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_started_at"), ["started_at"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("equipment", sa.JSON(), nullable=False),
        sa.Column("internet_access", sa.Boolean(), nullable=True),
        sa.Column("email_account", sa.Boolean(), nullable=True),
        sa.Column("franceconnect", sa.Boolean(), nullable=True),
        sa.Column("autonomy", sa.String(length=32), nullable=True),
        sa.Column("barriers", sa.JSON(), nullable=False),
        sa.Column("sensitive_barriers", sa.JSON(), nullable=False),
        sa.Column("consent_id", sa.Uuid(), nullable=True),
        sa.Column("orientation", sa.String(length=32), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_desk_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"], name=op.f("fk_assessment_agent_id_agent")),
        sa.ForeignKeyConstraint(["consent_id"], ["consent.id"], name=op.f("fk_assessment_consent_id_consent")),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_assessment_resident_id_resident")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_resident_id"), ["resident_id"], unique=False)

    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("address_line", sa.String(length=200), nullable=False, server_default=sa.text("''"))
        )
        batch_op.add_column(sa.Column("no_phone", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("email", sa.String(length=254), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column("no_email", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(
            sa.Column("contact_channel", sa.String(length=16), nullable=False, server_default="guichet")
        )
        batch_op.add_column(sa.Column("language", sa.String(length=16), nullable=False, server_default="fr"))
        batch_op.add_column(sa.Column("large_print", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("merged_into_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_resident_merged_into_id_resident"), "resident", ["merged_into_id"], ["id"]
        )
    _create_search_index()


def _create_search_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE resident_fts USING fts5(search_key, content='resident', content_rowid='rowid', "
            "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"
        )
        op.execute(
            "CREATE TRIGGER resident_fts_insert AFTER INSERT ON resident BEGIN "
            "INSERT INTO resident_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END"
        )
        op.execute(
            "CREATE TRIGGER resident_fts_delete AFTER DELETE ON resident BEGIN "
            "INSERT INTO resident_fts(resident_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key); "
            "END"
        )
        op.execute(
            "CREATE TRIGGER resident_fts_update AFTER UPDATE OF search_key ON resident BEGIN "
            "INSERT INTO resident_fts(resident_fts, rowid, search_key) VALUES ('delete', old.rowid, old.search_key); "
            "INSERT INTO resident_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END"
        )
        op.execute("INSERT INTO resident_fts(resident_fts) VALUES ('rebuild')")
        return
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "CREATE INDEX ix_resident_search_key_trgm ON resident USING gin ((' ' || search_key) gin_trgm_ops)"
    )
    op.execute('CREATE INDEX ix_resident_search_key_c ON resident (search_key COLLATE "C", id)')


def _drop_search_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("resident_fts_update", "resident_fts_delete", "resident_fts_insert"):
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE resident_fts")
        return
    op.execute("DROP INDEX ix_resident_search_key_c")
    op.execute("DROP INDEX ix_resident_search_key_trgm")
    # The pg_trgm extension stays: other databases objects (or a DBA) may rely on it, and upgrading
    # again only asks for it "IF NOT EXISTS".


def downgrade() -> None:
    _drop_search_index()
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_resident_merged_into_id_resident"), type_="foreignkey")
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("large_print")
        batch_op.drop_column("language")
        batch_op.drop_column("contact_channel")
        batch_op.drop_column("no_email")
        batch_op.drop_column("email")
        batch_op.drop_column("no_phone")
        batch_op.drop_column("address_line")

    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_resident_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_started_at"))
        batch_op.drop_index(batch_op.f("ix_visit_resident_id"))

    op.drop_table("visit")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_resident_id"))

    op.drop_table("consent")
