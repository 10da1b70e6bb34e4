#!/usr/bin/env bash
# Builds the libFuzzer targets (Benchmarks/Fuzz) and runs each for a bounded time; a crash's input is kept under
# Tests/Fixtures/fuzz-regressions/<target>/ so the regression tests replay it.
#   Benchmarks/fuzz.sh                  # 120 s per target
#   FUZZ_SECONDS=3600 Benchmarks/fuzz.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
: "${FUZZ_SECONDS:=120}"
scratch="$root/.build-fuzz"
swift build --package-path "$here/Fuzz" --scratch-path "$scratch" -c release \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >&2
work=$(mktemp -d /tmp/nuncio-fuzz.XXXXXX)
# The engine's DNS thread pool lives as long as the process; LeakSanitizer's exit report would call it a leak.
printf 'leak:NIOThreadPool\n' > "$work/lsan.supp"
export LSAN_OPTIONS="suppressions=$work/lsan.supp"
status=0
for target in FuzzConfigLoader FuzzRequestPath FuzzHTTP1Parsers; do
    corpus="$work/$target-corpus"
    mkdir -p "$corpus" "$work/$target-crashes"
    case $target in
        FuzzConfigLoader) cp "$root"/Resources/*.yaml "$root"/Tests/Fixtures/*.yaml "$corpus"/ 2>/dev/null || true ;;
        FuzzRequestPath) printf 'GET /service/1 HTTP/1.1\r\nHost: x\r\n\r\n' > "$corpus/get"
                         printf 'POST /exact HTTP/1.1\r\nHost: example.com\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n' > "$corpus/chunked" ;;
        FuzzHTTP1Parsers) printf '\x07GET /a HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi' > "$corpus/request"
                          printf '\x03POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;e\r\nhello\r\n0\r\nT: 1\r\n\r\n' > "$corpus/chunked"
                          printf '\x05HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello' > "$corpus/response"
                          printf '\x02HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n\r\nuntil close' > "$corpus/close" ;;
    esac
    echo "== $target for ${FUZZ_SECONDS}s" >&2
    # Leak checks off: NIO's thread pool and one-time caches hold memory LSan cannot see as reachable (seen as
    # "leaks" of the first inputs); growth per input is still caught by -rss_limit_mb.
    if ! "$scratch/release/$target" "$corpus" -max_total_time="$FUZZ_SECONDS" -max_len=8192 -detect_leaks=0 \
        -rss_limit_mb=2048 \
        -artifact_prefix="$work/$target-crashes/" -print_final_stats=1 2>"$work/$target.log"; then
        status=1
    fi
    grep -E "^stat::|Done|SUMMARY" "$work/$target.log" >&2 || true
    keep="$root/Tests/Fixtures/fuzz-regressions/$target"
    for crash in "$work/$target-crashes"/*; do
        [ -e "$crash" ] || continue
        mkdir -p "$keep"
        cp "$crash" "$keep/"
        echo "crash kept: $keep/$(basename "$crash")" >&2
    done
done
echo "logs in $work" >&2
exit $status
