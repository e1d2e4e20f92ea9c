"""Export the executed notebooks as HTML pages for editors, into ``reports/``.

``python -m helpers.export`` writes ``reports/NN_name.html`` for every executed notebook
(no input cells, no prompts, ``<html lang="fa">``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import notebooks, paths


def export_html(nb_path: Path, out_dir: Path = paths.REPORTS) -> Path:
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.language_code = "fa"
    nb = nbformat.read(nb_path, as_version=4)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": nb_path.stem}})
    paths.ensure_dirs(out_dir)
    out = out_dir / f"{nb_path.stem}.html"
    out.write_text(body, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m helpers.export", description=__doc__)
    ap.add_argument("notebooks", nargs="*", type=Path, help="default: every notebooks/NN_*.ipynb")
    ap.add_argument("-o", "--out", type=Path, default=paths.REPORTS)
    args = ap.parse_args(argv)
    for nb in args.notebooks or notebooks.notebook_paths():
        print("wrote", export_html(nb, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
