"""The CSV and XLSX downloads with an HXL hashtag row now live in wapsi/lib/exports.py, so that
campaigns (a lower layer) write their effect downloads the same way; re-exported here."""

from wapsi.lib.exports import (
    HXL_ATTRIBUTES,
    HXL_HASHTAGS,
    META_TAG,
    Cell,
    Column,
    Kind,
    csv_bytes,
    hxl_tag_check,
    xlsx_bytes,
)

__all__ = [
    "HXL_ATTRIBUTES",
    "HXL_HASHTAGS",
    "META_TAG",
    "Cell",
    "Column",
    "Kind",
    "csv_bytes",
    "hxl_tag_check",
    "xlsx_bytes",
]
