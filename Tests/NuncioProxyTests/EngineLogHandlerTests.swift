import Logging
import Testing

@testable import NuncioProxy

/// The libraries' swift-log lines reach the engine's sink under `misc`, at `misc`'s live level.
@Suite struct EngineLogHandlerTests {
    @Test func libraryLinesReachTheSinkAtMiscsLevel() {
        let sink = MemoryLogSink()
        let registry = LoggerRegistry(defaultLevel: .info)
        let target = EngineLogTarget()
        let logger = Logger(label: "org.swift.nio") { EngineLogHandler(label: $0, target: target) }
        logger.info("before the engine")
        target.set(EngineLog(registry: registry, sink: sink))
        #expect(sink.tail.isEmpty)

        logger.info("connected", metadata: ["peer": "127.0.0.1"])
        logger.debug("not at info")
        #expect(sink.tail.count == 1)
        #expect(sink.tail.first?.contains("][info][misc] [") == true)
        #expect(sink.tail.first?.hasSuffix("org.swift.nio: connected peer=127.0.0.1") == true)

        registry.setLevel(.debug, for: "misc")
        logger.debug("now at debug")
        #expect(sink.tail.last?.hasSuffix("org.swift.nio: now at debug") == true)
        registry.setLevel(.off, for: "misc")
        logger.critical("off is off")
        #expect(sink.tail.count == 2)
    }

    @Test func theRegistryListsNuncioLoggersOnly() {
        let registry = LoggerRegistry()
        #expect(registry.names == ["admin", "config", "file", "hc", "main", "misc", "upstream"])
        #expect(!registry.contains("wasm"))
        #expect(LoggerRegistry.parseComponentLevels("upstream:debug,misc:trace").map { $0.count } == .success(2))
        #expect(LoggerRegistry.parseComponentLevels("lua:debug").map { $0.count } == .failure(.unknownComponent("lua")))
    }
}
