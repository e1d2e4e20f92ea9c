"""The one place that decides how a Persian string is handed to a renderer.

Persian is written right to left and its letters join. Someone has to *shape*
the text (pick each letter's joined form) and *order* it (the Unicode bidi
algorithm). Either the renderer does it, and then the caller must pass the
plain logical string, or it does not, and then the caller must pre-shape with
arabic-reshaper + python-bidi. Doing it on both sides draws the text backwards.

Which renderers shape (matplotlib 3.11.2, pillow 13, see notebook_report §7):

============================  ======================  ==========================
renderer                      shapes itself           what ``fa`` returns
============================  ======================  ==========================
matplotlib >= 3.11 Agg, PDF,  yes (libraqm)           the logical string
PS, SVG, inline PNG
matplotlib < 3.11             no                      pre-shaped
matplotlib cairo backend      no (``show_text``)      pre-shaped
Pillow / wordcloud            only with Raqm          logical if Raqm else
                                                      pre-shaped
Pillow ``Layout.BASIC``       no                      pre-shaped
HTML, markdown, DataFrames,   yes (browser)           the logical string
``print``
unknown                       ?                       LRO + pre-shaped + PDF
============================  ======================  ==========================

The recipe everyone copies, ``get_display(arabic_reshaper.reshape(s))``, is
right only in the "pre-shaped" rows. Every Persian label in the project goes
through :func:`fa` (or through :mod:`helpers.plots`, which uses it).
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["fa", "preshape", "renderer_shapes", "RENDERERS", "LRO", "PDF"]

#: LEFT-TO-RIGHT OVERRIDE / POP DIRECTIONAL FORMATTING: a pre-shaped (visual
#: order) string wrapped in these draws the same with and without a bidi pass.
LRO = "\u202d"
PDF = "\u202c"

#: Names accepted by :func:`fa`, grouped by how they are decided.
_MATPLOTLIB = {"agg", "png", "pdf", "ps", "eps", "svg", "matplotlib", "inline"}
_CAIRO = {"cairo"}
_PILLOW = {"pillow", "pil", "wordcloud"}
_PILLOW_BASIC = {"pillow-basic"}
_BROWSER = {"html", "markdown", "browser", "text", "dataframe", "print"}
_UNKNOWN = {"unknown"}
RENDERERS = frozenset(_MATPLOTLIB | _CAIRO | _PILLOW | _PILLOW_BASIC | _BROWSER | _UNKNOWN | {"auto"})


def _matplotlib_shapes() -> bool:
    """matplotlib's own text layout shapes Arabic script (3.11+: built with libraqm)."""
    import matplotlib.ft2font

    return getattr(matplotlib.ft2font, "__libraqm_version__", None) is not None


@lru_cache(maxsize=1)
def _pillow_has_raqm() -> bool:
    try:
        from PIL import features
    except ImportError:  # no Pillow: nothing to draw with, the answer is moot
        return False
    return bool(features.check("raqm"))


def _resolve(renderer: str) -> str:
    r = renderer.lower()
    if r == "auto":
        import matplotlib

        return "cairo" if "cairo" in matplotlib.get_backend().lower() else "agg"
    if r not in RENDERERS:
        raise ValueError(f"unknown renderer {renderer!r}; use one of {sorted(RENDERERS)}")
    return r


def renderer_shapes(renderer: str = "agg") -> bool | None:
    """True if `renderer` shapes and orders Arabic script itself, False if not,
    None if we cannot know (``"unknown"``)."""
    r = _resolve(renderer)
    if r in _MATPLOTLIB:
        return _matplotlib_shapes()
    if r in _PILLOW:
        return _pillow_has_raqm()
    if r in _BROWSER:
        return True
    if r in _CAIRO or r in _PILLOW_BASIC:
        return False
    return None


def preshape(text: str) -> str:
    """arabic-reshaper + python-bidi, line by line, for renderers that do not shape.

    Uses python-bidi's reference implementation (``bidi.algorithm``), which
    mirrors brackets (rule L4); the Rust ``bidi.get_display`` of python-bidi
    >= 0.5 does not, so ``(…)`` would face the wrong way. Lines are processed
    separately so that a newline does not move.
    """
    import arabic_reshaper
    from bidi import algorithm

    return "\n".join(algorithm.get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))


def fa(text, renderer: str = "agg") -> str:
    """Return `text` in the form `renderer` needs to draw it right to left, joined.

    ``renderer``: ``"agg"`` (default; also ``png``, ``pdf``, ``ps``, ``svg``,
    ``inline``, ``matplotlib``), ``"auto"`` (the active matplotlib backend),
    ``"cairo"``, ``"pillow"``/``"wordcloud"``, ``"pillow-basic"``,
    ``"html"``/``"markdown"``/``"text"`` (never pre-shaped) or ``"unknown"``
    (``LRO + preshape(text) + PDF``, which draws correctly whether or not the
    renderer shapes, though with presentation-form glyphs).

    Non-strings are turned into strings; ``None`` becomes ``""``.
    """
    if text is None:
        return ""
    text = str(text)
    shapes = renderer_shapes(renderer)
    if shapes:
        return text
    if shapes is None:
        return "\n".join(LRO + line + PDF for line in preshape(text).split("\n"))
    return preshape(text)
