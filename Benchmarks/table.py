#!/usr/bin/env python3
"""Reads Benchmarks/results/<stamp>/*/runs.tsv and prints the candidate's ratios to envoy-c1 per scenario."""
import csv, os, statistics, sys

def medians(tsv):
    rows = {}
    with open(tsv) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            rows.setdefault(row["proxy"], []).append(row)
    return rows

def med(rows, key):
    values = []
    for r in rows:
        try:
            values.append(float(r[key]))
        except (KeyError, ValueError):
            pass
    return statistics.median(values) if values else float("nan")

out = sys.argv[1]
print(f"| scenario | Nuncio req/s | Envoy c1 req/s | x Envoy req/s | x Envoy req/CPU-s | p99 ratio | Nuncio RSS MB | errors |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name in sorted(os.listdir(out)):
    tsv = os.path.join(out, name, "runs.tsv")
    if not os.path.exists(tsv):
        continue
    rows = medians(tsv)
    cand, ref = rows.get("candidate", []), rows.get("envoy-c1", [])
    if not cand or not ref:
        continue
    rps, rrps = med(cand, "rps"), med(ref, "rps")
    eff, reff = med(cand, "req_per_cpu_s"), med(ref, "req_per_cpu_s")
    p99, rp99 = med(cand, "p99_ms"), med(ref, "p99_ms")
    errors = sum(int(float(r.get("errors", 0) or 0)) for r in cand)
    print(f"| {name} | {rps:,.0f} | {rrps:,.0f} | {rps / rrps:.2f} | {eff / reff:.2f} | {p99 / rp99:.2f} | "
          f"{med(cand, 'rss_mb'):.1f} | {errors} |")
startup = os.path.join(out, "startup.txt")
if os.path.exists(startup):
    print()
    print(open(startup).read().strip())
