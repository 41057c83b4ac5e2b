"""Quantitative targets of a whole document: clause rules (:mod:`.clauses`) plus what only
the document knows — the section a sentence is in (past achievements are not targets), the
deadline (到2025年, the five-year plan's end, the annual plan's year), milestones, the
target's nature (约束性/预期性/倡导性) and the exact quote in the original file."""

from __future__ import annotations

import re

from healthplan.documents import Document, SourceFile
from healthplan.extraction.classify import activity_topic
from healthplan.extraction.clauses import RawTarget, clause_targets
from healthplan.extraction.phrases import BASELINE, PAST_HEADING, PAST_SENTENCE
from healthplan.extraction.tables import TableHeader, header_of, is_table_row, row_targets
from healthplan.extraction.text import Piece, SectionIndex, View, clauses, sentences, view
from healthplan.model.plan import Milestone, Nature, SourceRef, Target

__all__ = ["document_targets", "plan_years"]

_YEAR = re.compile(r"(?:到|至|于|在)?(?P<year>20\d\d|xx|XX|××)年(?:底|末|前|内|年底前)?")
_YEAR_ONLY = re.compile(r"(?:到|至)(?:20\d\d|xx|XX)年[底末]?")
_NATURE_RE = re.compile("|".join(n.label_zh for n in Nature))


def plan_years(document: Document) -> tuple[int | None, int | None]:
    """(first, last) year of the plan: an annual plan's year, or a period's bounds."""
    meta = document.metadata
    if meta.plan_year:
        return meta.plan_year, meta.plan_year
    if meta.plan_period:
        years = [int(y) for y in re.findall(r"\d{4}", meta.plan_period)]
        if years:
            return years[0], years[-1]
    return None, None


def _sentence_years(sentence: Piece) -> list[tuple[int, int | None]]:
    """(position in the document, year or None for an anonymised xx年) of each year named."""
    skip = [m.span() for m in BASELINE.finditer(sentence.text)]
    years: list[tuple[int, int | None]] = []
    for match in _YEAR.finditer(sentence.text):
        if any(a <= match.start() < b for a, b in skip):
            continue
        if sentence.text[match.end() : match.end() + 1] in ("—", "-", "至", "到"):
            continue  # 2021—2025年: a period, not a deadline
        raw = match.group("year")
        years.append((sentence.start + match.end(), int(raw) if raw.isdigit() else None))
    return years


def _deadline(
    position: int,
    years: list[tuple[int, int | None]],
    line_year: int | bool | None,
    default: int | None,
) -> int | None:
    before = [year for at, year in years if at <= position]
    if before:
        return before[-1]
    if line_year is not False:
        return line_year if not isinstance(line_year, bool) else None
    return default


def _past(path: list[str], sentence: str, first_year: int | None) -> bool:
    if any(PAST_HEADING.search(heading) for heading in path):
        return True
    if PAST_SENTENCE.search(sentence):
        return True
    match = re.match(r"(20\d\d)年(?:以来|，|,|全市|全县|全区|我市)", sentence)
    return bool(match and first_year and int(match.group(1)) < first_year)


def _target(
    source: SourceFile,
    document: Document,
    shown: View,
    raw: RawTarget,
    clause: Piece,
    sentence: Piece,
    path: list[str],
    deadline: int | None,
    nature: Nature | None,
) -> Target:
    at = shown.span(clause.start + raw.start, clause.start + raw.end)
    first, last = document.original_span(*at)
    return Target(
        indicator_text=raw.indicator,
        comparator=raw.comparator,
        value=raw.value,
        value_max=raw.value_max,
        unit=raw.unit,
        deadline=deadline,
        baseline_year=raw.baseline_year,
        baseline_value=raw.baseline_value,
        nature=nature,
        scope=raw.scope,
        source=SourceRef(
            document=source.name,
            start=first,
            end=last,
            quote=source.original[first:last],
            section_path=path,
            sentence=sentence.text,
        ),
        rule=raw.rule,
    )


def document_targets(source: SourceFile, document: Document) -> list[Target]:
    """Every target the document states, in reading order."""
    index = SectionIndex(document)
    first_year, last_year = plan_years(document)
    shown = view(document.text)
    text = shown.text
    out: list[Target] = []
    line_year: int | bool | None = False  # a paragraph opening 到2025年，…
    header: TableHeader | None = None  # of the indicator table being read
    line_end = -1
    for sentence in sentences(text):
        if sentence.start > line_end:
            line_end = text.find("\n", sentence.start)
            line_end = len(text) if line_end < 0 else line_end
            line_year = False
        path = index.path(document.offsets[shown.at[sentence.start]])
        if _past(path, sentence.text, first_year):
            continue
        years = _sentence_years(sentence)
        heading_years = [int(y) for h in path for y in re.findall(r"(20\d\d)年", h)]
        default = heading_years[-1] if heading_years else last_year
        if is_table_row(sentence.text):
            header = header_of(sentence.text) or header
            rows, row_nature = row_targets(sentence.text, header)
            deadline = header.target_year if header and header.target_year else default
            out.extend(
                _target(source, document, shown, r, sentence, sentence, path, deadline, row_nature)
                for r in rows
            )
            if rows or header_of(sentence.text):
                continue
        elif sentence.text.endswith("。"):
            header = None
        nature_match = _NATURE_RE.search(sentence.text)
        nature = Nature.from_label(nature_match.group()) if nature_match else None
        parts = clauses(sentence)
        found: list[Target] = []
        previous: str | None = None
        topic: str | None = None
        for clause in parts:
            last_indicator = found[-1].indicator_text if found else None
            topic = activity_topic(clause.text) or topic
            for raw in clause_targets(clause.text, previous, last_indicator, topic):
                deadline = _deadline(clause.start + raw.end, years, line_year, default)
                found.append(
                    _target(source, document, shown, raw, clause, sentence, path, deadline, nature)
                )
            previous = clause.text
        if not found and years and parts and _YEAR_ONLY.fullmatch(parts[0].text):
            line_year = years[0][1]  # 到2025年，… : the year of what follows in the paragraph
        _respective_years(sentence.text, found)
        _milestones(found)
        out.extend(found)
    return out


_YEARS_LIST = re.compile(r"(20\d\d)年?(?:(?:和|、|及|与)(20\d\d)年?)+")


def _respective_years(sentence: str, found: list[Target]) -> None:
    """到2022年和2030年…分别不低于22%和30%: the values go with the years in order."""
    match = _YEARS_LIST.search(sentence)
    if not match or "分别" not in sentence:
        return
    years = [int(y) for y in re.findall(r"20\d\d", match.group())]
    by_quote: dict[tuple[str, int], list[Target]] = {}
    for target in found:
        if target.source is not None:
            key = (target.indicator_text, target.source.start)
            by_quote.setdefault(key, []).append(target)
    for group in by_quote.values():
        if len(group) == len(years):
            for target, year in zip(group, years, strict=True):
                target.deadline = year


def _milestones(found: list[Target]) -> None:
    """到2022年达到60%，2025年达到70%: the later target lists the earlier as a milestone."""
    by_indicator: dict[str, list[Target]] = {}
    for target in found:
        by_indicator.setdefault(target.indicator_text, []).append(target)
    for group in by_indicator.values():
        dated = [t for t in group if t.deadline is not None]
        if len({t.deadline for t in dated}) < 2:
            continue
        dated.sort(key=lambda t: t.deadline or 0)
        final = dated[-1]
        final.milestones = [Milestone(year=t.deadline or 0, value=t.value) for t in dated[:-1]]
