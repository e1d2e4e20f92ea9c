"""Run the per-article stages on pandas (one process) or on Dask (a cluster), same results.

The report's per-article stages — normalize and extract claims — are independent per
article, so they partition cleanly.  This module is the one place that decides *where*
they run:

* :func:`normalize_articles` / :func:`extract_claims` — an in-memory article table in,
  an in-memory table out.  ``engine="pandas"`` (default) runs in this process;
  ``engine="dask"`` splits the table into partitions and runs them on a Dask
  ``distributed`` cluster (a ``LocalCluster`` on this machine unless ``scheduler=`` gives
  the address of a real one).  The results are identical, row for row.
* :func:`run_archive` — a large JSONL or Parquet input on disk, streamed in partitions of
  ``partition_size`` articles through load → normalize → extract, each partition written
  as Parquet files (``articles/``, ``normalized/``, ``claims/``, ``errors/``,
  ``quarantine/``) under ``out_dir``.  No stage ever holds the texts, maps or claims of
  the whole archive: a worker holds one partition, the driver only counts.  Then the
  aggregate tables the figures need are computed from the Parquet claims.
* :func:`aggregates` — the aggregate tables (claims per site, per kind, per stance, top
  speakers, per Solar Hijri month) from claims + articles, given as pandas or Dask
  DataFrames; the same numbers either way (``tests/test_engine.py`` compares them exactly).

Command line::

    python -m helpers.engine INPUT OUT_DIR [--engine dask|pandas] [--scheduler ADDR]
                                           [--partition-size N] [--workers N]

Two things are global rather than per article and are handled apart:

* ``quote_group`` (near-identical quotes across articles) needs all claims together.
  :func:`extract_claims` recomputes it over the whole result, so Dask and pandas agree.
  :func:`run_archive` leaves it empty: over an archive it would be a shingle join (a Dask
  shuffle on 4-token shingles), which is not built.
* Unique ids are checked inside a partition by the loader; ids repeated *across*
  partitions of an archive are counted and listed in ``summary.json``
  (``duplicate_ids``), not quarantined.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Iterator

import pandas as pd

from . import load as _load

ENGINES = ("pandas", "dask")
#: Articles per partition in :func:`run_archive` (about 5 MB of text; one worker holds one).
PARTITION_SIZE = 2000
#: Key columns of the claim cube the aggregate tables are summed from.
CUBE_KEYS = ["site", "month", "kind", "stance", "speaker", "unattributed", "hedge", "booster"]
#: Columns of the claims table that :func:`aggregates` reads.
AGG_CLAIM_COLUMNS = ["site", "date", "kind", "stance", "speaker", "speaker_surface", "source_type", "hedges"]
AGG_ARTICLE_COLUMNS = ["id", "site", "date"]
KIND_ORDER = ("direct", "indirect", "according_to")


# --------------------------------------------------------------------------- Dask client

@contextlib.contextmanager
def dask_client(scheduler=None, n_workers: int | None = None,
                memory_limit: str | float = "auto") -> Iterator:
    """A ``distributed.Client``: to ``scheduler`` (an address such as ``tcp://host:8786``, or
    a ``Client``) if given; else the client already active in this process (e.g. one a
    notebook made); else a new ``LocalCluster`` with one single-threaded worker process per
    core (Python code holds the GIL, so processes, not threads; dashboard on a free port, see
    ``client.dashboard_link``), closed on exit."""
    import logging

    from distributed import Client, LocalCluster, default_client

    if scheduler is not None:
        if isinstance(scheduler, Client):
            yield scheduler
            return
        client = Client(scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    try:
        yield default_client()
        return
    except ValueError:
        pass
    cluster = LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1,
                           processes=True, dashboard_address=":0", memory_limit=memory_limit,
                           silence_logs=logging.ERROR)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def _check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")


def _npartitions(n_rows: int, npartitions: int | None, n_workers: int) -> int:
    if npartitions:
        return max(1, min(int(npartitions), max(1, n_rows)))
    # a few partitions per worker so a slow partition does not idle the others
    return max(1, min(max(1, n_rows), 4 * n_workers))


def _map_frame(articles: pd.DataFrame, fn, scheduler, npartitions) -> pd.DataFrame:
    """``fn`` over row partitions of ``articles`` on a Dask cluster, concatenated in order."""
    import dask
    import dask.dataframe as dd

    with dask.config.set({"dataframe.convert-string": False}), dask_client(scheduler) as client:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        nparts = _npartitions(len(articles), npartitions, n_workers)
        frame = articles.reset_index(drop=True)
        ddf = dd.from_pandas(frame, npartitions=nparts, sort=False)
        meta = fn(frame.iloc[:0])
        out = client.compute(ddf.map_partitions(fn, meta=meta), sync=True)
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------- per-article stages

def _normalize_part(df: pd.DataFrame) -> pd.DataFrame:
    from .normalize import normalize_frame

    return normalize_frame(df, text_col="text", id_col="id")


def normalize_articles(articles: pd.DataFrame, engine: str = "pandas", scheduler=None,
                       npartitions: int | None = None) -> pd.DataFrame:
    """:func:`helpers.normalize.normalize_frame` over ``articles`` (``id``, ``text``): one row
    per article with ``id, text_norm, norm_map, n_<step>…``, on pandas or Dask."""
    _check_engine(engine)
    cols = articles[["id", "text"]]
    if engine == "pandas":
        return _normalize_part(cols).reset_index(drop=True)
    return _map_frame(cols, _normalize_part, scheduler, npartitions)


def _extract_part(df: pd.DataFrame) -> pd.DataFrame:
    """extract_frame on one partition, with each failure's traceback kept as a column
    (``DataFrame.attrs`` does not survive a trip through Dask)."""
    from .claims import extract_frame

    failures: list[dict] = []
    out = extract_frame(df, errors=failures)
    tb = {f["article_id"]: f["traceback"] for f in failures}
    out["traceback"] = [tb.get(a) if e is not None and not _isna(e) else None
                        for a, e in zip(out["article_id"], out["error"])]
    out.attrs = {}
    return out


def _isna(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _split_errors(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    bad = df["error"].notna()
    errors = pd.DataFrame({c: [None if _isna(v) else str(v) for v in df.loc[bad, c]]
                           for c in ("article_id", "error", "traceback")})
    claims = df.loc[~bad].drop(columns=["error", "traceback"]).reset_index(drop=True)
    return claims, errors


def extract_claims(articles: pd.DataFrame, engine: str = "pandas", scheduler=None,
                   npartitions: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`helpers.claims.extract_frame` over ``articles``, on pandas or Dask.

    Returns ``(claims, errors)``: ``claims`` has one row per statement (the claim columns
    plus ``site, date, title, url`` where the articles have them); ``errors`` one row per
    article whose extraction failed (``article_id, error, traceback``) — those articles
    have no rows in ``claims``.  ``quote_group`` is computed over all claims together, so
    it does not depend on the partitioning.
    """
    _check_engine(engine)
    if engine == "pandas":
        return _split_errors(_extract_part(articles).reset_index(drop=True))
    from .claims import group_quotes

    claims, errors = _split_errors(_map_frame(articles, _extract_part, scheduler, npartitions))
    claims["quote_group"] = pd.Series(group_quotes(claims).values if len(claims) else [],
                                      index=claims.index, dtype=object)
    return claims, errors


