"""Fetching a URL without letting a feed or a page point us somewhere we should not go.

Only http and https; every host (the first and each redirect hop) is resolved and refused when any of its
addresses is private, loopback, link-local, multicast or reserved, unless the caller allows private addresses;
after connecting, the peer address is checked again (a DNS answer that changed in between is caught before the
body is read). Redirects are followed by hand so that each hop is checked and loops are named. The body is
read as a stream and cut at `max_bytes`; `timeout` bounds each network wait and the whole fetch. Proxy settings
from the environment are ignored on purpose: the peer check must see the real server.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import Message
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from eventledger import __version__
from eventledger.limits import MAX_DECOMPRESSION_RATIO, MAX_HTTP_BYTES, MAX_REDIRECTS, RATIO_FREE_BYTES
from eventledger.sources.errors import FetchError

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"eventledger/{__version__} (news reader; +https://github.com/eventledger/eventledger)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# True allows every private address; a collection allows only those addresses (a test server, one intranet host).
AllowPrivate = bool | Collection[str]


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # the final URL, after redirects
    status: int  # 200, or 304 for a conditional request the server answered "not modified"
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names
    redirects: tuple[str, ...] = ()  # the URLs that redirected, in order

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        """The body decoded with the charset the server declared (UTF-8 otherwise); bad bytes become U+FFFD."""
        message = Message()
        message["content-type"] = self.headers.get("content-type", "")
        charset = message.get_param("charset") or "utf-8"
        try:
            return self.content.decode(str(charset), errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")


def fetch(
    url: str,
    *,
    allow_private: AllowPrivate = False,
    max_bytes: int = MAX_HTTP_BYTES,
    timeout: float = 20,
    max_redirects: int = MAX_REDIRECTS,
    headers: dict[str, str] | None = None,
) -> FetchResult:
    """GET `url` safely. Raises FetchError naming the URL: refused address, HTTP error status, timeout, too big,
    redirect loop. A 304 answer (to If-None-Match / If-Modified-Since in `headers`) is returned, not raised."""
    import httpx  # 0.1 s to import: only when something is fetched

    deadline = time.monotonic() + timeout
    request_headers = {"user-agent": USER_AGENT, **(headers or {})}
    current, hops = url, []
    with httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=False) as client:
        while True:
            check_url(current, allow_private=allow_private, name=url)
            try:
                with client.stream("GET", current, headers=request_headers) as response:
                    if allow_private is not True:
                        _check_peer(response, url, allow_private or ())
                    location = response.headers.get("location")
                    if response.status_code in _REDIRECTS and location:
                        target = str(httpx.URL(current).join(location))
                        hops.append(current)
                        if target in hops:
                            chain = " -> ".join([*hops, target])
                            raise FetchError(url, f"redirect loop: {chain}", response.status_code)
                        if len(hops) > max_redirects:
                            raise FetchError(url, f"too many redirects (more than {max_redirects})")
                        current = target
                        continue
                    if response.status_code >= 400:
                        reason = response.reason_phrase or ""
                        wait = retry_after(response.headers.get("retry-after"))
                        problem = f"HTTP {response.status_code} {reason}".strip() + (f" (retry after {wait:g} s)" if wait else "")
                        raise FetchError(url, problem, response.status_code, wait)
                    content = _read_limited(response, url, max_bytes, deadline, timeout)
                    return FetchResult(
                        url=current,
                        status=response.status_code,
                        content=content,
                        headers={k.lower(): v for k, v in response.headers.items()},
                        redirects=tuple(hops),
                    )
            except httpx.TimeoutException:
                raise FetchError(url, f"timed out after {timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchError(url, f"{type(exc).__name__}: {exc}") from None


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def check_url(url: str, *, allow_private: AllowPrivate = False, name: str | None = None) -> None:
    """Refuse non-http(s) URLs and, unless `allow_private`, hosts that resolve to non-public addresses (any one of
    them: a name answering both a public and a private address is refused)."""
    name = name or url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(name, f"only http and https URLs are fetched, not {parts.scheme or 'a relative URL'!r}")
    host = parts.hostname
    if not host:
        raise FetchError(name, "the URL has no host")
    if allow_private is True:
        return
    allowed = allow_private or ()
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise FetchError(name, f"cannot resolve host {host!r}: {exc}") from None
    for info in infos:
        address = str(info[4][0])
        if not is_public_address(address) and address not in allowed:
            raise FetchError(
                name,
                f"refused: {host} resolves to {address}, a private, loopback or link-local address "
                "(to read from your own network, follow the feed with `eventledger sources add URL --allow-private`, or pass --allow-private)",
            )


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def _check_peer(response: httpx.Response, name: str, allowed: Collection[str] = ()) -> None:
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer and not is_public_address(str(peer[0])) and str(peer[0]) not in allowed:
        raise FetchError(name, f"refused: connected to {peer[0]}, a private, loopback or link-local address")


def _read_limited(response: httpx.Response, name: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(name, f"too large: the server announces {int(declared):,} bytes, the limit is {max_bytes:,}")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(name, f"too large: the body passed the limit of {max_bytes:,} bytes and was cut")
        if time.monotonic() > deadline:
            raise FetchError(name, f"timed out after {timeout:g} s (the body was still arriving)")
        if size > RATIO_FREE_BYTES and size > MAX_DECOMPRESSION_RATIO * max(response.num_bytes_downloaded, 1):
            raise FetchError(name, f"refused: the body decompresses more than {MAX_DECOMPRESSION_RATIO} times its size")
        chunks.append(chunk)
    return b"".join(chunks)
