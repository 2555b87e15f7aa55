import ArgumentParser
import LiaisonCore

extension ClashKind: ExpressibleByArgument {}
extension ClashLevel: ExpressibleByArgument {}
extension DecisionTopic: ExpressibleByArgument {}
extension ResolutionMode: ExpressibleByArgument {}
extension StancePosition: ExpressibleByArgument {}
