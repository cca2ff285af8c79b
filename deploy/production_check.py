"""The HTTP checks of deploy/production-check.sh: the app servers seen through a pretend load balancer.

Every request carries what a TLS-terminating load balancer adds (the site's Host, X-Forwarded-Proto:
https and an X-Forwarded-For hop), as the README's BEHIND_PROXY=1 expects. Cookies are carried by
hand: they are Secure, and these requests are plain HTTP on the loopback.

Usage: production_check.py --host NAME --user U --password P URL [URL ...]
Prints one "PASS  ..." or "FAIL  ..." line per check; exits 1 when any failed. Standard library only.
"""

from __future__ import annotations

import argparse
import http.client
import re
import sys
import urllib.parse

RESULTS: list[tuple[bool, str]] = []
# Wapsi's home page (templates/hub/home_page.html), whatever its language and text; Wagtail's
# placeholder page (left by migrate until `manage.py site_setup` runs) has neither.
HOME_MARKERS = (b'id="centres-heading"', b"/static/css/wapsi.")
PLACEHOLDER = b"Welcome to your new Wagtail site"


def check(ok: bool, what: str, detail: str = "") -> bool:
    RESULTS.append((ok, what))
    print(("PASS  " if ok else "FAIL  ") + what + ("" if ok or not detail else f" ({detail})"))
    return ok


class Client:
    def __init__(self, base: str, host: str) -> None:
        self.base = urllib.parse.urlsplit(base)
        self.host = host
        self.cookies: dict[str, str] = {}

    def request(
        self, path: str, data: dict[str, str] | None = None, referer: str | None = None
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        conn = http.client.HTTPConnection(self.base.hostname, self.base.port, timeout=60)
        headers = {
            "Host": self.host,
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": "203.0.113.7",
            "Accept-Language": "en",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if referer:
            headers["Referer"] = referer
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request("POST" if data is not None else "GET", path, body=body, headers=headers)
        response = conn.getresponse()
        content = response.read()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        conn.close()
        return response.status, response.headers, content


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--static", required=True, help="a hashed static path from the manifest")
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args()
    static_url = args.static

    for base in args.urls:
        c = Client(base, args.host)
        status, headers, _ = c.request("/")
        check(
            status == 302 and headers.get("Location", "").endswith("/en/"),
            f"{base}/ redirects to the reader's language",
            f"{status} {headers.get('Location')}",
        )
        for lang, marker in (("en", 'lang="en"'), ("ar", 'dir="rtl"')):
            status, headers, body = c.request(f"/{lang}/")
            check(
                status == 200 and marker in body.decode(errors="replace"),
                f"{base}/{lang}/ answers 200 with {marker}",
                f"{status}",
            )
            check(
                all(m in body for m in HOME_MARKERS) and PLACEHOLDER not in body,
                f"{base}/{lang}/ is Wapsi's home page, not Wagtail's placeholder",
                "placeholder page" if PLACEHOLDER in body else "no home page markers",
            )
            if lang == "en":
                check(
                    headers.get("Strict-Transport-Security", "").startswith("max-age="),
                    f"{base}/en/ is treated as HTTPS behind the proxy (HSTS header)",
                )
        status, _, body = c.request("/robots.txt")
        check(status == 200 and b"Sitemap" in body, f"{base}/robots.txt answers 200", f"{status}")
        status, _, _ = c.request("/en/search/?q=visa")
        check(status == 200, f"{base}/en/search/?q=visa answers 200", f"{status}")

    # A static file with a hashed name, compressed and cached for a year, from both servers.
    for base in args.urls:
        status, headers, _ = Client(base, args.host).request(static_url)
        cache = headers.get("Cache-Control", "")
        max_age = re.search(r"max-age=(\d+)", cache)
        check(
            status == 200 and max_age is not None and int(max_age.group(1)) >= 31536000,
            f"{base}{static_url} is served with a cache lifetime of a year or more",
            f"{status} Cache-Control: {cache!r}",
        )

    # A session begun on the first server is valid on the second.
    first, second = args.urls[0], args.urls[-1]
    login = f"https://{args.host}/admin/login/"
    c = Client(first, args.host)
    status, _, form = c.request("/admin/login/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form)
    signin_form = check(
        status == 200 and token is not None, f"{first}/admin/login/ shows the sign-in form"
    )
    if signin_form and token is not None:
        fields = {
            "csrfmiddlewaretoken": token.group(1).decode(),
            "username": args.user,
            "password": args.password,
            "next": "/admin/",
        }
        status, headers, _ = c.request("/admin/login/", fields, referer=login)
        check(
            status == 302 and "sessionid" in c.cookies,
            f"the administrator signs in on {first}",
            f"{status} {headers.get('Location')}",
        )
        other = Client(second, args.host)
        other.cookies = dict(c.cookies)
        status, headers, _ = other.request("/admin/")
        location = headers.get("Location", "")
        check(
            status in (200, 302) and "/login" not in location,
            f"the session begun on {first} is valid on {second}",
            f"{status} {location}",
        )
        status, headers, _ = Client(second, args.host).request("/admin/")
        check(
            status == 302 and "/login" in headers.get("Location", ""),
            f"without that session {second}/admin/ asks to sign in",
            f"{status} {headers.get('Location')}",
        )
    return 0 if all(ok for ok, _ in RESULTS) else 1


if __name__ == "__main__":
    sys.exit(main())
