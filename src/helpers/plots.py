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

import functools
import math
import numbers
import re
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import ScaledTranslation

from . import paths
from .shaping import fa, preshape, renderer_shapes

__all__ = [
    "setup", "fa", "preshape", "renderer_shapes", "persian_digits", "digits_formatter",
    "use_persian_digits", "save", "caption", "FONT_DIR", "FONT_FAMILY", "FONT_FILES",
    "length_histogram", "top_speakers", "claims_per_outlet", "stance_by_outlet", "hedging",
    "claims_over_time", "speaker_outlet_heatmap", "content_words", "seed_timeline", "FIGURES",
    "normalization_by_site", "STEP_LABELS",
    "gregorian_to_jalali", "content_tokens", "hedge_types",
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


def _finish(fig: Figure, caption_fa: str, caption_en: str, **layout) -> Figure:
    """Attach the caption (drawn at the bottom right, kept on the figure) and lay out
    the rest above it (`layout`: extra ``tight_layout`` arguments such as ``w_pad``)."""
    fig._goftar_caption = {"fa": caption_fa, "en": caption_en}
    h = fig.get_figheight()
    fig.text(0.99, 0.04 / h, fa(caption_fa), ha="right", va="bottom", fontsize=9, color=TEXT_GREY)
    fig.tight_layout(rect=(0, 0.3 / h, 1, 1), **layout)
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


# --- labels -----------------------------------------------------------------------------------

#: Persian display names of the corpus outlets (the ``site`` column); others are shown as is.
OUTLETS = {
    "farsnews.ir": "فارس",
    "tabnak.ir": "تابناک",
    "asriran.com": "عصر ایران",
    "roozno.com": "روزنو",
    "sobhanehonline.com": "صبحانه آنلاین",
    "mashreghnews.ir": "مشرق",
    "seed": "خبر نمونه",
}
KINDS = {"direct": "نقل مستقیم", "indirect": "نقل غیرمستقیم", "according_to": "به گفته‌ی / به نقل از"}
KIND_COLORS = {"direct": PALETTE[0], "indirect": PALETTE[1], "according_to": PALETTE[2]}
STANCES = {
    "neutral": "خنثی", "announcement": "اعلام", "emphatic": "تأکید", "confirmation": "تأیید",
    "concession": "اذعان", "warning": "هشدار", "distancing": "فاصله‌گیری", "denial": "تکذیب",
}
#: Stances drawn in strong colours (where outlets distance themselves or report denials); the rest muted.
STANCE_COLORS = {
    "neutral": "#d9d9d9", "announcement": "#b3c6d9", "emphatic": PALETTE[0], "confirmation": PALETTE[5],
    "concession": PALETTE[2], "warning": PALETTE[1], "distancing": PALETTE[3], "denial": PALETTE[4],
    "other": "#8c8c8c",
}
SOURCE_TYPES = {"person": "شخص", "organisation": "نهاد", "document": "سند", "media": "رسانه",
                "anonymous": "بی‌نام", "group": "گروه"}
JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                 "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]


def outlet_name(site) -> str:
    return OUTLETS.get(site, str(site)) if isinstance(site, str) and site else "نامعلوم"


def shorten(label, width: int = 26, lines: int = 2) -> str:
    """Wrap a label on word boundaries into at most `lines` lines of about `width`
    characters; cut with ``…`` if it is still longer."""
    words = str(label).split()
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: max(1, width - 1)].rstrip() + "…"
    return "\n".join(line if len(line) <= width + 8 else line[: width - 1] + "…" for line in out)


