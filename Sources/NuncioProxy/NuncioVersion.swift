/// Nuncio's version, and the Envoy release whose behaviour and admin formats it follows.
public enum NuncioVersion {
    public static let number = "0.1.0"
    public static let envoyCompatibility = "1.40.0"
    /// Envoy's build type field: what this binary was compiled as.
    #if DEBUG
        public static let buildType = "DEBUG"
    #else
        public static let buildType = "RELEASE"
    #endif
    /// Envoy's `<revision>/<version>/<status>/<build type>/<ssl>` with the fields Nuncio knows: its name for the
    /// revision, its version and its build type (no revision status is recorded, and there is no TLS).
    public static let buildVersion = "nuncio/\(number)/\(buildType)"
    public static let versionLine = "nuncio  version: \(buildVersion) (Envoy \(envoyCompatibility) compatible)"
}
