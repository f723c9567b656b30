import { registerEnumType } from "type-graphql";
import {
  Gender,
  IndicatorSource,
  Jurisdiction,
  MissionKind,
  OrganizationKind,
  PersonnelType,
  RequestDecision,
  RoleCategory,
  TeamFocus,
} from "../../../core/domain/enums";

registerEnumType(Gender, { name: "Gender", description: "Gender as recorded in the register." });
registerEnumType(RoleCategory, { name: "RoleCategory" });
registerEnumType(TeamFocus, { name: "TeamFocus" });
registerEnumType(Jurisdiction, { name: "Jurisdiction" });
registerEnumType(OrganizationKind, { name: "OrganizationKind" });
registerEnumType(MissionKind, { name: "MissionKind" });
registerEnumType(RequestDecision, { name: "RequestDecision" });
registerEnumType(PersonnelType, {
  name: "PersonnelType",
  description: "UN categories of uniformed personnel, as in the UN's monthly contribution reports.",
});
registerEnumType(IndicatorSource, { name: "IndicatorSource" });

export { Gender, IndicatorSource, Jurisdiction, MissionKind, OrganizationKind, PersonnelType, RequestDecision, RoleCategory, TeamFocus };
