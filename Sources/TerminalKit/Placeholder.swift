/// Placeholder until this module lands.
enum TerminalKitPlaceholder {}
