import ArgumentParser
import LiaisonCore

extension InteractionChannel: ExpressibleByArgument {}
extension InsightStatus: ExpressibleByArgument {}
extension DecisionStatus: ExpressibleByArgument {}
