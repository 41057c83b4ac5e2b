"""The words of the pages in the request's language. Templates are not scanned for
messages, so every text a page shows comes from here or from a stage's labels."""

from __future__ import annotations

from healthplan.i18n import pt, t
from healthplan.web.users import ROLE_LABELS, Role


def labels() -> dict[str, str]:
    return {
        "app": t("Health plan"),
        "login": t("Log in"),
        "logout": t("Log out"),
        "user": t("User name"),
        "password": t("Password"),
        "home": t("Dashboard"),
        "ledger": t("Plan ledger"),
        "plans": t("Plan review"),
        "upload": t("Data entry"),
        "approvals": t("Approval queue"),
        "tasks": t("Task board"),
        "warnings": t("Warnings"),
        "signals": t("Outbreak signals"),
        "reports": t("Reports"),
        "admin": t("Users"),
        "targets_by_status": t("Targets by status"),
        "open_warnings": t("Open warnings"),
        "trend": t("Monthly trend"),
        "latest": t("Latest month"),
        "indicator": t("Indicator"),
        "org_unit": t("Org unit"),
        "department": t("Department"),
        "target": t("Target"),
        "actual": t("Actual"),
        "expected": t("序时进度"),
        "status": t("Status"),
        "all": t("All"),
        "filter": t("Filter"),
        "file": t("File"),
        "template": t("Download the fill-in workbook"),
        "check": t("Check (nothing is stored)"),
        "store": t("Store"),
        "preview_ok": t(
            "The file is valid: {created} new, {updated} changed, {unchanged} unchanged."
        ),
        "stored": t("Stored: {created} new, {updated} changed, {unchanged} unchanged."),
        "problems": t("Nothing was stored. Fix these rows and upload again:"),
        "data_set": t("Data set"),
        "period": pt("reporting", "Period"),
        "show": t("Show"),
        "submit": t("Submit"),
        "review": t("Review"),
        "approve": t("Approve"),
        "return": t("Return"),
        "comment": t("Comment"),
        "updated_by": t("Updated by"),
        "task": t("Task"),
        "due": t("Due"),
        "progress": t("Progress"),
        "overdue": t("Overdue"),
        "severity": t("Severity"),
        "subject": t("Subject"),
        "message": t("Message"),
        "acknowledge": t("Acknowledge"),
        "resolve": t("Resolve"),
        "verify": t("Verify"),
        "respond": t("Respond"),
        "close": t("Close"),
        "disease": t("Disease"),
        "day": t("Day"),
        "kind": t("Kind"),
        "generate": t("Generate"),
        "download": t("Download"),
        "role": t("Role"),
        "scope": t("Scope"),
        "add_user": t("Add or update a user"),
        "save": t("Save"),
        "none": t("Nothing to show."),
        "error": t("Error"),
    }


def role_label(role: Role) -> str:
    return pt("role", ROLE_LABELS[role])
