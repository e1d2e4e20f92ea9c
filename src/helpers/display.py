"""Tables and text for the notebooks: right-to-left, escaped, deterministic.

pandas Stylers get a fixed uuid (nbval compares HTML exactly) and ``dir="rtl"`` so
columns run right to left in JupyterLab and in the exported HTML. Cell values are
escaped: article text is untrusted input and must show as text, never run.
"""

from __future__ import annotations

import re

import pandas as pd
from pandas.io.formats.style import Styler

_SAFE_NAME = re.compile(r"[^A-Za-z0-9_]")


def table(df: pd.DataFrame, name: str, caption: str | None = None, index: bool = False,
          precision: int = 2, max_rows: int | None = None) -> Styler:
    """A right-to-left, escaped, deterministic Styler for ``df``.

    ``name`` becomes the table's HTML id (``T_<name>``), so it must be unique within a
    notebook and stable between runs. Long tables are cut to ``max_rows`` with a caption note.
    """
    shown = df if max_rows is None or len(df) <= max_rows else df.head(max_rows)
    sty = shown.style.set_uuid(_SAFE_NAME.sub("_", name)).format(precision=precision, escape="html")
    sty = sty.set_table_attributes('dir="rtl" class="goftar-table"')
    if not index:
        sty = sty.hide(axis="index")
    note = f" (first {max_rows} of {len(df)} rows)" if shown is not df else ""
    if caption or note:
        sty = sty.set_caption(_escape((caption or "") + note))
    return sty


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def figure(fig) -> None:
    """Show a matplotlib figure exactly once.

    Under nbval the inline backend's automatic display of open pyplot figures can fire
    twice, which makes the stored and recomputed outputs differ; closing the figure and
    displaying it explicitly gives one ``display_data`` output in every runner.
    """
    import matplotlib.pyplot as plt
    from IPython.display import display

    plt.close(fig)
    display(fig)
