"""xcheck.dask on a real local cluster (two worker processes): the same JSONL as the default engine, in
order; a worker killed mid-run loses and duplicates nothing; the glossary is read once a worker; shards in,
result shards out; a bag of pairs. Skipped when the optional extra (dask, distributed) is not installed."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")
dask_bag = pytest.importorskip("dask.bag")

import xcheck  # noqa: E402
import xcheck.dask  # noqa: E402
from xcheck._io import Pair  # noqa: E402
from xcheck.cli import main  # noqa: E402
from xcheck.errors import XcheckError  # noqa: E402

GLOSSARY = {"entities": [{"id": "arw", "name": "Acme Rocket Works", "kind": "org", "aliases": ["ARW"]}]}


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def _lines(n: int) -> list[str]:
    lines = []
    for i in range(n):
        reference = f"Sales rose {i}% to ${i + 1} {'billion' if i % 3 else 'million'} on May {i % 28 + 1}."
        translation = f"Sales rose {i}% to ${i + 1} billion on May {i % 28 + 1}."
        lines.append(json.dumps({"id": f"p{i}", "translation": translation, "reference": reference}))
    lines.insert(5, "not json")
    lines.append(
        json.dumps(
            {"id": "arw", "translation": "ARW said 5 rockets.", "reference": "Acme Rocket Works said 5."}
        )
    )
    return lines


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_cli_engine_dask_writes_the_same_jsonl_in_order(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(xcheck.dask, "PARTITION_SIZE", 4)  # many tasks, spread over both workers
    path = _write(tmp_path / "pairs.jsonl", _lines(40))
    glossary = tmp_path / "glossary.json"
    glossary.write_text(json.dumps(GLOSSARY), encoding="utf-8")
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert main(["pairs", path, "--glossary", str(glossary), "-o", str(local)]) == 2
    argv = ["pairs", path, "--glossary", str(glossary), "-o", str(remote), "--engine", "dask"]
    assert main([*argv, "--scheduler", client.scheduler.address]) == 2  # the bad line, as locally
    assert remote.read_bytes() == local.read_bytes()
    assert len(local.read_text(encoding="utf-8").splitlines()) == 42
    err = capsys.readouterr().err
    assert err.count("pairs.jsonl:6: not JSON") == 2
    # The glossary was parsed at most once in each worker, though each ran several tasks.
    loads = client.run(lambda: xcheck.dask._load_glossary.cache_info().misses)
    assert sorted(loads.values()) == [1, 1]


def test_tolerance_reaches_the_workers(client: Any, tmp_path: Path) -> None:
    # 10.5% against 10% differs by 5%: a major finding at --tolerance 0.01, a minor one ("rounded") at
    # --tolerance 0.1, on either engine (the Dask workers used the default whatever the command line said).
    pair = {"id": "t", "translation": "It grew 10.5%.", "reference": "It grew 10%."}
    path = _write(tmp_path / "pairs.jsonl", [json.dumps(pair)])
    for tolerance, severity in (("0.01", "major"), ("0.1", "minor")):
        outputs = []
        for engine in ([], ["--engine", "dask", "--scheduler", client.scheduler.address]):
            out = tmp_path / f"out{tolerance}{len(engine)}.jsonl"
            main(["pairs", path, "--tolerance", tolerance, "-o", str(out), *engine])
            outputs.append(out.read_bytes())
        assert outputs[0] == outputs[1]
        assert [f["severity"] for f in json.loads(outputs[1])["findings"]] == [severity]
    for tolerance, severity in ((0.01, "major"), (0.1, "minor")):
        bag = xcheck.dask.check_bag(dask_bag.from_sequence([pair]), tolerance=tolerance)
        assert [f["severity"] for f in client.compute(bag).result()[0]["findings"]] == [severity]


def test_cli_engine_dask_starts_a_local_cluster(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path / "pairs.jsonl", _lines(6))
    assert main(["pairs", path, "-o", str(tmp_path / "local.jsonl")]) == 2
    assert main(["pairs", path, "-o", str(tmp_path / "dask.jsonl"), "--engine", "dask", "--jobs", "2"]) == 2
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert "Traceback" not in capsys.readouterr().err


def test_a_killed_worker_loses_and_duplicates_nothing(client: Any) -> None:
    pairs = [
        Pair(f"p{i}", f"It costs ${i} million.", f"It costs ${i % 7} million.", "en", i) for i in range(120)
    ]
    expected = list(xcheck.check_pairs(pairs))
    engine = xcheck.dask.cluster_engine(client, partition_size=3)
    results = engine(iter(pairs))
    got = [next(results)]
    # The other tasks sent so far are running on a worker or done and held there until read: killing the
    # worker that has the most of them loses work the run still needs, which the scheduler must redo.
    ours = {w: set(keys) for w, keys in client.has_what().items()}
    for w, keys in client.processing().items():
        ours.setdefault(w, set()).update(keys)
    victim = max(ours, key=lambda w: len(ours[w]))
    assert ours[victim], "no worker had a task of the run"
    pid = client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)
    got.extend(results)
    assert [r.findings for r in got] == [r.findings for r in expected]
    assert [r.fidelity for r in got] == [r.fidelity for r in expected]
    assert victim not in client.nthreads() or client.run(os.getpid, workers=[victim])[victim] != pid
    client.wait_for_workers(2, timeout=60)


def test_a_task_that_keeps_failing_is_a_clear_error(client: Any, tmp_path: Path) -> None:
    glossary = tmp_path / "glossary.json"
    glossary.write_text(json.dumps(GLOSSARY), encoding="utf-8")
    engine = xcheck.dask.cluster_engine(client, glossary=glossary, retries=1)
    glossary.unlink()  # read here when the engine was made; the workers cannot read it any more
    with pytest.raises(XcheckError, match=r"a Dask task failed after 1 retries: .*cannot read the glossary"):
        list(engine(iter([Pair("a", "x", "x")])))


def test_check_shards_writes_what_xcheck_pairs_writes(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _lines(30)
    shards = [_write(tmp_path / f"part-{k}.jsonl", lines[k::3]) for k in range(3)]
    out = tmp_path / "out"
    (out / "keep").mkdir(parents=True)
    (out / "keep" / ".part-1.jsonl.999999.tmp").write_text("left by a worker that died", encoding="utf-8")
    for _ in range(2):  # a second run replaces the files: nothing appended, nothing left half-written
        summaries = xcheck.dask.check_shards(shards, out, scheduler=client, split=True)
    assert [s["shard"] for s in summaries] == shards
    assert sorted(p.name for p in out.iterdir()) == [
        "drop",
        "keep",
        "part-0.jsonl",
        "part-1.jsonl",
        "part-2.jsonl",
    ]
    for shard, summary in zip(shards, summaries, strict=True):
        name = Path(shard).name
        status = main(["pairs", shard, "-o", str(tmp_path / "expected.jsonl")])
        assert summary["status"] == status
        assert (out / name).read_bytes() == (tmp_path / "expected.jsonl").read_bytes()
        records = Path(shard).read_bytes().splitlines(keepends=True)
        kept = (out / "keep" / name).read_bytes().splitlines(keepends=True)
        dropped = (out / "drop" / name).read_bytes().splitlines(keepends=True)
        assert sorted(kept + dropped) == sorted(records)
        assert (summary["kept"], summary["dropped"]) == (len(kept), len(dropped))
    assert [s["status"] for s in summaries] == [0, 0, 2]  # the bad line (index 5) is in shard 2
    capsys.readouterr()


def test_check_bag_gives_result_rows(client: Any) -> None:
    items = [
        {"id": "a", "translation": "It costs $3 million.", "reference": "It costs $3 billion."},
        {"id": "b", "translation": "Same.", "reference": "Same."},
        {"id": "c", "translation": 5, "reference": "x"},
        ("No id here.", "No id here."),
    ]
    bag = dask_bag.from_sequence(items, npartitions=2)
    rows = client.compute(xcheck.dask.check_bag(bag)).result()
    assert [r["id"] for r in rows] == ["a", "b", "c", None]
    assert [f["kind"] for f in rows[0]["findings"]] == ["number"]
    assert rows[1]["findings"] == []
    assert "translation must be a str" in rows[2]["error"]
    assert rows[3]["findings"] == []


def _fail_once(item: Any, marker: str) -> Any:
    """Raise the first time any task calls it (a marker file remembers), then pass items through."""
    if not os.path.exists(marker):
        Path(marker).touch()
        raise RuntimeError("the first try fails")
    return item


def test_a_partition_that_fails_once_is_retried_with_nothing_lost_or_duplicated(
    client: Any, tmp_path: Path
) -> None:
    items = [
        {"id": f"p{i}", "translation": f"It costs ${i} million.", "reference": "It costs $3 million."}
        for i in range(9)
    ]

    def bag(marker: str) -> Any:
        return xcheck.dask.check_bag(dask_bag.from_sequence(items, npartitions=3).map(_fail_once, marker))

    with pytest.raises(RuntimeError, match="the first try fails"):
        client.compute(bag(str(tmp_path / "a"))).result()  # without retries the failure surfaces
    rows = client.compute(bag(str(tmp_path / "b")), retries=1).result()
    assert (tmp_path / "b").exists()  # it did fail once
    assert [r["id"] for r in rows] == [f"p{i}" for i in range(9)]
    assert [bool(r["findings"]) for r in rows] == [i != 3 for i in range(9)]
