"""Privacy: encrypted inclusion barriers, the documents' salt sealed, anonymised residents, objections

Revision ID: 0006
Revises: 0003

The barrier columns become text holding AES-GCM tokens (``frontdesk.privacy.fields``); existing rows
are encrypted here with the data key the start-up unlocked (a database with rows to encrypt cannot be
migrated without it). The documents' integrity salt moves from clear text in ``app_meta`` to a sealed
secret with the same value, so every code printed before still verifies.
"""

import json

import sqlalchemy as sa
from alembic import op

from frontdesk.privacy.fields import active_cipher, current_cipher
from frontdesk.store.base import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BARRIER_COLUMNS = ("barriers", "sensitive_barriers")
OLD_SALT, NEW_SALT = "document_salt", "secret.document_salt"


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, barriers, sensitive_barriers FROM assessment")).all()
    salt = conn.execute(sa.text("SELECT value FROM app_meta WHERE key = :k"), {"k": OLD_SALT}).scalar()
    cipher = active_cipher() if rows or salt is not None else current_cipher()
    with op.batch_alter_table("assessment") as batch:
        for column in BARRIER_COLUMNS:
            batch.alter_column(column, type_=sa.Text(), existing_type=sa.JSON(), existing_nullable=False,
                               postgresql_using=f"{column}::text")
    for row in rows:
        values = {column: cipher.encrypt(_canonical_json(getattr(row, column)), f"assessment.{column}")
                  for column in BARRIER_COLUMNS}
        conn.execute(sa.text("UPDATE assessment SET barriers = :barriers, sensitive_barriers = :sensitive_barriers "
                             "WHERE id = :id"), {**values, "id": row.id})
    if salt is not None:
        conn.execute(sa.text("INSERT INTO app_meta (key, value) VALUES (:k, :v)"),
                     {"k": NEW_SALT, "v": cipher.encrypt(salt, NEW_SALT)})
        conn.execute(sa.text("DELETE FROM app_meta WHERE key = :k"), {"k": OLD_SALT})

    # Not a batch: recreating ``resident`` on SQLite would drop its full-text triggers.
    op.add_column("resident", sa.Column("anonymised_at", UTCDateTime(), nullable=True))
    op.create_table(
        "objection",
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("received_by_agent_id", sa.Uuid(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("decided_by_agent_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin_desk_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], name=op.f("fk_objection_resident_id_resident")),
        sa.ForeignKeyConstraint(["received_by_agent_id"], ["agent.id"],
                                name=op.f("fk_objection_received_by_agent_id_agent")),
        sa.ForeignKeyConstraint(["decided_by_agent_id"], ["agent.id"],
                                name=op.f("fk_objection_decided_by_agent_id_agent")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection")),
    )
    with op.batch_alter_table("objection") as batch:
        batch.create_index(batch.f("ix_objection_resident_id"), ["resident_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("objection") as batch:
        batch.drop_index(batch.f("ix_objection_resident_id"))
    op.drop_table("objection")
    op.drop_column("resident", "anonymised_at")
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, barriers, sensitive_barriers FROM assessment")).all()
    sealed = conn.execute(sa.text("SELECT value FROM app_meta WHERE key = :k"), {"k": NEW_SALT}).scalar()
    cipher = active_cipher() if rows or sealed is not None else None
    for row in rows:
        values = {column: cipher.decrypt(getattr(row, column), f"assessment.{column}") for column in BARRIER_COLUMNS}
        conn.execute(sa.text("UPDATE assessment SET barriers = :barriers, sensitive_barriers = :sensitive_barriers "
                             "WHERE id = :id"), {**values, "id": row.id})
    if sealed is not None:
        conn.execute(sa.text("INSERT INTO app_meta (key, value) VALUES (:k, :v)"),
                     {"k": OLD_SALT, "v": cipher.decrypt(sealed, NEW_SALT)})
        conn.execute(sa.text("DELETE FROM app_meta WHERE key = :k"), {"k": NEW_SALT})
    with op.batch_alter_table("assessment") as batch:
        for column in BARRIER_COLUMNS:
            batch.alter_column(column, type_=sa.JSON(), existing_type=sa.Text(), existing_nullable=False,
                               postgresql_using=f"{column}::json")


def _canonical_json(value: object) -> str:
    """The stored JSON (text on SQLite, already parsed on PostgreSQL) in the form the column writes."""
    parsed = json.loads(value) if isinstance(value, str) else value
    return json.dumps(parsed, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