def gregorian_to_jalali(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    """Solar Hijri (Jalali) date of a Gregorian date (the 33-year arithmetic rule,
    exact for 1800–2100)."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def hedge_types(hedges) -> set[str]:
    """{'hedge', 'booster'} present in a claim's ``hedges`` cell.

    Accepts a list of dicts (``type``/``kind``/``category`` = hedge|booster), of
    ``(word, type)`` pairs, or of plain strings (counted as hedges); None/NaN/[] → set().
    """
    if hedges is None or isinstance(hedges, float) or isinstance(hedges, str):
        return set() if not isinstance(hedges, str) or not hedges else {"hedge"}
    out = set()
    for h in list(hedges):
        if isinstance(h, dict):
            t = h.get("type") or h.get("kind") or h.get("category") or "hedge"
        elif isinstance(h, (tuple, list)) and len(h) == 2:
            t = h[1]
        else:
            t = "hedge"
        out.add("booster" if str(t).lower().startswith("boost") else "hedge")
    return out


def _speaker(claims: pd.DataFrame) -> pd.Series:
    """Speaker label per claim: the canonical name, else the surface form; '' if neither."""
    s = claims.get("speaker", pd.Series(index=claims.index, dtype=object))
    t = claims.get("speaker_surface", pd.Series(index=claims.index, dtype=object))
    s = s.where(s.notna() & (s.astype(str).str.strip() != ""), t)
    return s.fillna("").astype(str).str.strip()


def _is_unattributed(claims: pd.DataFrame) -> pd.Series:
    return (claims.get("source_type", pd.Series(index=claims.index, dtype=object)).eq("anonymous")
            | _speaker(claims).eq(""))


def _labels_right(ax) -> None:
    """Category labels on the right-hand side, where a right-to-left reader starts."""
    ax.yaxis.tick_right()
    ax.yaxis.set_label_position("right")
    ax.yaxis.labelpad = 12
    ax.spines["right"].set_visible(True)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)


def _rtl_barh(ax) -> None:
    """Horizontal bars for a right-to-left reader: bars grow leftwards from the
    labels on the right, first item on top."""
    ax.invert_xaxis()
    _labels_right(ax)
    ax.grid(axis="x", color="#e5e5e5")


def _empty(title: str, msg_fa: str, msg_en: str) -> Figure:
    fig, ax = _new((8, 3))
    ax.set_axis_off()
    ax.set_title(fa(title))
    ax.text(0.5, 0.5, fa("داده‌ای برای این نمودار نیست"), ha="center", va="center", fontsize=12,
            transform=ax.transAxes, color=TEXT_GREY)
    return _finish(fig, msg_fa, msg_en)


def _others(n_items: int, n_claims: int, noun: str) -> str:
    return f"و {persian_digits(n_items)} {noun} دیگر با {persian_digits(n_claims)} نقل‌قول"


# --- 1. most-quoted speakers --------------------------------------------------------------------

def top_speakers(claims: pd.DataFrame, n: int = 15) -> Figure:
    """Most-quoted named speakers, horizontal bars split by kind of quote (top `n`, plus an "others" count)."""
    title = "پرنقل‌قول‌ترین گویندگان"
    c = claims.assign(_who=_speaker(claims))
    c = c[~_is_unattributed(c)]
    if c.empty:
        return _empty(title, "هیچ گوینده‌ی نام‌داری پیدا نشد.", "No named speaker was found.")
    table = c.pivot_table(index="_who", columns="kind", values="content", aggfunc="count", fill_value=0)
    table = table.reindex(columns=[k for k in KINDS if k in table.columns] +
                          [k for k in table.columns if k not in KINDS], fill_value=0)
    total = table.sum(axis=1)
    order = total.sort_values(ascending=False, kind="stable")
    top = table.loc[order.index[:n]]
    rest_n, rest_claims = len(order) - len(top), int(order.iloc[n:].sum())
    fig, ax = _new((8.5, 0.38 * len(top) + 1.8))
    y = np.arange(len(top))
    left = np.zeros(len(top))
    for kind in top.columns:
        ax.barh(y, top[kind].to_numpy(), left=left, color=KIND_COLORS.get(kind, GREY),
                label=fa(KINDS.get(kind, kind)), height=0.7)
        left += top[kind].to_numpy()
    ax.set_yticks(y, [fa(shorten(s, 28, 1)) for s in top.index])
    ax.invert_yaxis()
    _rtl_barh(ax)
    for yi, v in zip(y, left):
        ax.text(v, yi, " " + persian_digits(int(v)) + " ", va="center", ha="right", fontsize=9, color=TEXT_GREY)
    ax.set_xlim(left.max() * 1.12, 0)
    ax.set_xlabel(fa("تعداد نقل‌قول"))
    ax.set_ylabel(fa("گوینده"))
    use_persian_digits(ax, "x")
    ax.legend(loc="best", title=fa("نوع نقل"), title_fontsize=10, markerfirst=False)
    sub = f" ({_others(rest_n, rest_claims, 'گوینده')})" if rest_n else ""
    ax.set_title(fa(title + sub))
    return _finish(fig, "چه کسانی بیشتر نقل می‌شوند و به چه شکلی: مستقیم، غیرمستقیم یا «به گفته‌ی».",
                   "Who is quoted most, and how: direct quotes, reported speech or 'according to'.")


# --- 2. claims per outlet -------------------------------------------------------------------------

def claims_per_outlet(claims: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Claims per article in each outlet, and the share of claims with an anonymous or no source."""
    title = "نقل‌قول در هر رسانه"
    arts = articles.groupby("site")["id"].nunique()
    arts = arts[arts.index != "seed"] if len(arts) > 1 else arts
    if arts.empty:
        return _empty(title, "هیچ خبری نیست.", "No articles.")
    site_of = articles.set_index("id")["site"]
    c = claims.assign(_site=claims["article_id"].map(site_of))
    per = c.groupby("_site").size().reindex(arts.index, fill_value=0) / arts
    anon = _is_unattributed(c).groupby(c["_site"]).mean().reindex(arts.index).fillna(0.0)
    order = per.sort_values(ascending=False, kind="stable").index
    # right-to-left reading order: the per-article panel (with the outlet names) on the right
    fig, (ax2, ax1) = plt.subplots(1, 2, figsize=(10, 0.45 * len(order) + 2.4))
    y = np.arange(len(order))
    ax1.barh(y, per[order].to_numpy(), color=PALETTE[0], height=0.65)
    ax2.barh(y, anon[order].to_numpy() * 100, color=PALETTE[3], height=0.65)
    for ax in (ax1, ax2):
        _rtl_barh(ax)
    for ax in (ax1, ax2):
        ax.set_ylim(len(order) - 0.5, -0.5)
    ax2.set_yticks(y, [""] * len(y))
    ax1.set_xlabel(fa("میانگین نقل‌قول در هر خبر"))
    ax2.set_xlabel(fa("سهم نقل‌قول بی‌نام یا بی‌منبع (درصد)"))
    ax1.set_ylabel(fa("رسانه (تعداد خبر)"))
    for yi, s in zip(y, order):
        ax1.text(0, yi, f" {persian_digits(per[s], decimals=1)} ", va="center", ha="right", fontsize=9,
                 color="white" if per[s] > per.max() * 0.25 else TEXT_GREY)
    for yi, s in zip(y, order):
        v = 100 * anon[s]
        ax2.text(v, yi, f" {persian_digits(v, decimals=0, percent=True)} ", va="center", ha="right", fontsize=9,
                 color=TEXT_GREY)
    ax1.set_yticks(y, [fa(f"{outlet_name(s)} ({persian_digits(int(arts[s]))})") for s in order])
    use_persian_digits(ax1, "x")
    use_persian_digits(ax2, "x", percent=True)
    ax2.set_xlim(max(100.0 * anon.max() * 1.2, 5.0), 0)
    ax1.set_title(fa("نقل‌قول در هر خبر"), fontsize=12)
    ax2.set_title(fa("بی‌نام یا بی‌منبع"), fontsize=12)
    fig.suptitle(fa(title), x=0.98, ha="right", fontsize=14, fontweight="bold")
    return _finish(fig, "راست: نقل‌قول در هر خبر؛ چپ: چه سهمی از نقل‌قول‌ها منبع نام‌دار ندارد.",
                   "Right: claims per article; left: share of claims without a named source.", w_pad=3.0)


# --- 3. cue stance by outlet ----------------------------------------------------------------------

def stance_by_outlet(claims: pd.DataFrame, articles: pd.DataFrame | None = None) -> Figure:
    """Share of each cue stance per outlet (100% bars): where do outlets distance themselves?"""
    title = "لحن فعل نقل در هر رسانه"
    c = claims[claims["site"].ne("seed")] if claims["site"].nunique() > 1 else claims
    c = c.assign(_stance=c["stance"].fillna("neutral").where(c["stance"].fillna("neutral").isin(STANCES), "other"))
    if c.empty:
        return _empty(title, "نقل‌قولی نیست.", "No claims.")
    share = pd.crosstab(c["site"], c["_stance"], normalize="index") * 100
    counts = c.groupby("site").size()
    cols = [k for k in [*STANCES, "other"] if k in share.columns]
    share = share[cols]
    strong = [k for k in ("distancing", "denial") if k in share.columns]
    order = share[strong].sum(axis=1).sort_values(ascending=False, kind="stable").index if strong else share.index
    share = share.loc[order]
    fig, ax = _new((9, 0.5 * len(share) + 2.6))
    y = np.arange(len(share))
    left = np.zeros(len(share))
    for k in cols:
        v = share[k].to_numpy()
        ax.barh(y, v, left=left, color=STANCE_COLORS[k], height=0.7, label=fa(STANCES.get(k, "سایر")))
        for yi, l0, vi in zip(y, left, v):
            if vi >= 7:
                ax.text(l0 + vi / 2, yi, persian_digits(vi, decimals=0), ha="center", va="center", fontsize=8,
                        color="white" if k in ("emphatic", "distancing", "denial", "other") else "black")
        left += v
    ax.set_yticks(y, [fa(f"{outlet_name(s)} ({persian_digits(int(counts[s]))})") for s in share.index])
    ax.set_ylim(len(share) - 0.5, -0.5)
    _rtl_barh(ax)
    ax.set_xlim(100, 0)
    ax.set_xlabel(fa("سهم از نقل‌قول‌های رسانه (درصد)"))
    ax.set_ylabel(fa("رسانه (تعداد نقل‌قول)"))
    use_persian_digits(ax, "x", percent=True)
    # legend below the x label: 48 points under the axes, whatever the figure height
    below = ax.transAxes + ScaledTranslation(0, -48 / 72, fig.dpi_scale_trans)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0), bbox_transform=below, ncol=min(len(cols), 5),
              handlelength=1.2, columnspacing=2.2, markerfirst=False, reverse=len(cols) <= 5)
    ax.set_title(fa(title))
    return _finish(fig, "رسانه‌ها به ترتیب سهم «فاصله‌گیری» و «تکذیب»؛ خاکستری یعنی فعل خنثی مثل «گفت».",
                   "Outlets sorted by the share of distancing and denial cues; grey is a neutral verb such as 'said'.")


