#!/usr/bin/env python3
"""make soak: a bounded soak on loopback, then a database-restart fault test on PostgreSQL.

Soak: gunicorn with production settings over the benchmark database (see bench/run.py), a mix
of public and staff pages driven by wrk in 30-second rounds for --minutes (10 by default),
reporting requests, errors and the server's memory (RSS) per round.
Fault: see bench/fault.py (run after the soak unless --no-fault).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench

MIX = [
    "/en/",
    "/ur/",
    "/ur/pakistan/",
    "/en/after-return/",
    "/en/help/",
    "/bn/bangladesh/",
    "/ar/iraq/",
    "/en/questions/",
]


def rss_mb(pid: int) -> float:
    """Resident memory of the gunicorn master and its workers, in MB."""
    out = subprocess.run(
        ["ps", "-o", "rss=", "--ppid", str(pid), "-p", str(pid)], capture_output=True, text=True
    ).stdout
    return round(sum(int(x) for x in out.split()) / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--round-seconds", type=int, default=30)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--no-fault", action="store_true", help="skip the PostgreSQL restart test")
    args = parser.parse_args()
    if args.minutes <= 0 or args.minutes > 24 * 60:
        bench.fail("--minutes must be between 0 and 1440")
    if not bench.port_free(args.port):
        bench.fail(f"port {args.port} on 127.0.0.1 is in use; choose another with --port")
    if bench.shutil.which("wrk") is None:
        bench.fail("wrk is not installed: apt-get install wrk")
    db, _queries = bench.prepare(100_000, 1_000_000, 50_000)
    script = bench.DATA / "soak.lua"
    paths = ", ".join(f'"{p}"' for p in MIX)
    script.write_text(
        f"local paths = {{{paths}}}\nrequest = function() return wrk.format('GET', paths[math.random(#paths)]) end\n"
        + bench.LUA_STATS
    )
    server = bench.start_server(db, args.port, args.workers)
    rounds = []
    deadline = time.time() + args.minutes * 60
    print(f"Soak for {args.minutes} min in {args.round_seconds}-s rounds on 127.0.0.1:{args.port}")
    print("| round | t (s) | req/s | p95 ms | errors | server RSS MB |\n|---|---|---|---|---|---|")
    started = time.time()
    try:
        n = 0
        while time.time() < deadline:
            n += 1
            seconds = max(1, min(args.round_seconds, int(deadline - time.time())))
            res = bench.wrk(f"http://127.0.0.1:{args.port}/", 16, seconds, [], script)
            row = {
                "round": n,
                "t": round(time.time() - started),
                **res,
                "rss_mb": rss_mb(server.pid),
            }
            rounds.append(row)
            print(
                f"| {n} | {row['t']} | {res['rps']:.0f} | {res['p95_ms']:.1f} | {res['errors']} | {row['rss_mb']} |",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    result = {
        "run_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "minutes": args.minutes,
        "rounds": rounds,
        "errors_total": sum(r["errors"] for r in rounds),
        "rss_growth_mb": round(rounds[-1]["rss_mb"] - rounds[0]["rss_mb"], 1) if rounds else 0,
    }
    bench.RESULTS.mkdir(parents=True, exist_ok=True)
    out = bench.RESULTS / f"soak-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=2))
    print(
        f"\nerrors: {result['errors_total']}, memory growth first→last round: {result['rss_growth_mb']} MB\nWritten {out.relative_to(bench.ROOT)}"
    )
    if not args.no_fault:
        code = subprocess.run(
            [sys.executable, str(Path(__file__).with_name("fault.py"))]
        ).returncode
        sys.exit(code)


if __name__ == "__main__":
    main()
