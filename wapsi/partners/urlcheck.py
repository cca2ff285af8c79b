"""Where webhooks may go: http(s) only, and never into the server's own networks.

A subscription URL whose host resolves to a private, loopback, link-local, multicast or
reserved address is refused (server-side request forgery), unless PARTNERS_ALLOW_LOOPBACK is
on (development and tests, with a receiver on 127.0.0.1). The address is checked again just
before each delivery, so a name that later resolves inward is refused then too.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _


class UnsafeUrl(ValueError):
    """The URL may not receive webhooks; the message says why, for the partner."""


def _blocked(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return bool(
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def webhook_url_check(url: str) -> str:
    """The URL, checked; raises UnsafeUrl when it may not receive webhooks."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise UnsafeUrl(_("This is not a valid URL.")) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeUrl(_("The URL must start with http:// or https:// and name a host."))
    if parts.username or parts.password:
        raise UnsafeUrl(_("The URL may not hold a user name or password."))
    if getattr(settings, "PARTNERS_ALLOW_LOOPBACK", False):
        return url
    try:
        found = socket.getaddrinfo(parts.hostname, port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        raise UnsafeUrl(_("The URL's host name does not resolve.")) from None
    if any(_blocked(str(info[4][0])) for info in found):
        raise UnsafeUrl(
            _("The URL points at a private, loopback or link-local address, which is refused.")
        )
    return url