# --- 4. hedges and boosters -----------------------------------------------------------------------

def hedging(claims: pd.DataFrame, by: str = "site") -> Figure:
    """Share of claims whose content has a hedge («ممکن است») or a booster («قطعا»), per outlet or speaker type."""
    title = "تردید و قطعیت در محتوای نقل‌قول‌ها"
    if by not in ("site", "source_type"):
        raise ValueError("by must be 'site' or 'source_type'")
    c = claims
    if by == "site" and c["site"].nunique() > 1:
        c = c[c["site"].ne("seed")]
    if c.empty:
        return _empty(title, "نقل‌قولی نیست.", "No claims.")
    types = c["hedges"].map(hedge_types)
    key = c[by].fillna("نامعلوم")
    df = pd.DataFrame({"key": key, "hedge": types.map(lambda t: "hedge" in t),
                       "booster": types.map(lambda t: "booster" in t)})
    g = df.groupby("key")
    share = g[["hedge", "booster"]].mean() * 100
    n = g.size()
    share = share.loc[share.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    label = outlet_name if by == "site" else (lambda t: SOURCE_TYPES.get(t, str(t)))
    fig, ax = _new((8.5, 0.6 * len(share) + 2.2))
    y = np.arange(len(share))
    h = 0.38
    for off, col, color, name in ((-h / 2, "hedge", PALETTE[5], "تردید (ممکن است، احتمالاً…)"),
                                  (h / 2, "booster", PALETTE[3], "قطعیت (قطعاً، بی‌تردید…)")):
        v = share[col].to_numpy()
        ax.barh(y + off, v, height=h, color=color, label=fa(name))
        for yi, vi in zip(y, v):
            ax.text(vi, yi + off, f" {persian_digits(vi, decimals=0, percent=True)} ", ha="right", va="center",
                    fontsize=8, color=TEXT_GREY)
    ax.set_yticks(y, [fa(f"{label(k)} ({persian_digits(int(n[k]))})") for k in share.index])
    ax.set_ylim(len(share) - 0.5, -0.5)
    _rtl_barh(ax)
    ax.set_xlim(max(float(share.to_numpy().max()) * 1.25, 5.0), 0)
    ax.set_xlabel(fa("سهم نقل‌قول‌ها (درصد)"))
    ax.set_ylabel(fa("رسانه (تعداد نقل‌قول)" if by == "site" else "نوع منبع (تعداد نقل‌قول)"))
    use_persian_digits(ax, "x", percent=True)
    ax.legend(loc="best", markerfirst=False)
    ax.set_title(fa(title))
    who = "رسانه" if by == "site" else "نوع منبع"
    return _finish(fig, f"در هر {who}، چند درصد نقل‌قول‌ها واژه‌ی تردید یا قطعیت دارند.",
                   f"Per {'outlet' if by == 'site' else 'source type'}: share of claims with a hedge or a booster.")


# --- 5. claims over time --------------------------------------------------------------------------

def claims_over_time(claims: pd.DataFrame, articles: pd.DataFrame) -> Figure:
    """Claims and claims per article by Solar Hijri year (or month, when the dates span under two years)."""
    title = "نقل‌قول‌ها در گذر زمان"
    dated = articles.dropna(subset=["date"])
    if dated.empty:
        return _empty(title, "هیچ خبری تاریخ ندارد.", "No article has a date.")
    jal = {r.id: gregorian_to_jalali(r.date.year, r.date.month, r.date.day) for r in dated.itertuples()}
    span_days = (dated["date"].max() - dated["date"].min()).days
    monthly = span_days < 730
    key = (lambda j: j[0] * 12 + j[1] - 1) if monthly else (lambda j: j[0])
    art_key = pd.Series({i: key(j) for i, j in jal.items()})
    n_art = art_key.value_counts()
    cl = claims["article_id"].map(art_key).dropna().astype(int)
    n_claims = cl.value_counts()
    full = pd.RangeIndex(int(art_key.min()), int(art_key.max()) + 1)
    n_art, n_claims = n_art.reindex(full, fill_value=0), n_claims.reindex(full, fill_value=0)
    per = (n_claims / n_art.replace(0, np.nan))
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(10, 5.6), sharex=True, height_ratios=(3, 2))
    x = np.arange(len(full))
    ax1.bar(x, n_claims.to_numpy(), color=PALETTE[0], width=0.8)
    ax2.plot(x, per.to_numpy(), color=PALETTE[3], marker="o", markersize=4, linewidth=1.5)
    if monthly:
        labels = [f"{JALALI_MONTHS[k % 12]} {persian_digits(k // 12)}" for k in full]
        unit = "ماه"
    else:
        labels = [persian_digits(int(k)) for k in full]
        unit = "سال"
    step = max(1, int(math.ceil(len(full) / 16)))
    ax2.set_xticks(x[::step], [fa(s) for s in labels[::step]], rotation=45 if monthly or len(full) > 12 else 0,
                   ha="right" if monthly or len(full) > 12 else "center")
    ax1.set_ylabel(fa("تعداد نقل‌قول"))
    ax2.set_ylabel(fa("در هر خبر"))
    ax2.set_xlabel(fa(f"{unit} (هجری شمسی)"))
    for ax in (ax1, ax2):
        use_persian_digits(ax, "y")
        ax.grid(axis="y", color="#e5e5e5")
    ax1.set_title(fa(f"{title} ({persian_digits(len(dated))} خبر تاریخ‌دار)"))
    return _finish(fig, f"بالا: تعداد نقل‌قول در هر {unit}؛ پایین: میانگین نقل‌قول در هر خبر همان {unit}.",
                   f"Top: claims per {'month' if monthly else 'year'} (Solar Hijri); bottom: claims per article.")


