"""The S3_* variables: all or none, and without them media stay on the filesystem as before."""

from __future__ import annotations

import pytest

from wapsi.infra.tests.conftest import settings_with
from wapsi.lib.env import ConfigError

FULL = {
    "S3_ENDPOINT_URL": "https://s3.example.org",
    "S3_BUCKET": "wapsi-media",
    "S3_PRIVATE_BUCKET": "wapsi-voices",
    "S3_ACCESS_KEY_ID": "key",
    "S3_SECRET_ACCESS_KEY": "secret",
}


def test_without_s3_settings_media_stay_in_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*FULL, "S3_REGION", "S3_PUBLIC_URL"):
        monkeypatch.delenv(name, raising=False)
    values = settings_with(monkeypatch, {})
    assert not values["S3_ENABLED"]
    assert values["STORAGES"]["default"] == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }
    assert values["STORAGES"]["voices"] == {"BACKEND": "wapsi.voices.storage.VoicesStorage"}


def test_full_s3_settings_give_a_public_and_a_private_bucket(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    values = settings_with(monkeypatch, {**FULL, "S3_PUBLIC_URL": "https://media.example.org/"})
    public, private = values["STORAGES"]["default"], values["STORAGES"]["voices"]
    assert public["BACKEND"] == "storages.backends.s3.S3Storage"
    assert public["OPTIONS"]["bucket_name"] == "wapsi-media"
    assert public["OPTIONS"]["querystring_auth"] is False
    assert public["OPTIONS"]["custom_domain"] == "media.example.org"
    assert public["OPTIONS"]["region_name"] == "us-east-1"
    assert private["BACKEND"] == "wapsi.infra.storage.PrivateS3Storage"
    assert private["OPTIONS"]["bucket_name"] == "wapsi-voices"
    assert "custom_domain" not in private["OPTIONS"]


@pytest.mark.parametrize("missing", sorted(FULL))
def test_partial_s3_settings_are_refused_naming_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    partial = {name: value for name, value in FULL.items() if name != missing}
    monkeypatch.delenv(missing, raising=False)
    with pytest.raises(ConfigError, match=f"only partly configured: {missing} not set"):
        settings_with(monkeypatch, partial)


def test_a_region_alone_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in FULL:
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigError, match="only partly configured"):
        settings_with(monkeypatch, {"S3_REGION": "eu-west-1"})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"S3_PRIVATE_BUCKET": "wapsi-media"}, "must differ from S3_BUCKET"),
        ({"S3_ENDPOINT_URL": "s3.example.org"}, "S3_ENDPOINT_URL must start with"),
        ({"S3_PUBLIC_URL": "media.example.org"}, "S3_PUBLIC_URL must look like"),
    ],
)
def test_unsafe_or_malformed_s3_settings_are_refused(
    monkeypatch: pytest.MonkeyPatch, change: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        settings_with(monkeypatch, {**FULL, **change})
