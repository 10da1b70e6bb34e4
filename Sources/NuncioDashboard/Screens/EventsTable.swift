/// Every action taken and its result, and connection changes, newest first.
enum EventsTable {
    static let columns = [
        TableColumn(title: "TIME", width: 8, priority: 10, sortable: false),
        TableColumn(title: "EVENT", width: 40, priority: 10, flexible: true, sortable: false),
    ]

    static func build(_ model: DashboardModel) -> Table {
        let rows = model.events.enumerated().reversed().map { index, event in
            TableRow(
                key: String(index),
                cells: [
                    .text(event.clockText, style: .dim),
                    .text(event.text, style: event.isError ? TextStyle(color: .red) : .plain),
                ],
                filterText: event.text)
        }
        return Table(columns: columns, rows: rows)
    }
}
