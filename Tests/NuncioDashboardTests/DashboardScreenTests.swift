import Testing

@testable import NuncioDashboard

@Suite struct DashboardScreenTests {
    @Test func screensAreNumberedOneToSix() {
        #expect(DashboardScreen.allCases.map(\.rawValue) == [1, 2, 3, 4, 5, 6])
    }
}
