#!/usr/bin/env python3
"""Time from exec to the first proxied 200, for Nuncio and Envoy on the same config (median of N rounds).

A tiny HTTP backend on 127.0.0.1 answers; each proxy is started on a free port, polled every 2 ms with a raw GET,
and stopped by PID. Loopback only; every loop is bounded."""
import argparse, http.server, os, signal, socket, statistics, subprocess, tempfile, threading, time

CONFIG = """static_resources:
  listeners:
  - address: {{ socket_address: {{ address: 127.0.0.1, port_value: {port} }} }}
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          stat_prefix: ingress_http
          route_config:
            virtual_hosts:
            - name: all
              domains: ["*"]
              routes:
              - match: {{ prefix: "/" }}
                route: {{ cluster: backend }}
          http_filters:
          - name: envoy.filters.http.router
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
  clusters:
  - name: backend
    type: STATIC
    connect_timeout: 1s
    load_assignment:
      cluster_name: backend
      endpoints:
      - lb_endpoints:
        - endpoint: {{ address: {{ socket_address: {{ address: 127.0.0.1, port_value: {backend} }} }} }}
admin:
  address: {{ socket_address: {{ address: 127.0.0.1, port_value: {admin} }} }}
"""


class Quiet(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self.send_response(200)
        self.send_header("content-length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_200(port, deadline):
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                if s.recv(64).startswith(b"HTTP/1.1 200"):
                    return True
        except OSError:
            pass
        time.sleep(0.002)
    return False


def measure(command, backend):
    port, admin = free_port(), free_port()
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        f.write(CONFIG.format(port=port, backend=backend, admin=admin))
    start = time.monotonic()
    proc = subprocess.Popen(command + [f.name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ok = first_200(port, start + 15)
    elapsed = (time.monotonic() - start) * 1000
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    os.unlink(f.name)
    return elapsed if ok else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nuncio", required=True)
    parser.add_argument("--envoy", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    backend = server.server_address[1]
    commands = {
        "nuncio": [args.nuncio, "--no-tui", "--concurrency", "1", "-l", "warning", "-c"],
        "envoy": [args.envoy, "--concurrency", "1", "-l", "warning", "--base-id", "9", "-c"],
    }
    results = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, command in commands.items():
            value = measure(command, backend)
            if value is not None:
                results[name].append(value)
    medians = {name: statistics.median(v) if v else float("nan") for name, v in results.items()}
    for name, values in results.items():
        print(f"{name}: start to first proxied 200, median {medians[name]:.0f} ms over {len(values)} runs "
              f"({', '.join(f'{v:.0f}' for v in values)})")
    print(f"ratio nuncio/envoy: {medians['nuncio'] / medians['envoy']:.2f}")
    server.shutdown()


if __name__ == "__main__":
    main()
