"""Stored values that are shown translated (``t(row.status)``): marked here so that the
message extractor finds them and the catalog test requires a translation for each."""

from __future__ import annotations

from healthplan.i18n import N_, NP_

LABELS = (
    # plan kinds and review status (model.plan)
    N_("five_year"),
    N_("annual"),
    N_("work_plan"),
    N_("draft"),
    N_("confirmed"),
    N_("deleted"),
    # what a plan re-import did to a row (plans.store)
    N_("added"),
    N_("changed"),
    N_("removed"),
    N_("unchanged"),
    # department kinds (model.orgunit)
    N_("office"),
    N_("institution"),
    N_("government"),
    N_("collective"),
    # assessment status: analytics.judgement.Status.label marks its own
    # quality checks (collection.quality)
    N_("range"),
    N_("rule"),
    N_("history"),
    N_("peers"),
    N_("change"),
    # document script variant (documents)
    N_("simplified"),
    N_("traditional"),
    # approval workflow states (collection.workflow)
    NP_("approval", "open"),
    N_("submitted"),
    N_("reviewed"),
    N_("approved"),
    N_("reopened"),
    # signals: kinds, status and lifecycle steps (surveillance)
    N_("channel"),
    N_("fused"),
    N_("cluster"),
    N_("single_case"),
    N_("open"),
    NP_("signal", "open"),
    N_("verified"),
    N_("excluded"),
    N_("responding"),
    N_("closed"),
    N_("weak"),
    N_("overdue"),
    N_("verify"),
    N_("respond"),
    N_("close"),
    # period types (model.period)
    N_("day"),
    N_("week"),
    N_("month"),
    N_("quarter"),
    N_("half_year"),
    N_("year"),
    N_("plan"),
    N_("week_wednesday"),
    N_("week_thursday"),
    N_("week_saturday"),
    N_("week_sunday"),
    N_("bi_week"),
    N_("bi_month"),
    N_("six_month_april"),
    N_("six_month_nov"),
    N_("financial_april"),
    N_("financial_july"),
    N_("financial_oct"),
    N_("financial_nov"),
)
