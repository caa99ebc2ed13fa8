"""Dossiers (assisted requests), their status history and pieces; counters per series

Revision ID: 0004
Revises: 0007

``document_counter`` gains a ``series`` key, so dossiers number with the same gap-free, per-desk,
per-year mechanism as documents without sharing their sequence. Existing rows are the "document" series.
"""

import sqlalchemy as sa
from alembic import op

from frontdesk.store.base import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _replicated() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_desk_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    ]


def _counter_key(columns: list[str], series_default: bool) -> None:
    """Give ``document_counter`` the primary key ``columns`` (with or without the series column)."""
    if op.get_bind().dialect.name == "postgresql":
        if series_default:
            op.add_column("document_counter",
                          sa.Column("series", sa.String(16), nullable=False, server_default="document"))
            op.alter_column("document_counter", "series", server_default=None)
        op.drop_constraint("pk_document_counter", "document_counter", type_="primary")
        if not series_default:
            op.execute("DELETE FROM document_counter WHERE series <> 'document'")
            op.drop_column("document_counter", "series")
        op.create_primary_key("pk_document_counter", "document_counter", columns)
        return
    # SQLite cannot alter a primary key: rebuild the table under its new key, copying the rows.
    op.rename_table("document_counter", "document_counter_old")
    series = [sa.Column("series", sa.String(16), nullable=False)] if series_default else []
    op.create_table(
        "document_counter",
        sa.Column("desk_id", sa.Uuid(), nullable=False),
        *series,
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_document_counter_desk_id_desk")),
        sa.PrimaryKeyConstraint(*columns, name=op.f("pk_document_counter")),
    )
    if series_default:
        op.execute("INSERT INTO document_counter (desk_id, series, year, last) "
                   "SELECT desk_id, 'document', year, last FROM document_counter_old")
    else:
        op.execute("INSERT INTO document_counter (desk_id, year, last) "
                   "SELECT desk_id, year, last FROM document_counter_old WHERE series = 'document'")
    op.drop_table("document_counter_old")


def upgrade() -> None:
    _counter_key(["desk_id", "series", "year"], series_default=True)
    op.create_table(
        "dossier",
        sa.Column("reference", sa.String(length=40), nullable=True),
        sa.Column("resident_id", sa.Uuid(), nullable=True),
        sa.Column("agent_id", sa.Uuid(), nullable=False),
        sa.Column("procedure_id", sa.String(length=120), nullable=False),
        sa.Column("procedure_title", sa.String(length=300), nullable=False),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("procedure_revision", sa.String(length=80), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("consent_by", sa.String(length=24), nullable=True),
        sa.Column("consent_how", sa.String(length=24), nullable=True),
        sa.Column("consent_at", UTCDateTime(), nullable=True),
        sa.Column("consent_agent_id", sa.Uuid(), nullable=True),
        sa.Column("submitted_at", UTCDateTime(), nullable=True),
        sa.Column("complete_on", sa.Date(), nullable=True),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("silence_means", sa.String(length=16), nullable=True),
        sa.Column("remote_reference", sa.String(length=120), nullable=False),
        sa.Column("remote_site", sa.String(length=500), nullable=False),
        sa.Column("remote_done_on", sa.Date(), nullable=True),
        sa.Column("what_was_done", sa.JSON(), nullable=False),
        sa.Column("remote_number", sa.Integer(), nullable=True),
        sa.Column("prefill_token", sa.Text(), nullable=True),
        sa.Column("remote_link", sa.Text(), nullable=True),
        sa.Column("remote_state", sa.String(length=32), nullable=True),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("issued", sa.JSON(), nullable=False),
        *_replicated(),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"], name=op.f("fk_dossier_agent_id_agent")),
        sa.ForeignKeyConstraint(["consent_agent_id"], ["agent.id"], name=op.f("fk_dossier_consent_agent_id_agent")),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_dossier_resident_id_resident")),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_dossier_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier")),
        sa.UniqueConstraint("reference", name=op.f("uq_dossier_reference")),
    )
    with op.batch_alter_table("dossier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_agent_id"), ["agent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossier_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dossier_status"), ["status"], unique=False)
    op.create_table(
        "dossier_event",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        *_replicated(),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"], name=op.f("fk_dossier_event_agent_id_agent")),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], name=op.f("fk_dossier_event_dossier_id_dossier")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_event")),
    )
    with op.batch_alter_table("dossier_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_event_dossier_id"), ["dossier_id"], unique=False)
    op.create_table(
        "dossier_piece",
        sa.Column("dossier_id", sa.Uuid(), nullable=False),
        sa.Column("document_id", sa.String(length=120), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("supplied", sa.Boolean(), nullable=False),
        sa.Column("original", sa.Boolean(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        *_replicated(),
        sa.ForeignKeyConstraint(["dossier_id"], ["dossier.id"], name=op.f("fk_dossier_piece_dossier_id_dossier")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dossier_piece")),
    )
    with op.batch_alter_table("dossier_piece", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_piece_dossier_id"), ["dossier_id"], unique=False)


def downgrade() -> None:
    op.drop_table("dossier_piece")
    op.drop_table("dossier_event")
    op.drop_table("dossier")
    _counter_key(["desk_id", "year"], series_default=False)
