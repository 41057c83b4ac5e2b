"""dhis2: attribute option combo, follow-up and the sender's storedBy/created/lastUpdated on
data values; identifier mappings (DHIS2 UID ↔ healthplan code)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_KEY = ["data_element", "period", "org_unit", "category"]


def upgrade() -> None:
    op.create_table(
        "id_mappings",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=230), nullable=True),
        sa.PrimaryKeyConstraint("kind", "uid", name=op.f("pk_id_mappings")),
    )
    with op.batch_alter_table("data_values", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("attribute", sa.String(length=64), server_default="default", nullable=False)
        )
        batch_op.add_column(
            sa.Column("followup", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("origin_stored_by", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("origin_created", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("origin_last_updated", sa.String(length=40), nullable=True))
        batch_op.drop_constraint("uq_data_values_data_element", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_data_values_data_element"), [*_KEY, "attribute"]
        )


def downgrade() -> None:
    # Values that differ only in their attribute option combo cannot all stay.
    op.execute("DELETE FROM data_values WHERE attribute <> 'default'")
    with op.batch_alter_table("data_values", schema=None) as batch_op:
        batch_op.drop_constraint("uq_data_values_data_element", type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_data_values_data_element"), _KEY)
        batch_op.drop_column("origin_last_updated")
        batch_op.drop_column("origin_created")
        batch_op.drop_column("origin_stored_by")
        batch_op.drop_column("followup")
        batch_op.drop_column("attribute")
    op.drop_table("id_mappings")
