import { Initial1764428400000 } from "./1764428400000-initial";
import { AccessAudit1764518400000 } from "./1764518400000-access-audit";
import { MilestoneSource1764950400000 } from "./1764950400000-milestone-source";
import { SourceIndexes1765036800000 } from "./1765036800000-source-indexes";
import { DataVersion1765123200000 } from "./1765123200000-data-version";
import { DeploymentCounts1765209600000 } from "./1765209600000-deployment-counts";

// Listed explicitly (no glob) so the same list works from sources and from compiled output.
export const migrations = [Initial1764428400000, AccessAudit1764518400000, MilestoneSource1764950400000, SourceIndexes1765036800000, DataVersion1765123200000, DeploymentCounts1765209600000];
