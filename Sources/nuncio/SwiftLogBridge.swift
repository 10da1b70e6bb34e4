import Logging
import NuncioProxy

/// The libraries' swift-log output (SwiftNIO, AsyncHTTPClient) joins the engine's log once an engine runs:
/// bootstrapped once per process, before any library makes a logger.
enum SwiftLogBridge {
    static let target = EngineLogTarget()

    static func bootstrap() {
        LoggingSystem.bootstrap { label in EngineLogHandler(label: label, target: target) }
    }
}
