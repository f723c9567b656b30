import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";
import type { Connection, Edge } from "../../../core/model/paging";
import { PageInfo } from "./page-info.type";

/** Builds the `XConnection` and `XEdge` types of a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeClass implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects (Relay connection).` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeClass])
    edges!: EdgeClass[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of objects that match the filter, over all pages." })
    totalCount!: number;
  }

  return ConnectionClass;
}
