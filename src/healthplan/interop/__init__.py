"""Interoperability downstream of analytics: indicator values and target judgements as
HL7 FHIR R4 Measure and MeasureReport resources. (Value files — DHIS2, ADX — are
collection's formats.)"""

from healthplan.interop.fhir import FhirExport, export_fhir

__all__ = ["FhirExport", "export_fhir"]
