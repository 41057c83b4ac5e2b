"""The indicator detail page (drill down the org-unit tree; the series against its target and
the 序时进度 line) and the dashboard's district comparison, loaded into the home page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from healthplan.i18n import t
from healthplan.web import indicators
from healthplan.web.auth import workspace
from healthplan.web.pages import _user, render

router = APIRouter(include_in_schema=False)


def indicator_labels() -> dict[str, str]:
    """The words of the indicator pages (templates are not scanned for messages)."""
    return {
        "below": t("Units below"),
        "through": t("Data through"),
        "rank": t("Rank"),
        "choose_target": t("Target"),
        "progress": t("Progress against the target"),
        "districts": t("Districts compared"),
        "headline": t("Headline indicator"),
        "detail": t("Indicator detail"),
        "drill": t("Open"),
    }


@router.get("/indicators/{code}")
def indicator_page(
    request: Request, code: str, org_unit: str = "", target: int | None = None
) -> Response:
    user = _user(request)
    found = indicators.detail(
        workspace(request), user, code, org_unit=org_unit or None, target_id=target
    )
    return render(request, "indicator.html", user, I=indicator_labels(), d=found, code=code)


@router.get("/dashboard/districts")
def districts_fragment(request: Request, indicator: str = "") -> Response:
    user = _user(request)
    found = indicators.districts(workspace(request), user, indicator or None)
    return render(request, "districts.html", user, I=indicator_labels(), d=found)
