import Testing

@testable import NuncioConfig

/// The hash Envoy's subscription `version` gauge holds, checked on values real Envoy 1.40 showed.
@Suite struct XXHash64Tests {
    @Test func matchesEnvoysGauge() {
        // `cluster_manager.cds.version` of real Envoy with version_info "" and "v2".
        #expect(XXHash64.hash("") == 17_241_709_254_077_376_921)
        #expect(XXHash64.hash("v2") == 17_234_765_554_138_278_603)
        // `cluster.app.version` (EDS) and `http.ingress.rds.local_route.version` with "e1" and "r1".
        #expect(XXHash64.hash("e1") == 375_412_022_058_588_663)
        #expect(XXHash64.hash("r1") == 7_014_043_718_409_226_471)
    }

    @Test func referenceVectors() {
        // xxHash's published values for seed 0.
        #expect(XXHash64.hash("abc") == 0x44BC_2CF5_AD77_0999)
        #expect(XXHash64.hash("Nobody inspects the spammish repetition") == 0xFBCE_A83C_8A37_8BF1)
    }
}
