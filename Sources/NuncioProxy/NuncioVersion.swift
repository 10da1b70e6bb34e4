/// Nuncio's version, and the Envoy release whose behaviour and admin formats it follows.
public enum NuncioVersion {
    public static let number = "0.1.0"
    public static let envoyCompatibility = "1.40.0"
    /// Shaped as Envoy's `<hash>/<version>/<status>/<build>/<ssl>` so tools that split it keep working.
    public static let buildVersion = "nuncio/\(number)/Clean/RELEASE/none"
    public static let versionLine = "nuncio  version: \(buildVersion) (Envoy \(envoyCompatibility) compatible)"
}
