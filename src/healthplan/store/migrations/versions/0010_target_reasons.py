"""plans: the reason recorded in the ledger for a target behind schedule or adjusted, who
recorded it and when

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 12:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("targets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason_text", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("reason_kind", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("reason_by", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("reason_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("targets", schema=None) as batch_op:
        batch_op.drop_column("reason_at")
        batch_op.drop_column("reason_by")
        batch_op.drop_column("reason_kind")
        batch_op.drop_column("reason_text")
