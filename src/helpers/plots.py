"""Right-to-left Persian figures for the goftar report.

Call :func:`setup` once (it registers the bundled Vazirmatn font, DejaVu Sans as
fallback, and the report's rcParams). Every Persian string that reaches a
renderer goes through :func:`fa` (re-exported from :mod:`helpers.shaping`): on
matplotlib >= 3.11 with Agg/PDF/SVG that returns the string unchanged, because
matplotlib shapes Arabic script itself; pre-shaping there draws it backwards.

Numbers on axes are written with Persian digits (:func:`persian_digits`,
:func:`use_persian_digits`). Each figure function returns a
:class:`matplotlib.figure.Figure` with a Persian title, labelled axes and a
one-line caption (drawn under the plot and kept in ``fig._goftar_caption`` as
``{"fa": ..., "en": ...}``); :func:`save` writes it as PNG and SVG into
``reports/figures/``.
"""

from __future__ import annotations

import math
import numbers
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from . import paths
from .shaping import fa, preshape, renderer_shapes

__all__ = [
    "setup", "fa", "preshape", "renderer_shapes", "persian_digits", "digits_formatter",
    "use_persian_digits", "save", "caption", "length_histogram", "FONT_DIR", "FONT_FAMILY",
    "FONT_FILES",
]

FONT_DIR = paths.ASSETS / "fonts"
FONT_FAMILY = "Vazirmatn"
#: The bundled static weights (Vazirmatn 33.0.3, npm ``vazirmatn``, SIL OFL 1.1: FONT_DIR/OFL.txt).
FONT_FILES = {"regular": FONT_DIR / "Vazirmatn-Regular.ttf", "bold": FONT_DIR / "Vazirmatn-Bold.ttf"}

#: One palette for the whole report (colour-blind safe, Okabe–Ito order).
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
GREY = "#9a9a9a"
TEXT_GREY = "#555555"

RC = {
    "font.family": [FONT_FAMILY, "DejaVu Sans"],
    "text.language": "fa",
    "figure.figsize": (8.0, 4.8),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.15,
    "axes.titlesize": 14,
    "axes.titleweight": "bold",
    "axes.titlelocation": "right",
    "axes.titlepad": 10,
    "axes.labelsize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "axes.axisbelow": True,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "legend.fontsize": 10,
    "legend.frameon": False,
    "svg.fonttype": "path",
    "svg.hashsalt": "goftar",
    "pdf.fonttype": 42,
}

_DIGITS = str.maketrans("0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
                        "۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹")
PERSIAN_DECIMAL = "\u066b"    # ٫
PERSIAN_THOUSANDS = "\u066c"  # ٬
PERSIAN_PERCENT = "\u066a"    # ٪
MINUS = "\u2212"


def setup(rc: dict | None = None) -> None:
    """Register the bundled Vazirmatn weights and apply the report's rcParams.

    Idempotent. `rc` overrides individual rcParams. Latin letters are in
    Vazirmatn too; DejaVu Sans (shipped with matplotlib) catches anything else.
    """
    known = {Path(f.fname).resolve() for f in font_manager.fontManager.ttflist}
    for path in FONT_FILES.values():
        if path.resolve() not in known:
            font_manager.fontManager.addfont(str(path))
    matplotlib.rcParams.update(RC)
    if rc:
        matplotlib.rcParams.update(rc)


def persian_digits(x, decimals: int | None = None, grouping: bool | None = None,
                   percent: bool = False) -> str:
    """Write `x` with Persian digits.

    Strings: Latin and Arabic-Indic digits become Persian, nothing else changes.
    Numbers: ``1234.5 -> '۱۲۳۴٫۵'``; thousands are grouped with ``٬`` when
    ``grouping`` is True, or by default when ``|x| >= 10000`` (so years stay
    ``۱۴۰۳``); floats get `decimals` places (default: up to two, trailing zeros
    dropped); ``percent=True`` appends ``٪``. ``None``/NaN give ``''``.
    """
    if x is None:
        return ""
    if isinstance(x, str):
        return x.translate(_DIGITS)
    if isinstance(x, bool) or not isinstance(x, numbers.Real):
        return str(x).translate(_DIGITS)
    if isinstance(x, float | np.floating) and math.isnan(x):
        return ""
    value = float(x) if not isinstance(x, numbers.Integral) else int(x)
    group = abs(value) >= 10000 if grouping is None else grouping
    sep = "," if group else ""
    if isinstance(value, int) or (decimals is None and float(value).is_integer()):
        s = format(int(round(value)), sep + "d")
    elif decimals is None:
        s = format(value, sep + ".2f").rstrip("0").rstrip(".")
    else:
        s = format(value, sep + f".{decimals}f")
    if s in ("-0", "-0.0") or s.strip("-0.,") == "":
        s = s.lstrip("-")
    s = s.replace(",", PERSIAN_THOUSANDS).replace(".", PERSIAN_DECIMAL).replace("-", MINUS)
    s = s.translate(_DIGITS)
    return s + PERSIAN_PERCENT if percent else s


