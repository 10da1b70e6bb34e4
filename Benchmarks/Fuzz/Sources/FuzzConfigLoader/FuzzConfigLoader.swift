import NuncioConfig

/// libFuzzer entry: any bytes as a bootstrap file. The loader must answer with a model or a `ConfigError`,
/// never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfigLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? BootstrapLoader.load(text: text, file: "fuzz.yaml")
    return 0
}
