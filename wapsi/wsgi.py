"""WSGI entry point (gunicorn wapsi.wsgi)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wapsi.settings")

from wapsi.lib.env import ConfigError

try:
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
except ConfigError as exc:
    sys.stderr.write(f"wapsi: configuration error: {exc}\n")
    sys.exit(2)
