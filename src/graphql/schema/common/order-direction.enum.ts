import { registerEnumType } from "type-graphql";
import { OrderDirection } from "../../../core/model/paging";

registerEnumType(OrderDirection, { name: "OrderDirection" });

export { OrderDirection };
