"""A real S3-compatible server for the object-store tests: moto's standalone server, started
once per run on a loopback port and reached over HTTP by boto3 and django-storages.

`s3` (per test) makes two fresh buckets and points STORAGES at them exactly as the settings
module does from the S3_* environment variables, so the settings code is what is tested.
"""

from __future__ import annotations

import json
import os
import runpy
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest

PORTS = range(55100, 55200)  # this project's block of loopback ports for test servers
SETTINGS_FILE = Path(__file__).resolve().parents[2] / "settings.py"
KEY_ID, SECRET = "wapsi-test", "wapsi-test-secret"  # moto accepts any keys


def _free_port() -> int:
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free loopback port in {PORTS.start}-{PORTS.stop - 1}")


def _wait_until_up(url: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"moto.server exited with {server.returncode}")
        try:
            urllib.request.urlopen(f"{url}/moto-api/", timeout=2).close()  # noqa: S310 - loopback
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"moto.server did not answer on {url} within {seconds:.0f} s")


@pytest.fixture(scope="session")
def s3_server() -> Iterator[str]:
    """The endpoint URL of a running S3-compatible server. Never skipped: without it the
    object-store tests fail, as they must in CI."""
    for _attempt in range(5):  # another run may take the port between the probe and the bind
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "MOTO_ALLOW_NONEXISTENT_REGION": "true"},
        )
        try:
            _wait_until_up(url, server)
        except RuntimeError:
            server.kill()
            server.wait()
            continue
        try:
            yield url
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        return
    raise RuntimeError("moto.server could not be started on any port in the project's range")


def public_read(bucket: str) -> dict[str, Any]:
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/*",
            }
        ],
    }


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
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        aws_access_key_id=KEY_ID,
        aws_secret_access_key=SECRET,
        region_name="us-east-1",
    )
    suffix = uuid.uuid4().hex[:12]
    store = S3(s3_server, f"media-{suffix}", f"voices-{suffix}", client)
    for bucket in (store.bucket, store.private_bucket):
        client.create_bucket(Bucket=bucket)
    # As the README asks of a deployment: anyone may read the public bucket, no one the other.
    client.put_bucket_policy(Bucket=store.bucket, Policy=json.dumps(public_read(store.bucket)))
    configured = settings_with(monkeypatch, store.environment())
    assert configured["S3_ENABLED"]
    settings.STORAGES = {
        **settings.STORAGES,
        "default": configured["STORAGES"]["default"],
        "voices": configured["STORAGES"]["voices"],
    }
    return store
