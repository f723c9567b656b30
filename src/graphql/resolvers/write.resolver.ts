import { Arg, Ctx, ID, Mutation, Resolver, type ClassType } from "type-graphql";
import { decodeIntId } from "../schema/common/global-id";
import { Guard } from "../schema/common/guard";
import type { Context } from "../context";
import { createRow, deleteRow, updateRow } from "../../core/writes/write";
import type { WriteSpec } from "../../core/writes/write-spec";
import type { WriteInputs } from "../schema/inputs/write-inputs";
import { fetchFresh } from "./node.resolver";

export interface WriteResolverOptions {
  spec: WriteSpec;
  inputs: WriteInputs;
  output: ClassType;
  /** The entity has a `source` column: API-created rows say who entered them unless given. */
  source: boolean;
}

/** create<Type>, update<Type> and delete<Type> for one entity; EDITOR, one transaction and one audit entry each. */
export function writeResolver(options: WriteResolverOptions): ClassType {
  const { spec, inputs, output: Output } = options;
  const type = spec.typeName;

  @Resolver()
  class WriteResolver {
    @Guard("EDITOR")
    @Mutation(() => Output, { nullable: true, name: `create${type}`, description: `Creates a ${type} (EDITOR). Audited.` })
    async create(@Arg("input", () => inputs.create) input: object, @Ctx() ctx: Context): Promise<unknown> {
      // Not the key's name: `source` is public, key names are not; the audit log says who.
      const source = options.source ? "entered through the API" : undefined;
      const id = await createRow(ctx, spec, input, source);
      return fetchFresh(ctx, type, id);
    }

    @Guard("EDITOR")
    @Mutation(() => Output, { nullable: true, name: `update${type}`, description: `Changes the fields given of a ${type} (EDITOR); null clears a field that may be empty. Audited with before and after.` })
    async update(@Arg("id", () => ID) id: string, @Arg("input", () => inputs.update) input: object, @Ctx() ctx: Context): Promise<unknown> {
      const pk = decodeIntId(id, type);
      await updateRow(ctx, spec, pk, input);
      return fetchFresh(ctx, type, pk);
    }

    @Guard("EDITOR")
    @Mutation(() => ID, { nullable: true, name: `delete${type}`, description: `Deletes a ${type} and returns its id (EDITOR). Refused while other records refer to it. Audited.` })
    async delete(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
      await deleteRow(ctx, spec, decodeIntId(id, type));
      return id;
    }
  }
  return WriteResolver;
}
