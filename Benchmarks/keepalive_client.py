#!/usr/bin/env python3
"""Waits (bounded) for the proxy, then sends N sequential keep-alive GETs and checks each answer."""
import socket, sys, time

port, count = int(sys.argv[1]), int(sys.argv[2])
deadline = time.time() + 120
while True:
    try:
        conn = socket.create_connection(("127.0.0.1", port), timeout=30)
        break
    except OSError:
        if time.time() > deadline:
            sys.exit("proxy did not start")
        time.sleep(0.2)
request = b"GET / HTTP/1.1\r\nHost: bench\r\nUser-Agent: wrk\r\n\r\n"
for _ in range(count):
    conn.sendall(request)
    data = b""
    while not data.endswith(b"127.0.0.1\n"):
        chunk = conn.recv(65536)
        if not chunk:
            sys.exit("connection closed")
        data += chunk
    assert data.startswith(b"HTTP/1.1 200"), data[:40]
conn.close()
