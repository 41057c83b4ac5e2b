"""Charts two ways from one :class:`~healthplan.reports.content.Chart`: an ECharts option for
the HTML report (the library is bundled, so the page opens offline) and a PNG drawn by
matplotlib with Noto CJK for PDF and DOCX, where no browser runs."""

from __future__ import annotations

import io
from importlib.resources import files
from typing import Any

from healthplan.reports.content import Chart

__all__ = ["chart_png", "echarts_option", "echarts_script"]

# Noto CJK (Debian fonts-noto-cjk): the one free CJK face every chart and the PDF use
FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK TC", "DejaVu Sans"]
_COLOURS = ["#c23531", "#2f4554", "#61a0a8", "#d48265"]


def echarts_script() -> str:
    """The bundled ECharts (dist/echarts.min.js, Apache-2.0), to inline in a page."""
    return (files("healthplan.reports") / "static" / "echarts.min.js").read_text(encoding="utf-8")


def echarts_option(chart: Chart) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title": {"text": chart.title, "left": "center", "textStyle": {"fontSize": 14}},
        "tooltip": {"trigger": "item" if chart.kind == "map" else "axis"},
        "animation": False,
    }
    if chart.kind == "map":
        values = chart.series[0][1]
        known = [v for v in values if v is not None]
        return base | {
            "visualMap": {
                "min": min(known, default=0),
                "max": max(known, default=100),
                "left": "left",
                "calculable": True,
                "inRange": {"color": ["#f4cccc", "#c23531"]},
            },
            "series": [
                {
                    "type": "map",
                    "map": chart.key,
                    "label": {"show": True},
                    "data": [
                        {"name": n, "value": v}
                        for n, v in zip(chart.categories, values, strict=True)
                    ],
                }
            ],
        }
    return base | {
        "legend": {"bottom": 0},
        "xAxis": {"type": "category", "data": chart.categories},
        "yAxis": {"type": "value", "scale": chart.kind == "line"},
        "series": [
            {"name": name, "type": chart.kind, "data": data, "label": {"show": chart.kind == "bar"}}
            for name, data in chart.series
        ],
    }


def chart_png(chart: Chart, *, dpi: int = 150) -> bytes:
    """The chart as a PNG (about 16 × 7 cm), drawn without a browser."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    with plt.rc_context({"font.family": "sans-serif", "font.sans-serif": FONTS}):
        figure, axes = plt.subplots(figsize=(6.3, 2.8), dpi=dpi)
        try:
            if chart.kind == "map":
                _draw_map(axes, chart)
            else:
                _draw_xy(axes, chart)
            axes.set_title(chart.title, fontsize=10)
            figure.tight_layout()
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png")
        finally:
            plt.close(figure)
    return buffer.getvalue()


def _draw_xy(axes: Any, chart: Chart) -> None:
    positions = list(range(len(chart.categories)))
    for index, (name, values) in enumerate(chart.series):
        colour = _COLOURS[index % len(_COLOURS)]
        if chart.kind == "bar":
            shown = [v or 0.0 for v in values]
            bars = axes.bar(positions, shown, color=colour, label=name, width=0.6)
            axes.bar_label(bars, fmt="%.1f", fontsize=8)
        else:
            style = "--" if index else "-"
            points = [(p, v) for p, v in zip(positions, values, strict=True) if v is not None]
            if points:
                xs, ys = zip(*points, strict=True)
                axes.plot(xs, ys, style, color=colour, label=name, marker="o" if not index else "")
    axes.set_xticks(positions, chart.categories, fontsize=8)
    axes.tick_params(axis="y", labelsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    if len(chart.series) > 1:
        axes.legend(fontsize=8, frameon=False)


def _draw_map(axes: Any, chart: Chart) -> None:
    from matplotlib import colormaps
    from matplotlib.colors import Normalize
    from matplotlib.patches import Polygon

    values = dict(zip(chart.categories, chart.series[0][1], strict=True))
    known = [v for v in values.values() if v is not None]
    norm = Normalize(min(known, default=0), max(known, default=100))
    cmap = colormaps["Reds"]
    for feature in (chart.geojson or {}).get("features", []):
        name = feature.get("properties", {}).get("name", "")
        geometry = feature.get("geometry", {})
        rings = geometry.get("coordinates", [])
        polygons = rings if geometry.get("type") == "MultiPolygon" else [rings]
        value = values.get(name)
        colour = "#dddddd" if value is None else cmap(0.15 + 0.7 * norm(value))
        for polygon in polygons:
            outer = polygon[0]
            axes.add_patch(Polygon(outer, closed=True, facecolor=colour, edgecolor="white"))
            xs = [p[0] for p in outer]
            ys = [p[1] for p in outer]
            label = name if value is None else f"{name}\n{value:.1f}"
            dark = value is not None and norm(value) > 0.6  # white on the deepest reds
            x, y = sum(xs) / len(xs), sum(ys) / len(ys)
            colour = "white" if dark else "black"
            axes.text(x, y, label, ha="center", va="center", fontsize=8, color=colour)
    axes.autoscale_view()
    axes.set_aspect("equal")
    axes.axis("off")
