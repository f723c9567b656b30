import { useEffect, useState } from "react";
import type { TypedDocumentString } from "../gql/graphql";
import { execute } from "./client";

export type QueryState<R> = { status: "loading" } | { status: "error"; message: string } | { status: "done"; data: R };

/**
 * Runs a typed document and re-runs it when its variables or `revision` (the API key) change. An
 * answer that arrives after newer variables were asked for is dropped.
 */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, revision: number): QueryState<R> {
  const [state, setState] = useState<QueryState<R>>({ status: "loading" });
  const key = JSON.stringify(variables);
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    execute(document, JSON.parse(key) as V).then(
      (data) => current && setState({ status: "done", data }),
      (err: unknown) => current && setState({ status: "error", message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      current = false;
    };
  }, [document, key, revision]);
  return state;
}
