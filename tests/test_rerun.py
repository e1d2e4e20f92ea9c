"""helpers.rerun: the notebook sequence on new articles with papermill, into runs/<name>/."""

from __future__ import annotations

import json
import logging

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook

import report_fixtures
from helpers import notebooks, paths, rerun

ALL = [p.name for p in notebooks.notebook_paths()]


# ----------------------------------------------------------------------------- the tiny run

@pytest.fixture(scope="module")
def tiny():
    return report_fixtures.tiny_run()


def test_tiny_run_summary_and_quarantine(tiny):
    summary = json.loads((tiny.folder / "run.json").read_text(encoding="utf-8"))
    assert summary["status"] == "ok"
    assert (summary["input_records"], summary["loaded"], summary["quarantined"]) == (4, 3, 1)
    assert [n["notebook"] for n in summary["notebooks"]] == ALL
    assert all(n["status"] == "ok" and n["seconds"] > 0 for n in summary["notebooks"])
    q = pd.read_csv(tiny.folder / "quarantine.csv")
    assert q[["id", "reason"]].values.tolist() == [["blank_text", "whitespace-only text"]]


def test_tiny_run_executed_notebooks_data_and_html(tiny):
    data_dir = tiny.folder / "data"
    for name in ALL:
        nb = nbformat.read(tiny.folder / "notebooks" / name, as_version=4)
        params = nb.metadata["papermill"]["parameters"]
        assert params.get("DATA_DIR") == str(data_dir)
        if "ARTICLES" in params:
            assert params["ARTICLES"] == str(report_fixtures.XSS_ARTICLES)
        assert not [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert (tiny.folder / "html" / name.replace(".ipynb", ".html")).stat().st_size > 10_000
    articles = pd.read_parquet(data_dir / "interim" / "articles.parquet")
    assert sorted(articles["id"]) == ["quote_larijani", "quote_spokesman", "xss_markup"]


def test_tiny_run_progress_lines_and_committed_notebooks_untouched(tiny):
    n = len(ALL)
    assert tiny.log[0].startswith("run tiny: 4 input records") and "1 quarantined" in tiny.log[0]
    assert f"[1/{n}] {ALL[0][:-6]} …" in tiny.log
    assert sum(" done in " in line for line in tiny.log) == n
    assert tiny.hashes_before == tiny.hashes_after
    assert not any(p.parent == paths.NOTEBOOKS for p in (tiny.folder / "notebooks").iterdir())


# ----------------------------------------------------------------------------- other inputs

def test_seed_folder_alone_one_article_whole_sequence(tmp_path):
    lines: list[str] = []
    out = rerun.rerun(paths.SEED_DIR, runs_dir=tmp_path, html=False, progress=False, log=lines.append)
    assert out == tmp_path / "seed"
    summary = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert summary["status"] == "ok" and summary["loaded"] == 1 and summary["quarantined"] == 0
    assert sorted(p.name for p in (out / "notebooks").iterdir()) == ALL
    assert not list((out / "html").iterdir())  # html=False


def test_csv_input_first_notebook_and_papermill_noise_silenced(tmp_path, caplog):
    csv = tmp_path / "one.csv"
    pd.DataFrame({"id": ["csv1"], "title": ["یک خبر"], "body": [
        "وزیر اقتصاد گفت: «تورم در ماه‌های آینده کاهش می‌یابد.»"]}).to_csv(csv, index=False)
    first = notebooks.notebook_paths()[:1]
    with caplog.at_level(logging.WARNING):
        out = rerun.rerun(csv, name="csv", runs_dir=tmp_path / "runs", nb_paths=first, progress=False,
                          log=lambda s: None)
    assert json.loads((out / "run.json").read_text())["loaded"] == 1
    assert pd.read_parquet(out / "data" / "interim" / "articles.parquet")["id"].tolist() == ["csv1"]
    noise = [r.getMessage() for r in caplog.records if r.name.startswith("papermill")]
    assert not [m for m in noise if "unknown parameter" in m or "Unable to parse" in m]


# ----------------------------------------------------------------------------- errors

@pytest.mark.parametrize("name, content, message", [
    ("empty.jsonl", "", "the file is empty"),
    ("notes.docx", "x", "unsupported file type .docx"),
    ("wrong.csv", "id,headline\n1,سلام\n", "no text column"),
])
def test_bad_input_gives_loaders_error_and_status_2(tmp_path, capsys, name, content, message):
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    assert rerun.main([str(bad), "--runs-dir", str(tmp_path / "runs")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot load") and message in err
    assert not (tmp_path / "runs").exists()  # nothing started


def test_all_records_quarantined_says_why(tmp_path, capsys):
    src = tmp_path / "blank.jsonl"
    src.write_text('{"id": "a", "text": "  "}\n{"id": "b", "text": "only latin letters"}\n', encoding="utf-8")
    assert rerun.main([str(src), "--runs-dir", str(tmp_path / "runs")]) == 2
    assert "no article in" in capsys.readouterr().err
    run = tmp_path / "runs" / "blank"
    assert len(pd.read_csv(run / "quarantine.csv")) == 2
    assert json.loads((run / "run.json").read_text())["status"].startswith("failed")


def _notebook(tmp_path, *sources, params=True):
    cells = [new_code_cell("ARTICLES = None\nDATA_DIR = None  # a = b's comment", metadata={"tags": ["parameters"]})] \
        if params else []
    cells += [new_code_cell(s) for s in sources]
    nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                            "language": "python"}})
    path = tmp_path / "01_test.ipynb"
    nbformat.write(nb, path)
    return path


