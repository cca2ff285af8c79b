"""Two app servers and a worker, as the README's "Running in production" section runs them.

One database of the test's own (a SQLite file, or a fresh database on the PostgreSQL server the
suite runs on), production settings (DEBUG off, collected static files), two gunicorn servers on
127.0.0.1 and one `manage.py db_worker`. With REDIS_URL set (CI's PostgreSQL pass) the shared
state is in the real redis-server; without it, in the file caches of one machine. Media are in
an S3-compatible object store (moto's standalone server, reached over HTTP), in two buckets of
the test's own: public media, and the private one for testimony media.

What must hold across the two servers: both answer; a session begun on one is valid on the
other; a rate limit counted on one holds on the other; a publish purges the page cache of
both; an upload through one is cleaned by the worker, kept in the object store and served by
the other.
"""

from __future__ import annotations

import http.cookiejar
import io
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wapsi.infra.tests.s3server import KEY_ID, SECRET, buckets_create, s3_server

__all__ = ["s3_server"]  # the session fixture this module's `site` needs
ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
DEMO_PASSWORD = "wapsi-demo-2026"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _manage(env: dict[str, str], *args: str, timeout: int = 600) -> str:
    result = subprocess.run(
        [PY, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


class Site:
    """The two servers' base URLs and the environment they run with."""

    def __init__(self, env: dict[str, str], ports: list[int], s3: Any) -> None:
        self.env = env
        self.urls = [f"http://127.0.0.1:{port}" for port in ports]
        self.s3 = s3  # a boto3 client on the object store the servers use

    def objects(self, bucket: str) -> list[str]:
        listing = self.s3.list_objects_v2(Bucket=bucket)
        return sorted(item["Key"] for item in listing.get("Contents", []))

    def shell(self, code: str) -> str:
        return _manage(self.env, "shell", "-c", code).strip().splitlines()[-1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _opener(jar: http.cookiejar.CookieJar | None = None) -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        NoRedirect,
        urllib.request.HTTPCookieProcessor(jar if jar is not None else http.cookiejar.CookieJar()),
    )


def _fetch(
    opener: urllib.request.OpenerDirector,
    url: str,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})  # noqa: S310 (http on loopback)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode(errors="replace")


def _csrf(body: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    assert match, "the form carries a CSRF token"
    return match.group(1)


def _wait_until_up(url: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            pytest.fail(f"{url} exited: " + (proc.stderr.read().decode() if proc.stderr else ""))
        try:
            urllib.request.urlopen(url + "/robots.txt", timeout=2)  # noqa: S310
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"{url} did not start")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, s3_server: str) -> Iterator[Site]:
    var = tmp_path_factory.mktemp("two-servers")
    s3, media, voices = buckets_create(s3_server, "two-")
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_VERSION"}
    env |= {
        "DEBUG": "0",
        "SECRET_KEY": "two-servers-test-secret-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "HTTPS": "0",
        "FIELD_ENCRYPTION_KEYS": "k3S8Qn1m4bZL7x2cV9pT0yR5wE6uJ8hG1fD3sA7qW0o=",
        "TASKS_BACKEND": "database",
        "PYTHONPATH": str(ROOT),
        "WAPSI_VAR_DIR": str(var / "var"),
        "STATIC_ROOT": str(var / "static"),
        "MEDIA_ROOT": str(var / "media"),
        "VOICES_MEDIA_ROOT": str(var / "voices"),
        "LOG_LEVEL": "WARNING",
        "S3_ENDPOINT_URL": s3_server,
        "S3_BUCKET": media,
        "S3_PRIVATE_BUCKET": voices,
        "S3_ACCESS_KEY_ID": KEY_ID,
        "S3_SECRET_ACCESS_KEY": SECRET,
        "S3_REGION": "us-east-1",
    }
    server = os.environ.get("DATABASE_URL", "")
    name = f"wapsi_two_{uuid.uuid4().hex[:8]}"
    if server.startswith("postgres"):
        import psycopg

        admin_url = server.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        env["DATABASE_URL"] = server.rsplit("/", 1)[0] + f"/{name}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{var / 'two.sqlite3'}"
    if env.get("REDIS_URL"):
        # A Redis database of this test's own, so the suite's keys and these never meet.
        env["REDIS_URL"] = env["REDIS_URL"].rsplit("/", 1)[0] + "/6"
        env.pop("PAGES_REDIS_URL", None)
        import redis

        for db in (6, 7):
            redis.Redis.from_url(env["REDIS_URL"].rsplit("/", 1)[0] + f"/{db}").flushdb()
    _manage(env, "migrate", "--noinput", "--verbosity", "0")
    _manage({**env, "DEBUG": "1"}, "load_demo", "--allow-production")
    _manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    ports = [_free_port(), _free_port()]
    procs: list[subprocess.Popen[bytes]] = []
    try:
        for port in ports:
            proc = subprocess.Popen(
                [GUNICORN, "wapsi.wsgi", "-b", f"127.0.0.1:{port}", "-w", "2"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            procs.append(proc)
            _wait_until_up(f"http://127.0.0.1:{port}", proc)
        procs.append(
            subprocess.Popen(
                [PY, str(ROOT / "manage.py"), "db_worker", "--interval", "0.2"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        yield Site(env, ports, s3)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        if server.startswith("postgres"):
            import psycopg

            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_both_servers_answer_every_language(site: Site) -> None:
    opener = _opener()
    for base in site.urls:
        for lang in ("en", "ar"):
            status, _headers, body = _fetch(opener, f"{base}/{lang}/")
            assert status == 200
            assert f'lang="{lang}"' in body


def test_a_session_begun_on_one_server_is_valid_on_the_other(site: Site) -> None:
    jar = http.cookiejar.CookieJar()
    opener = _opener(jar)
    first, second = site.urls
    _status, _headers, form = _fetch(opener, f"{first}/admin/login/")
    body = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": _csrf(form),
            "username": "government_viewer",
            "password": DEMO_PASSWORD,
            "next": "/staff/",
        }
    ).encode()
    status, headers, _ = _fetch(
        opener, f"{first}/admin/login/", body, {"Referer": f"{first}/admin/login/"}
    )
    assert status == 302, "signed in on the first server"
    assert any(cookie.name == "sessionid" for cookie in jar)
    # Cookies are per host, not per port: the same jar is sent to the second server.
    status, headers, page = _fetch(opener, f"{second}/staff/")
    assert status == 200, headers.get("Location")
    assert "government_viewer" in page or "sign-out" in page
    anonymous = _opener()
    status, headers, _ = _fetch(anonymous, f"{second}/staff/")
    assert status == 302 and "login" in headers["Location"], "without the session: sign in"


def test_a_rate_limit_counted_on_one_server_holds_on_the_other(site: Site) -> None:
    from wapsi.hub.feedback import RATE_LIMIT

    page_id = site.shell(
        "from wapsi.hub.models import TopicPage; print(TopicPage.objects.live().first().pk)"
    )
    outcomes = []
    for n in range(RATE_LIMIT + 2):
        base = site.urls[n % 2]
        data = urllib.parse.urlencode({"useful": "yes", "next": "/en/"}).encode()
        status, headers, _ = _fetch(
            _opener(), f"{base}/en/feedback/{page_id}/", data, {"User-Agent": "two-servers"}
        )
        assert status in (302, 429), status
        outcomes.append(status == 302 and "thanks" in headers.get("Location", ""))
    assert outcomes.count(True) == RATE_LIMIT, outcomes
    assert outcomes[RATE_LIMIT:] == [False, False]


def test_a_publish_purges_the_page_cache_of_both_servers(site: Site) -> None:
    path = site.shell(
        "from wapsi.hub.models import TopicPage; "
        "p = TopicPage.objects.live().filter(locale__language_code='en').first(); "
        "print(p.get_url())"
    )
    opener = _opener()
    for base in site.urls:  # fill both servers' view of the page cache
        for _ in range(2):
            status, _h, body = _fetch(opener, base + path)
            assert status == 200
    marker = f"Checked by two servers {uuid.uuid4().hex[:6]}"
    site.shell(
        "from wapsi.hub.models import TopicPage; "
        "p = TopicPage.objects.live().filter(locale__language_code='en').first().specific; "
        f"p.title = {marker!r}; p.save_revision().publish()"
    )
    for base in site.urls:
        _status, _h, body = _fetch(opener, base + path)
        assert marker in body, f"{base} still serves the cached page"


def test_an_upload_through_one_server_is_cleaned_by_the_worker_and_served_by_the_other(
    site: Site,
) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    Image.new("RGB", (64, 48), (10, 120, 200)).save(buffer, "JPEG", exif=exif)
    jar = http.cookiejar.CookieJar()
    opener = _opener(jar)
    base = site.urls[1]
    _status, _h, form = _fetch(opener, f"{base}/en/stories/share/")
    purposes = sorted(set(re.findall(r'name="(consent_[a-z_]+)"', form)))
    assert purposes, "the story form asks for consent"
    title = f"Two servers {uuid.uuid4().hex[:6]}"
    fields = {
        "csrfmiddlewaretoken": _csrf(form),
        "title": title,
        "text": "We walked for nine nights. Now I drive a taxi.",
        "language": "en",
        "country": "PK",
        **dict.fromkeys(purposes, "yes"),
    }
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="media"; filename="h.jpg"\r\n'
        "Content-Type: image/jpeg\r\n\r\n".encode()
        + buffer.getvalue()
        + b"\r\n"
    )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    status, _h, page = _fetch(
        opener,
        f"{base}/en/stories/share/",
        body,
        {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Referer": f"{base}/en/stories/share/",
        },
    )
    assert status == 200, page[-2000:]
    state = ""
    for _ in range(150):  # the worker polls every 0.2 s; allow it 30 s
        state = site.shell(
            "from wapsi.voices.models import Story; "
            f"print(Story.objects.get(title={title!r}).media_state)"
        )
        if state == "ready":
            break
        time.sleep(0.2)
    assert state == "ready", "the worker cleaned the upload"
    stored = site.shell(
        "from wapsi.voices.models import Story; "
        f"s = Story.objects.get(title={title!r}); print(b'PhoneMaker' in s.media.read())"
    )
    assert stored == "False", "stored without the camera's metadata"
    # In the private bucket of the object store, not on either server's disk, and the
    # quarantined upload is gone.
    name = site.shell(
        "from wapsi.voices.models import Story; "
        f"print(Story.objects.get(title={title!r}).media.name)"
    )
    voices = site.env["S3_PRIVATE_BUCKET"]
    assert name in site.objects(voices)
    assert not [key for key in site.objects(voices) if key.startswith("incoming/")]
    assert not (Path(site.env["VOICES_MEDIA_ROOT"]) / name).exists()
    # Published (as two moderators would), the cleaned photo is streamed by the other server
    # through the view that checks consent.
    reference = site.shell(
        "from django.utils import timezone; from wapsi.voices.models import Story; "
        "from django.contrib.auth import get_user_model; "
        "m = get_user_model().objects.get(username='testimony_moderator'); "
        f"s = Story.objects.get(title={title!r}); "
        "Story.objects.filter(pk=s.pk).update(status='published', public_text=s.text, "
        "redacted_by=m, published_at=timezone.now()); print(s.reference)"
    )
    with urllib.request.urlopen(  # noqa: S310 - loopback
        f"{site.urls[0]}/en/stories/{reference}/media", timeout=10
    ) as response:
        assert response.status == 200
        assert response.headers.get("Content-Type", "").startswith("image/jpeg")
        served = response.read()
    assert served[:3] == b"\xff\xd8\xff" and b"PhoneMaker" not in served
    assert served == site.s3.get_object(Bucket=voices, Key=name)["Body"].read()
