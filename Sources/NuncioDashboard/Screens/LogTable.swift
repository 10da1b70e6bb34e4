/// The engine's log and access log, newest last. Only an in-process source has one; Envoy's admin API serves none.
enum LogTable {
    static let columns = [TableColumn(title: "LOG", width: 40, priority: 10, flexible: true, sortable: false)]

    static func build(_ model: DashboardModel) -> Table {
        let lines = model.latest?.logLines ?? []
        let search = model.investigation.logSearch
        let rows = lines.enumerated().map { index, line in
            // Lines holding the `:search` text stand out whatever their level.
            let found = search.map { line.localizedCaseInsensitiveContains($0) } ?? false
            let style = found ? TextStyle(color: .yellow, bold: true, underline: true) : style(for: line)
            return TableRow(key: String(index), cells: [.text(line, style: style)], filterText: line)
        }
        return Table(columns: columns, rows: rows)
    }

    /// Envoy's `[warning]`/`[error]` levels, and 5xx access log lines, stand out.
    static func style(for line: String) -> TextStyle {
        if line.contains("][error]") || line.contains("][critical]") { return TextStyle(color: .red) }
        if line.contains("][warning]") { return TextStyle(color: .yellow) }
        if line.range(of: #"" 5\d\d "#, options: .regularExpression) != nil { return TextStyle(color: .red) }
        return .plain
    }
}
