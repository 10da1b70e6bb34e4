/// Panels that share a screen with its table, drawn below it: the cluster detail on Clusters, the pinned stat's
/// chart on Stats. The table gives up the rows they take.
enum ScreenPanels {
    static func height(_ model: DashboardModel, on canvas: Canvas) -> Int {
        switch model.screen {
        case .clusters: return ClusterDetailPanel.height(model, on: canvas)
        case .stats: return PinnedChartView.height(model, on: canvas)
        default: return 0
        }
    }

    static func draw(_ model: DashboardModel, height: Int, on canvas: Canvas) {
        guard height > 0 else { return }
        let top = canvas.rows - DashboardRenderer.rowsBelow - height
        switch model.screen {
        case .clusters: ClusterDetailPanel.draw(model, top: top, height: height, on: canvas)
        case .stats: PinnedChartView.draw(model, top: top, height: height, on: canvas)
        default: break
        }
    }

    /// The overlays of items 5-7, over everything but the footer.
    static func drawOverlays(_ model: DashboardModel, on canvas: Canvas) {
        if let viewer = model.investigation.configViewer { ConfigViewerView.draw(viewer, on: canvas) }
        if case .command(let line) = model.prompt { CommandLineView.drawCompletions(line, model: model, on: canvas) }
    }
}
