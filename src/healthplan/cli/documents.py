"""``healthplan ingest FILE``: read a plan document and show its outline."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text
from rich.tree import Tree

from healthplan.console import console
from healthplan.i18n import N_, t

if TYPE_CHECKING:
    from healthplan.documents import Document, Section, SourceFile

_WIDTH = 48


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


def _heading(text: str, start: int, end: int, hidden: int = 0, style: str = "") -> Text:
    label = Text(_short(text), style=style)
    label.append(f" {start}–{end}", style="dim")
    if hidden:
        label.append(" " + t("(+{n} below)", n=hidden), style="dim")
    return label


def _add(branch: Tree, sections: list[Section], depth: int) -> None:
    for section in sections:
        if section.level < depth:
            _add(
                branch.add(_heading(section.heading, section.start, section.end)),
                section.children,
                depth,
            )
        else:
            branch.add(_heading(section.heading, section.start, section.end, len(section.children)))


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


def _count(sections: list[Section]) -> int:
    return sum(1 + _count(section.children) for section in sections)


def print_outline(source: SourceFile, depth: int) -> None:
    """The file, then each document's facts and outline as a tree."""
    console.print(
        t(
            "{name}: {format}, {encoding}, {n} document(s)",
            name=source.name,
            format=source.format,
            encoding=source.encoding or "-",
            n=len(source.documents),
        )
    )
    for number, document in enumerate(source.documents, 1):
        untitled = t("(untitled)")
        title = f"{number}. {document.metadata.title or untitled}"
        tree = Tree(_heading(title, document.start, document.end, style="bold"))
        tree.add(Text(_facts(document), style="dim"))
        _add(tree, document.sections, depth)
        counts = t(
            "{s} sections, {n} sentences", s=_count(document.sections), n=len(document.sentences)
        )
        tree.add(Text(counts, style="dim"))
        console.print(tree)
    for warning in source.warnings:
        console.print(Text(t("warning: {warning}", warning=warning), style="yellow"))


def ingest_command(
    file: Annotated[
        Path, typer.Argument(help=N_("Plan document: .txt (any encoding), .docx, .pdf, .html."))
    ],
    json_output: Annotated[
        bool, typer.Option("--json", help=N_("Print everything as JSON, offsets included."))
    ] = False,
    depth: Annotated[int, typer.Option(help=N_("Levels of the outline to show."))] = 3,
) -> None:
    from healthplan.documents import ingest

    source = ingest(file)
    if json_output:
        typer.echo(source.model_dump_json(indent=1))
        return
    print_outline(source, depth)


INGEST_HELP = N_("Read a plan document and show its outline.")
