/// The report's inline CSS: readable on screen, printable on A4 in black and white (level
/// fills differ in lightness, counts are written on the bars, no background needed).
enum ReportStyle {
    static let css = """
        body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #111;
               max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
        h1 { font-size: 1.6rem; border-bottom: 2px solid #111; padding-bottom: .3rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #999; }
        h3 { font-size: 1.05rem; margin-bottom: .2rem; }
        .meta { color: #444; }
        ol.agenda { padding-left: 1.6rem; }
        ol.agenda > li { margin-bottom: .9rem; }
        .item-title { font-weight: bold; }
        .dropped .item-title { text-decoration: line-through; color: #666; }
        .tag { font-size: .8rem; border: 1px solid #333; border-radius: 3px; padding: 0 .3rem; margin-left: .3rem;
               white-space: nowrap; }
        .tag.flag-overdue, .tag.flag-new, .tag.flag-worsened { font-weight: bold; border-width: 2px; }
        .summary, .evidence { margin: .15rem 0; }
        .evidence code { font-size: .8rem; }
        .notes { border-left: 3px solid #555; margin: .3rem 0; padding: .1rem .6rem; }
        .notes p { margin: .1rem 0; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #888; padding: .25rem .45rem; text-align: left; vertical-align: top; }
        th { background: #eee; }
        td.overdue { font-weight: bold; }
        .chart { max-width: 100%; height: auto; display: block; margin: .5rem 0 1rem; }
        .chart text { font-size: 11px; fill: #111; }
        .chart .empty { font-style: italic; }
        .chart .baseline { stroke: #888; stroke-width: 1; }
        .chart .series { stroke: #111; stroke-width: 2; }
        .chart .last { fill: #111; }
        .chart .bar { fill: #4a4a4a; }
        .chart .level-low { fill: #e0e0e0; }
        .chart .level-medium { fill: #a8a8a8; }
        .chart .level-high { fill: #5a5a5a; }
        .chart .level-critical { fill: #111; }
        .chart rect.segment, .chart rect.legend { stroke: #111; stroke-width: .5; }
        .chart text.count.level-high, .chart text.count.level-critical { fill: #fff; }
        .spark { vertical-align: middle; margin-left: .4rem; }
        .spark polyline { fill: none; stroke: #111; stroke-width: 1.5; }
        section.charts figure { margin: 0 0 1rem; }
        figcaption { font-weight: bold; }
        footer { margin-top: 2rem; color: #555; font-size: .85rem; }
        @media print {
            body { margin: 0; max-width: none; font-size: 10.5pt; }
            h1, h2, h3 { page-break-after: avoid; break-after: avoid; }
            ol.agenda > li, tr, figure, .decision { page-break-inside: avoid; break-inside: avoid; }
            section.charts { page-break-before: always; break-before: page; }
            th { background: none; }
            a { color: inherit; text-decoration: none; }
        }
        """
}
