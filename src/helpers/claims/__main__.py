"""Command line: ``python -m helpers.claims INPUT -o OUTPUT.jsonl``.

INPUT is anything :func:`helpers.load.load_articles` reads (JSONL/JSON/CSV with ``id`` and
``text``, a .txt file, a folder of .txt files). Each output line is one statement (the fields of
:class:`helpers.claims.Claim`). Articles that fail are reported on stderr and in
``OUTPUT.errors.jsonl``; records the loader quarantined are counted on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..load import LoadError, load_articles
from . import CLAIM_COLUMNS, extract_frame


def _dump(obj: dict) -> str:
    try:
        s = json.dumps(obj, ensure_ascii=False)
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:  # lone surrogates: keep them escaped rather than fail
        return json.dumps(obj, ensure_ascii=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.claims",
                                 description="Extract attributed statements (who said what) from Persian news articles.")
    ap.add_argument("input", nargs="+", help="JSONL/JSON/CSV of articles (id, text), a .txt file or a folder of .txt files")
    ap.add_argument("-o", "--output", required=True, help="output JSONL, one statement per line ('-' for stdout)")
    ap.add_argument("--text-column", default=None, help="CSV column holding the article text")
    args = ap.parse_args(argv)
    try:
        res = load_articles(*args.input, text_column=args.text_column)
    except LoadError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    df = extract_frame(res.articles)
    failures = df.attrs.get("errors", [])
    ok = df[df["error"].isna()]
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        for rec in ok[CLAIM_COLUMNS].to_dict("records"):
            rec["speaker_start"] = None if rec["speaker_start"] is None or rec["speaker_start"] != rec["speaker_start"] else int(rec["speaker_start"])
            out.write(_dump(rec) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if failures and args.output != "-":
        with open(Path(args.output).with_suffix(".errors.jsonl"), "w", encoding="utf-8") as fe:
            for f in failures:
                fe.write(_dump(f) + "\n")
    n_art = len(res.articles)
    print(f"{len(ok)} statements from {n_art} articles"
          + (f"; {len(failures)} articles failed (see {Path(args.output).with_suffix('.errors.jsonl')})" if failures else "")
          + (f"; {len(res.quarantine)} input records quarantined by the loader" if len(res.quarantine) else ""),
          file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
