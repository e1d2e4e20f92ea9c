"""Tables of extracted statements for the notebooks and the editors' report.

Everything here takes the claims DataFrame of :func:`helpers.claims.extract_frame` (or
:func:`helpers.engine.extract_claims`) and returns a small DataFrame; nothing is printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from . import paths

#: Columns shown in the searchable claims table, in reading order.
BROWSE_COLUMNS = ["article_id", "site", "date", "kind", "speaker", "cue", "stance", "source_type", "content"]
CONTENT_PREVIEW = 300


def browse_table(claims: pd.DataFrame, preview: int = CONTENT_PREVIEW) -> pd.DataFrame:
    """The searchable table: one row per statement, long contents cut with an ellipsis."""
    cols = [c for c in BROWSE_COLUMNS if c in claims.columns]
    t = claims[cols].copy()
    if "date" in t:
        t["date"] = pd.to_datetime(t["date"]).dt.strftime("%Y-%m-%d")
    t["content"] = t["content"].map(lambda s: s if len(s) <= preview else s[:preview] + "…")
    return t.reset_index(drop=True)


def crosstab(claims: pd.DataFrame, rows: str, cols: str) -> pd.DataFrame:
    """Counts of statements by two columns, with totals, largest row first."""
    t = pd.crosstab(claims[rows].fillna("(none)"), claims[cols].fillna("(none)"))
    t["total"] = t.sum(axis=1)
    t = t.sort_values("total", ascending=False)
    t.loc["total"] = t.sum()
    t.index.name, t.columns.name = rows, None
    return t.reset_index()


def top_speakers(claims: pd.DataFrame, n: int = 20) -> pd.DataFrame:
    """The ``n`` most-quoted speakers with their source type, counts per kind and outlets."""
    g = claims.groupby("speaker")
    t = pd.DataFrame({
        "source_type": g["source_type"].agg(lambda s: s.mode().iat[0]),
        "statements": g.size(),
        "articles": g["article_id"].nunique(),
    })
    kinds = pd.crosstab(claims["speaker"], claims["kind"])
    t = t.join(kinds)
    if "site" in claims:
        t["sites"] = g["site"].nunique()
    t = t.sort_values(["statements", "articles"], ascending=False).head(n)
    t.index.name = "speaker"
    return t.reset_index()


def save_claims(claims: pd.DataFrame, failures: pd.DataFrame, folder: Path = paths.PROCESSED) -> list[Path]:
    """Write claims as Parquet (for the next notebooks) and JSONL (for other tools), and failures."""
    paths.ensure_dirs(folder)
    out = [folder / "claims.parquet", folder / "claims.jsonl", folder / "claim_failures.csv"]
    flat = claims.copy()
    for col in ("hedges", "chain"):
        if col in flat:
            flat[col] = flat[col].map(lambda v: json.dumps(list(v) if v is not None else [], ensure_ascii=False))
    flat.to_parquet(out[0], index=False)
    with out[1].open("w", encoding="utf-8") as f:
        for rec in claims.to_dict("records"):
            rec = {k: (None if _isna(v) else v) for k, v in rec.items()}
            if rec.get("date") is not None:
                rec["date"] = str(rec["date"])[:10]
            f.write(json.dumps(rec, ensure_ascii=False, default=_jsonable) + "\n")
    failures.to_csv(out[2], index=False)
    return out


def read_claims(folder: Path = paths.PROCESSED) -> pd.DataFrame:
    """Read the claims written by :func:`save_claims` (hedges and chain back as lists)."""
    p = folder / "claims.parquet"
    if not p.exists():
        raise FileNotFoundError(f"{p}: not found. Run notebooks/03_extract_claims.ipynb (or `make report`) first.")
    df = pd.read_parquet(p)
    for col in ("hedges", "chain"):
        if col in df:
            df[col] = df[col].map(json.loads)
    return df


def _isna(v) -> bool:
    try:
        return v is None or (not isinstance(v, (list, dict, str)) and bool(pd.isna(v)))
    except (TypeError, ValueError):
        return False


def _jsonable(v):
    if hasattr(v, "tolist"):
        return v.tolist()
    return str(v)


def key_numbers(claims: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The headline numbers of the editors' report, each with a Persian and an English label."""
    n = len(claims)
    share = (lambda mask: f"{mask.mean():.0%}" if n else "–")
    distancing = claims["stance"].isin(["distancing", "denial"]) if n else pd.Series(dtype=bool)
    anonymous = claims["source_type"].isin(["anonymous"]) if n else pd.Series(dtype=bool)
    rows = [
        ("خبر", "articles", f"{len(articles):,}"),
        ("گزاره‌ی نقل‌شده", "attributed statements", f"{n:,}"),
        ("خبر با دست‌کم یک گزاره", "articles with at least one statement",
         f"{claims['article_id'].nunique():,}"),
        ("گوینده‌ی متمایز", "distinct speakers", f"{claims['speaker'].nunique():,}"),
        ("نقل مستقیم", "direct quotes", share(claims["kind"] == "direct") if n else "–"),
        ("نقل غیرمستقیم", "indirect", share(claims["kind"] == "indirect") if n else "–"),
        ("«به گفته‌ی …»", "according to", share(claims["kind"] == "according_to") if n else "–"),
        ("فعل فاصله‌گیر یا تکذیب", "distancing or denial cues", share(distancing) if n else "–"),
        ("منبع ناشناس", "anonymous sources", share(anonymous) if n else "–"),
    ]
    return pd.DataFrame(rows, columns=["شاخص", "measure", "value"])


def evaluation_overview(splits=("tune", "heldout", "heldout:1", "heldout:2", "seed")) -> pd.DataFrame:
    """Extractor and calibration baseline scored live on each gold split (all kinds together); the
    held-out split also per annotation round (``heldout:1`` = first session, ``heldout:2`` = second)."""
    from . import evaluate

    frames = [evaluate.evaluate(split=s) for s in splits]
    t = pd.concat(frames, ignore_index=True)
    return t[t["kind"] == "all"].drop(columns="kind").reset_index(drop=True)
