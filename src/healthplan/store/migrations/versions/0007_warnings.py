"""warnings: warnings with their lifecycle and the notification outbox

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "warning_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=500), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("warning_ids", sa.JSON(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warning_deliveries")),
        sa.UniqueConstraint("key", "channel", "recipient", name=op.f("uq_warning_deliveries_key")),
    )
    with op.batch_alter_table("warning_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_warning_deliveries_due", ["status", "next_attempt_at"], unique=False
        )

    op.create_table(
        "warnings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("org_unit", sa.String(length=32), nullable=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("first_seen", sa.Date(), nullable=False),
        sa.Column("last_seen", sa.Date(), nullable=False),
        sa.Column("runs", sa.Integer(), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=100), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=100), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["org_unit"], ["org_units.code"], name=op.f("fk_warnings_org_unit_org_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_warnings")),
    )
    with op.batch_alter_table("warnings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_warnings_department"), ["department"], unique=False)
        batch_op.create_index(batch_op.f("ix_warnings_key"), ["key"], unique=False)
        batch_op.create_index(batch_op.f("ix_warnings_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_warnings_org_unit"), ["org_unit"], unique=False)
        batch_op.create_index(batch_op.f("ix_warnings_severity"), ["severity"], unique=False)
        batch_op.create_index(batch_op.f("ix_warnings_state"), ["state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("warnings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_warnings_state"))
        batch_op.drop_index(batch_op.f("ix_warnings_severity"))
        batch_op.drop_index(batch_op.f("ix_warnings_org_unit"))
        batch_op.drop_index(batch_op.f("ix_warnings_kind"))
        batch_op.drop_index(batch_op.f("ix_warnings_key"))
        batch_op.drop_index(batch_op.f("ix_warnings_department"))

    op.drop_table("warnings")
    with op.batch_alter_table("warning_deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_warning_deliveries_due")

    op.drop_table("warning_deliveries")
