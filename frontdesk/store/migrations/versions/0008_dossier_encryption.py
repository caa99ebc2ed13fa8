"""Dossiers and outbox encrypted at rest; dossiers anonymised by the retention policy

Revision ID: 0008
Revises: 0007

What the resident told the agent (a dossier's form values, what was done on a national site), the
Démarche Numérique prefill token and link (each opens the resident's dossier there), the outbox's
payloads and its secrets become AES-GCM tokens (``frontdesk.privacy.fields``), as 0006 did for the
inclusion barriers. Existing rows are encrypted here with the data key unlocked at start-up (a
database with such rows cannot be migrated without it). ``dossier.anonymised_at`` marks a dossier
whose personal content the retention policy or an erasure removed.
"""

import json

import sqlalchemy as sa
from alembic import op

from frontdesk.privacy.fields import active_cipher, current_cipher
from frontdesk.store.base import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# table -> (JSON columns, text columns); the purpose of each is "<purpose prefix>.<column>"
COLUMNS = {
    "dossier": ("dossier", ("values", "what_was_done"), ("prefill_token", "remote_link")),
    "outbox_item": ("outbox", ("payload", "last_error_params"), ("remote_secret",)),
    "outbox_event": ("outbox_event", ("params",), ()),
}


def upgrade() -> None:
    conn = op.get_bind()
    rows = {table: conn.execute(sa.text(f"SELECT id, {', '.join(_quoted(json_cols + text_cols))} FROM {table}")).all()
            for table, (_prefix, json_cols, text_cols) in COLUMNS.items()}
    cipher = active_cipher() if any(rows.values()) else current_cipher()
    for table, (_prefix, json_cols, _text_cols) in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in json_cols:
                batch.alter_column(column, type_=sa.Text(), existing_type=sa.JSON(), existing_nullable=False,
                                   postgresql_using=f'"{column}"::text')
    for table, (prefix, json_cols, text_cols) in COLUMNS.items():
        for row in rows[table]:
            values = {column: cipher.encrypt(_canonical_json(getattr(row, column)), f"{prefix}.{column}")
                      for column in json_cols}
            values.update({column: cipher.encrypt(getattr(row, column), f"{prefix}.{column}")
                           for column in text_cols if getattr(row, column) is not None})
            _update(conn, table, row.id, values)
    with op.batch_alter_table("dossier") as batch:
        batch.add_column(sa.Column("anonymised_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dossier") as batch:
        batch.drop_column("anonymised_at")
    conn = op.get_bind()
    rows = {table: conn.execute(sa.text(f"SELECT id, {', '.join(_quoted(json_cols + text_cols))} FROM {table}")).all()
            for table, (_prefix, json_cols, text_cols) in COLUMNS.items()}
    cipher = active_cipher() if any(rows.values()) else None
    for table, (prefix, json_cols, text_cols) in COLUMNS.items():
        for row in rows[table]:
            values = {column: cipher.decrypt(getattr(row, column), f"{prefix}.{column}")
                      for column in json_cols + text_cols if getattr(row, column) is not None}
            _update(conn, table, row.id, values)
    for table, (_prefix, json_cols, _text_cols) in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in json_cols:
                batch.alter_column(column, type_=sa.JSON(), existing_type=sa.Text(), existing_nullable=False,
                                   postgresql_using=f'"{column}"::json')


def _quoted(columns: tuple[str, ...]) -> list[str]:
    return [f'"{column}"' for column in columns]  # "values" is a reserved word


def _update(conn, table: str, row_id, values: dict) -> None:
    if not values:
        return
    assignments = ", ".join(f'"{column}" = :{column}' for column in values)
    conn.execute(sa.text(f"UPDATE {table} SET {assignments} WHERE id = :row_id"), {**values, "row_id": row_id})


def _canonical_json(value: object) -> str:
    """The stored JSON (text on SQLite, already parsed on PostgreSQL) in the form the column writes."""
    parsed = json.loads(value) if isinstance(value, str) else value
    return json.dumps(parsed, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
