"""Benchmarks: how long each stage of the report takes, against hazm's Normalizer, and how the
cost grows with the archive.

    .venv/bin/python benchmarks/run_benchmarks.py            # everything (about an hour on 2 cores)
    .venv/bin/python benchmarks/run_benchmarks.py --part stages|growth|profile|write

Writes ``benchmarks/results/{stages,growth}.json``, ``profile.txt`` and ``benchmarks.md`` (the
table for the README), and prints the table.

1. **Stages** on the 1,001 default articles, each in its own subprocess (so peak memory is that
   stage's: ``ru_maxrss`` of the process and of the processes it waited for, e.g. the notebook
   kernels), each also as a ratio to **hazm's** ``Normalizer().normalize`` alone on the same
   texts, measured in the same run: load, normalize (all steps, ZWNJ included), extract claims,
   the figures of notebook 04 (drawn and saved as PNG+SVG), the HTML export, and the whole report
   build (every notebook executed with papermill from a copy, then exported — what ``make report``
   does, but into a scratch folder so the committed notebooks are not rewritten).  Seconds exclude
   the interpreter start and imports; they include lexicon loading.
2. **Growth**: archives of 1k, 10k and 100k articles made by *sampling the 1,001 default articles
   with replacement and giving each copy a new id* (``<id>~sNNNNNN``) — real text, so the per-article
   cost is real, but the content repeats — streamed through :func:`helpers.engine.run_archive` on
   pandas (one process) and on Dask (a LocalCluster, one worker process per core).
3. **Profile** of normalize + extract on the 1,001 articles with pyinstrument
   (``results/profile.txt``), and the functions with the most self time.

No timing is asserted anywhere: the numbers are measured, written down and read by people.
The machine is shared (other jobs run at the same time), so absolute seconds are noisy; the ratios
to hazm within one run are the comparable numbers.
"""

from __future__ import annotations

import argparse
import ast
import datetime as _dt
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
ROOT = HERE.parent
STAGES = ["baseline", "hazm", "load", "normalize", "extract", "figures", "report", "html"]
SIZES = [1000, 10000, 100000]
ENGINES = ["pandas", "dask"]
SEED = 8


