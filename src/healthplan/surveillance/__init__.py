"""Infectious-disease early warning (传染病监测预警, 多点触发): detectors vectorised over many
series, multi-channel fusion, spatial clusters and the signal lifecycle (核实 → 处置 → 关闭).

See ``docs/surveillance.md`` for the methods and their parity with R ``surveillance``.
"""

from healthplan.surveillance.channel_files import CHANNELS, CountImportSummary, import_counts
from healthplan.surveillance.channels import ChannelMatrix, load_channel, save_counts
from healthplan.surveillance.config import (
    DEFAULT_CONFIG,
    ChannelRule,
    DiseaseRule,
    SurveillanceConfig,
    disease_name,
    load_config,
)
from healthplan.surveillance.count_files import CountData, SeriesGroup, read_counts, write_alarms
from healthplan.surveillance.detection import Detection
from healthplan.surveillance.detectors import (
    METHODS,
    Detector,
    DetectSummary,
    Method,
    detect,
    register_method,
    run_method,
)
from healthplan.surveillance.fusion import Cluster, Fused, fuse, spatial_clusters
from healthplan.surveillance.lifecycle import (
    NewSignal,
    SignalMetrics,
    close,
    flag_overdue,
    metrics,
    record_signals,
    respond,
    signals,
    verify,
)
from healthplan.surveillance.methods.cidars import moving_percentile
from healthplan.surveillance.methods.cusum import cusum
from healthplan.surveillance.methods.ears import ears_c1, ears_c2, ears_c3
from healthplan.surveillance.methods.farrington import (
    FarringtonOptions,
    farrington,
    farrington_flexible,
)
from healthplan.surveillance.methods.farrington_plus import PlusOptions, farrington_plus
from healthplan.surveillance.methods.triggers import single_case
from healthplan.surveillance.pipeline import RunSummary, run_surveillance

__all__ = [
    "CHANNELS",
    "DEFAULT_CONFIG",
    "METHODS",
    "ChannelMatrix",
    "ChannelRule",
    "Cluster",
    "CountData",
    "CountImportSummary",
    "DetectSummary",
    "Detection",
    "Detector",
    "DiseaseRule",
    "FarringtonOptions",
    "Fused",
    "Method",
    "NewSignal",
    "PlusOptions",
    "RunSummary",
    "SeriesGroup",
    "SignalMetrics",
    "SurveillanceConfig",
    "close",
    "cusum",
    "detect",
    "disease_name",
    "ears_c1",
    "ears_c2",
    "ears_c3",
    "farrington",
    "farrington_flexible",
    "farrington_plus",
    "flag_overdue",
    "fuse",
    "import_counts",
    "load_channel",
    "load_config",
    "metrics",
    "moving_percentile",
    "read_counts",
    "record_signals",
    "register_method",
    "respond",
    "run_method",
    "run_surveillance",
    "save_counts",
    "signals",
    "single_case",
    "spatial_clusters",
    "verify",
    "write_alarms",
]