# --------------------------------------------------------------------------- aggregates

def _jalali_month(dates: pd.Series) -> pd.Series:
    """'YYYY-MM' in the Solar Hijri calendar ('' when there is no date)."""
    from .plots import gregorian_to_jalali

    d = pd.to_datetime(dates, errors="coerce")
    uniq = {}
    for v in d.dropna().unique():
        t = pd.Timestamp(v)
        jy, jm, _ = gregorian_to_jalali(t.year, t.month, t.day)
        uniq[t] = f"{jy:04d}-{jm:02d}"
    return pd.Series([uniq.get(pd.Timestamp(v), "") if not pd.isna(v) else "" for v in d],
                     index=dates.index, dtype=object)


def _text_key(s: pd.Series) -> pd.Series:
    return pd.Series([("" if _isna(v) else str(v)) for v in s], index=s.index, dtype=object)


def claim_keys(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim with the keys the aggregate tables group by (:data:`CUBE_KEYS`).

    ``speaker`` is the canonical name, else the surface form (as the figures label it);
    ``unattributed`` is an anonymous source or no speaker; ``hedge``/``booster`` whether
    the content has one (:func:`helpers.plots.hedge_types`)."""
    from .plots import hedge_types

    spk = _text_key(claims["speaker"]).str.strip()
    surf = _text_key(claims["speaker_surface"]).str.strip()
    speaker = spk.where(spk != "", surf)
    types = [hedge_types(_as_list(h)) for h in claims["hedges"]]
    return pd.DataFrame({
        "site": _text_key(claims["site"]),
        "month": _jalali_month(claims["date"]),
        "kind": _text_key(claims["kind"]),
        "stance": _text_key(claims["stance"]),
        "speaker": speaker,
        "unattributed": (_text_key(claims["source_type"]) == "anonymous") | (speaker == ""),
        "hedge": pd.Series(["hedge" in t for t in types], index=claims.index, dtype=bool),
        "booster": pd.Series(["booster" in t for t in types], index=claims.index, dtype=bool),
    }, index=claims.index)


def _as_list(v):
    """A ``hedges`` cell as a list: Dask's string conversion (``dataframe.convert-string``)
    turns list cells of a pandas frame into their repr, so parse those back."""
    if isinstance(v, str):
        v = v.strip()
        if not v:
            return []
        try:
            parsed = ast.literal_eval(v)
        except (ValueError, SyntaxError):
            return v
        return parsed if isinstance(parsed, (list, tuple)) else v
    return v


def article_keys(articles: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"site": _text_key(articles["site"]), "month": _jalali_month(articles["date"])},
                        index=articles.index)


def _cube_pandas(claims: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    ck = claim_keys(claims)
    cube = ck.groupby(CUBE_KEYS, sort=True).size().rename("n").reset_index()
    ak = article_keys(articles)
    acube = ak.groupby(["site", "month"], sort=True).size().rename("n").reset_index()
    return cube, acube


def _cube_dask(claims, articles) -> tuple[pd.DataFrame, pd.DataFrame]:
    import dask

    ck_meta = claim_keys(claims._meta)
    ak_meta = article_keys(articles._meta)
    ck = claims.map_partitions(claim_keys, meta=ck_meta)
    ak = articles.map_partitions(article_keys, meta=ak_meta)
    c, a = dask.compute(ck.groupby(CUBE_KEYS).size(), ak.groupby(["site", "month"]).size())
    cube = c.rename("n").sort_index().reset_index()
    acube = a.rename("n").sort_index().reset_index()
    return cube, acube


def combine_cubes(cubes: list[pd.DataFrame], keys: list[str]) -> pd.DataFrame:
    """Sum partial count cubes (from partitions) into one."""
    if not cubes:
        return pd.DataFrame({**{k: pd.Series(dtype=object) for k in keys}, "n": pd.Series(dtype="int64")})
    return pd.concat(cubes, ignore_index=True).groupby(keys, sort=True)["n"].sum().reset_index()


def tables_from_cubes(cube: pd.DataFrame, acube: pd.DataFrame, top_n: int = 20) -> dict[str, pd.DataFrame]:
    """The aggregate tables from a claim cube and an article cube (see :func:`aggregates`)."""
    cube = cube.copy()
    cube["n"] = cube["n"].astype("int64")
    for k in ("unattributed", "hedge", "booster"):
        cube[k] = cube[k].astype(bool)
    acube = acube.copy()
    acube["n"] = acube["n"].astype("int64")

    def count(frame, by, mask=None):
        f = frame if mask is None else frame[mask]
        return f.groupby(by, sort=True)["n"].sum()

    sites = sorted(set(cube["site"]) | set(acube["site"]))
    per_site = pd.DataFrame({
        "articles": count(acube, "site"),
        "claims": count(cube, "site"),
        "unattributed": count(cube, "site", cube["unattributed"]),
        "hedged": count(cube, "site", cube["hedge"]),
        "boosted": count(cube, "site", cube["booster"]),
    }).reindex(sites).fillna(0).astype("int64")
    per_site.index.name = "site"
    per_site["claims_per_article"] = per_site["claims"] / per_site["articles"].where(per_site["articles"] > 0)
    per_site = per_site.reset_index()[["site", "articles", "claims", "claims_per_article",
                                       "unattributed", "hedged", "boosted"]]

    per_kind = count(cube, "kind").rename("claims").reset_index()
    per_kind = per_kind.sort_values(["claims", "kind"], ascending=[False, True], kind="stable").reset_index(drop=True)

    per_stance = count(cube, ["site", "stance"]).rename("claims").reset_index()

    named = cube[~cube["unattributed"]]
    sp = named.groupby(["speaker", "kind"], sort=True)["n"].sum().unstack("kind", fill_value=0)
    kinds = [k for k in KIND_ORDER if k in sp.columns] + sorted(k for k in sp.columns if k not in KIND_ORDER)
    sp = sp.reindex(columns=kinds, fill_value=0).astype("int64")
    sp.columns.name = None
    sp["total"] = sp.sum(axis=1).astype("int64")
    top = sp.reset_index().sort_values(["total", "speaker"], ascending=[False, True], kind="stable")
    top_speakers = top.head(top_n).reset_index(drop=True)

    months = sorted((set(cube["month"]) | set(acube["month"])) - {""})
    per_month = pd.DataFrame({
        "articles": count(acube, "month"),
        "claims": count(cube, "month"),
    }).reindex(months).fillna(0).astype("int64")
    per_month.index.name = "month"
    per_month = per_month.reset_index()
    return {"per_site": per_site, "per_kind": per_kind, "per_stance": per_stance,
            "top_speakers": top_speakers, "per_month": per_month}


def aggregates(claims, articles, top_n: int = 20) -> dict[str, pd.DataFrame]:
    """The aggregate tables the figures need, from ``claims`` and ``articles`` given either
    as pandas DataFrames or as Dask DataFrames (then computed on the active client).

    * ``per_site``: site, articles, claims, claims_per_article, unattributed (anonymous or
      no speaker), hedged, boosted (claims whose content has a hedge / booster);
    * ``per_kind``: kind, claims (most first);
    * ``per_stance``: site, stance, claims;
    * ``top_speakers``: speaker, one column per kind, total — the ``top_n`` most quoted
      named speakers (ties by name);
    * ``per_month``: Solar Hijri month 'YYYY-MM', articles, claims (undated left out).

    Everything is summed from one count cube (:data:`CUBE_KEYS`), so partial cubes of
    partitions add up to exactly the cube of the whole.
    """
    if hasattr(claims, "dask") or hasattr(articles, "dask"):
        import dask
        import dask.dataframe as dd

        with dask.config.set({"dataframe.convert-string": False}):
            if not hasattr(claims, "dask"):
                claims = dd.from_pandas(claims, npartitions=1)
            if not hasattr(articles, "dask"):
                articles = dd.from_pandas(articles, npartitions=1)
            cube, acube = _cube_dask(claims[AGG_CLAIM_COLUMNS], articles[AGG_ARTICLE_COLUMNS])
    else:
        cube, acube = _cube_pandas(claims, articles)
    return tables_from_cubes(cube, acube, top_n=top_n)


# --------------------------------------------------------------------------- archives: plan

def plan_partitions(input_path: str | Path, partition_size: int = PARTITION_SIZE) -> list[dict]:
    """Cut a JSONL file (by lines, one scan for newline offsets), a Parquet file or a folder of
    Parquet files (by row groups) into partitions of about ``partition_size`` records."""
    p = Path(input_path)
    if not p.exists():
        raise _load.LoadError(f"{p}: no such file or folder")
    if p.is_dir():
        files = sorted(p.glob("*.parquet"))
        if not files:
            raise _load.LoadError(f"{p}: no .parquet files in the folder")
        return [s for f in files for s in _plan_parquet(f, partition_size, start=0)]
    ext = p.suffix.lower()
    if ext in (".jsonl", ".ndjson"):
        return _plan_jsonl(p, partition_size)
    if ext == ".parquet":
        return _plan_parquet(p, partition_size, start=0)
    raise _load.LoadError(f"{p}: run_archive reads .jsonl/.ndjson or .parquet (one file or a folder); "
                          "for other formats use helpers.load.load_articles")


def _plan_jsonl(path: Path, partition_size: int) -> list[dict]:
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _load.LoadError(f"{path}: UTF-16 JSONL; convert it to UTF-8 for run_archive")
    specs, start, line_no, first_line, n = [], 0, 0, 1, 0
    offset = 0
    with open(path, "rb") as f:
        while True:
            block = f.read(1 << 24)
            if not block:
                break
            i = block.find(b"\n")
            while i != -1:
                line_no += 1
                n += 1
                if n == partition_size:
                    end = offset + i + 1
                    specs.append({"kind": "jsonl", "path": str(path), "start": start, "end": end,
                                  "first_line": first_line})
                    start, first_line, n = end, line_no + 1, 0
                i = block.find(b"\n", i + 1)
            offset += len(block)
    if offset > start:
        specs.append({"kind": "jsonl", "path": str(path), "start": start, "end": offset, "first_line": first_line})
    for i, s in enumerate(specs):
        s["part"] = i
    return specs


def _plan_parquet(path: Path, partition_size: int, start: int) -> list[dict]:
    import pyarrow.parquet as pq

    md = pq.ParquetFile(path).metadata
    specs, groups, rows, first_row = [], [], 0, 0
    for g in range(md.num_row_groups):
        groups.append(g)
        rows += md.row_group(g).num_rows
        if rows >= partition_size:
            specs.append({"kind": "parquet", "path": str(path), "row_groups": groups, "first_row": first_row})
            first_row += rows
            groups, rows = [], 0
    if groups:
        specs.append({"kind": "parquet", "path": str(path), "row_groups": groups, "first_row": first_row})
    return specs


# --------------------------------------------------------------------------- archives: one partition

def _load_partition(spec: dict) -> _load.LoadResult:
    """The loader's record rules (quarantine reasons, dates, per-partition unique ids) on one
    partition; line/row numbers are those of the whole input file."""
    col = _load._Collector()
    path = Path(spec["path"])
    name = _load._display_path(path)
    if spec["kind"] == "jsonl":
        with open(path, "rb") as f:
            f.seek(spec["start"])
            data = f.read(spec["end"] - spec["start"])
        if spec["start"] == 0 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        for lineno, raw in enumerate(data.split(b"\n"), start=spec["first_line"]):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                col.reject(name, lineno, None, f"undecodable bytes: invalid UTF-8 at byte {e.start} of line {lineno}",
                           raw.decode("utf-8", "replace"))
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                col.reject(name, lineno, None, f"broken JSON at line {lineno}, column {e.colno}: {e.msg}", line)
                continue
            if not isinstance(obj, dict):
                col.reject(name, lineno, None, f"line {lineno} is a JSON {type(obj).__name__}, not an object", line)
                continue
            col.add(obj, name, lineno, "utf-8", f"{path.stem}-{lineno}")
    else:
        import pyarrow.parquet as pq

        table = pq.ParquetFile(path).read_row_groups(spec["row_groups"])
        for i, rec in enumerate(table.to_pylist(), start=spec["first_row"] + 1):
            rec = {k: (None if _isna(v) else v) if not isinstance(v, (list, dict)) else v for k, v in rec.items()}
            col.add(rec, name, i, "parquet", f"{path.stem}-{i}")
    return col.result([name])


def _schema(kind: str, columns: list[str]):
    import pyarrow as pa

    hedge = pa.list_(pa.struct([("word", pa.string()), ("type", pa.string()), ("start", pa.int64())]))
    types = {
        "date": pa.timestamp("us"), "source_line": pa.int64(),
        "start": pa.int64(), "end": pa.int64(), "cue_start": pa.int64(), "sentence": pa.int64(),
        "paragraph": pa.int64(), "speaker_start": pa.float64(), "confidence": pa.float64(),
        "hedges": hedge, "chain": pa.list_(pa.string()), "norm_map": pa.list_(pa.int64()),
    }
    fields = []
    for c in columns:
        t = types.get(c)
        if t is None:
            t = pa.int64() if kind == "normalized" and c.startswith("n_") else pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields)


def _write_parquet(df: pd.DataFrame, path: Path, kind: str) -> None:
    """Write with an explicit schema, so every partition of a table has the same one (an
    all-empty column would otherwise be typed ``null`` in one partition and ``string`` in
    the next)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema(kind, list(df.columns))
    arrays = []
    for f in schema:
        s = df[f.name]
        if pa.types.is_string(f.type):
            vals = [None if _isna(v) else str(v) for v in s]
        elif f.name == "hedges":
            vals = [[{"word": h.get("word"), "type": h.get("type"), "start": h.get("start")} for h in v]
                    if isinstance(v, list) else None for v in s]
        elif pa.types.is_list(f.type):
            vals = [list(v) if v is not None and not isinstance(v, float) else None for v in s]
        elif pa.types.is_timestamp(f.type):
            vals = pd.to_datetime(s, errors="coerce").astype("datetime64[us]")
        else:
            vals = [None if _isna(v) else v for v in s]
        arrays.append(pa.array(vals, type=f.type, from_pandas=True))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), tmp)
    os.replace(tmp, path)  # a rerun of a partition (a retried task) leaves a complete file