# --- 6. who is quoted where, and what is said ---------------------------------------------------

def speaker_outlet_heatmap(claims: pd.DataFrame, n: int = 12) -> Figure:
    """How often each of the top-`n` speakers is quoted in each outlet (counts in the cells)."""
    title = "چه کسی در کدام رسانه نقل می‌شود"
    c = claims.assign(_who=_speaker(claims))
    c = c[~_is_unattributed(c)]
    if c["site"].nunique() > 1:
        c = c[c["site"].ne("seed")]
    if c.empty:
        return _empty(title, "هیچ گوینده‌ی نام‌داری پیدا نشد.", "No named speaker was found.")
    table = pd.crosstab(c["_who"], c["site"])
    total = table.sum(axis=1).sort_values(ascending=False, kind="stable")
    table = table.loc[total.index[:n]]
    # right-to-left: the outlet with most claims in the rightmost column
    cols = table.sum(axis=0).sort_values(ascending=True, kind="stable").index
    table = table[cols]
    rest = len(total) - len(table)
    fig, ax = _new((1.1 * len(cols) + 4.5, 0.42 * len(table) + 2.4))
    im = ax.imshow(table.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    vmax = max(1, int(table.to_numpy().max()))
    for (i, j), v in np.ndenumerate(table.to_numpy()):
        if v:
            ax.text(j, i, persian_digits(int(v)), ha="center", va="center", fontsize=9,
                    color="white" if v > 0.55 * vmax else "black")
    ax.set_xticks(range(len(cols)), [fa(outlet_name(s)) for s in cols])
    ax.set_yticks(range(len(table)), [fa(shorten(s, 28, 1)) for s in table.index])
    ax.yaxis.tick_right()
    ax.yaxis.set_label_position("right")
    ax.yaxis.labelpad = 12
    ax.tick_params(length=0)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel(fa("رسانه"))
    ax.set_ylabel(fa("گوینده"))
    cb = fig.colorbar(im, ax=ax, location="left", shrink=0.8, pad=0.04)
    cb.set_label(fa("تعداد نقل‌قول"))
    cb.ax.yaxis.set_major_formatter(digits_formatter())
    cb.ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True, nbins=5))
    sub = f" ({_others(rest, int(total.iloc[n:].sum()), 'گوینده')})" if rest else ""
    ax.set_title(fa(title + sub))
    return _finish(fig, "ردیف‌ها پرنقل‌قول‌ترین گویندگان‌اند؛ خانه‌ی پررنگ‌تر یعنی آن رسانه او را بیشتر نقل کرده است.",
                   "Rows are the most-quoted speakers; a darker cell means that outlet quotes them more.")


