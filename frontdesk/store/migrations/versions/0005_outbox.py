"""The outbox: remote changes waiting to be sent, and the history of each

Revision ID: 0005
Revises: 0003

``outbox_item`` is written in the same transaction as the business change it carries; the desk's single
sender drains it. ``outbox_event`` keeps every state change of an item.
"""

import sqlalchemy as sa
from alembic import op

from frontdesk.store.base import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox_item",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("desk_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("entity_type", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
        sa.Column("last_error_code", sa.String(length=64), nullable=True),
        sa.Column("last_error_params", sa.JSON(), nullable=False),
        sa.Column("remote_ref", sa.String(length=64), nullable=True),
        sa.Column("remote_secret", sa.Text(), nullable=True),
        sa.Column("created_by_agent_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["desk_id"], ["desk.id"], name=op.f("fk_outbox_item_desk_id_desk")),
        sa.ForeignKeyConstraint(["created_by_agent_id"], ["agent.id"],
                                name=op.f("fk_outbox_item_created_by_agent_id_agent")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_item")),
    )
    with op.batch_alter_table("outbox_item", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_item_due", ["desk_id", "state", "next_attempt_at"], unique=False)
        batch_op.create_index("ix_outbox_item_entity", ["entity_type", "entity_id"], unique=False)
    op.create_table(
        "outbox_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("agent_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["agent_id"], ["agent.id"], name=op.f("fk_outbox_event_agent_id_agent")),
        sa.ForeignKeyConstraint(["item_id"], ["outbox_item.id"], name=op.f("fk_outbox_event_item_id_outbox_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_event")),
    )
    with op.batch_alter_table("outbox_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_event_item_id"), ["item_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_event_item_id"))
    op.drop_table("outbox_event")
    with op.batch_alter_table("outbox_item", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_item_entity")
        batch_op.drop_index("ix_outbox_item_due")
    op.drop_table("outbox_item")
