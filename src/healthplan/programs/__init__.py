"""Programs: 国家基本公共卫生服务 indicators computed from individual service records, the
same Ibis expressions on DuckDB or Spark, feeding the monitoring core's data values."""

from healthplan.programs.engines import ENGINES, compute_records, connect, spark_session
from healthplan.programs.feed import ProgramRun, compute_programs, program_values
from healthplan.programs.generate import GenerateSummary, generate_population
from healthplan.programs.importer import RecordImportSummary, import_records
from healthplan.programs.indicators import PROGRAM_INDICATORS, ProgramIndicator
from healthplan.programs.records import TABLES, RecordTable

__all__ = [
    "ENGINES",
    "PROGRAM_INDICATORS",
    "TABLES",
    "GenerateSummary",
    "ProgramIndicator",
    "ProgramRun",
    "RecordImportSummary",
    "RecordTable",
    "compute_programs",
    "compute_records",
    "connect",
    "generate_population",
    "import_records",
    "program_values",
    "spark_session",
]
