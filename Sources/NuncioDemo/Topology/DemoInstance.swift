/// A snapshot of one service instance — one container of the sandbox, named like docker-compose's `service1_2`.
public struct DemoInstance: Sendable, Equatable {
    public var service: String
    /// 1-based, as in `service1_1`; it also picks the address: service N's instance i is on 127.0.0.(10N+i).
    public var index: Int
    public var address: String
    public var port: Int
    /// The container id the instance's greeting reports.
    public var hostname: String
    /// False after `stopInstance`: the address still resolves but refuses connections.
    public var isRunning: Bool
    public var requestsServed: Int

    public var name: String { "\(service)_\(index)" }
}
