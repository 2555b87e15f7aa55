/// Where a product is in its life, which moves the face-to-face/digital needle.
public enum LifecycleStage: String, Codable, CaseIterable, Sendable {
    case prelaunch
    case launch
    case growth
    case mature
    case lossOfExclusivity
}

/// A medicine the team supports.
public struct Product: Codable, Hashable, Sendable, Identifiable {
    public var id: ProductID
    public var name: String
    public var therapeuticArea: String
    public var lifecycleStage: LifecycleStage
    /// How hard the product is to explain and use, 1 (simple) … 5 (very complex).
    public var complexity: Int

    /// Creates a product, rejecting a complexity outside 1…5.
    public init(
        id: ProductID, name: String, therapeuticArea: String,
        lifecycleStage: LifecycleStage, complexity: Int
    ) throws(ValidationError) {
        self.id = id
        self.name = name
        self.therapeuticArea = therapeuticArea
        self.lifecycleStage = lifecycleStage
        self.complexity = complexity
        try validate()
    }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.slug(id, prefix: "product", "product", "id")
        try Check.nonEmpty(name, "product", "name")
        try Check.range(complexity, 1...5, "product", "complexity")
    }
}
