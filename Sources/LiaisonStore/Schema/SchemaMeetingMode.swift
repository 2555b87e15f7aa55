/// The weekly meeting mode: a meeting's ISO week and the clash severities it saw, the
/// agenda items' details (summary, evidence, flags, series, time box, dropped) and the agenda
/// item an action was agreed under. Appended after `v1-schema`.
enum SchemaMeetingMode {
    static let migrationName = "v2-meeting-mode"

    static let sql = """
        ALTER TABLE meetings ADD COLUMN week TEXT;
        ALTER TABLE meetings ADD COLUMN clash_severities TEXT NOT NULL DEFAULT '{}';
        CREATE INDEX meetings_by_week ON meetings(week, date_ms) WHERE week IS NOT NULL;
        ALTER TABLE meeting_agenda_items ADD COLUMN details TEXT;
        ALTER TABLE meeting_action_items ADD COLUMN agenda_item_id TEXT;
        CREATE INDEX meeting_action_items_by_status ON meeting_action_items(status, due_ms);
        """
}