_TOKEN = re.compile(r"[\w\u200c]+")
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "\u0640": None, "\u200d": None})
_MARKS = re.compile("[\u064b-\u065f\u0670]")


@functools.lru_cache(maxsize=1)
def persian_stopwords() -> frozenset[str]:
    """hazm's shipped stopword list, folded like the tokens, with and without ZWNJ."""
    import hazm

    words = {_MARKS.sub("", w.translate(_FOLD)) for w in hazm.stopwords_list()}
    return frozenset(words | {w.replace("\u200c", "") for w in words} | {w.replace("_", " ") for w in words})


def content_tokens(text: str) -> list[str]:
    """Words of a claim's content: ZWNJ kept inside words («می‌گوید» is one word),
    Arabic letter variants folded, diacritics dropped, stopwords, numbers and
    one-letter tokens removed."""
    stop = persian_stopwords()
    out = []
    for tok in _TOKEN.findall(_MARKS.sub("", str(text).translate(_FOLD))):
        tok = tok.strip("\u200c_")
        if len(tok) < 2 or tok.isdigit() or tok in stop or tok.replace("\u200c", "") in stop:
            continue
        out.append(tok)
    return out


def content_words(claims: pd.DataFrame, n: int = 20) -> Figure:
    """Most frequent words in the claims' contents (ZWNJ-aware, hazm stopwords removed)."""
    title = "پرتکرارترین واژه‌ها در محتوای نقل‌قول‌ها"
    counts = pd.Series([t for text in claims["content"].dropna() for t in content_tokens(text)],
                       dtype=object).value_counts()
    if counts.empty:
        return _empty(title, "واژه‌ای نماند.", "No words left.")
    counts = counts.sort_values(ascending=False, kind="stable")
    top = counts.iloc[:n]
    fig, ax = _new((8, 0.32 * len(top) + 1.8))
    y = np.arange(len(top))
    ax.barh(y, top.to_numpy(), color=PALETTE[2], height=0.7)
    for yi, v in zip(y, top.to_numpy()):
        ax.text(v, yi, f" {persian_digits(int(v))} ", va="center", ha="right", fontsize=8, color=TEXT_GREY)
    ax.set_yticks(y, [fa(w) for w in top.index])
    ax.set_ylim(len(top) - 0.5, -0.5)
    _rtl_barh(ax)
    ax.set_xlim(top.max() * 1.12, 0)
    ax.set_xlabel(fa("تعداد تکرار"))
    ax.set_ylabel(fa("واژه"))
    use_persian_digits(ax, "x")
    ax.set_title(fa(f"{title} (از {persian_digits(len(counts))} واژه‌ی متمایز)"))
    return _finish(fig, "واژه‌های پرتکرار محتوای نقل‌قول‌ها، بی‌واژه‌های پربسامد دستوری (فهرست hazm).",
                   "Most frequent content words of the claims, stopwords (hazm's list) removed.")


