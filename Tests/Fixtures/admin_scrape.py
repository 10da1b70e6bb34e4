#!/usr/bin/env python3
"""A scraper written for Envoy's admin API: the requests a monitoring script makes, and what it relies on in each
answer (status, content type, JSON shape, Prometheus parse, text line shapes). Prints one line per request, so the
same script can be pointed at Envoy and at Nuncio and the outputs compared. Loopback only.

usage: admin_scrape.py http://127.0.0.1:9901"""
import json, re, sys, urllib.error, urllib.request

base = sys.argv[1].rstrip("/")


def call(method, path):
    request = urllib.request.Request(base + path, method=method, data=b"" if method == "POST" else None)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.headers.get("content-type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("content-type", ""), error.read().decode()


def shape(value, depth=0):
    if isinstance(value, dict):
        return "{" + ",".join(f"{k}:{shape(v, depth + 1)}" for k, v in sorted(value.items())
                              if depth < 1) + "}" if depth < 1 else "{}"
    if isinstance(value, list):
        return "[" + (shape(value[0], depth + 1) if value else "") + "]"
    return type(value).__name__


def summary(path, content_type, body):
    if "json" in content_type:
        data = json.loads(body)
        if path.startswith("/stats"):
            names = {s["name"] for s in data["stats"] if "name" in s}
            has_histograms = any("histograms" in s for s in data["stats"])
            return f"stats has cluster.service1.upstream_rq_total={'cluster.service1.upstream_rq_total' in names} " \
                   f"histograms={has_histograms}"
        if path.startswith("/clusters"):
            cluster = next(c for c in data["cluster_statuses"] if c["name"] == "service1")
            host = cluster["host_statuses"][0]
            return f"clusters service1 hosts={len(cluster['host_statuses'])} host_keys={sorted(host)}"
        if path.startswith("/server_info"):
            return f"server_info keys={sorted(data)} state={data['state']} " \
                   f"options={'yes' if isinstance(data['command_line_options'], dict) else 'no'}"
        if path.startswith("/config_dump"):
            return "config_dump types=" + ",".join(c["@type"].split(".")[-1] for c in data["configs"])
        return f"json {shape(data)}"
    lines = body.splitlines()
    if path == "/stats/prometheus":
        try:
            from prometheus_client.parser import text_string_to_metric_families
        except ImportError:
            return "prometheus (no parser installed)"
        families = {f.name for f in text_string_to_metric_families(body)}
        return f"prometheus parses, has envoy_cluster_upstream_rq={'envoy_cluster_upstream_rq' in families}"
    if path.startswith("/clusters"):
        return "clusters text " + str(all(re.match(r"^[\w.-]+::", l) for l in lines))
    if path.startswith("/stats"):
        return "stats text " + str(all(re.match(r"^[\w.:-]+: ", l) for l in lines))
    if path.startswith("/listeners"):
        return "listeners text " + str(all(re.match(r"^[^:]+::[\d.]+:\d+$", l) for l in lines))
    if path == "/logging":
        return "logging " + lines[0]
    return body.strip().splitlines()[0] if body.strip() else "(empty)"


REQUESTS = [
    ("GET", "/ready"), ("GET", "/server_info"), ("GET", "/clusters"), ("GET", "/clusters?format=json"),
    ("GET", "/listeners"), ("GET", "/listeners?format=json"), ("GET", "/stats?filter=service1"),
    ("GET", "/stats?format=json"), ("GET", "/stats/prometheus"), ("GET", "/config_dump"), ("GET", "/certs"),
    ("GET", "/runtime"), ("GET", "/hot_restart_version"), ("GET", "/healthcheck/fail"), ("POST", "/healthcheck/fail"),
    ("GET", "/ready"), ("POST", "/healthcheck/ok"), ("GET", "/ready"), ("POST", "/logging"),
    ("POST", "/logging?level=bogus"), ("POST", "/reset_counters"), ("POST", "/runtime_modify?x=1"),
    ("POST", "/cpuprofiler"), ("GET", "/no_such_path"),
]

for method, path in REQUESTS:
    status, content_type, body = call(method, path)
    print(f"{method} {path} -> {status} {content_type.split(';')[0]} | {summary(path, content_type, body)}")
