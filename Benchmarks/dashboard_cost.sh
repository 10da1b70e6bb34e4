#!/usr/bin/env bash
# What an open dashboard costs the proxy: wrk through a release Nuncio (PIN=1 layout: client and backend on core
# 0, proxy on core 1), alternating rounds without and with `nuncio top` attached at a 1 s refresh in tmux.
# Prints median requests/s and requests per proxy CPU-second for each. Loopback only; stops what it starts by PID.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
bin=${NUNCIO_BIN:-$root/.build-release/release/nuncio}
: "${ROUNDS:=3}"
: "${SECONDS_PER_ROUND:=8}"
work=$(mktemp -d /tmp/nuncio-dashcost.XXXXXX)
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
backend=$(port); listener=$(port); admin=$(port)
cat > "$work/nginx.conf" <<NGX
worker_processes 1; pid $work/nginx.pid; error_log $work/nginx.err; daemon off;
events { worker_connections 4096; }
http { access_log off; keepalive_requests 1000000;
  server { listen 127.0.0.1:$backend; location / { return 200 "Hello from behind Envoy (service 1)!\n"; } } }
NGX
taskset -c 0 /usr/sbin/nginx -c "$work/nginx.conf" -p "$work" & ngx=$!
sed -e "s/@PORT@/$listener/" -e "s/@BACKEND_PORT@/$backend/" -e "s/@ADMIN_PORT@/$admin/" \
    "$root/../shared/bench/envoy.yaml" > "$work/config.yaml"
taskset -c 1 "$bin" -c "$work/config.yaml" --no-tui --concurrency 1 -l error & proxy=$!
session="dashcost-$$"
cleanup() { tmux kill-session -t "$session" 2>/dev/null || true; kill "$proxy" "$ngx" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$listener/" && break; sleep 0.1; done
measure() {
    local t0 t1 out req
    t0=$(awk '{print $14+$15}' /proc/$proxy/stat)
    out=$(taskset -c 0 wrk -t1 -c64 -d"${SECONDS_PER_ROUND}s" "http://127.0.0.1:$listener/")
    t1=$(awk '{print $14+$15}' /proc/$proxy/stat)
    req=$(echo "$out" | awk '/requests in/ {print $1}')
    echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(python3 -c "print($req / (($t1 - $t0) / $(getconf CLK_TCK)))")"
}
taskset -c 0 wrk -t1 -c64 -d2s "http://127.0.0.1:$listener/" > /dev/null
for round in $(seq "$ROUNDS"); do
    echo "without $(measure)" >> "$work/results"
    tmux new-session -d -s "$session" -x 160 -y 45 "$bin top http://127.0.0.1:$admin --refresh 1"
    sleep 2
    echo "with $(measure)" >> "$work/results"
    tmux kill-session -t "$session"
done
python3 - "$work/results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
med = {k: (statistics.median(float(r[1]) for r in rows if r[0] == k),
           statistics.median(float(r[2]) for r in rows if r[0] == k)) for k in ("without", "with")}
for k, (rps, eff) in med.items():
    print(f"{k:8s} dashboard: {rps:9,.0f} req/s  {eff:9,.0f} req per proxy CPU-s")
print(f"cost of an open dashboard (1 s refresh): {100 * (1 - med['with'][0] / med['without'][0]):+.1f}% req/s, "
      f"{100 * (1 - med['with'][1] / med['without'][1]):+.1f}% efficiency")
PY