def process_partition(spec: dict, out_dir: str) -> dict:
    """Load, normalize and extract one partition; write its Parquet files; return counts,
    seconds per stage and this process's peak RSS."""
    from .normalize import normalize_frame

    out = Path(out_dir)
    part = f"part-{spec['part']:05d}.parquet"
    t0 = time.perf_counter()
    res = _load_partition(spec)
    arts = res.articles
    t1 = time.perf_counter()
    norm = normalize_frame(arts, text_col="text", id_col="id")
    t2 = time.perf_counter()
    raw = _extract_part(arts)
    raw["quote_group"] = None  # global across the archive: not computed here (see module doc)
    claims, errors = _split_errors(raw)
    t3 = time.perf_counter()
    _write_parquet(arts, out / "articles" / part, "articles")
    _write_parquet(res.quarantine, out / "quarantine" / part, "quarantine")
    _write_parquet(norm, out / "normalized" / part, "normalized")
    _write_parquet(claims, out / "claims" / part, "claims")
    _write_parquet(errors, out / "errors" / part, "errors")
    t4 = time.perf_counter()
    return {"part": spec["part"], "n_input": res.n_input, "articles": len(arts),
            "quarantined": len(res.quarantine), "claims": len(claims), "errors": len(errors),
            "ids": arts["id"].tolist(),
            "s_load": t1 - t0, "s_normalize": t2 - t1, "s_extract": t3 - t2, "s_write": t4 - t3,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "pid": os.getpid()}


