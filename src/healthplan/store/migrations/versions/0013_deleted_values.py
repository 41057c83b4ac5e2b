"""collection: deleted values kept as tombstones, so an export can say ``deleted: true``

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 13:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deleted_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data_element", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("org_unit", sa.String(length=32), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("attribute", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("text_value", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("stored_by", sa.String(length=100), nullable=True),
        sa.Column("created", sa.String(length=40), nullable=True),
        sa.Column("last_updated", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deleted_values")),
        sa.UniqueConstraint(
            "data_element",
            "period",
            "org_unit",
            "category",
            "attribute",
            name=op.f("uq_deleted_values_data_element"),
        ),
    )


def downgrade() -> None:
    op.drop_table("deleted_values")
