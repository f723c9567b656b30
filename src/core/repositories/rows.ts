import type { NodeTypeName } from "../model/node-types";
import { toGlobalId } from "../../graphql/schema/common/global-id";

/** Adds the Relay global id to a row selected with its primary key as `pk`; drops paging columns. */
export function withId<T>(type: NodeTypeName) {
  return (row: Record<string, unknown>): T => {
    const out: Record<string, unknown> = {};
    for (const k in row) if (k.charCodeAt(0) !== 95 || k.charCodeAt(1) !== 95) out[k] = row[k]; // not "__"
    out.id = toGlobalId(type, row.pk as string | number);
    return out as T;
  };
}
