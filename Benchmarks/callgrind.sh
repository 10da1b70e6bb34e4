#!/usr/bin/env bash
# Instructions per proxied request, counted by callgrind (repeatable, unlike timings on a shared machine):
# two runs with N1 and N2 keep-alive requests through a release build; the difference divided by N2 - N1 removes
# start-up and shutdown. User-space instructions only (the kernel's share is not counted).
#   Benchmarks/callgrind.sh            # N1=500 N2=2500
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
: "${N1:=500}"
: "${N2:=2500}"
# The release build as shipped: Swift's run-time exclusivity checks off (static checks stay; debug builds and the
# tests keep the dynamic ones). Benchmarks/README.md says why. NUNCIO_RELEASE_FLAGS="" measures with them on.
: "${NUNCIO_RELEASE_FLAGS=-Xswiftc -enforce-exclusivity=unchecked}"
bin=${NUNCIO_BIN:-$root/.build-release/release/nuncio}
[ -x "$bin" ] || swift build -c release --scratch-path "$root/.build-release" --product nuncio $NUNCIO_RELEASE_FLAGS >&2
work=$(mktemp -d /tmp/nuncio-callgrind.XXXXXX)
# valgrind 3.19 cannot read the toolchain's DWARF 5: count a stripped copy.
strip --strip-debug -o "$work/nuncio" "$bin"
bin="$work/nuncio"
backend_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
proxy_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 "$here/tiny_backend.py" "$backend_port" & backend=$!
trap 'kill $backend 2>/dev/null || true' EXIT
sed -e "s/@PORT@/$proxy_port/" -e "s/@BACKEND_PORT@/$backend_port/" -e "/^admin:/,\$d" \
    "$here/../../shared/bench/envoy.yaml" > "$work/config.yaml" 2>/dev/null \
    || sed -e "s/@PORT@/$proxy_port/" -e "s/@BACKEND_PORT@/$backend_port/" "$here/bench-config.yaml" > "$work/config.yaml"
count() {
    local n=$1 out="$work/callgrind.$1"
    valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" -c "$work/config.yaml" --no-tui --concurrency 1 \
        -l error 2>"$work/valgrind.$n.log" & local pid=$!
    python3 "$here/keepalive_client.py" "$proxy_port" "$n" >&2
    kill -TERM "$pid"
    wait "$pid" || true
    grep -m1 "^summary:" "$out" | awk '{print $2}'
}
a=$(count "$N1")
b=$(count "$N2")
echo "profiles: $work/callgrind.$N2 (callgrind_annotate --inclusive=yes)" >&2
python3 -c "print('instructions per request: %.0f  (%d requests: %d, %d requests: %d)' % ((int('$b') - int('$a')) / ($N2 - $N1), $N1, int('$a'), $N2, int('$b')))"
