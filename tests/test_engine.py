"""helpers.engine: the per-article stages on pandas and on Dask give the same tables, and an
archive streamed in partitions gives the same aggregates as the whole table in memory."""

from __future__ import annotations

import json
import logging

import pandas as pd
import pytest

from helpers import engine, load

N_SMALL = 30


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as c:
        yield c


@pytest.fixture(scope="module")
def small():
    """The seed and the first corpus articles: several outlets' worth of real text, small."""
    return load.load_default().articles.iloc[:N_SMALL].reset_index(drop=True)


@pytest.fixture(scope="module")
def small_claims(small):
    return engine.extract_claims(small)


def _assert_tables_equal(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for k in a:
        pd.testing.assert_frame_equal(a[k], b[k], obj=k)


# --------------------------------------------------------------------------- in-memory stages

def test_unknown_engine_is_refused(small):
    with pytest.raises(ValueError, match="engine must be one of"):
        engine.normalize_articles(small, engine="spark")


def test_normalize_dask_equals_pandas(small, cluster):
    a = engine.normalize_articles(small)
    b = engine.normalize_articles(small, engine="dask", scheduler=cluster.scheduler_address, npartitions=4)
    assert len(a) == len(small) and a["id"].tolist() == small["id"].tolist()
    assert {"text_norm", "norm_map"} <= set(a.columns)
    pd.testing.assert_frame_equal(a, b)


def test_extract_dask_equals_pandas(small, small_claims, cluster):
    claims, errors = small_claims
    d_claims, d_errors = engine.extract_claims(small, engine="dask", scheduler=cluster.scheduler_address,
                                               npartitions=3)
    assert len(claims) > 50 and errors.empty
    assert "error" not in claims.columns and "quote_group" in claims.columns
    pd.testing.assert_frame_equal(claims, d_claims)
    pd.testing.assert_frame_equal(errors, d_errors)


def test_extract_reports_a_failing_article_on_both_engines(small, cluster):
    arts = small.iloc[:6].astype({"text": object}).copy()
    arts.loc[2, "text"] = 12345  # not a string: extract_frame records an error, goes on
    bad_id = arts.loc[2, "id"]
    p_claims, p_errors = engine.extract_claims(arts)
    d_claims, d_errors = engine.extract_claims(arts, engine="dask", scheduler=cluster.scheduler_address,
                                               npartitions=3)
    assert p_errors["article_id"].tolist() == [bad_id]
    assert "not a string" in p_errors["error"].iloc[0] and p_errors["traceback"].iloc[0]
    assert bad_id not in set(p_claims["article_id"])
    pd.testing.assert_frame_equal(p_claims, d_claims)
    pd.testing.assert_frame_equal(p_errors.drop(columns="traceback"), d_errors.drop(columns="traceback"))


def test_default_local_cluster_when_no_scheduler(small):
    """No scheduler and no active client: engine starts (and closes) its own LocalCluster."""
    arts = small.iloc[:4]
    a = engine.normalize_articles(arts)
    b = engine.normalize_articles(arts, engine="dask")
    pd.testing.assert_frame_equal(a, b)


# --------------------------------------------------------------------------- aggregates

def test_aggregates_dask_equal_pandas_exactly(small, small_claims, cluster):
    import dask.dataframe as dd
    from distributed import Client

    claims, _ = small_claims
    p = engine.aggregates(claims, small, top_n=10)
    with Client(cluster.scheduler_address):
        d = engine.aggregates(dd.from_pandas(claims, npartitions=4), dd.from_pandas(small, npartitions=3),
                              top_n=10)
    _assert_tables_equal(p, d)


def test_aggregates_add_up(small, small_claims):
    claims, _ = small_claims
    t = engine.aggregates(claims, small)
    assert t["per_site"]["claims"].sum() == len(claims)
    assert t["per_site"]["articles"].sum() == len(small)
    assert t["per_kind"]["claims"].sum() == len(claims)
    assert t["per_stance"]["claims"].sum() == len(claims)
    dated = claims["date"].notna()
    assert t["per_month"]["claims"].sum() == dated.sum()
    assert t["per_month"]["month"].is_monotonic_increasing
    top = t["top_speakers"]
    assert (top["total"] == top[[c for c in ("direct", "indirect", "according_to") if c in top]].sum(axis=1)).all()
    assert top["total"].is_monotonic_decreasing


def test_aggregates_on_a_hand_made_table():
    claims = pd.DataFrame({
        "article_id": ["a", "a", "b", "c", "c"],
        "site": ["x.ir", "x.ir", "x.ir", "y.ir", "y.ir"],
        "date": pd.to_datetime(["2024-03-20", "2024-03-20", "2024-04-25", None, None]),
        "kind": ["direct", "indirect", "direct", "according_to", "direct"],
        "stance": ["neutral", "denial", "neutral", "neutral", "emphatic"],
        "speaker": ["علی", "", "علی", "", "مریم"],
        "speaker_surface": ["علی", "او", "وی", "", "مریم"],
        "source_type": ["person", "person", "person", "anonymous", "person"],
        "hedges": [[], [{"word": "شاید", "type": "hedge", "start": 3}], [],
                   [{"word": "قطعا", "type": "booster", "start": 1}], []],
    })
    articles = pd.DataFrame({"id": ["a", "b", "c", "d"], "site": ["x.ir", "x.ir", "y.ir", "y.ir"],
                             "date": pd.to_datetime(["2024-03-20", "2024-04-25", None, "2024-04-25"])})
    t = engine.aggregates(claims, articles)
    site = t["per_site"].set_index("site")
    assert site.loc["x.ir", ["articles", "claims", "unattributed", "hedged", "boosted"]].tolist() == [2, 3, 0, 1, 0]
    assert site.loc["y.ir", ["articles", "claims", "unattributed", "hedged", "boosted"]].tolist() == [2, 2, 1, 0, 1]
    assert site.loc["x.ir", "claims_per_article"] == 1.5
    # speaker falls back to the surface form («او»); the anonymous source is left out
    top = t["top_speakers"].set_index("speaker")
    assert top.index.tolist() == ["علی", "او", "مریم"]
    assert top.loc["علی", "direct"] == 2 and top.loc["او", "indirect"] == 1
    # 2024-03-20 is 1 Farvardin 1403, 2024-04-25 is 6 Ordibehesht 1403
    assert t["per_month"].to_dict("list") == {"month": ["1403-01", "1403-02"], "articles": [1, 2], "claims": [2, 1]}
    assert t["per_kind"].to_dict("list") == {"kind": ["direct", "according_to", "indirect"], "claims": [3, 1, 1]}


# --------------------------------------------------------------------------- archives

def _write_jsonl(path, articles, broken_at=None):
    cols = ["id", "title", "text", "site", "url", "date"]
    with open(path, "w", encoding="utf-8") as f:
        for i, rec in enumerate(articles[cols].to_dict("records")):
            if broken_at is not None and i == broken_at:
                f.write('{"id": "broken", "text": \n')
            rec["date"] = None if pd.isna(rec["date"]) else rec["date"].strftime("%Y-%m-%d")
            rec = {k: (None if (not isinstance(v, str) and pd.isna(v)) else v) for k, v in rec.items()}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def test_run_archive_pandas_and_dask_equal_the_in_memory_tables(small, cluster, tmp_path):
    src = tmp_path / "archive.jsonl"
    _write_jsonl(src, small, broken_at=17)  # line 18 of the file is broken JSON
    plan = engine.plan_partitions(src, partition_size=8)
    assert len(plan) == 4 and plan[0]["first_line"] == 1 and plan[1]["first_line"] == 9

    whole = load.load_articles(src)
    claims, _ = engine.extract_claims(whole.articles)
    expected = engine.aggregates(claims, whole.articles)

    p = engine.run_archive(src, tmp_path / "out_pandas", engine="pandas", partition_size=8)
    d = engine.run_archive(src, tmp_path / "out_dask", engine="dask", scheduler=cluster.scheduler_address,
                           partition_size=8)
    _assert_tables_equal(p.pop("aggregates"), expected)
    _assert_tables_equal(d.pop("aggregates"), expected)
    _assert_tables_equal(engine.read_aggregates(tmp_path / "out_dask"), expected)
    for s in (p, d):
        assert s["partitions"] == 4
        assert s["n_input"] == N_SMALL + 1 and s["articles"] == N_SMALL and s["quarantined"] == 1
        assert s["claims"] == len(claims) and s["errors"] == 0 and s["n_duplicate_ids"] == 0
    q = pd.read_parquet(tmp_path / "out_dask" / "quarantine")
    assert q["source_line"].tolist() == [18] and q["reason"].str.startswith("broken JSON at line 18").all()
    # the Parquet partitions hold every claim and every normalized article, with one schema
    c = pd.read_parquet(tmp_path / "out_dask" / "claims")
    assert len(c) == len(claims) and c["quote_group"].isna().all()
    assert sorted(c["article_id"].unique()) == sorted(claims["article_id"].unique())
    n = pd.read_parquet(tmp_path / "out_pandas" / "normalized")
    assert n["id"].tolist() == whole.articles["id"].tolist()
    assert len(list((tmp_path / "out_dask" / "claims").glob("part-*.parquet"))) == 4


def test_run_archive_reads_parquet_in_row_groups(small, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "archive.parquet"
    table = pa.Table.from_pandas(small[["id", "title", "text", "site", "url", "date"]], preserve_index=False)
    pq.write_table(table, src, row_group_size=5)
    plan = engine.plan_partitions(src, partition_size=10)
    assert [s["row_groups"] for s in plan] == [[0, 1], [2, 3], [4, 5]]
    res = engine.run_archive(src, tmp_path / "out", engine="pandas", partition_size=10)
    claims, _ = engine.extract_claims(small)
    _assert_tables_equal(res.pop("aggregates"), engine.aggregates(claims, small))
    assert res["articles"] == N_SMALL and res["quarantined"] == 0


def test_run_archive_lists_ids_repeated_across_partitions(small, tmp_path):
    src = tmp_path / "dup.jsonl"
    arts = pd.concat([small.iloc[:3], small.iloc[[0]]], ignore_index=True)
    _write_jsonl(src, arts)
    res = engine.run_archive(src, tmp_path / "out", engine="pandas", partition_size=2)
    assert res["n_duplicate_ids"] == 1 and res["duplicate_ids"] == [small["id"].iloc[0]]


def test_cli_runs_an_archive(small, tmp_path, capsys):
    src = tmp_path / "a.jsonl"
    _write_jsonl(src, small.iloc[:5])
    assert engine.main([str(src), str(tmp_path / "out"), "--engine", "pandas", "--partition-size", "2"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["partitions"] == 3 and summary["articles"] == 5
    assert json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))["articles"] == 5
    assert engine.main([str(tmp_path / "missing.jsonl"), str(tmp_path / "o2")]) == 2
