"""Page images are served as bounded WebP renditions with srcset and lazy loading."""

from __future__ import annotations

import io

import pytest
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.images.models import Image

from wapsi.hub.tests.factories import topic

pytestmark = pytest.mark.django_db


def test_page_image_is_a_lazy_webp_srcset(
    client: Client, settings: object, tmp_path: object
) -> None:
    settings.MEDIA_ROOT = str(tmp_path)
    buffer = io.BytesIO()
    PILImage.new("RGB", (2000, 1200), (10, 90, 80)).save(buffer, format="JPEG")
    image = Image.objects.create(title="Centre", file=ImageFile(buffer, name="centre.jpg"))
    topic(title="With image", slug="with-image", image=image)
    body = client.get("/en/with-image/").content.decode()
    assert 'loading="lazy"' in body
    assert "srcset=" in body
    assert ".webp 360w" in body and ".webp 720w" in body
    assert "centre.jpg" not in body  # the 2000-pixel original is never sent
