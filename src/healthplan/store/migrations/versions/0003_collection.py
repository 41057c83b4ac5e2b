"""collection: data sets, approvals, constants; plausible ranges and receipt time

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "constants",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_constants")),
    )
    op.create_table(
        "data_sets",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("period_type", sa.String(length=16), nullable=False),
        sa.Column("org_level", sa.Integer(), nullable=False),
        sa.Column("department_code", sa.String(length=64), nullable=True),
        sa.Column("due_days", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_code"],
            ["departments.code"],
            name=op.f("fk_data_sets_department_code_departments"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_data_sets")),
    )
    op.create_table(
        "data_set_elements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data_set", sa.String(length=64), nullable=False),
        sa.Column("data_element", sa.String(length=64), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["data_element"],
            ["data_elements.code"],
            name=op.f("fk_data_set_elements_data_element_data_elements"),
        ),
        sa.ForeignKeyConstraint(
            ["data_set"],
            ["data_sets.code"],
            name=op.f("fk_data_set_elements_data_set_data_sets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_set_elements")),
        sa.UniqueConstraint("data_set", "data_element", name=op.f("uq_data_set_elements_data_set")),
    )
    with op.batch_alter_table("data_set_elements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_data_set_elements_data_set"), ["data_set"], unique=False
        )
    op.create_table(
        "approvals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data_set", sa.String(length=64), nullable=False),
        sa.Column("org_unit", sa.String(length=32), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["data_set"],
            ["data_sets.code"],
            name=op.f("fk_approvals_data_set_data_sets"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["org_unit"], ["org_units.code"], name=op.f("fk_approvals_org_unit_org_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approvals")),
        sa.UniqueConstraint("data_set", "org_unit", "period", name=op.f("uq_approvals_data_set")),
    )
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_approvals_org_unit"), ["org_unit"], unique=False)
    with op.batch_alter_table("data_elements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("min_value", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("max_value", sa.Float(), nullable=True))
    with op.batch_alter_table("data_values", schema=None) as batch_op:
        batch_op.add_column(sa.Column("created", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("data_values", schema=None) as batch_op:
        batch_op.drop_column("created")
    with op.batch_alter_table("data_elements", schema=None) as batch_op:
        batch_op.drop_column("max_value")
        batch_op.drop_column("min_value")
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_approvals_org_unit"))
    op.drop_table("approvals")
    with op.batch_alter_table("data_set_elements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_data_set_elements_data_set"))
    op.drop_table("data_set_elements")
    op.drop_table("data_sets")
    op.drop_table("constants")
