"""Score the claim extractor against the hand-annotated gold set in ``data/gold``.

Gold: ``data/gold/claims_*.jsonl`` (one statement per line, the guideline's format) and
``data/gold/split.tsv`` (article_id → ``tune`` | ``heldout`` | ``seed``). The tune split is for
rule development; the held-out split is only ever scored in aggregate.

Protocol (the guideline's §6): within an article, predictions and gold records are matched one to
one, greedily by character IoU of the content spans, at IoU ≥ 0.5. Then

* recall: matched **core** gold records / core gold records;
* precision: matched predictions / predictions (a match with an extended gold record counts);
* speaker accuracy, kind accuracy, exact-boundary rate: over the matched pairs;
  speakers are compared after folding (ی/ک, digits), and with ZWNJ and spaces removed.

``python -m helpers.evaluate [--split tune|heldout|seed|all]`` prints the table, with the
calibration baseline (a plain regex over 24 colon cues) side by side.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import pandas as pd

from . import paths
from .claims import extract
from .claims._lexicon import key as _key
from .normalize import fold

SPLITS = ("tune", "heldout", "seed", "all")
#: Annotation rounds: round 1 = the first session's batches (t1–t3, h1, h2), round 2 = the mixed
#: batches a1–a4 (one annotator per batch, each batch split per article between tune and held-out),
#: round 3 = b1–b4 (the third session's draw, same protocol as round 2).
#: ``"heldout:2"`` selects the held-out articles of round 2, and so on.
ROUND_PREFIX = {"claims_a": 2, "claims_b": 3}
#: (round 3's held-out articles were scored once, then opened and moved to tune: benchmarks/claims_fresh_round3.json)
ROUND_SPLITS = ("tune:1", "tune:2", "tune:3", "heldout:1", "heldout:2")


def batch_round(file_name: str) -> int:
    """The annotation round of a batch file (``claims_a3.jsonl`` → 2, ``claims_b1.jsonl`` → 3)."""
    name = Path(file_name).name
    return next((r for prefix, r in ROUND_PREFIX.items() if name.startswith(prefix)), 1)


def _split_round(split: str) -> tuple[str, int | None]:
    if split in SPLITS:
        return split, None
    if split in ROUND_SPLITS:
        s, r = split.split(":")
        return s, int(r)
    raise ValueError(f"split must be one of {SPLITS + ROUND_SPLITS}, not {split!r}")
IOU = 0.5

# --------------------------------------------------------------------------- gold


def load_split(gold_dir: Path = paths.GOLD) -> dict[str, str]:
    out = {}
    p = Path(gold_dir) / "split.tsv"
    for ln in p.read_text(encoding="utf-8").splitlines()[1:]:
        if ln.strip():
            aid, sp = ln.split("\t")[:2]
            out[aid.strip()] = sp.strip()
    return out


def load_gold(split: str = "all", gold_dir: Path = paths.GOLD) -> pd.DataFrame:
    """Gold records of one split (all claims_*.jsonl files, filtered by split.tsv; ``split:round`` too)."""
    split, rnd = _split_round(split)
    sp = load_split(gold_dir)
    rows = []
    for f in sorted(Path(gold_dir).glob("claims_*.jsonl")):
        for i, ln in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if ln.strip():
                r = json.loads(ln)
                r["_file"], r["_line"], r["_round"] = f.name, i, batch_round(f.name)
                rows.append(r)
    df = pd.DataFrame(rows)
    if df.empty:
        return df
    df["split"] = df["article_id"].map(sp)
    if split != "all":
        df = df[df["split"] == split]
    if rnd is not None:
        df = df[df["_round"] == rnd]
    return df.reset_index(drop=True)


def gold_articles(split: str = "all", gold_dir: Path = paths.GOLD) -> pd.DataFrame:
    """The articles of a split (from the default corpus + seed), with their texts."""
    from .load import load_default

    split, rnd = _split_round(split)
    sp = load_split(gold_dir)
    ids = [a for a, s in sp.items() if split == "all" or s == split]
    if rnd is not None:
        in_round = set(load_gold(f"{split}:{rnd}", gold_dir)["article_id"])
        ids = [a for a in ids if a in in_round]
    arts = load_default().articles
    return arts[arts["id"].isin(ids)].reset_index(drop=True)


# --------------------------------------------------------------------------- baseline

_BASELINE_CUES = [
    "گفت", "افزود", "ادامه داد", "اظهار داشت", "اظهارداشت", "تصریح کرد", "اظهار کرد", "خاطرنشان کرد",
    "تاکید کرد", "اضافه کرد", "اعلام کرد", "بیان کرد", "بیان داشت", "عنوان کرد", "یادآور شد", "نوشت",
    "توضیح داد", "مدعی شد", "ابراز داشت", "پاسخ داد", "خاطرنشان ساخت", "تصریح نمود", "تاکید نمود", "اعلام نمود",
]
_BASELINE_RE = re.compile(
    r"(?P<spk>(?:[^\s:،.]+ ){0,4}?)(?P<cue>" + "|".join(re.escape(c) for c in sorted(_BASELINE_CUES, key=len, reverse=True))
    + r") ?:(?P<content>[^\n]*)")


def baseline_extract(text: str, article_id: str = "") -> list[dict]:
    """The calibration baseline: «<up to 4 words> <one of 24 colon cues>: <rest of the line>»;
    the speaker is the words before the cue, as written; the kind is always direct."""
    f = fold(text)
    out = []
    for m in _BASELINE_RE.finditer(f):
        s, e = m.start("content"), m.end("content")
        while s < e and f[s] in " \u200c":
            s += 1
        while e > s and f[e - 1] in " .\u200c\r":
            e -= 1
        if e <= s:
            continue
        out.append({"article_id": article_id, "kind": "direct", "start": s, "end": e,
                    "content": text[s:e], "speaker": text[m.start("spk"):m.end("spk")].strip()})
    return out


# --------------------------------------------------------------------------- matching

def _iou(a0: int, a1: int, b0: int, b1: int) -> float:
    inter = max(0, min(a1, b1) - max(a0, b0))
    union = max(a1, b1) - min(a0, b0)
    return inter / union if union > 0 else 0.0


def speaker_key(s) -> str:
    return _key(s or "")


def match(pred: pd.DataFrame, gold: pd.DataFrame, iou: float = IOU) -> pd.DataFrame:
    """One-to-one greedy matching by IoU within each article. Returns one row per gold record
    and per unmatched prediction: columns g (gold index or None), p (prediction index or None), iou."""
    rows = []
    for aid in sorted(set(gold["article_id"]) | set(pred["article_id"] if len(pred) else [])):
        g = gold[gold["article_id"] == aid]
        p = pred[pred["article_id"] == aid] if len(pred) else pred
        cands = []
        for gi, gr in g.iterrows():
            for pi, pr in p.iterrows():
                v = _iou(int(gr["start"]), int(gr["end"]), int(pr["start"]), int(pr["end"]))
                if v >= iou:
                    cands.append((v, gi, pi))
        cands.sort(key=lambda x: -x[0])
        used_g, used_p = set(), set()
        for v, gi, pi in cands:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            rows.append({"article_id": aid, "g": gi, "p": pi, "iou": v})
        for gi in g.index:
            if gi not in used_g:
                rows.append({"article_id": aid, "g": gi, "p": None, "iou": 0.0})
        for pi in (p.index if len(p) else []):
            if pi not in used_p:
                rows.append({"article_id": aid, "g": None, "p": pi, "iou": 0.0})
    return pd.DataFrame(rows, columns=["article_id", "g", "p", "iou"])


def _metrics(pred: pd.DataFrame, gold: pd.DataFrame, m: pd.DataFrame) -> dict:
    core = gold[gold["tier"] == "core"]
    pairs = m.dropna(subset=["g", "p"])
    matched_core = pairs[pairs["g"].isin(core.index)]
    rec = len(matched_core) / len(core) if len(core) else float("nan")
    prec = len(pairs) / len(pred) if len(pred) else float("nan")
    f1 = 2 * prec * rec / (prec + rec) if prec == prec and rec == rec and prec + rec else float("nan")
    return {"recall": rec, "precision": prec, "f1": f1, **_pair_scores(pairs, pred, gold), "n_gold_core": len(core), "n_gold": len(gold), "n_pred": len(pred),
            "n_matched": len(pairs)}


def _pair_scores(pairs: pd.DataFrame, pred: pd.DataFrame, gold: pd.DataFrame) -> dict:
    if not len(pairs):
        return {"speaker_acc": float("nan"), "kind_acc": float("nan"), "exact_boundary": float("nan")}
    gp = [(gold.loc[int(r.g)], pred.loc[int(r.p)]) for r in pairs.itertuples()]
    return {
        "speaker_acc": sum(speaker_key(g["speaker"]) == speaker_key(p["speaker"]) for g, p in gp) / len(gp),
        "kind_acc": sum(g["kind"] == p["kind"] for g, p in gp) / len(gp),
        "exact_boundary": sum(int(g["start"]) == int(p["start"]) and int(g["end"]) == int(p["end"]) for g, p in gp) / len(gp),
    }


def _kind_metrics(pred: pd.DataFrame, gold: pd.DataFrame, m: pd.DataFrame, k: str) -> dict:
    """Recall over core gold records of kind k; precision over predictions of kind k; pair scores
    over matched pairs whose gold record is of kind k."""
    pairs = m.dropna(subset=["g", "p"])
    gk = gold[gold["kind"] == k]
    core_k = gk[gk["tier"] == "core"]
    pk = pred[pred["kind"] == k] if len(pred) else pred
    rec = pairs["g"].isin(core_k.index).sum() / len(core_k) if len(core_k) else float("nan")
    prec = pairs["p"].isin(pk.index).sum() / len(pk) if len(pk) else float("nan")
    f1 = 2 * prec * rec / (prec + rec) if prec == prec and rec == rec and prec + rec else float("nan")
    pg = pairs[pairs["g"].isin(gk.index)]
    return {"recall": rec, "precision": prec, "f1": f1, **_pair_scores(pg, pred, gold),
            "n_gold_core": len(core_k), "n_gold": len(gk), "n_pred": len(pk), "n_matched": len(pg)}


def predict(articles: pd.DataFrame, system: str = "goftar") -> pd.DataFrame:
    rows = []
    for a in articles.itertuples():
        if system == "goftar":
            rows.extend(c.to_dict() for c in extract(a.text, article_id=a.id, date=getattr(a, "date", None)))
        elif system == "baseline":
            rows.extend(baseline_extract(a.text, article_id=a.id))
        else:
            raise ValueError(system)
    return pd.DataFrame(rows, columns=["article_id", "kind", "start", "end", "content", "speaker"] if not rows else None)


def evaluate(split: str = "tune", systems=("goftar", "baseline"), gold_dir: Path = paths.GOLD,
             per_kind: bool = False) -> pd.DataFrame:
    """The metrics table (one row per system; with ``per_kind`` one row per system and kind)."""
    gold = load_gold(split, gold_dir)
    arts = gold_articles(split, gold_dir)
    rows = []
    for sysname in systems:
        pred = predict(arts, sysname)
        m = match(pred, gold)
        rows.append({"system": sysname, "kind": "all", **_metrics(pred, gold, m)})
        if per_kind:
            for k in ("direct", "indirect", "according_to"):
                rows.append({"system": sysname, "kind": k, **_kind_metrics(pred, gold, m, k)})
    df = pd.DataFrame(rows)
    df.insert(0, "split", split)
    return df


def article_counts(split: str = "tune", gold_dir: Path = paths.GOLD, system: str = "goftar") -> pd.DataFrame:
    """Per-article counts behind the aggregate scores (core gold, core matched, predicted, matched, speaker right),
    for confidence intervals; no record is shown, so it is allowed on the held-out split."""
    gold = load_gold(split, gold_dir)
    arts = gold_articles(split, gold_dir)
    pred = predict(arts, system)
    m = match(pred, gold).dropna(subset=["g", "p"])
    out = {a: dict(core=0, core_matched=0, pred=0, matched=0, speaker_ok=0) for a in arts["id"]}
    for r in gold.itertuples():
        out[r.article_id]["core"] += r.tier == "core"
    for a in (pred["article_id"] if len(pred) else []):
        out[a]["pred"] += 1
    for r in m.itertuples():
        g, p = gold.loc[int(r.g)], pred.loc[int(r.p)]
        c = out[r.article_id]
        c["matched"] += 1
        c["core_matched"] += g["tier"] == "core"
        c["speaker_ok"] += speaker_key(g["speaker"]) == speaker_key(p["speaker"])
    return pd.DataFrame.from_dict(out, orient="index")


def bootstrap_ci(counts: pd.DataFrame, n: int = 2000, seed: int = 0, level: float = 0.95) -> dict:
    """Percentile confidence intervals of recall, precision and speaker accuracy, resampling **articles** with
    replacement (statements of one article are not independent: one misread name repeats over all its records)."""
    import numpy as np
    rng = np.random.default_rng(seed)
    c = counts[["core", "core_matched", "pred", "matched", "speaker_ok"]].to_numpy(dtype=float)
    idx = rng.integers(0, len(c), size=(n, len(c)))
    s = c[idx].sum(axis=1)            # n x 5 totals
    with np.errstate(invalid="ignore", divide="ignore"):
        stats = {"recall": s[:, 1] / s[:, 0], "precision": s[:, 3] / s[:, 2], "speaker_acc": s[:, 4] / s[:, 3]}
    a = (1 - level) / 2
    return {k: (round(float(np.nanquantile(v, a)), 3), round(float(np.nanquantile(v, 1 - a)), 3)) for k, v in stats.items()}


def errors(split: str = "tune", gold_dir: Path = paths.GOLD) -> pd.DataFrame:
    """Per-record errors for rule development. Refuses the held-out split by design."""
    if _split_round(split)[0] in ("heldout", "all"):
        raise ValueError("per-record errors are only shown for the tune and seed splits; the held-out split is scored in aggregate only")
    gold = load_gold(split, gold_dir)
    arts = gold_articles(split, gold_dir)
    pred = predict(arts, "goftar")
    m = match(pred, gold)
    out = []
    for r in m.itertuples():
        g = gold.loc[int(r.g)] if r.g == r.g and r.g is not None else None
        p = pred.loc[int(r.p)] if r.p == r.p and r.p is not None else None
        if g is not None and p is not None:
            problems = []
            if speaker_key(g["speaker"]) != speaker_key(p["speaker"]):
                problems.append("speaker")
            if g["kind"] != p["kind"]:
                problems.append("kind")
            if (int(g["start"]), int(g["end"])) != (int(p["start"]), int(p["end"])):
                problems.append("boundary")
            err = ",".join(problems)
        elif g is not None:
            err = "missed" if g["tier"] == "core" else "missed-ext"
        else:
            err = "spurious"
        out.append({"article_id": r.article_id, "error": err, "iou": round(r.iou, 2),
                    "g_kind": None if g is None else g["kind"], "p_kind": None if p is None else p["kind"],
                    "g_speaker": None if g is None else g["speaker"], "p_speaker": None if p is None else p["speaker"],
                    "g_start": None if g is None else int(g["start"]), "g_end": None if g is None else int(g["end"]),
                    "p_start": None if p is None else int(p["start"]), "p_end": None if p is None else int(p["end"]),
                    "g_cue": None if g is None else g["cue"], "p_cue": None if p is None else p["cue"],
                    "g_content": None if g is None else g["content"], "p_content": None if p is None else p["content"],
                    "tier": None if g is None else g["tier"]})
    return pd.DataFrame(out)


#: Where the recorded scores live (the regression test compares against them).
SCORES_FILE = paths.ROOT / "benchmarks" / "claims_scores.json"
METRICS = ("recall", "precision", "f1", "speaker_acc", "kind_acc", "exact_boundary")


def record_scores(path: Path = SCORES_FILE, splits=("tune", "heldout", "seed") + ROUND_SPLITS) -> dict:
    """Score every split (aggregate only) and write them as the new reference for the regression test."""
    out = {"protocol": f"one-to-one greedy matching at char IoU >= {IOU}; recall over core gold records",
           "gold_records": {}, "scores": {}}
    for sp in splits:
        df = evaluate(sp, per_kind=True)
        out["gold_records"][sp] = int(df.iloc[0]["n_gold"])
        for r in df.to_dict("records"):
            key = f"{sp}/{r['system']}/{r['kind']}"
            out["scores"][key] = {m: (None if r[m] != r[m] else round(float(r[m]), 4)) for m in METRICS}
            out["scores"][key].update({k: int(r[k]) for k in ("n_gold_core", "n_gold", "n_pred", "n_matched")})
    out["dev_sets"] = dev_set_scores()
    Path(path).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


def dev_set_scores() -> dict:
    """Speaker accuracy on the two development sets that need no gold: the speaker checks and the reviews
    (``helpers.claims.checks``), recorded next to the gold scores so a rule that breaks them is caught too."""
    from .claims import checks
    c, r = checks.score(), checks.score_reviews()
    return {"speaker_checks": {"speaker_acc": round(c["speaker_acc"], 4), "n": c["n"]},
            "reviews": {"speaker_acc": round(r["speaker_acc"], 4), "type_acc": round(r["type_acc"], 4),
                        "n": r["found"], "false_positives_left": r["fp_left"], "misses_found": r["missed_found"]}}


#: The rows of the score table in README.md (tests/test_evaluate.py checks the README against the record).
README_ROWS = ("tune/goftar/all", "tune/goftar/direct", "tune/goftar/indirect", "tune/goftar/according_to",
               "tune/baseline/all", "heldout/goftar/all", "heldout/goftar/direct", "heldout/goftar/indirect",
               "heldout/goftar/according_to", "heldout/baseline/all", "heldout:1/goftar/all", "heldout:2/goftar/all",
               "seed/goftar/all", "seed/baseline/all")


def markdown_table(path: Path = SCORES_FILE, rows=None) -> str:
    """The README's score table, from the recorded scores (``rows``: ``split/system/kind`` keys, in order;
    default: every recorded row)."""
    rec = json.loads(Path(path).read_text(encoding="utf-8"))["scores"]
    keys = list(rec) if rows is None else rows
    f = lambda v: "–" if v is None else f"{v:.2f}"   # noqa: E731
    out = ["| split | system | kind | recall | precision | F1 | speaker acc. | kind acc. | exact boundary | core / all gold | predicted |",
           "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for k in keys:
        r = rec[k]
        sp, system, kind = k.split("/")
        out.append(f"| {sp} | {system} | {kind} | {f(r['recall'])} | {f(r['precision'])} | {f(r['f1'])} | "
                   f"{f(r['speaker_acc'])} | {f(r['kind_acc'])} | {f(r['exact_boundary'])} | "
                   f"{r['n_gold_core']} / {r['n_gold']} | {r['n_pred']} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="tune", choices=SPLITS + ROUND_SPLITS)
    ap.add_argument("--per-kind", action="store_true", help="add one row per kind")
    ap.add_argument("--json", action="store_true", help="print JSON records instead of a table")
    ap.add_argument("--record", action="store_true",
                    help=f"score tune, heldout and seed and write them to {SCORES_FILE.relative_to(paths.ROOT)}")
    ap.add_argument("--markdown", action="store_true", help="print the README table from the recorded scores")
    ap.add_argument("--ci", action="store_true",
                    help="95%% confidence intervals of recall, precision and speaker accuracy (bootstrap over articles)")
    args = ap.parse_args(argv)
    if args.ci:
        cnt = article_counts(args.split)
        tot = cnt.sum()
        point = {"recall": tot.core_matched / tot.core, "precision": tot.matched / tot.pred,
                 "speaker_acc": tot.speaker_ok / tot.matched}
        for k, (lo, hi) in bootstrap_ci(cnt).items():
            print(f"{args.split}\t{k}\t{point[k]:.3f}\t[{lo:.3f}, {hi:.3f}]\t({len(cnt)} articles)")
        return 0
    if args.markdown:
        print(markdown_table(rows=README_ROWS))
        return 0
    if args.record:
        rec = record_scores()
        print(json.dumps({k: v for k, v in rec["scores"].items() if k.endswith("/all")}, ensure_ascii=False, indent=1))
        return 0
    df = evaluate(args.split, per_kind=args.per_kind)
    if args.json:
        print(df.to_json(orient="records", force_ascii=False, indent=1))
    else:
        with pd.option_context("display.width", 200, "display.max_columns", 30, "display.float_format", "{:.3f}".format):
            print(df.to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
