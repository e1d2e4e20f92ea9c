"""Speed of helpers.claims.extract on the 1,001 default articles, as a ratio to hazm's Normalizer.

Both run in the same process on the same texts, so the ratio does not depend on the machine's load
as much as a time in seconds would. Target: ratio <= 3 (the issue's budget). Usage:

    .venv/bin/python benchmarks/claims_speed.py [--repeat 3]

Prints one JSON object (seconds per pass, best of --repeat, and the ratio).
"""

from __future__ import annotations

import argparse
import json
import time


def measure(texts: list[str], repeat: int = 3) -> dict:
    from hazm import Normalizer

    from helpers.claims import extract
    from helpers.claims import _lexicon

    _lexicon.load()              # lexicon compilation is a one-off, not per-article cost
    norm = Normalizer()
    norm.normalize(texts[0])     # warm-up (hazm compiles its regexes lazily)
    best_h = best_x = float("inf")
    n_claims = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            norm.normalize(t)
        best_h = min(best_h, time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_claims = sum(len(extract(t)) for t in texts)
        best_x = min(best_x, time.perf_counter() - t0)
    return {"articles": len(texts), "chars": sum(map(len, texts)), "claims": n_claims,
            "hazm_normalizer_s": round(best_h, 3), "extract_s": round(best_x, 3),
            "ratio": round(best_x / best_h, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from helpers.load import load_default

    texts = load_default().articles["text"].tolist()
    print(json.dumps(measure(texts, args.repeat), ensure_ascii=False))


if __name__ == "__main__":
    main()
