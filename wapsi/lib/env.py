"""Typed readers for environment variables that fail loudly with one clear sentence.

Framework-free on purpose: the settings module imports this before Django is configured.
"""

from __future__ import annotations

import os


class ConfigError(Exception):
    """A configuration value is missing or malformed. The message is one line, for humans."""


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def read_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def read_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigError(f"{name}={raw!r} is not a yes/no value; use 1 or 0")


def read_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None


def read_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def redis_next_database(url: str) -> str:
    """The same Redis server's next database: ``redis://h:6379/2`` gives ``redis://h:6379/3``.

    A URL without a database number means database 0, so its next one is 1. Query strings
    (``?ssl_cert_reqs=…``) are kept; a unix socket URL carries its number as ``?db=``.
    """
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.scheme == "unix":  # unix:///run/redis.sock?db=N
        from urllib.parse import parse_qsl, urlencode

        query = dict(parse_qsl(parts.query))
        query["db"] = str(int(query.get("db", "0")) + 1)
        return f"unix://{parts.path}?{urlencode(query)}"
    path = parts.path.strip("/")
    if path and not path.isdigit():
        raise ConfigError(f"REDIS_URL's database {path!r} is not a number")
    number = int(path) if path else 0
    return urlunsplit(parts._replace(path=f"/{number + 1}"))
