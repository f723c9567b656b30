import { Field, ObjectType, registerEnumType } from "type-graphql";
import type { DataKind, ProvenanceValues } from "../../../core/analytics/provenance";
import { DateScalar } from "../common/date.scalar";

export enum DataKindEnum {
  REAL = "REAL",
  SYNTHETIC = "SYNTHETIC",
  MIXED = "MIXED",
}
const _sameValues: Record<DataKind, DataKindEnum> = DataKindEnum;
void _sameValues;

registerEnumType(DataKindEnum, {
  name: "DataKind",
  description: "Whether a figure was computed from real records, synthetic ones (the demo register) or both (docs/definitions.md 14).",
  valuesConfig: {
    REAL: { description: "Every row read is real: the UN's statistics, or register rows imported from a file." },
    SYNTHETIC: { description: "Every row read is synthetic (its source starts with `synthetic`): the figure describes no real person or deployment." },
    MIXED: { description: "Real and synthetic rows together: not publishable as a real finding." },
  },
});

@ObjectType({ description: "Where a figure's numbers come from, computed from the rows it read (docs/definitions.md 14)." })
export class Provenance implements ProvenanceValues {
  @Field(() => DataKindEnum)
  data!: DataKind;

  @Field(() => [String], { description: "Distinct sources of the rows read: register rows' `source`, the UN reports' files; sorted byte by byte." })
  sources!: string[];

  @Field(() => DateScalar, { nullable: true, description: "The last date the figure describes: the period's end for the register and trainings, the latest UN month end read." })
  asOf!: string | null;
}
