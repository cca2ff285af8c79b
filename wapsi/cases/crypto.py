"""Encryption at rest for the few contact details a client may give (Fernet, AES-128-CBC + HMAC).

Keys come from FIELD_ENCRYPTION_KEYS (comma-separated Fernet keys; the first encrypts, all
decrypt). To rotate: put a new key first, keep the old ones after it, run
`manage.py rotate_field_keys`, then drop the old keys.
"""

from __future__ import annotations

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


@lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key.encode()) for key in keys])


def _current() -> MultiFernet:
    return _fernet(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    if not text:
        return ""
    return _current().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return _current().decrypt(token.encode()).decode()
    except InvalidToken:
        return ""  # a key was dropped before rotation finished: the value is unreadable, not shown


def rotate(token: str) -> str:
    return _current().rotate(token.encode()).decode() if token else ""
