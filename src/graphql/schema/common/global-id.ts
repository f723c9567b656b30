import { UserInputError } from "../../../core/errors";
import { NODE_TYPES, type NodeTypeName } from "../../../core/model/node-types";

/** Relay global id: base64("Type:key"), opaque to callers. */
export function toGlobalId(type: NodeTypeName, key: string | number): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64");
}

export function fromGlobalId(id: string, argument = "id"): { type: NodeTypeName; key: string } {
  const decoded = Buffer.from(id, "base64").toString("utf8");
  const sep = decoded.indexOf(":");
  const type = decoded.slice(0, sep) as NodeTypeName;
  const key = decoded.slice(sep + 1);
  if (sep < 1 || !NODE_TYPES.includes(type) || key === "" || toGlobalId(type, key) !== id) {
    throw new UserInputError(`${argument} is not a peaceops global id: ${JSON.stringify(id)}`, argument);
  }
  return { type, key };
}

const MAX_SERIAL = 2 ** 31 - 1;

/** A canonical serial key: 1 .. 2^31-1 without leading zeros, so one object has one id. */
export function isSerialKey(key: string): boolean {
  return /^[1-9]\d{0,9}$/.test(key) && Number(key) <= MAX_SERIAL;
}

/** The integer primary key inside a global id of the expected type. */
export function decodeIntId(id: string, expected: NodeTypeName, argument = "id"): number {
  const { type, key } = fromGlobalId(id, argument);
  if (type !== expected || !isSerialKey(key)) {
    throw new UserInputError(`${argument} must be the id of a ${expected}, got one of a ${type}`, argument);
  }
  return Number(key);
}
