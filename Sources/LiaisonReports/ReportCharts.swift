import LiaisonCore

/// The three charts of the weekly report, built from its data.
public enum ReportCharts {
    /// Insight trends by theme: small multiples over the report's weeks.
    public static func themeTrends(_ report: WeeklyReport) -> TrendChart {
        TrendChart(
            title: "Insights per week by theme, \(report.weekLabels.first ?? "")–\(report.weekLabels.last ?? "")",
            labels: report.weekLabels,
            series: report.themeTrends.map { TrendChart.Series(key: $0.theme, label: $0.name, values: $0.series) })
    }

    /// Active clashes by region and level, as stacked bars.
    public static func clashesByRegion(_ report: WeeklyReport) -> StackedBarChart {
        StackedBarChart(
            title: "Active clashes by region and level",
            groups: report.clashCounts.map { count in
                StackedBarChart.Group(
                    key: count.regionID ?? "national", label: count.label,
                    counts: Dictionary(uniqueKeysWithValues: count.byLevel.map { ($0.key.rawValue, $0.value) }))
            },
            series: ClashLevel.allCases.reversed().map {
                StackedBarChart.SeriesStyle(key: $0.rawValue, label: $0.rawValue, cssClass: "level-\($0.rawValue)")
            })
    }

    /// Decided decisions by resolution mode, as bars.
    public static func decisionsByMode(_ report: WeeklyReport) -> BarChart {
        BarChart(
            title: "Decisions by resolution mode, up to \(report.week)",
            bars: report.decisionsByMode.map { BarChart.Bar(key: $0.mode.rawValue, label: $0.mode.label, count: $0.count) })
    }

    /// The three charts as `<figure>` elements.
    static func figures(_ report: WeeklyReport) -> String {
        [
            ("theme-trends", "Insight trends by theme (all regions, per week)", themeTrends(report).svg()),
            ("clashes-by-region", "Active clashes by region and level", clashesByRegion(report).svg()),
            ("decisions-by-mode", "Decisions by resolution mode (all decided up to \(report.week))", decisionsByMode(report).svg()),
        ].map { id, caption, svg in
            "<figure" + XMLText.attribute("id", id) + "><figcaption>\(XMLText.escape(caption))</figcaption>\n\(svg)\n</figure>\n"
        }.joined()
    }
}
