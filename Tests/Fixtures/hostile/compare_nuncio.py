#!/usr/bin/env python3
"""Replays the hostile corpus against a built `nuncio` binary and lists where it answers otherwise than Envoy did.

    python3 Tests/Fixtures/hostile/compare_nuncio.py [--nuncio .build/debug/nuncio] [case names...]

A quick loop while fixing the HTTP/1 downstream code; the Swift test `HostileRequestCorpusTests` is the check.
Uses record_envoy.py's backend, config and reader, so both proxies see the same setup. Stops only the nuncio
process it started, by PID. Loopback only; bounded.
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import record_envoy as recorder  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nuncio", default=os.path.join(ROOT, ".build", "debug", "nuncio"))
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    http.client._MAXHEADERS = 1000
    backend = recorder.QuietServer((recorder.BACKEND_HOST, 0), recorder.Backend)
    threading.Thread(target=backend.serve_forever, daemon=True).start()
    listen, admin = recorder.free_port(), recorder.free_port()
    work = tempfile.mkdtemp(prefix="hostile-nuncio-")
    config = os.path.join(work, "nuncio.yaml")
    with open(config, "w") as f:
        f.write(recorder.CONFIG.format(
            listen=listen, admin=admin, backend=recorder.BACKEND_HOST, backend_port=backend.server_port))
    log = open(os.path.join(work, "nuncio.log"), "w")
    proxy = subprocess.Popen([args.nuncio, "-c", config, "--no-tui", "--concurrency", "1"],
                             stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", listen), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        with open(recorder.CORPUS) as f:
            corpus = [case for case in json.load(f)["cases"] if not args.names or case["name"] in args.names]
        keys = ("name", "note", "request", "repeat")
        fresh = [{key: case[key] for key in keys if key in case} for case in corpus]
        with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(lambda case: recorder.run_case(case, listen), fresh))
    finally:
        proxy.terminate()
        try:
            proxy.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proxy.kill()
            proxy.wait(timeout=10)
        backend.shutdown()
        log.close()
    mismatches = 0
    for envoy, nuncio in zip(corpus, answers):
        if all(envoy[key] == nuncio[key] for key in ("answers", "closes", "keepAlive")):
            continue
        mismatches += 1
        print("%-36s envoy %s closes=%s keepAlive=%s | nuncio %s closes=%s keepAlive=%s" % (
            envoy["name"], [(a["status"], a.get("body")) for a in envoy["answers"]], envoy["closes"],
            envoy["keepAlive"], [(a["status"], a.get("body")) for a in nuncio["answers"]], nuncio["closes"],
            nuncio["keepAlive"]))
    print("%d of %d cases answered as Envoy did (nuncio log: %s)" % (len(corpus) - mismatches, len(corpus), log.name))


if __name__ == "__main__":
    main()
