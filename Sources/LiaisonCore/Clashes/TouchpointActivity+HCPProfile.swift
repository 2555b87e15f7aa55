import Foundation

extension TouchpointActivity {
    /// The HCP fields an activity row carries and its contradicting count depends on.
    public struct HCPProfile: Hashable, Sendable {
        public var id: HCPID
        public var name: String
        public var regionID: RegionID
        public var channelPreference: ChannelPreference
        public var faceToFaceAccess: FaceToFaceAccess

        /// Creates a profile.
        public init(
            id: HCPID, name: String, regionID: RegionID, channelPreference: ChannelPreference,
            faceToFaceAccess: FaceToFaceAccess
        ) {
            self.id = id
            self.name = name
            self.regionID = regionID
            self.channelPreference = channelPreference
            self.faceToFaceAccess = faceToFaceAccess
        }

        /// The profile fields of `hcp`.
        public init(_ hcp: HCP) {
            self.init(
                id: hcp.id, name: hcp.name, regionID: hcp.regionID, channelPreference: hcp.channelPreference,
                faceToFaceAccess: hcp.faceToFaceAccess)
        }
    }
}
