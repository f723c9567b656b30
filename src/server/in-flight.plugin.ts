import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import type { Context } from "../graphql/context";

/**
 * Operations still executing. The HTTP drain waits for open connections only: an operation whose
 * caller hung up goes on running, and closing the database under it would fail its statements.
 * `idle()` lets shutdown wait for those too before the database is closed.
 */
export function createInFlightTracker() {
  const running = new Set<GraphQLRequestContext<Context>>();
  let wake: (() => void) | null = null;
  const done = (ctx: GraphQLRequestContext<Context>) => {
    running.delete(ctx);
    if (running.size === 0) wake?.();
  };
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart(ctx) {
      running.add(ctx);
      return {
        async willSendResponse() {
          done(ctx);
        },
      };
    },
    async unexpectedErrorProcessingRequest({ requestContext }) {
      done(requestContext);
    },
  };
  return {
    plugin,
    get size() {
      return running.size;
    },
    /** Resolves once nothing runs, or after `timeoutMs`, with the number still running. */
    async idle(timeoutMs: number): Promise<number> {
      if (running.size === 0) return 0;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
      return running.size;
    },
  };
}