# --------------------------------------------------------------------------- archives: run

def run_archive(input_path: str | Path, out_dir: str | Path, engine: str = "dask", scheduler=None,
                partition_size: int = PARTITION_SIZE, n_workers: int | None = None,
                memory_limit: str | float = "auto", top_n: int = 20) -> dict:
    """Stream a large JSONL/Parquet input through load → normalize → extract in partitions of
    ``partition_size`` articles, writing ``out_dir/{articles,quarantine,normalized,claims,
    errors}/part-NNNNN.parquet``, then the aggregate tables to ``out_dir/aggregates/*.parquet``
    and a ``summary.json``.  Returns the summary (plus the tables under ``"aggregates"``).

    ``engine="dask"``: partitions are tasks of a ``dask.bag`` on a ``distributed`` cluster
    (``scheduler`` address, else a LocalCluster of ``n_workers`` single-threaded processes);
    the aggregates are a Dask groupby over the Parquet claims.  ``engine="pandas"``: the same
    partitions one after another in this process, the aggregates summed partition by
    partition.  Either way a process holds one partition at a time.
    """
    _check_engine(engine)
    out = Path(out_dir)
    for sub in ("articles", "quarantine", "normalized", "claims", "errors", "aggregates"):
        d = out / sub
        if d.exists():
            for f in d.glob("*.parquet"):
                f.unlink()
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    specs = plan_partitions(input_path, partition_size)
    for i, s in enumerate(specs):
        s["part"] = i
    if engine == "pandas":
        stats = []
        cubes, acubes = [], []
        for s in specs:
            st = process_partition(s, str(out))
            stats.append(st)
        t_parts = time.perf_counter()
        for s in specs:
            part = f"part-{s['part']:05d}.parquet"
            c = pd.read_parquet(out / "claims" / part, columns=AGG_CLAIM_COLUMNS)
            a = pd.read_parquet(out / "articles" / part, columns=AGG_ARTICLE_COLUMNS)
            cube, acube = _cube_pandas(c, a)
            cubes.append(cube)
            acubes.append(acube)
            del c, a
        cube = combine_cubes(cubes, CUBE_KEYS)
        acube = combine_cubes(acubes, ["site", "month"])
        tables = tables_from_cubes(cube, acube, top_n=top_n)
        workers = 1
    else:
        import dask
        import dask.bag as db
        import dask.dataframe as dd

        with dask.config.set({"dataframe.convert-string": False}), \
                dask_client(scheduler, n_workers=n_workers, memory_limit=memory_limit) as client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            bag = db.from_sequence(specs, npartitions=max(1, len(specs)))
            stats = client.compute(bag.map(process_partition, out_dir=str(out)), sync=True)
            t_parts = time.perf_counter()
            claims = dd.read_parquet(str(out / "claims"), columns=AGG_CLAIM_COLUMNS)
            arts = dd.read_parquet(str(out / "articles"), columns=AGG_ARTICLE_COLUMNS)
            tables = aggregates(claims, arts, top_n=top_n)
    t_end = time.perf_counter()
    paths_agg = out / "aggregates"
    paths_agg.mkdir(parents=True, exist_ok=True)
    for name, t in tables.items():
        t.to_parquet(paths_agg / f"{name}.parquet", index=False)
    seen: dict[str, int] = {}
    for st in stats:
        for i in st.pop("ids"):
            seen[i] = seen.get(i, 0) + 1
    dups = sorted(i for i, n in seen.items() if n > 1)
    summary = {
        "input": str(input_path), "out_dir": str(out), "engine": engine, "workers": workers,
        "partitions": len(specs), "partition_size": partition_size,
        "n_input": sum(s["n_input"] for s in stats), "articles": sum(s["articles"] for s in stats),
        "quarantined": sum(s["quarantined"] for s in stats), "claims": sum(s["claims"] for s in stats),
        "errors": sum(s["errors"] for s in stats), "duplicate_ids": dups[:100], "n_duplicate_ids": len(dups),
        "seconds": round(t_end - t0, 2), "seconds_partitions": round(t_parts - t0, 2),
        "seconds_aggregates": round(t_end - t_parts, 2),
        "task_seconds": {k: round(sum(s[f"s_{k}"] for s in stats), 2)
                         for k in ("load", "normalize", "extract", "write")},
        "peak_rss_mb_per_process": round(max((s["maxrss_mb"] for s in stats), default=0.0), 1),
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return {**summary, "aggregates": tables}


def read_aggregates(out_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The aggregate tables :func:`run_archive` wrote."""
    d = Path(out_dir) / "aggregates"
    return {p.stem: pd.read_parquet(p) for p in sorted(d.glob("*.parquet"))}


# --------------------------------------------------------------------------- CLI

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.engine",
                                 description="Stream a large article archive (JSONL or Parquet) through load → "
                                             "normalize → extract claims, in partitions, on Dask or pandas.")
    ap.add_argument("input", help=".jsonl/.ndjson file, .parquet file, or a folder of .parquet files")
    ap.add_argument("out_dir", help="output folder (Parquet partitions + aggregates + summary.json)")
    ap.add_argument("--engine", choices=ENGINES, default="dask")
    ap.add_argument("--scheduler", default=None, help="Dask scheduler address (default: a LocalCluster)")
    ap.add_argument("--partition-size", type=int, default=PARTITION_SIZE, help="articles per partition")
    ap.add_argument("--workers", type=int, default=None, help="LocalCluster worker processes (default: cores)")
    ap.add_argument("--memory-limit", default="auto", help="memory limit per LocalCluster worker, e.g. 2GiB")
    args = ap.parse_args(argv)
    try:
        res = run_archive(args.input, args.out_dir, engine=args.engine, scheduler=args.scheduler,
                          partition_size=args.partition_size, n_workers=args.workers,
                          memory_limit=args.memory_limit)
    except _load.LoadError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    res.pop("aggregates")
    print(json.dumps(res, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