def test_notebook_without_data_dir_is_refused(tmp_path):
    nb = _notebook(tmp_path, "print(1)", params=False)
    with pytest.raises(rerun.RerunError, match="no DATA_DIR"):
        rerun.rerun(report_fixtures.XSS_ARTICLES, runs_dir=tmp_path / "runs", nb_paths=[nb])
    assert not (tmp_path / "runs").exists()


def test_failing_notebook_names_cell_and_error(tmp_path):
    nb = _notebook(tmp_path, "x = 1", "raise ValueError('boom ' + str(x))")
    with pytest.raises(rerun.RerunError, match=r"01_test.ipynb failed: cell \[\d+\] raised ValueError: boom 1") as e:
        rerun.rerun(report_fixtures.XSS_ARTICLES, name="bad", runs_dir=tmp_path / "runs", nb_paths=[nb],
                    progress=False, log=lambda s: None)
    assert e.value.status == 1
    summary = json.loads((tmp_path / "runs" / "bad" / "run.json").read_text())
    assert summary["status"] == "failed in 01_test.ipynb"
    assert "ValueError: boom 1" in summary["notebooks"][0]["error"]
    assert (tmp_path / "runs" / "bad" / "notebooks" / "01_test.ipynb").exists()


def test_declared_parameters_reads_the_tagged_cell_with_ast(tmp_path):
    nb = nbformat.read(_notebook(tmp_path, "Y = 2"), as_version=4)
    assert rerun.declared_parameters(nb) == {"ARTICLES", "DATA_DIR"}  # despite "= b's" in a comment
    nb.cells[0].source = "N: int = 3\nA, B = 1, 2\nif True:\n    Z = 1"
    assert rerun.declared_parameters(nb) == {"N"}
    nb.cells[0].metadata["tags"] = []
    assert rerun.declared_parameters(nb) == set()
    for p in notebooks.notebook_paths():  # the real notebooks all declare what a rerun injects
        assert set(rerun.RUN_PARAMETERS) <= rerun.declared_parameters(nbformat.read(p, as_version=4)), p.name


def test_run_folder_reused_only_if_it_is_a_run(tmp_path):
    other = tmp_path / "mine"
    other.mkdir()
    (other / "thesis.docx").write_text("x")
    with pytest.raises(rerun.RerunError, match="not a goftar run folder"):
        rerun.prepare_folder(other)
    run = tmp_path / "old"
    run.mkdir()
    (run / rerun.MARKER).write_text("{}")
    (run / "stale.txt").write_text("x")
    rerun.prepare_folder(run)
    assert sorted(p.name for p in run.iterdir()) == ["data", "html", "notebooks"]


def test_default_name():
    assert rerun.default_name(paths.SEED_DIR) == "seed"
    assert rerun.default_name(paths.CORPUS_FILE) == "news_fa"
