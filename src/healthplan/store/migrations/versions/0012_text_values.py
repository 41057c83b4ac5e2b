"""collection: text and date values (DHIS2 TEXT, LONG_TEXT, DATE) kept as written

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 13:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("data_values", schema=None) as batch_op:
        batch_op.add_column(sa.Column("text_value", sa.Text(), nullable=True))


def downgrade() -> None:
    # A text value has no number: the row would hold nothing.
    op.execute("DELETE FROM data_values WHERE text_value IS NOT NULL")
    with op.batch_alter_table("data_values", schema=None) as batch_op:
        batch_op.drop_column("text_value")
