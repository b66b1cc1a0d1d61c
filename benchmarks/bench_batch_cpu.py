"""Where `batch`'s CPU goes, a report at a time: (a) extraction in one process, (b) store and resolve in one process
(`Ledger.ingest_extracted` on the same parts), (c) the batch's workers, (d) the client's main thread, (e) the client's
other threads (Dask's loop: scheduler, comms, unpickling), (f) a whole `ingest` of the same corpus, as a subprocess.

Batch can beat one process by at most (f) / ((c + d + e) / 2) on two cores, so what (c + d + e) costs beyond (a + b)
is what keeps it from its aim. Thread CPU is read from /proc (Linux), so the figures hold on a busy machine better
than wall time does. Prints one JSON object; the corpus is tests/batch_corpus.py's.

    .venv/bin/python benchmarks/bench_batch_cpu.py 20000              # every step
    .venv/bin/python benchmarks/bench_batch_cpu.py 5000 --steps c     # the batch alone
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from batch_corpus import records, write_jsonl

TCK = os.sysconf("SC_CLK_TCK")

def threads():
    out = {}
    for t in os.listdir("/proc/self/task"):
        try:
            f = open(f"/proc/self/task/{t}/stat").read().rsplit(")", 1)[1].split()
            name = open(f"/proc/self/task/{t}/comm").read().strip()
        except OSError:
            continue
        out[f"{t}:{name}"] = (int(f[11]) + int(f[12])) / TCK
    return out

def proc_cpu():
    u = resource.getrusage(resource.RUSAGE_SELF)
    return {"user": u.ru_utime, "sys": u.ru_stime}

def worker_threads():
    import os
    TCK = os.sysconf("SC_CLK_TCK")
    out = {}
    for t in os.listdir("/proc/self/task"):
        f = open(f"/proc/self/task/{t}/stat").read().rsplit(")", 1)[1].split()
        name = open(f"/proc/self/task/{t}/comm").read().strip()
        out[f"{t}:{name}"] = (int(f[11]) / TCK, int(f[12]) / TCK)
    return out

def main():
    p = argparse.ArgumentParser()
    p.add_argument("n", type=int)
    p.add_argument("--steps", default="abcf")
    p.add_argument("--tag", default="")
    a = p.parse_args()
    n = a.n
    res = {"n": n, "tag": a.tag, "src": os.environ.get("PYTHONPATH"), "load0": os.getloadavg()[0]}
    opts = {"source_field": "source", "id_field": "id"}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(Path(tmp) / "c.jsonl", records(n))
        from eventledger.batch import extract_part, _extract_again, dask_client, run_batch, PARTS_PER_WORKER
        from eventledger.sources.corpus import split_corpus
        from eventledger.store import Ledger
        size = corpus.stat().st_size
        spread = PARTS_PER_WORKER * 2
        parts = split_corpus(corpus, part_bytes=min(1 << 20, max(1 << 14, size // spread)), part_rows=1000)
        res["parts"] = len(parts)
        if "a" in a.steps or "b" in a.steps:
            t = time.process_time()
            results = [extract_part(pt, opts) for pt in parts]
            res["a_extract"] = time.process_time() - t
        if "b" in a.steps:
            ledger = Ledger(f"{tmp}/b.db")
            t = time.process_time()
            for r in results:
                ledger.ingest_extracted(r.extracted, r.part.name, _extract_again)
            res["b_store"] = time.process_time() - t
            ledger.close()
            del results
        if "c" in a.steps:
            ledger = Ledger(f"{tmp}/c.db")
            th0 = threads(); me = threading.get_native_id()
            c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            w0 = time.perf_counter()
            with dask_client(2, None) as client:
                s0 = threads()
                res["worker_threads_start"] = client.run(worker_threads)
                t = time.thread_time()
                summary = run_batch(corpus, ledger, client, opts)
                res["d_client_main_runbatch"] = time.thread_time() - t
                res["summary"] = summary.line()
                res["c_workers"] = sum(summary.worker_cpu_s.values())
                res["worker_threads"] = client.run(worker_threads)
                try:
                    res["nannies"] = client.run(proc_cpu, nanny=True)
                except Exception as e:
                    res["nannies"] = repr(e)
                th1 = threads()
            res["batch_wall"] = time.perf_counter() - w0
            c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            res["children_after_close"] = c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime
            main_key = [k for k in th1 if k.startswith(f"{me}:")][0]
            res["d_client_main_total"] = th1[main_key] - th0.get(main_key, 0)
            res["e_client_other"] = {k: round(v - th0.get(k, 0), 2) for k, v in th1.items() if k != main_key and v - th0.get(k, 0) > 0.05}
            res["client_startup_main"] = s0[main_key] - th0[main_key]
            ledger.close()
        if "f" in a.steps:
            c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            w0 = time.perf_counter()
            out = subprocess.run([sys.executable, "-m", "eventledger.cli", "ingest", str(corpus), "--db", f"{tmp}/f.db",
                                  "--source-field", "source", "--id-field", "id"], capture_output=True, text=True)
            c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            res["f_ingest"] = c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime
            res["f_wall"] = time.perf_counter() - w0
            res["f_line"] = (out.stderr.strip().splitlines() or [""])[-1]
    res["load1"] = os.getloadavg()[0]
    print(json.dumps(res, indent=1))

if __name__ == "__main__":
    main()
