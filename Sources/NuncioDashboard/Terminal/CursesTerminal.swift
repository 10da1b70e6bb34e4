import CNCurses
import Foundation

/// The real screen, through ncursesw. Every call must come from the thread that created it: curses is not
/// thread-safe, so the type is deliberately not `Sendable`.
public final class CursesTerminal: Terminal {
    public let supportsColor: Bool
    public let glyphs: Glyphs
    private var ended = false

    /// Takes over the terminal. `color` false (or `NO_COLOR` set) draws in monochrome.
    /// Throws when curses cannot drive the terminal (no terminal, or an unknown `TERM`).
    public init(color: Bool = true) throws {
        // The locale must be set before curses starts, or ncursesw draws UTF-8 as bytes.
        setlocale(LC_ALL, "")
        // Curses installs its own SIGWINCH handler only when the signal is at its default; the run loop handles
        // resizes through a dispatch source instead.
        signal(SIGWINCH, SIG_IGN)
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0, nuncio_start_screen() == 0 else {
            signal(SIGWINCH, SIG_DFL)
            throw DashboardError.noTerminal(term: ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        cbreak()
        noecho()
        keypad(nuncio_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if color && !noColor && has_colors() {
            start_color()
            use_default_colors()
            let foregrounds: [TextColor: Int32] = [
                .green: Int32(COLOR_GREEN), .yellow: Int32(COLOR_YELLOW), .red: Int32(COLOR_RED),
                .cyan: Int32(COLOR_CYAN), .blue: Int32(COLOR_BLUE), .magenta: Int32(COLOR_MAGENTA),
            ]
            for (role, foreground) in foregrounds {
                init_pair(Int16(role.rawValue), Int16(foreground), -1)
            }
            supportsColor = true
        } else {
            supportsColor = false
        }
        glyphs = nuncio_locale_is_utf8() != 0 ? .unicode : .ascii
    }

    deinit {
        end()
    }

    /// Gives the terminal back. Safe to call twice.
    public func end() {
        guard !ended else { return }
        ended = true
        endwin()
    }

    public var size: TerminalSize {
        TerminalSize(rows: Int(nuncio_rows()), columns: Int(nuncio_columns()))
    }

    public func erase() {
        werase(nuncio_stdscr())
    }

    public func clearAll() {
        // Marks the whole screen for repainting at the next refresh, instead of trusting what is there.
        clearok(nuncio_stdscr(), true)
        werase(nuncio_stdscr())
    }

    public func handleResize() {
        var rows: Int32 = 0, columns: Int32 = 0
        if nuncio_terminal_size(STDOUT_FILENO, &rows, &columns) == 0, rows > 0, columns > 0 {
            resizeterm(rows, columns)
        }
    }

    public func draw(_ text: String, row: Int, column: Int, style: TextStyle) {
        let size = self.size
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return }
        var attributes = nuncio_a_normal()
        if style.bold { attributes |= nuncio_a_bold() }
        if style.reverse { attributes |= nuncio_a_reverse() }
        if style.dim { attributes |= nuncio_a_dim() }
        if style.underline { attributes |= nuncio_a_underline() }
        if supportsColor, let color = style.color { attributes |= nuncio_color_pair(Int32(color.rawValue)) }
        _ = nuncio_set_attributes(attributes)
        let visible = String(text.prefix(size.columns - column))
        // Writing the bottom-right cell reports an error after drawing it; the error is harmless.
        _ = mvwaddstr(nuncio_stdscr(), Int32(row), Int32(column), visible)
        _ = nuncio_set_attributes(nuncio_a_normal())
    }

    public func refresh() {
        wnoutrefresh(nuncio_stdscr())
        doupdate()
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        wtimeout(nuncio_stdscr(), Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let result = wget_wch(nuncio_stdscr(), &character)
        if result == ERR { return nil }
        if result == nuncio_key_code_yes() { return Self.functionKey(Int32(character)) }
        return Self.characterKey(UInt32(character))
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case nuncio_key_up(): return .up
        case nuncio_key_down(): return .down
        case nuncio_key_left(): return .left
        case nuncio_key_right(): return .right
        case nuncio_key_ppage(): return .pageUp
        case nuncio_key_npage(): return .pageDown
        case nuncio_key_home(): return .home
        case nuncio_key_end(): return .end
        case nuncio_key_enter(): return .enter
        case nuncio_key_btab(): return .backTab
        case nuncio_key_backspace(): return .backspace
        case nuncio_key_resize(): return .resize
        default: return nil
        }
    }

    static func characterKey(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        default:
            guard code >= 32, let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
