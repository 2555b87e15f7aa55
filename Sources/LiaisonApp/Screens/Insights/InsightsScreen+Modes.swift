import Foundation
import LiaisonCore
import TerminalKit

extension InsightsScreen {
    /// Keys while typing a search: edits re-run it after a short pause, Enter keeps it,
    /// Esc clears it, ↑/↓ move through the results.
    static func searchKey(_ key: Key, _ state: inout InsightsState, context: ScreenContext) -> Step {
        switch key {
        case .enter:
            state.mode = .table
            state.search.isFocused = false
            if state.search.text != state.appliedSearch {
                startQuery(&state, search: state.search.text, focus: nil, context: context)
            }
        case .escape:
            state.mode = .table
            state.search = TextField(placeholder: state.search.placeholder, theme: context.theme)
            if !state.appliedSearch.isEmpty { startQuery(&state, search: "", focus: nil, context: context) }
        case .down: move(.down(1), &state, context: context)
        case .up: move(.up(1), &state, context: context)
        default:
            let before = state.search.text
            state.search.handle(key)
            if state.search.text != before { state.outbox.append(.settle(generation: state.searchEdited())) }
        }
        return Step()
    }

    /// Opens the filter form showing the current filters (loading the HCP list once).
    static func openFilters(_ state: inout InsightsState, context: ScreenContext) {
        state.filterForm = InsightFilterForm(
            filters: state.filters, names: state.names, taxonomy: context.env.taxonomy,
            hcps: state.hcpChoices ?? [], theme: context.theme)
        state.mode = .filtering
        if state.hcpChoices == nil { state.outbox.append(.hcpChoices) }
    }

    /// Keys in the filter form: Enter on a choice opens a fuzzy picker over its options,
    /// Ctrl-S (or Enter in the last field) applies, Esc cancels.
    static func filterKey(_ key: Key, _ state: inout InsightsState, context: ScreenContext) -> Step {
        guard var form = state.filterForm else {
            state.mode = .table
            return Step()
        }
        if key == .escape {
            state.filterForm = nil
            state.mode = .table
            return Step()
        }
        if key == .ctrl("s") { return applyFilters(form, &state, context: context) }
        switch form.form.handle(key) {
        case .submit: return applyFilters(form, &state, context: context)
        case .choose(let field):
            state.filterForm = form
            var picker = Picker(title: form.form.fields[field].label, items: form.options(of: field), theme: context.theme)
            picker.pageSize = max(1, context.area.height - 6)
            state.picker = picker
            state.pickerPurpose = .filterValue(field: field)
            state.mode = .picking
            return Step()
        case .handled, .ignored:
            state.filterForm = form
            return Step()
        }
    }

    private static func applyFilters(_ form: InsightFilterForm, _ state: inout InsightsState, context: ScreenContext) -> Step {
        var checked = form
        guard let filters = checked.filters() else {
            state.filterForm = checked
            return Step()
        }
        state.filterForm = nil
        state.mode = .table
        state.filters = filters
        startQuery(&state, search: nil, focus: nil, context: context)
        return Step()
    }

    /// Keys in an open picker; a pick fills a filter field, links the insight or groups it.
    static func pickerKey(_ key: Key, _ state: inout InsightsState, context: ScreenContext) -> Step {
        guard var picker = state.picker, let purpose = state.pickerPurpose else {
            state.mode = .table
            return Step()
        }
        let outcome = picker.handle(key)
        state.picker = picker
        guard let outcome else { return Step() }
        state.picker = nil
        state.pickerPurpose = nil
        state.mode = state.filterForm == nil ? .table : .filtering
        guard case .picked(let index) = outcome else { return Step() }
        switch purpose {
        case .filterValue(let field): state.filterForm?.form.setChoice(field: field, option: index)
        case .link(let id, let choices):
            return perform(.link, on: id, link: choices[index].value, parent: nil, &state, context: context)
        case .similar(let id, let choices):
            return perform(.linkSimilar, on: id, link: nil, parent: choices[index].value, &state, context: context)
        }
        return Step()
    }

    static func openLinkPicker(_ id: UUID, _ choices: [InsightChoice<InsightLink>], _ state: inout InsightsState, context: ScreenContext) {
        guard !choices.isEmpty else { return }
        openPicker("Link to an objective or decision", choices.map(\.label), purpose: .link(id, choices), &state, context: context)
    }

    static func openSimilarPicker(_ id: UUID, _ choices: [InsightChoice<UUID>], _ state: inout InsightsState, context: ScreenContext) {
        guard !choices.isEmpty else { return }
        openPicker("Group under a similar insight", choices.map(\.label), purpose: .similar(id, choices), &state, context: context)
    }

    private static func openPicker(_ title: String, _ items: [String], purpose: InsightsPickerPurpose,
                                   _ state: inout InsightsState, context: ScreenContext) {
        var picker = Picker(title: title, items: items, theme: context.theme)
        picker.pageSize = max(1, context.area.height - 6)
        state.picker = picker
        state.pickerPurpose = purpose
        state.mode = .picking
    }
}
