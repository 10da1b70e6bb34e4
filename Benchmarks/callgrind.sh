#!/usr/bin/env bash
# Instructions per proxied request, counted by callgrind (repeatable, unlike timings on a shared machine):
# two runs with N1 and N2 keep-alive requests through a release build; the difference divided by N2 - N1 removes
# start-up and shutdown. User-space instructions only (the kernel's share is not counted).
#   Benchmarks/callgrind.sh            # N1=500 N2=2500, HTTP/1.1 both sides
#   MODE=h2-upstream Benchmarks/callgrind.sh    # HTTP/1.1 in, h2c to an nginx backend (the seed's path)
#   MODE=h2-downstream Benchmarks/callgrind.sh  # h2c in (h2load, one stream at a time), HTTP/1.1 out
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
: "${N1:=500}"
: "${N2:=2500}"
: "${MODE:=h1}"
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
if [ "$MODE" = h2-upstream ]; then
    # nginx answers h2c (prior knowledge) with the harness's fixed body.
    mkdir -p "$work/nginx"
    cat > "$work/nginx.conf" <<CONF
worker_processes 1; daemon off; master_process off; pid $work/nginx.pid; error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http { access_log off; keepalive_requests 1000000; client_body_temp_path $work/nginx;
    proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
    server { listen 127.0.0.1:$backend_port http2; location / { default_type text/plain; return 200 "Hello from behind Envoy (service 1)! hostname: bench resolvedhostname: 127.0.0.1\\n"; } } }
CONF
    nginx -c "$work/nginx.conf" -p "$work" & backend=$!
else
    python3 "$here/tiny_backend.py" "$backend_port" & backend=$!
fi
trap 'kill $backend 2>/dev/null || true' EXIT
sed -e "s/@PORT@/$proxy_port/" -e "s/@BACKEND_PORT@/$backend_port/" -e "/^admin:/,\$d" \
    "$here/../../shared/bench/envoy.yaml" > "$work/config.yaml"
if [ "$MODE" = h2-upstream ]; then
    sed -i 's/^    lb_policy: ROUND_ROBIN$/    lb_policy: ROUND_ROBIN\n    typed_extension_protocol_options:\n      envoy.extensions.upstreams.http.v3.HttpProtocolOptions:\n        "@type": type.googleapis.com\/envoy.extensions.upstreams.http.v3.HttpProtocolOptions\n        explicit_http_config: { http2_protocol_options: {} }/' "$work/config.yaml"
fi
sleep 0.5
count() {
    local n=$1 out="$work/callgrind.$1"
    valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" -c "$work/config.yaml" --no-tui --concurrency 1 \
        -l error 2>"$work/valgrind.$n.log" & local pid=$!
    if [ "$MODE" = h2-downstream ]; then
        for _ in $(seq 150); do
            python3 -c "import socket; socket.create_connection(('127.0.0.1', $proxy_port), 1)" 2>/dev/null && break
            sleep 0.2
        done
        h2load -n "$n" -c 1 -m 1 "http://127.0.0.1:$proxy_port/" | grep -E "^requests:" >&2
    else
        python3 "$here/keepalive_client.py" "$proxy_port" "$n" >&2
    fi
    kill -TERM "$pid"
    wait "$pid" || true
    grep -m1 "^summary:" "$out" | awk '{print $2}'
}
a=$(count "$N1")
b=$(count "$N2")
echo "profiles: $work/callgrind.$N2 (callgrind_annotate --inclusive=yes)" >&2
python3 -c "print('instructions per request: %.0f  (%d requests: %d, %d requests: %d)' % ((int('$b') - int('$a')) / ($N2 - $N1), $N1, int('$a'), $N2, int('$b')))"
