"""Public media in the S3-compatible store: uploads land in the public bucket, and the URLs the
pages give are served by the store itself."""

from __future__ import annotations

import io
import re
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from wapsi.infra.tests.conftest import S3

pytestmark = pytest.mark.django_db


def fetch(url: str) -> bytes:
    assert url.startswith("http://127.0.0.1:"), url  # the test server, never the internet
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
        body: bytes = response.read()
    return body


def test_an_uploaded_image_lands_in_the_public_bucket_and_its_rendition_is_served(
    s3: S3, client: Client
) -> None:
    from wapsi.hub.tests.factories import topic

    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 800), (10, 90, 80)).save(buffer, format="JPEG")
    image = Image.objects.create(title="Centre", file=ImageFile(buffer, name="centre.jpg"))
    assert s3.names(s3.bucket) == ["original_images/centre.jpg"]
    assert s3.names(s3.private_bucket) == []

    topic(title="With image", slug="with-image", image=image)
    body = client.get("/en/with-image/").content.decode()
    urls = re.findall(r'src="([^"]+\.webp)"', body)
    assert urls, "the page shows a rendition"
    assert all(url.startswith(f"{s3.endpoint}/{s3.bucket}/images/") for url in urls)
    served = fetch(urls[0])
    assert served[:4] == b"RIFF" and served[8:12] == b"WEBP"
    assert any(name.endswith(".webp") for name in s3.names(s3.bucket))


def test_a_document_is_stored_in_the_bucket_and_served(s3: S3, client: Client) -> None:
    document = Document.objects.create(
        title="Leaflet", file=ContentFile(b"%PDF-1.4 a leaflet", name="leaflet.pdf")
    )
    assert s3.names(s3.bucket) == ["documents/leaflet.pdf"]
    response = client.get(document.url)
    if response.status_code == 302:  # Wagtail sends readers to the store's own URL
        assert fetch(response["Location"]) == b"%PDF-1.4 a leaflet"
    else:
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"%PDF-1.4 a leaflet"


def test_a_study_pdf_is_linked_from_the_public_bucket(s3: S3, client: Client) -> None:
    from wapsi.evidence.tests.factories import StudyFactory

    study = StudyFactory(pdf=ContentFile(b"%PDF-1.4 the study", name="returns.pdf"))
    assert s3.names(s3.bucket) == ["evidence/studies/returns.pdf"]
    body = client.get(f"/en/evidence/studies/{study.slug}/").content.decode()
    link = f"{s3.endpoint}/{s3.bucket}/evidence/studies/returns.pdf"
    assert link in body
    assert fetch(link) == b"%PDF-1.4 the study"


def test_a_progress_evidence_file_goes_to_the_public_bucket(s3: S3) -> None:
    from wapsi.roadmap.models import ProgressUpdate

    update = ProgressUpdate()
    update.evidence_file.save("minutes.pdf", ContentFile(b"%PDF-1.4 minutes"), save=False)
    assert s3.names(s3.bucket) == ["roadmap/progress/minutes.pdf"]
    assert fetch(update.evidence_file.url) == b"%PDF-1.4 minutes"
