"""The proxy setting's words: the system's settings, none, or a proxy URL.

Kept apart from ``client.py`` so that reading the settings does not import
requests (the app shows its window before it needs the network).
"""

from __future__ import annotations

from urllib.parse import urlsplit

PROXY_NONE = "none"
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def check_proxy(proxy: str | None) -> str | None:
    """None (the system's proxy settings), ``PROXY_NONE`` (connect directly) or a
    proxy URL; raises ValueError with a sentence for the user otherwise."""
    if proxy is None or proxy == PROXY_NONE:
        return proxy
    parts = urlsplit(proxy.strip()) if isinstance(proxy, str) else None
    if parts is None or parts.scheme not in PROXY_SCHEMES or not parts.hostname:
        raise ValueError(
            f"The proxy must be an address like http://host:port or socks5://host:port, got {proxy!r}."
        )
    return proxy.strip()