# --- 7. the seed article ----------------------------------------------------------------------------

def paragraph_starts(text: str) -> list[int]:
    """Offsets where the non-empty paragraphs (lines) of `text` start."""
    starts, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
        pos += len(line) + 1
    return starts


_SNIPPET_DROP = re.compile(r"[^\w\u200c\s«»()\[\]،؛؟.:!\-]")


def _snippet(text: str, words: int = 6) -> str:
    w = _SNIPPET_DROP.sub("", str(text)).split()
    return " ".join(w[:words]) + (" …" if len(w) > words else "")


def seed_timeline(claims: pd.DataFrame, articles: pd.DataFrame, article_id: str = paths.SEED_ID) -> Figure:
    """The claims of one article (the seed by default) in reading order, placed on its paragraphs."""
    title = "نقل‌قول‌های خبر نمونه، پاراگراف به پاراگراف"
    art = articles[articles["id"] == article_id]
    c = claims[claims["article_id"] == article_id].sort_values("start", kind="stable")
    if art.empty or c.empty:
        return _empty(title, "برای این خبر نقل‌قولی نیست.", "No claims for this article.")
    starts = paragraph_starts(art["text"].iloc[0])
    para = np.searchsorted(starts, c["start"].to_numpy(), side="right")   # 1-based paragraph number
    n_par = max(len(starts), int(para.max()))
    fig, ax = _new((10, 0.42 * len(c) + 2.0))
    y = np.arange(len(c))
    for p in range(1, n_par + 1):
        ax.axvspan(p - 0.5, p + 0.5, color="#f2f2f2" if p % 2 else "white", zorder=0, linewidth=0)
    kinds = c["kind"].to_numpy()
    for kind in dict.fromkeys(kinds):
        m = kinds == kind
        ax.scatter(para[m], y[m], s=60, color=KIND_COLORS.get(kind, GREY), label=fa(KINDS.get(kind, kind)),
                   zorder=3, edgecolor="white", linewidth=0.5)
    for yi, p, content in zip(y, para, c["content"]):
        left_half = p > (n_par + 1) / 2          # (x is inverted: high paragraph numbers on the left)
        ax.annotate(fa(_snippet(content)), (p, yi), xytext=(8 if left_half else -8, 0), textcoords="offset points",
                    ha="left" if left_half else "right", va="center", fontsize=8, color=TEXT_GREY, zorder=4)
    who = _speaker(c).replace("", "بی‌نام")
    ax.set_yticks(y, [fa(shorten(s, 24, 1)) for s in who])
    ax.set_ylim(len(c) - 0.5, -0.5)
    ax.set_xlim(n_par + 0.5, 0.5)
    _labels_right(ax)
    ax.set_xticks(range(1, n_par + 1))
    use_persian_digits(ax, "x")
    ax.set_xlabel(fa("شماره‌ی پاراگراف"))
    ax.set_ylabel(fa("گوینده (به ترتیب متن)"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0), ncol=len(set(kinds)), markerfirst=False, reverse=True,
              bbox_transform=ax.transAxes + ScaledTranslation(0, -44 / 72, fig.dpi_scale_trans))
    ax.set_title(fa(f"{title} ({persian_digits(len(c))} نقل‌قول در {persian_digits(n_par)} پاراگراف)"))
    return _finish(fig, "هر ردیف یک نقل‌قول به ترتیب متن است؛ نقطه پاراگراف آن را نشان می‌دهد (پاراگراف اول در راست).",
                   "One row per claim in reading order; the dot marks its paragraph (first paragraph on the right).")


