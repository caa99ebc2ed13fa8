"""Printed documents and their per-desk, per-year counters

Revision ID: 0003
Revises: 0002

``document`` keeps each printed document as the canonical data it was drawn from, with its number,
template version and integrity code; ``document_counter`` holds the last number per desk and year.
"""

import sqlalchemy as sa
from alembic import op

from frontdesk.store.base import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_counter",
        sa.Column("desk_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_document_counter_desk_id_desk")),
        sa.PrimaryKeyConstraint("desk_id", "year", name=op.f("pk_document_counter")),
    )
    op.create_table(
        "document",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("template_version", sa.SmallInteger(), nullable=False),
        sa.Column("canonical", sa.Text(), nullable=False),
        sa.Column("integrity_code", sa.String(length=16), nullable=False),
        sa.Column("page_format", sa.String(length=8), nullable=False),
        sa.Column("large_print", sa.Boolean(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=True),
        sa.Column("created_by_agent_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_desk_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["created_by_agent_id"], ["agent.id"],
                                name=op.f("fk_document_created_by_agent_id_agent")),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_document_resident_id_resident")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("number", name=op.f("uq_document_number")),
        sa.UniqueConstraint("origin_desk_id", "year", "seq", name="uq_document_desk_year_seq"),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_integrity_code"), ["integrity_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_resident_id"), ["resident_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_resident_id"))
        batch_op.drop_index(batch_op.f("ix_document_integrity_code"))
    op.drop_table("document")
    op.drop_table("document_counter")
