"""The sections reports are made of; a report kind lists the ones it shows, in order. Each
takes the :class:`~healthplan.reports.content.Facts` and returns a
:class:`~healthplan.reports.content.Section` (or None when it has nothing to say)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from healthplan.analytics import Status
from healthplan.i18n import t
from healthplan.model import ReasonKind
from healthplan.reports.content import (
    GOOD,
    JUDGED,
    LAGGING,
    Chart,
    Facts,
    Section,
    Table,
    TargetLine,
    figure,
    lagging_units,
    share_text,
)
from healthplan.reports.wording import Sentence, count_text, join_names, status_sentence

__all__ = ["SectionBuilder"]

SectionBuilder = Callable[[Facts], Section | None]
_SHOWN_TRENDS = 3  # trend charts for the targets furthest behind


def _count_sentence(subject: str, lines: list[TargetLine]) -> Sentence:
    counts = Counter(x.row.status for x in lines)
    parts = [f"{s.label_zh}{counts[s]}项" for s in Status if counts[s]]
    return Sentence(f"{subject}纳入监测的目标指标共{len(lines)}项，其中{'、'.join(parts)}。")


def overview(facts: Facts) -> Section:
    """总体情况: the counts by status, then one sentence per lagging target."""
    lines = facts.targets
    out = [_count_sentence(facts.subject, lines)] if lines else []
    judged = [x for x in lines if x.row.status in JUDGED]
    if judged:
        good = sum(x.row.status in GOOD for x in judged)
        share = share_text(good, len(judged))
        out.append(Sentence(f"已评价的{len(judged)}项指标中，达标或序时达标{good}项，占{share}。"))
    for line in lines:
        if line.row.status in LAGGING:
            out.append(status_sentence(line.row, facts.subject, lagging_units(line)))
    if not lines:
        out.append(Sentence("本期无可评价的目标指标。"))
    return Section("总体情况", out)


def targets(facts: Facts) -> Section:
    """目标指标进展: every target, its sentence, the table with 同比/环比, trend charts."""
    lines = facts.targets
    rows: list[list[str]] = []
    statuses: list[Status | None] = []
    sentences: list[Sentence] = []
    for x in lines:
        r = x.row
        changes = "；".join(c for c in (x.year_on_year, x.month_on_month) if c) or "—"
        rows.append(
            [
                r.indicator_name + ("（草稿）" if r.draft else ""),
                f"{r.actual_display}{r.unit if r.actual is not None else ''}",
                r.target_display,
                r.expected_display,
                r.status.label_zh,
                changes,
                r.data_through or "—",
                join_names(r.departments) or "—",
            ]
        )
        statuses.append(r.status)
        if r.status not in LAGGING and r.status is not Status.no_data:  # those: once each
            sentence = status_sentence(r, facts.subject, [])
            change = "，".join(c for c in (x.year_on_year, x.month_on_month) if c)
            text = sentence.text[:-1] + (f"，{change}。" if change else "。")
            sentences.append(Sentence(text, sentence.status, sentence.target_id))
    empty = [x.row for x in lines if x.row.status is Status.no_data]
    if empty:
        names = join_names(list(dict.fromkeys(r.indicator_name for r in empty)))
        text = f"{names}等{len(empty)}项目标指标本期{Status.no_data.label_zh}。"
        sentences.append(Sentence(text, Status.no_data))
    columns = ["指标", "实际值", "目标值", "序时进度", "状态", "同比/环比", "数据截至", "责任单位"]
    table = Table("目标指标进展情况", columns, rows, statuses, 4)
    charts = []
    behind = sorted(
        (x for x in lines if x.trend and x.row.status in LAGGING),
        key=lambda x: x.row.score if x.row.score is not None else 0.0,
    )
    for x in behind[:_SHOWN_TRENDS]:
        months = [f"{int(m[-2:])}月" for m, _ in x.trend]
        expected = figure(x.row.expected_display)
        series = [("累计值", [v for _, v in x.trend])]
        if expected is not None:
            series.append(("本期序时进度", [expected] * len(months)))
        charts.append(
            Chart(
                f"trend-{x.row.target_id}",
                f"{x.row.indicator_name}（{x.row.unit}）",
                "line",
                months,
                series,
                x.row.unit,
            )
        )
    return Section("目标指标进展", sentences, [table], charts)


def districts(facts: Facts) -> Section | None:
    """分地区情况 (通报排名): the units below ranked, a bar chart and, with boundaries, a map."""
    scores = facts.unit_scores()
    if not scores:
        return None
    rows = [
        [str(rank), name, str(good), str(lag), str(judged), share_text(good, judged)]
        for rank, name, good, lag, judged in scores
    ]
    columns = ["排名", "地区", "达标或序时达标", "滞后或未达标", "已评价", "达标率"]
    first = [name for rank, name, *_ in scores if rank == 1]
    last_rank = scores[-1][0]
    last = [name for rank, name, *_ in scores if rank == last_rank]
    text = f"按达标或序时达标指标占比排名，{join_names(first)}位列第一"
    if last_rank > 1:
        text += f"，{join_names(last)}排名末位"
    sentences = [Sentence(text + "。")]
    names = [name for _, name, *_ in scores]
    shares = [round(100 * good / judged, 1) for _, _, good, _, judged in scores]
    charts = [
        Chart(
            "districts", "达标或序时达标指标占比（%）", "bar", names, [("占比", list(shares))], "%"
        )
    ]
    if facts.boundaries is not None:
        charts.append(
            Chart(
                "map",
                "各地区达标或序时达标指标占比（%）",
                "map",
                names,
                [("占比", list(shares))],
                "%",
                facts.boundaries,
            )
        )
    return Section("分地区情况", sentences, [Table("地区排名", columns, rows)], charts)


def departments(facts: Facts) -> Section | None:
    """责任部门: the department ranking and the lagging targets by department."""
    ranking = facts.assessment.departments
    by_department: dict[str, list[str]] = defaultdict(list)
    for x in facts.targets:
        if x.row.status in LAGGING:
            for name in x.row.departments or ["未明确责任单位"]:
                by_department[name].append(f"{x.row.indicator_name}（{x.row.status.label_zh}）")
    if not ranking and not by_department:
        return None
    tables = []
    if ranking:
        rows = [[str(r), d, str(g), str(n), share_text(g, n)] for r, d, g, n in ranking]
        columns = ["排名", "责任部门", "达标或序时达标", "评估目标数", "占比"]
        tables.append(Table("责任部门排名", columns, rows))
    sentences = []
    if by_department:
        rows = [[d, "；".join(items)] for d, items in sorted(by_department.items())]
        tables.append(Table("滞后指标及责任部门", ["责任部门", "滞后指标"], rows))
        named = [d for d in sorted(by_department) if d != "未明确责任单位"]
        if named:
            sentences.append(Sentence(f"有滞后指标的责任部门：{join_names(named)}。"))
    return Section("责任部门", sentences, tables)


def tasks(facts: Facts) -> Section:
    """重点任务: overdue tasks and the departments that have not reported progress."""
    overdue, late = facts.overdue, facts.late
    day = f"{facts.as_of.month}月{facts.as_of.day}日"
    sentences = [
        Sentence(
            f"截至{day}，{facts.subject}重点任务共{len(facts.tasks)}项，"
            f"逾期未完成{len(overdue)}项。"
        )
    ]
    if late:
        names = join_names(sorted({x.department for x in late}))
        sentences.append(Sentence(f"未按时报送任务进展的部门：{names}。"))
    tables = []
    if overdue:
        rows = [
            [
                str(k.task_id),
                k.title,
                k.lead_department or "—",
                k.due_text or str(k.due),
                str(k.days_overdue(facts.as_of)),
                k.state.label_zh,
            ]
            for k in overdue
        ]
        tables.append(
            Table("逾期任务", ["编号", "任务", "牵头单位", "时限", "逾期天数", "状态"], rows)
        )
    if late:
        rows = [[x.department, x.round, str(x.due), str(x.open_tasks)] for x in late]
        tables.append(
            Table("未报送进展的部门", ["部门", "调度轮次", "报送时限", "未完成任务数"], rows)
        )
    return Section("重点任务推进", sentences, tables)


def reporting(facts: Facts) -> Section | None:
    """数据上报: 上报完整率、及时率 by data set and unit, and the data-quality notes."""
    found = facts.completeness
    if not found:
        return None
    sentences, rows = [], []
    for name, c in found:
        rows.append(
            [
                name,
                c.name,
                str(c.expected),
                str(c.reported),
                str(c.on_time),
                share_text(c.reported, c.expected),
                share_text(c.on_time, c.expected),
            ]
        )
        if c.org_unit == facts.unit.code:
            sentences.append(
                Sentence(
                    f"{facts.subject}{name}应报{count_text(c.expected)}份，"
                    f"实报{count_text(c.reported)}份，"
                    f"上报完整率{share_text(c.reported, c.expected)}，"
                    f"及时率{share_text(c.on_time, c.expected)}。"
                )
            )
    columns = ["数据集", "单位", "应报", "实报", "及时", "完整率", "及时率"]
    tables = [Table("上报完整率和及时率", columns, rows)]
    flags = facts.flags
    if flags:
        kinds = Counter(f.kind for _, f in flags)
        sentences.append(
            Sentence(
                f"数据质量核查发现疑似问题{len(flags)}条（"
                + "、".join(f"{k}{n}条" for k, n in sorted(kinds.items()))
                + "）。"
            )
        )
        rows = [
            [name, facts.names.get(f.org_unit, f.org_unit), f.period, f.code, f.detail]
            for name, f in flags[:20]
        ]
        tables.append(
            Table("数据质量提示（前20条）", ["数据集", "单位", "期间", "数据项", "说明"], rows)
        )
    return Section("数据上报与质量", sentences, tables)


def outbreaks(facts: Facts) -> Section:
    """传染病预警: the signals of the period and their verification."""
    found = facts.signals
    verified = [s for s in found if s.verified_at is not None]
    in_time = [s for s in verified if s.verified_at <= s.verify_due]
    text = f"本期{facts.subject}共产生传染病预警信号{len(found)}条"
    if found:
        share = share_text(len(in_time), len(found))
        text += f"，已核实{len(verified)}条，按时核实{len(in_time)}条，按时核实率{share}"
    sentences = [Sentence(text + "。")]
    tables = []
    if found:
        rows = [
            [
                str(s.day),
                s.disease,
                facts.names.get(s.org_unit, s.org_unit),
                t(s.kind),
                t(s.status),
                t(s.verification) if s.verification else "—",
            ]
            for s in found
        ]
        tables.append(Table("预警信号", ["日期", "病种", "地区", "类型", "状态", "核实结果"], rows))
    return Section("传染病监测预警", sentences, tables)


_WHY = {ReasonKind.behind: "滞后的原因", ReasonKind.adjusted: "目标调整的原因"}


def _reason_text(text: str) -> str:
    return text.rstrip("。；;，,. ")


def evaluation(facts: Facts) -> Section:
    """规划评估 (中期、终期): every target, baseline → latest → target, achieved or not, and
    the reason recorded in the ledger for one behind or adjusted; the lagging targets with no
    reason recorded are named, so that the evaluation is not signed with a gap in it."""
    rows: list[list[str]] = []
    statuses: list[Status | None] = []
    sentences: list[Sentence] = []
    unexplained: list[str] = []
    for x in facts.targets:
        r = x.row
        baseline = "—" if r.baseline is None else f"{r.baseline:.{r.decimals}f}"
        notes = []
        if r.missing:
            notes.append("缺" + "、".join(r.missing[:3]))
        if r.forecast is not None:
            notes.append(f"期末预测{r.forecast_display}")
        if r.forecast_note:
            notes.append(r.forecast_note)
        reason = facts.reasons.get(r.target_id)
        cited = "—"
        if reason is not None:
            day = reason.at.astimezone().date()
            cited = f"{reason.kind.label_zh}：{_reason_text(reason.text)}（{day.isoformat()}记录）"
        rows.append(
            [
                r.indicator_name + ("（草稿）" if r.draft else ""),
                baseline,
                f"{r.actual_display}",
                r.target_display,
                r.status.label_zh,
                r.data_through or "—",
                "；".join(notes) or "—",
                cited,
            ]
        )
        statuses.append(r.status)
        sentences.append(status_sentence(r, facts.subject, lagging_units(x)))
        if reason is not None:
            why = _WHY[reason.kind]
            sentences.append(
                Sentence(
                    f"{r.indicator_name}{why}：{_reason_text(reason.text)}。",
                    target_id=r.target_id,
                )
            )
        elif r.status in LAGGING:
            unexplained.append(r.indicator_name)
    if unexplained:
        names = join_names(list(dict.fromkeys(unexplained)))
        sentences.append(
            Sentence(f"{names}等{len(unexplained)}项滞后或未达标指标尚未在台账中记录原因。")
        )
    columns = ["指标", "基线值", "最新值", "目标值", "评价", "数据截至", "说明", "原因（台账记录）"]
    lines = facts.targets
    head = (
        [_count_sentence(facts.subject, lines)] if lines else [Sentence("规划无可评价的目标指标。")]
    )
    return Section(
        "规划目标指标完成情况",
        head + sentences,
        [Table("规划目标指标", columns, rows, statuses, 4)],
    )
