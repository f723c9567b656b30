/** Types reachable through `node(id)`; the name is the first half of every global id. */
export const NODE_TYPES = [
  "Country",
  "Organization",
  "Mission",
  "DeploymentRequest",
  "PoliceService",
  "Officer",
  "Role",
  "SpecializedTeam",
  "Deployment",
  "TrainingTopic",
  "TrainingDelivery",
  "WpsMilestone",
  "WpsIndicator",
  "WpsTarget",
  "UnContribution",
] as const;
export type NodeTypeName = (typeof NODE_TYPES)[number];
