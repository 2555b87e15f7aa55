/// Placeholder until this module lands.
enum LiaisonStorePlaceholder {}
