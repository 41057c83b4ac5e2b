"""plans: identity, re-import change and proposal of targets and tasks

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 15:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("targets", "tasks")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("key", sa.String(length=400), nullable=True))
            batch_op.add_column(sa.Column("change", sa.String(length=20), nullable=True))
            batch_op.add_column(sa.Column("proposal", sa.JSON(), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_key"), ["key"], unique=False)


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_key"))
            batch_op.drop_column("proposal")
            batch_op.drop_column("change")
            batch_op.drop_column("key")
