"""The reading rules: what each clause of a chapter states, written into `Facts`."""

from loaders.rules.reader import ReportReader

__all__ = ["ReportReader"]
