"""Infectious-disease early warning (传染病监测预警, 多点触发): detectors vectorised over many
series, multi-channel fusion, spatial clusters and the signal lifecycle (核实 → 处置 → 关闭).

See ``docs/surveillance.md`` for the methods and their parity with R ``surveillance``.
"""

from healthplan.surveillance.cidars import moving_percentile
from healthplan.surveillance.cusum import cusum
from healthplan.surveillance.detect import METHODS, DetectSummary, detect, run_method
from healthplan.surveillance.ears import ears_c1, ears_c2, ears_c3
from healthplan.surveillance.farrington import FarringtonOptions, farrington, farrington_flexible
from healthplan.surveillance.io import CountData, SeriesGroup, read_counts, write_alarms
from healthplan.surveillance.result import Detection

__all__ = [
    "METHODS",
    "CountData",
    "DetectSummary",
    "Detection",
    "FarringtonOptions",
    "SeriesGroup",
    "cusum",
    "detect",
    "ears_c1",
    "ears_c2",
    "ears_c3",
    "farrington",
    "farrington_flexible",
    "moving_percentile",
    "read_counts",
    "run_method",
    "write_alarms",
]
