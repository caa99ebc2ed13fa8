"""What the administrator access to Démarche Numérique adds to tracking

Revision ID: 0009
Revises: 0008

With the town hall's administrator token, tracking also reads the platform's own listing of a
démarche's dossiers: ``dossier.remote_motivation`` keeps the reason an instructor gave with a decision
(personal data: an AES-GCM token like the other encrypted columns, so a plain Text column here),
``remote_updated_at`` the platform's last change of the dossier, and ``remote_detail`` where the last
tracked facts came from ("admin" or "public"). The per-démarche listing cursor lives in ``app_meta``.
"""

import sqlalchemy as sa
from alembic import op

from frontdesk.store.base import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier") as batch:
        batch.add_column(sa.Column("remote_motivation", sa.Text(), nullable=True))
        batch.add_column(sa.Column("remote_updated_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("remote_detail", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dossier") as batch:
        batch.drop_column("remote_detail")
        batch.drop_column("remote_updated_at")
        batch.drop_column("remote_motivation")
