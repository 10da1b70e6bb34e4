import Testing

@testable import NuncioConfig
@testable import NuncioProxy

/// The path edits of `normalize_path`, `merge_slashes` and `path_with_escaped_slashes_action`, against what real
/// Envoy 1.40 forwarded (or answered) for each path.
@Suite struct PathNormalizerTests {
    static func normalizer(
        normalize: Bool = true, merge: Bool = true,
        escapedSlashes: HttpConnectionManager.PathWithEscapedSlashesAction = .KEEP_UNCHANGED
    ) -> PathNormalizer? {
        var manager = HttpConnectionManager(
            statPrefix: "test", routeConfig: RouteConfiguration(virtualHosts: []), httpFilters: [])
        manager.normalizePath = normalize
        manager.mergeSlashes = merge
        manager.pathWithEscapedSlashesAction = escapedSlashes
        return PathNormalizer(manager)
    }

    static func apply(_ normalizer: PathNormalizer?, _ path: String) -> (String, PathNormalizer.Outcome) {
        var uri = path
        let outcome = normalizer!.apply(to: &uri)
        return (uri, outcome)
    }

    /// Envoy 1.40 with normalize_path and merge_slashes, escaped slashes kept: the path the upstream received.
    @Test(arguments: [
        ("/a/./b/../c", "/a/c"), ("//x///y", "/x/y"), ("/a/%2e%2e/b", "/b"), ("/%41%42c", "/ABc"),
        ("/a\\b", "/a/b"), ("/admin/../x", "/x"), ("/x?q=/../a", "/x?q=/../a"), ("/a\"b", "/a%22b"),
        ("/a{b}", "/a%7Bb%7D"), ("/a^b", "/a%5Eb"), ("/a|b", "/a%7Cb"), ("/a<b>", "/a%3Cb%3E"), ("/a`b", "/a%60b"),
        ("/a'b", "/a'b"), ("/a%7Bb%22%5e%7c%25%2d%5F%30%C3%A9", "/a%7Bb%22%5e%7c%25-_0%C3%A9"),
        ("/a%2e%2e", "/a.."), ("/a/%2e%2e", "/"), ("/a/.%2e/b", "/b"), ("/a/b/..", "/a/"), ("/a/./", "/a/"),
        ("/a/b/.../c", "/a/b/.../c"), ("/a/b/..c", "/a/b/..c"), ("/..", "/"), ("/../a", "/a"), ("/a/..//b", "/b"),
        ("/a%ZZ", "/a%ZZ"), ("/a%", "/a%"), ("/a%2", "/a%2"), ("/a/.;/b", "/a/b"), ("/a/..;/b", "/b"),
        ("/a/.;x/b", "/a/b"), ("/a/b;/../c", "/a/c"), ("/a/.;", "/a/"), ("/a/..;", "/"), ("/a/..;x/c", "/c"),
        ("/a/b/..;x", "/a/"), ("/a/%2e;/b", "/a/.;/b"), ("/a/.%3b/b", "/a/.%3b/b"), ("/a/.%2e;/b/c", "/a/..;/b/c"),
        ("/a/%2e.;/b/c", "/a/..;/b/c"), ("/a/b/c.;/d", "/a/b/c.;/d"), ("/a/b/..;x;y/d", "/a/d"),
        ("/%7e%2e%2E/x", "/~../x"), ("/a%2Fb", "/a%2Fb"), ("/a%2fb/../c", "/c"),
    ])
    func normalizesAsEnvoy(path: String, expected: String) {
        let (uri, outcome) = Self.apply(Self.normalizer(), path)
        #expect(uri == expected)
        #expect(outcome == .continue)
    }

    @Test func nulCannotBeNormalized() {
        #expect(Self.apply(Self.normalizer(), "/a%00b").1 == .reject)
    }

    /// UNESCAPE_AND_REDIRECT: the decoded, normalized path is the redirect's target; the query keeps its escapes.
    @Test(arguments: [
        ("/a%2Fb", "/a/b"), ("/a%2fb/c", "/a/b/c"), ("/x/..%2Fadmin", "/admin"), ("/a%5Cb", "/a/b"),
        ("/a%2Fb?q=%2F", "/a/b?q=%2F"), ("/a/b/.;x%2fy/d", "/a/b/y/d"),
    ])
    func escapedSlashesRedirect(path: String, location: String) {
        let (uri, outcome) = Self.apply(Self.normalizer(escapedSlashes: .UNESCAPE_AND_REDIRECT), path)
        #expect(outcome == .redirect)
        #expect(uri == location)
    }

    @Test func escapedSlashesInTheQueryAloneAreNotRedirected() {
        let (uri, outcome) = Self.apply(Self.normalizer(escapedSlashes: .UNESCAPE_AND_REDIRECT), "/a?b=%2F")
        #expect(outcome == .continue)
        #expect(uri == "/a?b=%2F")
    }

    @Test func escapedSlashesForwardedOrRejected() {
        let forward = Self.normalizer(normalize: false, merge: false, escapedSlashes: .UNESCAPE_AND_FORWARD)
        #expect(Self.apply(forward, "/a%2F%2fb%5c").0 == "/a//b\\")
        #expect(Self.apply(forward, "/a%2F%2fb%5c").1 == .continue)
        let reject = Self.normalizer(normalize: false, merge: false, escapedSlashes: .REJECT_REQUEST)
        #expect(Self.apply(reject, "/a%2fb").1 == .reject)
        #expect(Self.apply(reject, "/a%41b").1 == .continue)
    }

    @Test func mergeSlashesAlone() {
        let merge = Self.normalizer(normalize: false, merge: true)
        #expect(Self.apply(merge, "//a//./b/?x=//").0 == "/a/./b/?x=//")
        #expect(Self.apply(merge, "///").0 == "//")
    }

    /// A listener without any of the fields has no normalizer: requests pay nothing.
    @Test func noFieldsNoNormalizer() {
        #expect(Self.normalizer(normalize: false, merge: false) == nil)
        let unset = Self.normalizer(normalize: false, merge: false, escapedSlashes: .IMPLEMENTATION_SPECIFIC_DEFAULT)
        #expect(unset == nil)
        #expect(Self.normalizer(normalize: false, merge: false, escapedSlashes: .REJECT_REQUEST) != nil)
    }
}
