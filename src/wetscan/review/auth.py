"""Who is reviewing: accounts with hashed passwords, browser sessions, and CSRF tokens.

* **Local mode** (no account in the store): the workspace only listens on the loopback address
  and every browser session reviews as the configured local reviewer (the OS user by default).
* **Login mode** (at least one account, ``wetscan review user add``): every page needs a login;
  this is the only mode that may listen on a non-local address.

Passwords are stored as ``scrypt$n$r$p$salt$hash`` (``hashlib.scrypt``). Every login attempt costs
one scrypt, for a known name or not (an unknown name is checked against a dummy hash), so the time
of an answer does not tell which names have accounts.

Sessions carry the mode they were made in, and a session of the other mode is ended, never
carried over (a local-mode cookie gives no access once accounts exist, whatever its reviewer):

* A **logged-in session** is a row in the store, made only by a successful login: a random token
  in the cookie, of which the store keeps the SHA-256, with the reviewer, the mode and the CSRF token.
* Every other session — a local-mode visitor, or an anonymous one on the login page — is
  **signed**, not stored: its token holds the mode, the time it was issued and a random part,
  sealed with an HMAC under a key that lives only as long as the server process; its CSRF token is
  derived from the token by the same key. A stranger's request therefore writes nothing to the store.

Every state-changing request must carry the session's CSRF token (form field ``csrf_token`` or
header ``X-CSRF-Token``), which a page on another site cannot read.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

import sqlalchemy as sa

from wetscan.i18n import _
from wetscan.review import schema
from wetscan.review.db import now
from wetscan.review.store import ReviewError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SESSION_LIFETIME = timedelta(hours=12)
MIN_PASSWORD_LENGTH = 10
LOCAL_HOSTS = ("localhost",)
LOCAL, LOGIN = "local", "login"
MAX_TOKEN_LENGTH = 100


@dataclass(frozen=True)
class Session:
    token: str
    reviewer: str | None
    csrf_token: str
    mode: str
    stored: bool = False
    is_new: bool = False


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    encode = lambda raw: base64.b64encode(raw).decode("ascii")  # noqa: E731
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt)}${encode(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        method, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if method != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(
        password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
    )
    return hmac.compare_digest(actual, expected)


def add_user(connection: sa.Connection, name: str, password: str) -> None:
    """Create an account, or set a new password for an existing one."""
    name = name.strip()
    if not name:
        raise ReviewError(_("a reviewer name may not be empty"))
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ReviewError(_("a password needs at least {n} characters").format(n=MIN_PASSWORD_LENGTH))
    u = schema.user
    hashed = hash_password(password)
    if connection.execute(sa.select(u.c.id).where(u.c.name == name)).first():
        connection.execute(u.update().where(u.c.name == name).values(password_hash=hashed))
    else:
        connection.execute(u.insert().values(name=name, password_hash=hashed, created_at=now()))


def login_configured(connection: sa.Connection) -> bool:
    return connection.execute(sa.select(sa.func.count()).select_from(schema.user)).scalar_one() > 0


def is_account(connection: sa.Connection, name: str) -> bool:
    return connection.execute(sa.select(schema.user.c.id).where(schema.user.c.name == name)).first() is not None


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash no password matches, made like an account's: what an unknown name is checked against."""
    return hash_password(secrets.token_urlsafe(16))


def authenticate(connection: sa.Connection, name: str, password: str) -> str | None:
    """The account name when ``password`` is right, else None; one scrypt with the account's
    parameters either way, so that an unknown name is not rejected any faster."""
    stored = connection.execute(sa.select(schema.user.c.password_hash).where(schema.user.c.name == name)).scalar()
    matches = verify_password(password, stored or _dummy_hash())
    return name if stored is not None and matches else None


def is_local_host(host: str) -> bool:
    """True for a loopback address or name: the only kind of bind allowed without a login."""
    if host in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def new_session(connection: sa.Connection, reviewer: str, mode: str = LOGIN) -> Session:
    """Store a session for ``reviewer`` (after a login) and drop expired ones."""
    s = schema.web_session
    connection.execute(s.delete().where(s.c.expires_at < now()))
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    expires = (datetime.now(timezone.utc) + SESSION_LIFETIME).isoformat(timespec="microseconds")
    connection.execute(
        s.insert().values(
            token_sha256=_token_hash(token), reviewer=reviewer, mode=mode, csrf_token=csrf, expires_at=expires
        )
    )
    return Session(token=token, reviewer=reviewer, csrf_token=csrf, mode=mode, stored=True, is_new=True)


def find_session(connection: sa.Connection, token: str | None) -> Session | None:
    """The stored session of ``token``, if it has not expired."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    s = schema.web_session
    row = connection.execute(
        sa.select(s.c.reviewer, s.c.mode, s.c.csrf_token).where(
            s.c.token_sha256 == _token_hash(token), s.c.expires_at >= now()
        )
    ).first()
    if row is None:
        return None
    return Session(token=token, reviewer=row.reviewer, csrf_token=row.csrf_token, mode=row.mode, stored=True)


def end_session(connection: sa.Connection, token: str) -> None:
    connection.execute(schema.web_session.delete().where(schema.web_session.c.token_sha256 == _token_hash(token)))


def _seal(key: bytes, payload: str) -> str:
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def signed_session(key: bytes, mode: str, reviewer: str | None) -> Session:
    """A new unstored session of ``mode`` (see the module docstring), sealed with ``key``."""
    payload = f"{mode}.{int(time.time())}.{secrets.token_urlsafe(16)}"
    token = f"{payload}.{_seal(key, payload)}"
    return Session(token=token, reviewer=reviewer, csrf_token=_seal(key, "csrf:" + token), mode=mode, is_new=True)


def check_signed_session(key: bytes, token: str | None, mode: str, reviewer: str | None) -> Session | None:
    """The signed session of ``token`` when ``key`` sealed it, it is of ``mode`` and not expired."""
    if not token or len(token) > MAX_TOKEN_LENGTH or token.count(".") != 3:
        return None
    payload, seal = token.rsplit(".", 1)
    made_in, issued, _random = payload.split(".")
    if not hmac.compare_digest(seal, _seal(key, payload)) or made_in != mode or not issued.isdigit():
        return None
    if time.time() - int(issued) > SESSION_LIFETIME.total_seconds():
        return None
    return Session(token=token, reviewer=reviewer, csrf_token=_seal(key, "csrf:" + token), mode=mode)


def csrf_ok(session: Session | None, supplied: str | None) -> bool:
    return bool(session and supplied and hmac.compare_digest(session.csrf_token, supplied))
