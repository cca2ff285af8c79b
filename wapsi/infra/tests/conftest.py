"""A real S3-compatible server for the object-store tests: moto's standalone server, started
once per run on a loopback port and reached over HTTP by boto3 and django-storages.

`s3` (per test) makes two fresh buckets and points STORAGES at them exactly as the settings
module does from the S3_* environment variables, so the settings code is what is tested.
"""

from __future__ import annotations

import runpy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from wapsi.infra.tests.s3server import KEY_ID, SECRET, buckets_create, s3_server

SETTINGS_FILE = Path(__file__).resolve().parents[2] / "settings.py"

__all__ = ["s3_server"]  # the session fixture, shared with the two-server test


@dataclass
class S3:
    endpoint: str
    bucket: str  # public media
    private_bucket: str  # testimony media
    client: Any  # a boto3 S3 client on the same server

    def names(self, bucket: str) -> list[str]:
        listing = self.client.list_objects_v2(Bucket=bucket)
        return sorted(item["Key"] for item in listing.get("Contents", []))

    def read(self, bucket: str, name: str) -> bytes:
        body: bytes = self.client.get_object(Bucket=bucket, Key=name)["Body"].read()
        return body

    def environment(self) -> dict[str, str]:
        return {
            "S3_ENDPOINT_URL": self.endpoint,
            "S3_BUCKET": self.bucket,
            "S3_PRIVATE_BUCKET": self.private_bucket,
            "S3_ACCESS_KEY_ID": KEY_ID,
            "S3_SECRET_ACCESS_KEY": SECRET,
        }


def settings_with(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]) -> dict[str, Any]:
    """The settings module's values under these environment variables (read afresh)."""
    with monkeypatch.context() as patch:
        for name, value in environment.items():
            patch.setenv(name, value)
        return runpy.run_path(str(SETTINGS_FILE))


@pytest.fixture
def s3(s3_server: str, settings: Any, monkeypatch: pytest.MonkeyPatch) -> S3:
    client, public, private = buckets_create(s3_server, "")
    store = S3(s3_server, public, private, client)
    configured = settings_with(monkeypatch, store.environment())
    assert configured["S3_ENABLED"]
    settings.STORAGES = {
        **settings.STORAGES,
        "default": configured["STORAGES"]["default"],
        "voices": configured["STORAGES"]["voices"],
    }
    return store