def _peak_mb() -> float:
    """Peak RSS of this process and of every process it waited for (Linux: KiB)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(me, kids) / 1024


# --------------------------------------------------------------------------- stages (child side)

def _articles(work: Path):
    import pandas as pd

    return pd.read_parquet(work / "articles.parquet")


def _declared(nb) -> set[str]:
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            try:
                tree = ast.parse(cell.source)
            except SyntaxError:
                return set()
            return {t.id for node in tree.body if isinstance(node, ast.Assign)
                    for t in node.targets if isinstance(t, ast.Name)}
    return set()


def _report_notebooks() -> list[Path]:
    """Every report notebook, as ``make report`` runs them (the .ipynb; the jupytext .py twin
    when the .ipynb does not exist yet)."""
    nbdir = ROOT / "notebooks"
    stems = sorted({p.stem for p in nbdir.glob("[0-9][0-9]_*.ipynb")} | {p.stem for p in nbdir.glob("[0-9][0-9]_*.py")})
    out = []
    for s in stems:
        ipynb = nbdir / f"{s}.ipynb"
        out.append(ipynb if ipynb.exists() else nbdir / f"{s}.py")
    return out


def run_stage(name: str, work: Path) -> dict:
    """Run one stage in this (fresh) process; return seconds, peak MB and what it produced."""
    info: dict = {}
    if name == "baseline":
        import hazm  # noqa: F401
        import pandas  # noqa: F401

        from helpers import claims, engine, load, normalize, plots  # noqa: F401
        t0 = time.perf_counter()
    elif name == "hazm":
        from hazm import Normalizer

        texts = _articles(work)["text"].tolist()
        t0 = time.perf_counter()
        norm = Normalizer()
        out = [norm.normalize(t) for t in texts]
        info["chars"] = sum(len(t) for t in texts)
        info["articles"] = len(out)
    elif name == "load":
        from helpers import load

        t0 = time.perf_counter()
        res = load.load_default()
        secs = time.perf_counter() - t0
        res.articles.to_parquet(work / "articles.parquet", index=False)
        info["articles"] = len(res.articles)
        return {"seconds": secs, "peak_mb": _peak_mb(), **info}
    elif name == "normalize":
        from helpers import engine

        arts = _articles(work)
        t0 = time.perf_counter()
        out = engine.normalize_articles(arts)
        info["articles"] = len(out)
    elif name == "extract":
        from helpers import engine

        arts = _articles(work)
        t0 = time.perf_counter()
        claims, errors = engine.extract_claims(arts)
        secs = time.perf_counter() - t0
        claims.to_pickle(work / "claims.pkl")
        return {"seconds": secs, "peak_mb": _peak_mb(), "claims": len(claims), "errors": len(errors)}
    elif name == "figures":
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import pandas as pd

        from helpers import paths, plots

        arts = _articles(work)
        claims = pd.read_pickle(work / "claims.pkl")
        t0 = time.perf_counter()
        plots.setup()
        # the figures of notebooks/04_visualize_claims (those plots.py has today)
        calls = [("01_top_speakers", "top_speakers", (claims,), {}),
                 ("02_claims_per_outlet", "claims_per_outlet", (claims, arts), {}),
                 ("03_stance_by_outlet", "stance_by_outlet", (claims, arts), {}),
                 ("04_hedging_by_outlet", "hedging", (claims,), {"by": "site"}),
                 ("04b_hedging_by_source_type", "hedging", (claims,), {"by": "source_type"}),
                 ("05_claims_over_time", "claims_over_time", (claims, arts), {}),
                 ("06_speaker_outlet", "speaker_outlet_heatmap", (claims,), {}),
                 ("06b_content_words", "content_words", (claims,), {}),
                 ("07_seed_timeline", "seed_timeline", (claims, arts), {"article_id": paths.SEED_ID})]
        drawn = []
        for fname, fn, args, kw in calls:
            if not hasattr(plots, fn):
                continue
            fig = getattr(plots, fn)(*args, **kw)
            plots.save(fig, fname, work / "figures")
            plt.close(fig)
            drawn.append(fn)
        info["figures"] = len(drawn)
    elif name == "report":
        import jupytext
        import nbformat
        import papermill as pm

        from helpers.export import export_html

        rep = work / "report"
        shutil.rmtree(rep, ignore_errors=True)
        (rep / "notebooks").mkdir(parents=True)
        params_all = {"DATA_DIR": str(rep / "data"), "FIGURES_DIR": str(rep / "figures")}
        t0 = time.perf_counter()
        per_nb = {}
        for src in _report_notebooks():
            t1 = time.perf_counter()
            nb = jupytext.read(src) if src.suffix == ".py" else nbformat.read(src, as_version=4)
            copy = rep / "notebooks" / f"{src.stem}.ipynb"
            nbformat.write(nb, copy)
            declared = _declared(nb)
            pm.execute_notebook(str(copy), str(copy), parameters={k: v for k, v in params_all.items() if k in declared},
                                kernel_name="python3", cwd=str(rep / "notebooks"), progress_bar=False)
            export_html(copy, rep / "html")
            per_nb[src.name] = round(time.perf_counter() - t1, 1)
        info["notebooks"] = per_nb
    elif name == "html":
        from helpers.export import export_html

        nbs = sorted((work / "report" / "notebooks").glob("*.ipynb"))
        t0 = time.perf_counter()
        for nb in nbs:
            export_html(nb, work / "html")
        info["pages"] = len(nbs)
    else:
        raise SystemExit(f"unknown stage {name}")
    return {"seconds": time.perf_counter() - t0, "peak_mb": _peak_mb(), **info}


def run_archive_stage(archive: Path, out: Path, engine_name: str, workers: int) -> dict:
    from helpers import engine

    t0 = time.perf_counter()
    res = engine.run_archive(archive, out, engine=engine_name, n_workers=workers)
    secs = time.perf_counter() - t0
    res.pop("aggregates")
    res.pop("duplicate_ids")
    return {"seconds": secs, "peak_mb_all": _peak_mb(),
            "peak_mb_driver": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "summary": res}


# --------------------------------------------------------------------------- harness

def _child(args: list[str], timeout: float = 7200) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{p.stderr[-4000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def part_stages(work: Path) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    out = {}
    for s in ["load"] + [x for x in STAGES if x != "load"]:  # load first: it writes the input of the others
        print(f"  stage {s} …", flush=True)
        out[s] = _child(["--stage", s, "--work", str(work)])
        print(f"    {out[s]['seconds']:.1f} s, peak {out[s]['peak_mb']:.0f} MB", flush=True)
    return out


def make_archive(n: int, path: Path) -> Path:
    """n articles sampled with replacement from the 1,001 default ones, each with a new id."""
    if path.exists():
        return path
    from helpers import load

    arts = load.load_default().articles
    recs = []
    for r in arts[["id", "title", "text", "site", "url", "date"]].to_dict("records"):
        d = r["date"]
        r["date"] = None if d is None or d != d else d.strftime("%Y-%m-%d")
        recs.append({k: (None if (v is not None and not isinstance(v, str) and v != v) else v) for k, v in r.items()})
    rng = random.Random(SEED + n)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for k in range(n):
            rec = dict(recs[rng.randrange(len(recs))])
            rec["id"] = f"{rec['id']}~s{k:06d}"
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def part_growth(work: Path, sizes: list[int], engines: list[str], workers: int) -> list[dict]:
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in sizes:
        arch = make_archive(n, work / f"archive_{n}.jsonl")
        for e in engines:
            print(f"  growth {n} articles on {e} …", flush=True)
            out = work / f"out_{n}_{e}"
            r = _child(["--archive", str(arch), "--out", str(out), "--engine", e, "--workers", str(workers)])
            shutil.rmtree(out, ignore_errors=True)
            s = r["summary"]
            row = {"articles": n, "engine": e, "seconds": round(r["seconds"], 1),
                   "seconds_per_1k": round(1000 * r["seconds"] / n, 2),
                   "peak_mb_driver": round(r["peak_mb_driver"]), "peak_mb_process": round(r["peak_mb_all"]),
                   "peak_mb_worker": s["peak_rss_mb_per_process"], "workers": s["workers"],
                   "partitions": s["partitions"], "claims": s["claims"], "quarantined": s["quarantined"],
                   "task_seconds": s["task_seconds"], "seconds_aggregates": s["seconds_aggregates"],
                   "input_mb": round(arch.stat().st_size / 2**20)}
            rows.append(row)
            print(f"    {row['seconds']} s ({row['seconds_per_1k']} s per 1k), peak {row['peak_mb_process']} MB",
                  flush=True)
            (RESULTS / "growth.partial.json").write_text(json.dumps(rows, indent=2))
    return rows


def part_profile(work: Path) -> dict:
    """pyinstrument over normalize + extract on the 1,001 articles; the functions with most self time."""
    import pandas as pd
    from pyinstrument import Profiler

    from helpers import engine, load

    arts = load.load_default().articles
    prof = Profiler(interval=0.002)
    prof.start()
    engine.normalize_articles(arts)
    engine.extract_claims(arts)
    prof.stop()
    text = prof.output_text(unicode=False, color=False, show_all=False)
    session = prof.last_session
    by_fn: dict[tuple[str, str], float] = {}
    by_file: dict[str, float] = {}

    def walk(frame):
        if frame.is_synthetic:  # '[self]' leaves: already in their parent's total_self_time
            return
        fn = (frame.function or "?", _short(frame.file_path))
        by_fn[fn] = by_fn.get(fn, 0.0) + frame.total_self_time
        by_file[fn[1]] = by_file.get(fn[1], 0.0) + frame.total_self_time
        for c in frame.children:
            walk(c)

    incl: dict[tuple[str, str], float] = {}
    callers: dict[tuple[str, str], float] = {}

    def walk_incl(frame, seen: frozenset):
        """Inclusive time per project function (counted once per stack), and who calls the
        built-ins (self time of a built-in is spent on behalf of its caller)."""
        if frame.is_synthetic:
            return
        key = (frame.function or "?", _short(frame.file_path))
        if key[1].startswith("helpers/") and key not in seen:
            incl[key] = incl.get(key, 0.0) + frame.time
            seen = seen | {key}
        if key[1] == "<built-in>" and frame.parent is not None:
            ck = (f"{key[0]} in {frame.parent.function}", _short(frame.parent.file_path))
            callers[ck] = callers.get(ck, 0.0) + frame.total_self_time
        for c in frame.children:
            walk_incl(c, seen)

    root = session.root_frame()
    walk(root)
    walk_incl(root, frozenset())
    total = root.time
    top_incl = sorted(incl.items(), key=lambda kv: -kv[1])[:16]
    top_callers = sorted(callers.items(), key=lambda kv: -kv[1])[:6]
    top_fn = sorted(by_fn.items(), key=lambda kv: -kv[1])[:12]
    top_file = sorted(by_file.items(), key=lambda kv: -kv[1])[:8]
    cpu = getattr(session, "cpu_time", float("nan"))
    head = ["# pyinstrument: engine.normalize_articles + engine.extract_claims on the 1,001 default articles",
            f"# total {total:.1f} s wall, {cpu:.1f} s CPU (wall-clock samples; the machine is shared)", "#",
            "# self time by function (top 12):"]
    head += [f"#   {t:6.2f} s {100 * t / total:5.1f}%  {f} ({p})" for (f, p), t in top_fn]
    head += ["#", "# self time by file (top 8):"]
    head += [f"#   {t:6.2f} s {100 * t / total:5.1f}%  {p}" for p, t in top_file]
    head += ["#", "# inclusive time of project functions (top 16):"]
    head += [f"#   {t:6.2f} s {100 * t / total:5.1f}%  {f} ({p})" for (f, p), t in top_incl]
    head += ["#", "# built-ins by caller (self time, top 6):"]
    head += [f"#   {t:6.2f} s {100 * t / total:5.1f}%  {f} ({p})" for (f, p), t in top_callers]
    (RESULTS / "profile.txt").write_text("\n".join(head) + "\n\n" + text, encoding="utf-8")
    del pd
    return {"total": total, "cpu": cpu, "top_functions": [[f, p, t] for (f, p), t in top_fn],
            "top_files": [[p, t] for p, t in top_file],
            "top_inclusive": [[f, p, t] for (f, p), t in top_incl],
            "builtin_callers": [[f, p, t] for (f, p), t in top_callers]}


def _short(path: str | None) -> str:
    if not path:
        return "?"
    p = str(path)
    for marker in ("/site-packages/", "/src/", "/lib/python3.12/"):
        if marker in p:
            return p.split(marker, 1)[1]
    return p


# --------------------------------------------------------------------------- report

def _fmt_s(x: float) -> str:
    return f"{x:.1f}" if x < 100 else f"{x:.0f}"


def write_markdown() -> str:
    st = _load_json("stages.json")
    gr = _load_json("growth.json")
    pr = _load_json("profile.json")
    lines = ["# Benchmarks", ""]
    meta = (st or gr or {}).get("meta", {})
    if meta:
        lines += [f"Command: `.venv/bin/python benchmarks/run_benchmarks.py`. Machine: {meta.get('cpus')} cores, "
                  f"{meta.get('mem_gb')} GiB RAM, Python {meta.get('python')}, shared with other jobs "
                  f"(load average at start {meta.get('loadavg')}), so seconds are noisy; ratios within one run are "
                  "what compare.", ""]
    if st:
        s = st["stages"]
        h = s["hazm"]["seconds"]
        base = s["baseline"]["peak_mb"]
        lines += [f"## Stages on the {s['load'].get('articles', 1001):,} default articles "
                  f"(run {st['meta']['when']}{_code(st['meta'])})", "",
                  f"Reference: **hazm `Normalizer().normalize` alone on the same texts: {h:.2f} s** "
                  f"({s['hazm'].get('chars', 0):,} characters). Peak memory is the stage's own process "
                  f"(and the processes it waited for, e.g. notebook kernels); Python + pandas + hazm + helpers "
                  f"imported and idle is {base:.0f} MB.", "",
                  "| stage | seconds | × hazm | peak MB | target |", "|---|---:|---:|---:|---|"]
        targets = {"normalize": ("≤ 2× hazm", 2.0), "normalize + extract": ("≤ 3× hazm", 3.0),
                   "report": ("≤ 120 s", None)}
        rows = [("hazm Normalizer (reference)", "hazm"), ("load", "load"), ("normalize (+ZWNJ)", "normalize"),
                ("extract claims", "extract"), ("normalize + extract", None), ("figures (notebook 04)", "figures"),
                ("HTML export", "html"), ("build the report (all notebooks + export)", "report")]
        for label, key in rows:
            if key is None:
                secs = s["normalize"]["seconds"] + s["extract"]["seconds"]
                mb = max(s["normalize"]["peak_mb"], s["extract"]["peak_mb"])
                tkey = "normalize + extract"
            else:
                secs, mb, tkey = s[key]["seconds"], s[key]["peak_mb"], key
            tgt, lim = targets.get(tkey, ("", None))
            ok = ""
            if tkey == "report":
                ok = " ✔" if secs <= 120 else " ✘"
            elif lim is not None:
                ok = " ✔" if secs / h <= lim else " ✘"
            lines.append(f"| {label} | {_fmt_s(secs)} | {secs / h:.2f} | {mb:.0f} | {tgt}{ok} |")
        peak = max(v["peak_mb"] for v in s.values())
        lines += ["", f"Peak memory of any stage: {peak:.0f} MB (target ≤ 2 GiB {'✔' if peak <= 2048 else '✘'}). "
                  f"Claims found: {s['extract'].get('claims')}; figures drawn: {s['figures'].get('figures')}."]
        nbs = s["report"].get("notebooks") or {}
        if nbs:
            lines += ["", "Report build per notebook (execute + export, seconds): "
                      + ", ".join(f"{k} {v}" for k, v in nbs.items()) + "."]
        lines.append("")
    if pr:
        lines += ["## What dominated (pyinstrument, normalize + extract on the 1,001 articles)", "",
                  f"Total {pr['total']:.1f} s under the profiler. Self time by file:", ""]
        lines += [f"- {p}: {t:.1f} s ({100 * t / pr['total']:.0f}%)" for p, t in pr["top_files"][:6]]
        lines += ["", "Self time by function:", ""]
        lines += [f"- `{f}` ({p}): {t:.1f} s ({100 * t / pr['total']:.0f}%)" for f, p, t in pr["top_functions"][:8]]
        if pr.get("top_inclusive"):
            lines += ["", "Inclusive time of project functions:", ""]
            lines += [f"- `{f}` ({p}): {t:.1f} s ({100 * t / pr['total']:.0f}%)" for f, p, t in pr["top_inclusive"][:12]]
            lines += ["", "Built-ins by caller:", ""]
            lines += [f"- `{f}` ({p}): {t:.1f} s ({100 * t / pr['total']:.0f}%)" for f, p, t in pr["builtin_callers"]]
        lines += ["", "Full call tree: `benchmarks/results/profile.txt`.", ""]
    if gr:
        lines += [f"## Cost growth (run {gr['meta']['when']}{_code(gr['meta'])})", "",
                  "Archives made by **sampling the 1,001 default articles with replacement and giving every copy "
                  "a new id** (`<id>~sNNNNNN`): real texts, repeated content. Streamed through "
                  "`helpers.engine.run_archive` (= `python -m helpers.engine ARCHIVE OUT --engine E`) in partitions "
                  f"of {gr['meta'].get('partition_size')} articles: load → "
                  "normalize → extract → Parquet, then the aggregate tables. pandas = one process, partitions one "
                  f"after another; Dask = LocalCluster of {gr['meta']['workers']} single-threaded worker processes.",
                  "", "| articles | engine | seconds | s per 1k | peak MB (process) | peak MB per worker | claims |",
                  "|---:|---|---:|---:|---:|---:|---:|"]
        for r in gr["rows"]:
            w = f"{r['peak_mb_worker']:.0f}" if r["engine"] == "dask" else "—"
            lines.append(f"| {r['articles']:,} | {r['engine']} | {_fmt_s(r['seconds'])} | {r['seconds_per_1k']:.1f} "
                         f"| {r['peak_mb_process']} | {w} | {r['claims']:,} |")
        lines += ["", "Peak MB (process) is the largest of the driver and every process it waited for (Dask "
                  "workers included); per worker is the largest `ru_maxrss` a worker reported.", ""]
        for e in ENGINES:
            rs = sorted((r for r in gr["rows"] if r["engine"] == e), key=lambda r: r["articles"])
            if len(rs) >= 2:
                a, b = rs[-2], rs[-1]
                lines.append(f"- {e}: {a['articles']:,} → {b['articles']:,} articles ({b['articles'] / a['articles']:.0f}×): "
                             f"time {b['seconds'] / a['seconds']:.1f}×, peak memory {b['peak_mb_process'] / a['peak_mb_process']:.2f}×.")
        by = {(r["articles"], r["engine"]): r for r in gr["rows"]}
        big = max(r["articles"] for r in gr["rows"])
        if (big, "pandas") in by and (big, "dask") in by:
            lines.append(f"- at {big:,} articles Dask took {by[(big, 'dask')]['seconds'] / by[(big, 'pandas')]['seconds']:.2f}× "
                         "the pandas time.")
        lines.append("")
    md = "\n".join(lines)
    (RESULTS / "benchmarks.md").write_text(md, encoding="utf-8")
    return md


def _code(meta: dict) -> str:
    return f", code {meta['code']}" if meta.get("code") else ""


def _load_json(name: str):
    p = RESULTS / name
    return json.loads(p.read_text()) if p.exists() else None


def _code_version() -> str:
    """The commit of the helpers code measured (and whether the working tree differs from it)."""
    import helpers

    src = Path(helpers.__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        if src != ROOT / "src":
            snap = src.parent / "COMMIT"
            return f"{snap.read_text().strip() if snap.exists() else '?'} (snapshot at {src})"
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True,
                               text=True).stdout.strip()
        return head + (" + uncommitted changes in src/" if dirty else "")
    except OSError:
        return "?"


def _meta(workers: int | None = None, partition_size: int | None = None) -> dict:
    import psutil

    return {"when": _dt.datetime.now().strftime("%Y-%m-%d %H:%M"), "cpus": os.cpu_count(),
            "mem_gb": round(psutil.virtual_memory().total / 2**30), "python": platform.python_version(),
            "loadavg": " ".join(f"{x:.1f}" for x in os.getloadavg()), "workers": workers,
            "code": _code_version(),
            "partition_size": partition_size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=["all", "stages", "growth", "profile", "write"], default="all")
    ap.add_argument("--sizes", type=int, nargs="+", default=SIZES)
    ap.add_argument("--engines", nargs="+", choices=ENGINES, default=ENGINES)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--work", type=Path, default=ROOT / "runs" / "bench", help="scratch folder (gitignored)")
    ap.add_argument("--keep", action="store_true", help="keep the scratch folder (sampled archives)")
    # internal: one stage in a fresh process
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    ap.add_argument("--archive", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--engine", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.stage:
        print(json.dumps(run_stage(args.stage, args.work)))
        return 0
    if args.archive:
        print(json.dumps(run_archive_stage(args.archive, args.out, args.engine, args.workers)))
        return 0

    RESULTS.mkdir(parents=True, exist_ok=True)
    from helpers import engine

    if args.part in ("all", "stages"):
        print("stages on the default articles:", flush=True)
        meta = _meta()
        stages = part_stages(args.work / "stages")
        (RESULTS / "stages.json").write_text(json.dumps({"meta": meta, "stages": stages}, indent=2))
    if args.part in ("all", "profile"):
        print("profile …", flush=True)
        (RESULTS / "profile.json").write_text(json.dumps(part_profile(args.work), indent=2))
    if args.part in ("all", "growth"):
        print("growth:", flush=True)
        meta = _meta(args.workers, engine.PARTITION_SIZE)
        rows = part_growth(args.work / "growth", args.sizes, args.engines, args.workers)
        (RESULTS / "growth.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=2))
        (RESULTS / "growth.partial.json").unlink(missing_ok=True)
    if not args.keep and args.part != "write":
        shutil.rmtree(args.work, ignore_errors=True)
    print(write_markdown())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
