"""Démarche Numérique form descriptors, per revision

Revision ID: 0007
Revises: 0003

``dn_descriptor`` keeps each revision of a Démarche Numérique form fetched from the platform or
imported from a file, so the desk can fill those forms offline and show what changed between revisions.
"""

import sqlalchemy as sa
from alembic import op

from frontdesk.store.base import UTCDateTime

revision = "0007"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dn_descriptor",
        sa.Column("demarche_number", sa.Integer(), nullable=False),
        sa.Column("revision_id", sa.String(length=200), nullable=False),
        sa.Column("path", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("descriptor", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
        sa.Column("checked_at", UTCDateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_desk_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dn_descriptor")),
        sa.UniqueConstraint("demarche_number", "revision_id", name="uq_dn_descriptor_number_revision"),
    )
    with op.batch_alter_table("dn_descriptor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dn_descriptor_demarche_number"), ["demarche_number"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("dn_descriptor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dn_descriptor_demarche_number"))
    op.drop_table("dn_descriptor")
