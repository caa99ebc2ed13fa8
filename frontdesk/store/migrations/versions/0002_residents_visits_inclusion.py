"""Residents' contact details, visits, consents and inclusion assessments

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from frontdesk.store.base import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


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


def downgrade() -> None:
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
