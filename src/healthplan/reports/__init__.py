"""Reports (月统计、季分析、年研判、中期/终期评估、通报): bulletins built from the store and
written as self-contained HTML, PDF, DOCX and XLSX."""

__all__: list[str] = []