def digits_formatter(decimals: int | None = None, percent: bool = False,
                     scale: float = 1.0) -> FuncFormatter:
    """A tick formatter writing Persian digits (``scale=100`` for shares shown as %)."""
    return FuncFormatter(lambda v, _pos: persian_digits(v * scale, decimals=decimals, percent=percent))


def use_persian_digits(ax, axis: str = "both", **kwargs) -> None:
    """Put Persian digits on the numeric axis/axes of `ax` (``'x'``, ``'y'`` or ``'both'``)."""
    targets = {"x": [ax.xaxis], "y": [ax.yaxis], "both": [ax.xaxis, ax.yaxis]}[axis]
    for a in targets:
        a.set_major_formatter(digits_formatter(**kwargs))


def caption(fig: Figure, lang: str = "fa") -> str:
    """The one-line caption of a figure made here (``lang``: ``'fa'`` or ``'en'``)."""
    return fig._goftar_caption[lang]


def _finish(fig: Figure, caption_fa: str, caption_en: str) -> Figure:
    """Attach the caption (drawn at the bottom right, kept on the figure)."""
    fig._goftar_caption = {"fa": caption_fa, "en": caption_en}
    fig.text(0.99, 0.005, fa(caption_fa), ha="right", va="bottom", fontsize=9, color=TEXT_GREY)
    fig.tight_layout(rect=(0, 0.045, 1, 1))
    return fig


def save(fig: Figure, name: str, folder: Path | None = None) -> list[Path]:
    """Write `fig` as ``name.png`` and ``name.svg`` (deterministic: fixed SVG hash
    salt, no date metadata) into ``reports/figures/`` (or `folder`)."""
    folder = Path(folder) if folder is not None else paths.FIGURES
    paths.ensure_dirs(folder)
    out = []
    with matplotlib.rc_context({"svg.hashsalt": "goftar", "svg.fonttype": "path"}):
        for ext, meta in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
            p = folder / f"{name}.{ext}"
            fig.savefig(p, format=ext, metadata=meta)
            out.append(p)
    return out


def _new(figsize=None) -> tuple[Figure, plt.Axes]:
    fig = plt.figure(figsize=figsize)
    ax = fig.add_subplot()
    return fig, ax


def length_histogram(articles: pd.DataFrame, column: str = "text", bins: int = 40) -> Figure:
    """Histogram of article body length in words (whitespace tokens), for notebook 01."""
    n = articles[column].fillna("").astype(str).str.split().str.len()
    fig, ax = _new((8, 4.5))
    ax.hist(n, bins=bins, color=PALETTE[0], edgecolor="white", linewidth=0.5)
    med = float(n.median()) if len(n) else 0.0
    ax.axvline(med, color=PALETTE[3], linewidth=1.5, linestyle="--")
    ax.annotate(fa(f"میانه: {persian_digits(med)} واژه"), xy=(med, 1), xycoords=("data", "axes fraction"),
                xytext=(6, -4), textcoords="offset points", ha="left", va="top", fontsize=10,
                color=PALETTE[3])
    ax.set_title(fa(f"طول متن خبرها ({persian_digits(len(n))} خبر)"))
    ax.set_xlabel(fa("طول متن (تعداد واژه)"))
    ax.set_ylabel(fa("تعداد خبر"))
    use_persian_digits(ax)
    ax.grid(axis="y", color="#e5e5e5")
    return _finish(fig, "بیشتر خبرها کوتاه‌اند؛ خط‌چین میانه‌ی طول متن را نشان می‌دهد.",
                   "Most articles are short; the dashed line marks the median body length.")
