"""The official HSDS 3.0 schemas, read from ../shared/standards/hsds-3.0/ beside the project,
for jsonschema: a referencing Registry of the local files under the addresses the
specification's openapi.json uses, so that no reference is ever fetched from the network."""

from __future__ import annotations

import functools
import gzip
import json
import uuid
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
OPENAPI = BASE + "openapi.json"


# A byte-for-byte copy (the compiled schemas gzipped) of ../shared/standards/hsds-3.0/, for a
# checkout that has no ../shared beside it. `test_the_copy_matches_the_standards` keeps it true.
COPY = Path(__file__).resolve().parent / "hsds-3.0"


def shared_dir() -> Path | None:
    """The first folder above the project that holds shared/standards/hsds-3.0, if any."""
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "standards" / "hsds-3.0"
        if (candidate / "service.json").is_file():
            return candidate
    return None


def standards_dir() -> Path:
    return shared_dir() or COPY


def schema_files(root: Path) -> dict[str, bytes]:
    """Every schema under `root`, by its path relative to it (without a .gz suffix)."""
    files: dict[str, bytes] = {}
    for path in [*root.glob("*.json"), *root.glob("compiled/*.json*")]:
        name = path.relative_to(root).as_posix()
        if name.endswith(".gz"):
            files[name.removesuffix(".gz")] = gzip.decompress(path.read_bytes())
        else:
            files[name] = path.read_bytes()
    return files


@functools.cache
def registry() -> Registry:
    resources = []
    for name, raw in schema_files(standards_dir()).items():
        document = json.loads(raw.decode("utf-8"))
        resources.append(
            (BASE + name, Resource.from_contents(document, default_specification=DRAFT202012))
        )
    return Registry().with_resources(resources)


@functools.cache
def openapi() -> dict[str, Any]:
    return json.loads(schema_files(standards_dir())["openapi.json"].decode("utf-8"))


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def response_validator(api_path: str) -> Draft202012Validator:
    """The validator of the 200 answer the HSDS API reference gives for GET `api_path`."""
    assert "get" in openapi()["paths"][api_path], api_path
    pointer = _pointer(
        "paths", api_path, "get", "responses", "200", "content", "application/json", "schema"
    )
    return Draft202012Validator(
        {"$ref": f"{OPENAPI}#/{pointer}"},
        registry=registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def schema_validator(name: str) -> Draft202012Validator:
    """The validator of one schema file, as in schema_validator("compiled/service.json")."""
    return Draft202012Validator(
        {"$ref": BASE + name},
        registry=registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def assert_valid(validator: Draft202012Validator, document: Any) -> None:
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:20]
    )


PAGE_KEYS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}


def assert_page(document: Any) -> None:
    """The Page envelope's fields are all there (the reference's schema requires none)."""
    assert set(document) == PAGE_KEYS, set(document) ^ PAGE_KEYS
    assert document["size"] == len(document["contents"])
    assert document["empty"] is (not document["contents"])


def nulls(value: Any, where: str = "") -> list[str]:
    """Where a null (or an empty list or object, absent values in disguise) appears."""
    if value is None:
        return [where or "/"]
    found = []
    if isinstance(value, dict):
        if not value:
            found.append(where or "/")
        for key, item in value.items():
            found += nulls(item, f"{where}/{key}")
    elif isinstance(value, list):
        if not value and not where.endswith("/contents"):
            found.append(where)
        for index, item in enumerate(value):
            found += nulls(item, f"{where}/{index}")
    return found


def ids(value: Any) -> list[str]:
    """Every identifier field's value: id and every *_id, anywhere in the document."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if (key == "id" or key.endswith("_id")) and isinstance(item, str):
                found.append(item)
            found += ids(item)
    elif isinstance(value, list):
        for item in value:
            found += ids(item)
    return found


def assert_uuids(value: Any) -> None:
    found = ids(value)
    assert found
    for identifier in found:
        assert str(uuid.UUID(identifier)) == identifier, identifier
