"""What keeps the read-only server safe to open in a browser: response headers, the hosts it
answers for, and which document URLs may become links.

The headers are sent by the server on every answer (uvicorn's default headers, and by
:mod:`ghatna.web.protocol` on uvicorn's own 400/408), errors included. Scripts and styles
come from the server itself only (``/static/``), nothing from elsewhere; no page may be framed.
"""

from __future__ import annotations

from urllib.parse import urlsplit

CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")

SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}

#: Names a browser on this machine uses for a server bound to a loopback address.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")

#: The only URL schemes a document link may have.
LINK_SCHEMES = ("http", "https")


def allowed_hosts(bound: str, extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Host header values to answer (DNS-rebinding guard): the local names, the address the
    server is bound to (unless it is a wildcard) and any given with ``--allow-host``
    (``*`` allows every host)."""
    hosts = list(LOCAL_HOSTS)
    if bound and bound not in ("0.0.0.0", "::", ""):
        hosts.append(bound)
        if ":" in bound and not bound.startswith("["):  # an IPv6 literal in a Host header
            hosts.append(f"[{bound}]")
    hosts.extend(h.strip().lower() for h in extra if h.strip())
    return list(dict.fromkeys(hosts))


def safe_link(url: str | None) -> str | None:
    """``url`` when it may be a link (an absolute http or https URL with a host), else None:
    a ``javascript:``, ``data:`` or relative URL from a document is shown as text, never
    followed."""
    if not url or any(ord(c) < 0x21 for c in url.strip()):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.netloc:
        return None
    return url.strip()
