"""``healthplan ingest FILE [--json]``: a thin veneer over :func:`healthplan.documents.ingest`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.tree import Tree

from healthplan.documents.errors import IngestError
from healthplan.documents.model import Document, Section, SourceFile
from healthplan.documents.reading import ingest
from healthplan.i18n import t

_WIDTH = 48


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


def _add(branch: Tree, sections: list[Section], depth: int) -> None:
    for section in sections:
        label = f"{_short(section.heading)} [dim]{section.start}–{section.end}[/]"
        child = branch.add(label)
        if section.level < depth:
            _add(child, section.children, depth)
        elif section.children:
            child.label = f"{label} [dim](+{len(section.children)})[/]"


def _facts(document: Document) -> str:
    meta = document.metadata
    facts = [
        (t("issuer"), meta.issuer),
        (t("document number"), meta.doc_number),
        (t("date"), meta.date),
        (t("plan period"), meta.plan_period),
        (t("plan year"), meta.plan_year),
        (t("variant"), t(meta.variant)),
    ]
    return "  ".join(f"{name}: {value}" for name, value in facts if value is not None)


def print_outline(source: SourceFile, console: Console, depth: int) -> None:
    console.print(
        t(
            "[bold]{name}[/]: {format}, {encoding}, {n} document(s)",
            name=source.name,
            format=source.format,
            encoding=source.encoding or "-",
            n=len(source.documents),
        ),
        highlight=False,
    )
    for number, document in enumerate(source.documents, 1):
        title = document.metadata.title or t("(untitled)")
        tree = Tree(f"[bold]{number}. {_short(title)}[/] [dim]{document.start}–{document.end}[/]")
        tree.add(f"[dim]{_facts(document)}[/]")
        _add(tree, document.sections, depth)
        counts = t(
            "{s} sections, {n} sentences", s=_count(document.sections), n=len(document.sentences)
        )
        tree.add(f"[dim]{counts}[/]")
        console.print(tree)
    for warning in source.warnings:
        console.print(f"[yellow]{t('warning')}[/]: {warning}", highlight=False)


def _count(sections: list[Section]) -> int:
    return sum(1 + _count(section.children) for section in sections)


def ingest_command(
    file: Annotated[
        Path, typer.Argument(help="Plan document: .txt (any encoding), .docx, .pdf, .html.")
    ],
    json_output: Annotated[
        bool, typer.Option("--json", help="Print everything as JSON, offsets included.")
    ] = False,
    depth: Annotated[int, typer.Option(help="Levels of the outline to show.")] = 3,
) -> None:
    """Read a plan document and show its outline (读取规划文件，显示章节结构)."""
    try:
        source = ingest(file)
    except IngestError as error:
        Console(stderr=True).print(f"[bold red]{error}[/]", highlight=False)
        raise typer.Exit(1) from None
    if json_output:
        typer.echo(source.model_dump_json(indent=1))
        return
    print_outline(source, Console(), depth)
