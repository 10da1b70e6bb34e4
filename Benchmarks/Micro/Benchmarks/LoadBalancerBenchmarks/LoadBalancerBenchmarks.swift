import Atomics
import Benchmark
import MicroSupport
import NuncioConfig
import NuncioProxy

// The load balancers: `LoadBalancer.choose(from:)`, once per request attempt. Each iteration makes 1,000 choices
// from one thread (no contention on the round-robin cursor); figures are per choice.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = microConfiguration(scalingFactor: .kilo)

    for policy in [Cluster.LbPolicy.ROUND_ROBIN, .RANDOM, .LEAST_REQUEST] {
        for count in [3, 100] {
            let set = hostSet(count: count)
            let balancer = LoadBalancer(policy: policy)
            Benchmark("LoadBalancer \(policy.rawValue), \(count) hosts") { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(balancer.choose(from: set))
                }
            }
        }
    }
}

/// Healthy hosts on loopback addresses (never connected to), with uneven active-request counts so that
/// LEAST_REQUEST's comparisons go both ways.
func hostSet(count: Int) -> HostSet {
    let hosts = (0..<count).map { index in
        let host = try! Host(
            address: SocketAddress(address: "127.0.\(index / 250).\(index % 250 + 1)", port: 8080),
            hostname: "backend-\(index)")
        host.stats.rqActive.store(Int64(index % 7), ordering: .relaxed)
        return host
    }
    return HostSet(hosts: hosts)
}
