"""ASGI entry point."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wapsi.settings")

from wapsi.lib.env import ConfigError

try:
    from django.core.asgi import get_asgi_application

    application = get_asgi_application()
except ConfigError as exc:
    sys.stderr.write(f"wapsi: configuration error: {exc}\n")
    sys.exit(2)
