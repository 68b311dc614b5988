"""Links that reopen a view: the page's address with the URL state (language, filters, mode)."""

from urllib.parse import urlencode

EMBED_KEYS = ("embed", "embed_options")  # Streamlit's own; never part of st.query_params


def share_url(base: str, params: dict[str, list[str]], embed: bool = False) -> str:
    """``base`` (the page's address without a query) with ``params``; ``embed`` adds embed=true."""
    pairs = [(key, value) for key, values in params.items() if key.lower() not in EMBED_KEYS for value in values]
    if embed:
        pairs.append(("embed", "true"))
    query = urlencode(pairs)
    return f"{base}?{query}" if query else base
