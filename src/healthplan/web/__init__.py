"""The web application (FastAPI, Jinja2 pages with htmx, ECharts, a REST API under
``/api``): dashboards, the plan ledger, data entry and approval, the task board, the warnings
inbox and outbreak signals, reports, users — every page and endpoint within the user's role
and scope (an org-unit subtree, a set of departments)."""

from healthplan.web.app import create_app, serve
from healthplan.web.users import (
    MAX_FAILED_LOGINS,
    ForbiddenError,
    LoginError,
    Role,
    User,
    add_user,
    authenticate,
    issue_token,
    list_users,
)

__all__ = [
    "MAX_FAILED_LOGINS",
    "ForbiddenError",
    "LoginError",
    "Role",
    "User",
    "add_user",
    "authenticate",
    "create_app",
    "issue_token",
    "list_users",
    "serve",
]
