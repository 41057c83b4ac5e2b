"""A small plan of record with tasks for the tasks and warnings tests: three departments in
the register (one known by an alias) and five tasks with time limits in their text; and the
tasks the extractor reads in a plan written for a test."""

from __future__ import annotations

from pathlib import Path

from healthplan.extraction import extract
from healthplan.model import Department, DepartmentKind, Plan, PlanKind, ReviewStatus, Task
from healthplan.model.period import Period
from healthplan.plans import load_plan, save_plan
from healthplan.store import Workspace, save_departments

DEPARTMENTS = [
    Department(code="wjw", name="市卫生健康委员会", aliases=["市卫健委"]),
    Department(code="cdc", name="市疾病预防控制中心", aliases=["市疾控中心"],
               kind=DepartmentKind.institution),
    Department(code="czj", name="市财政局", kind=DepartmentKind.government),
]  # fmt: skip

TASKS = [
    ("完善基层服务体系", "6月底前完成基层机构摸底。", "市卫健委", ["市卫健委", "市财政局"]),
    ("开展传染病监测", "第一季度启动监测点建设，年底前全覆盖。", "市疾控中心", ["市疾控中心"]),
    ("推进区域医疗中心建设", "2023年底前完成50%，到2025年全部建成。", "市卫健委", ["市卫健委"]),
    ("落实财政保障", "上半年足额拨付补助资金。", "市财政局", ["市财政局", "某不存在单位"]),
    ("持续开展健康宣传", "常态化开展健康科普。", "市卫健委", ["市卫健委"]),
]  # fmt: skip


def make_plan(ws: Workspace, year: int = 2024) -> list[int]:
    """Store the departments and an annual plan for ``year``; return its task ids in order."""
    save_departments(ws, DEPARTMENTS)
    plan_id = save_plan(
        ws,
        Plan(
            title=f"{year}年卫生健康工作要点",
            kind=PlanKind.annual,
            period=Period.parse(str(year)),
            tasks=[
                Task(
                    title=title,
                    text=text,
                    lead_department=lead,
                    departments=named,
                    status=ReviewStatus.confirmed,  # the plan of record
                )
                for title, text, lead, named in TASKS
            ],
        ),
    )
    return [task.id for task in load_plan(ws, plan_id).tasks if task.id is not None]


def extracted_tasks(tmp_path: Path, text: str) -> list[Task]:
    """The tasks extracted from ``text`` saved as a plan file in ``tmp_path``."""
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    (result,) = extract([path], link=False)
    return result.tasks


def led_tasks(folder: Path, text: str) -> list[tuple[str | None, list[str]]]:
    """(lead, departments) of each task extracted from ``text`` saved in ``folder``, made when
    missing (one test may read several plans, each in a folder of its own)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [(t.lead_department, t.departments) for t in extracted_tasks(folder, text)]


def led_articles(
    folder: Path, opening: str, closing: str, closing_body: str, *articles: str
) -> list[tuple[str | None, list[str]]]:
    """(lead, departments) of each of ``articles``, numbered 第二条… between an ``opening``
    article naming no body and a ``closing`` one naming ``closing_body`` alone, so that each
    probe is read as an article among others; the closing article's reading is checked and
    left out."""
    text = (
        opening
        + "".join(f"第{n}条 {a}\n" for n, a in zip("二三四五六七八", articles, strict=False))
        + closing
    )
    found = led_tasks(folder, text)
    assert found[-1] == (closing_body, [closing_body])
    return found[:-1]


def regulation(title: str, purpose: str, *articles: str) -> str:
    """A regulation ``title`` whose 第一条 states its ``purpose`` and whose ``articles`` follow
    as 第二条…, each its own paragraph."""
    body = "".join(f"第{n}条 {a}\n\n" for n, a in zip("二三四五六七八", articles, strict=False))
    return f"{title}\n\n第一条 {purpose}\n\n{body}"


def titled_tasks(tmp_path: Path, text: str) -> list[tuple[str, str | None, list[str]]]:
    """(title, lead, departments) of each task extracted from ``text``."""
    return [(t.title, t.lead_department, t.departments) for t in extracted_tasks(tmp_path, text)]
