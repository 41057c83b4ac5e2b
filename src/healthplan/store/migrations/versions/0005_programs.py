"""programs: log of service-record imports

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "record_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("stored", sa.JSON(), nullable=False),
        sa.Column("rejected", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_imports")),
    )
    with op.batch_alter_table("record_imports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_imports_imported_at"), ["imported_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("record_imports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_imports_imported_at"))
    op.drop_table("record_imports")
