#!/usr/bin/env bash
# Micro-benchmarks (ordo-one/benchmark, `Benchmarks/Micro`): the route matcher, the load balancers and the stats
# store, built in release. Arguments go to the benchmark plugin as they are:
#   Benchmarks/micro.sh                                   # every benchmark (~40 s, plus ~6 min for a first build)
#   Benchmarks/micro.sh --filter 'RouteTable.*'           # the ones whose name matches a regex
#   Benchmarks/micro.sh --target StatsStoreBenchmarks     # one suite
#   Benchmarks/micro.sh baseline update main              # keep this run as baseline `main` (.benchmarkBaselines/)
#   Benchmarks/micro.sh baseline check main --metric mallocCountTotal   # run again; exit 1 past a threshold
#   Benchmarks/micro.sh baseline compare main             # run again and print the deltas
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# Baselines are written into the package folder, which the plugin may only do when told.
exec swift package --package-path "$here/Micro" --allow-writing-to-package-directory benchmark "$@"
