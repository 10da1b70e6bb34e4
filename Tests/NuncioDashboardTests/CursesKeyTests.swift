import CNCurses
import Foundation
import Testing

@testable import NuncioDashboard

/// How curses key codes become `Key`s; no terminal needed, the mapping is pure.
@Suite struct CursesKeyTests {
    @Test func characters() {
        #expect(CursesTerminal.characterKey(9) == .tab)
        #expect(CursesTerminal.characterKey(10) == .enter)
        #expect(CursesTerminal.characterKey(13) == .enter)
        #expect(CursesTerminal.characterKey(27) == .escape)
        #expect(CursesTerminal.characterKey(127) == .backspace)
        #expect(CursesTerminal.characterKey(UInt32(("q" as Unicode.Scalar).value)) == .character("q"))
        #expect(CursesTerminal.characterKey(UInt32(("é" as Unicode.Scalar).value)) == .character("é"))
        #expect(CursesTerminal.characterKey(1) == nil)  // Ctrl-A: unbound
    }

    @Test func functionKeys() {
        #expect(CursesTerminal.functionKey(nuncio_key_up()) == .up)
        #expect(CursesTerminal.functionKey(nuncio_key_npage()) == .pageDown)
        #expect(CursesTerminal.functionKey(nuncio_key_btab()) == .backTab)
        #expect(CursesTerminal.functionKey(nuncio_key_resize()) == .resize)
        #expect(CursesTerminal.functionKey(nuncio_key_enter()) == .enter)
    }
}

/// Without a terminal the dashboard refuses to start instead of exiting the process, so `nuncio` can run headless.
@Suite struct CursesStartTests {
    @Test(.enabled(if: isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0))
    func refusesWithoutATerminal() {
        #expect(throws: DashboardError.self) { _ = try CursesTerminal() }
    }
}
