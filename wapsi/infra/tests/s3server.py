"""A real S3-compatible server for tests: moto's standalone server, started once per run on a
loopback port and reached over HTTP (never an in-process mock). Used by the object-store tests
(wapsi/infra/tests) and the two-server test (wapsi/tests/test_two_servers.py)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from typing import Any

import boto3
import pytest

PORTS = range(55100, 55200)  # this project's block of loopback ports for test servers
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


def buckets_create(endpoint: str, prefix: str) -> tuple[Any, str, str]:
    """A boto3 client on `endpoint` and two fresh buckets: public media (anyone may read, as
    the README asks of a deployment) and the private one for testimony media."""
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id=KEY_ID,
        aws_secret_access_key=SECRET,
        region_name="us-east-1",
    )
    suffix = uuid.uuid4().hex[:12]
    public, private = f"{prefix}media-{suffix}", f"{prefix}voices-{suffix}"
    for bucket in (public, private):
        client.create_bucket(Bucket=bucket)
    client.put_bucket_policy(Bucket=public, Policy=json.dumps(public_read(public)))
    return client, public, private
