/// Placeholder until this module lands.
enum LiaisonAppPlaceholder {}
