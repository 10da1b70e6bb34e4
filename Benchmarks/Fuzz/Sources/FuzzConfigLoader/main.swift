import Foundation
import NuncioConfig

/// libFuzzer's driver, called from our own `main` (SwiftPM gives executables their entry point; libFuzzer's
/// `main` is then not linked in).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
) -> Int32

/// Any bytes as a bootstrap file: the loader must answer with a model or a `ConfigError`, never crash.
func fuzzConfigLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? BootstrapLoader.load(text: text, file: "fuzz.yaml")
    return 0
}

// Warm up first: one-time caches (Yams, Foundation) must not count as a leak of the first input.
for seed in ["static_resources: {}", "admin: {address: {socket_address: {address: 127.0.0.1, port_value: 1}}}", "[", ""] {
    let bytes = Array(seed.utf8) + [0]
    _ = bytes.withUnsafeBufferPointer { fuzzConfigLoader($0.baseAddress!, seed.utf8.count) }
}
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzConfigLoader))