#: Persian names of the normalization steps (helpers.normalize.STEPS), for figure labels.
STEP_LABELS = {
    "bidi": "نویسه‌های کنترل جهت", "presentation_forms": "شکل‌های نمایشی عربی", "arabic_letters": "حروف عربی (ي، ك…)",
    "diacritics": "اعراب", "specials": "نشانه‌های ویژه", "kashida": "کشیده", "zwnj_lookalikes": "شبه‌نیم‌فاصله",
    "zwnj_cleanup": "نیم‌فاصله‌ی زائد", "digits": "رقم‌ها", "spaces": "فاصله‌ها",
    "zwnj_fused": "نیم‌فاصله‌ی جاافتاده", "zwnj_spaced": "نیم‌فاصله به جای فاصله",
}


def normalization_by_site(per_site: pd.DataFrame) -> Figure:
    """How often each normalization step fired per article, by outlet (a heatmap).

    ``per_site``: one row per site (column ``site``) and one column per step holding the mean
    number of changes per article (:func:`helpers.normalize.counts_by_site`).
    """
    title = "یکدست‌سازی: تغییر در هر خبر، به تفکیک رسانه"
    steps = [c for c in per_site.columns if c in STEP_LABELS and per_site[c].sum() > 0]
    if per_site.empty or not steps:
        return _empty(title, "هیچ تغییری لازم نبود.", "No step changed anything.")
    t = per_site.set_index("site")[steps]
    t = t.loc[t.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    t = t[t.sum(axis=0).sort_values(ascending=True, kind="stable").index]  # largest step rightmost
    fig, ax = _new((1.0 * len(t.columns) + 4.0, 0.5 * len(t) + 2.8))
    arr = t.to_numpy(dtype=float)
    im = ax.imshow(np.log1p(arr), cmap="Greens", aspect="auto", vmin=0)
    top = float(np.log1p(arr).max()) or 1.0
    for (i, j), v in np.ndenumerate(arr):
        if v:
            ax.text(j, i, persian_digits(v, decimals=1 if v < 10 else 0), ha="center", va="center", fontsize=8,
                    color="white" if np.log1p(v) > 0.6 * top else "black")
    ax.set_xticks(range(len(t.columns)), [fa(shorten(STEP_LABELS[c], 14, 2)) for c in t.columns], fontsize=9)
    ax.set_yticks(range(len(t)), [fa(outlet_name(s)) for s in t.index])
    ax.yaxis.tick_right()
    ax.yaxis.set_label_position("right")
    ax.tick_params(length=0)
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel(fa("گام یکدست‌سازی"))
    ax.set_ylabel(fa("رسانه"))
    ax.set_title(fa(title))
    return _finish(fig, "عدد هر خانه میانگین تغییر در هر خبر است؛ رنگ لگاریتمی است.",
                   "Each cell is the mean number of changes per article; colour is on a log scale.")


#: Every figure function, in the order of notebook 04 (``length_histogram`` is notebook 01's).
#: Each takes ``(claims, articles)`` or ``(claims,)`` as its signature says.
FIGURES = {
    "length_histogram": length_histogram,
    "top_speakers": top_speakers,
    "claims_per_outlet": claims_per_outlet,
    "stance_by_outlet": stance_by_outlet,
    "hedging": hedging,
    "claims_over_time": claims_over_time,
    "speaker_outlet_heatmap": speaker_outlet_heatmap,
    "content_words": content_words,
    "seed_timeline": seed_timeline,
    "normalization_by_site": normalization_by_site,
}
