/// Drawing helpers over a `Terminal`: clipped, padded text and colour that falls back to attributes.
struct Canvas {
    let terminal: any Terminal
    let glyphs: Glyphs
    let color: Bool

    init(_ terminal: any Terminal) {
        self.terminal = terminal
        glyphs = terminal.glyphs
        color = terminal.supportsColor
    }

    var rows: Int { terminal.size.rows }
    var columns: Int { terminal.size.columns }

    /// Draws `text` cut to `width` cells (the rest of the line when nil).
    func text(_ text: String, row: Int, column: Int, width: Int? = nil, style: TextStyle = .plain) {
        let room = min(width ?? (columns - column), columns - column)
        guard room > 0 else { return }
        terminal.draw(String(text.prefix(room)), row: row, column: column, style: adapted(style))
    }

    /// Fills a whole line with `style` (for reverse-video bars), then draws `text` on it.
    func line(_ text: String, row: Int, style: TextStyle) {
        terminal.draw(text.fitted(to: columns), row: row, column: 0, style: adapted(style))
    }

    /// Without colour, a coloured run keeps its meaning through attributes: red bold, yellow underlined.
    func adapted(_ style: TextStyle) -> TextStyle {
        guard !color, let role = style.color else { return style }
        var mono = style.with(color: nil)
        switch role {
        case .red: mono.bold = true
        case .yellow: mono.underline = true
        default: break
        }
        return mono
    }
}

extension String {
    /// Cut or padded to exactly `width` characters, right-aligned when asked.
    func fitted(to width: Int, alignRight: Bool = false) -> String {
        guard width > 0 else { return "" }
        if count > width { return String(prefix(width)) }
        let pad = String(repeating: " ", count: width - count)
        return alignRight ? pad + self : self + pad
    }
}
