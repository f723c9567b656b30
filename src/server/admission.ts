import type { RequestHandler } from "express";

/**
 * At most `max` GraphQL operations and exports are worked on at once; the others wait their turn,
 * in order of arrival, before their body is even read. The database runs their statements one at
 * a time (embedded) or ten at a time (the pool) anyway; what the limit bounds is the work and the
 * memory of this thread: every operation in progress holds its partial result, and every one
 * ready to go on competes for the event loop with `/healthz` and new requests. A waiting request
 * whose caller hangs up leaves the queue. Waiting time counts towards no statement budget.
 */
export function admission(max: number): RequestHandler & { inFlight(): number; waiting(): number } {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };
  const handler: RequestHandler = (req, res, next) => {
    const start = () => {
      let released = false;
      const done = () => {
        if (released) return;
        released = true;
        release();
      };
      res.once("finish", done);
      res.once("close", done);
      next();
    };
    if (active < max) {
      active++;
      start();
    } else {
      const entry = () => {
        res.off("close", leave);
        start();
      };
      // A caller that hangs up while it waits leaves the queue.
      const leave = () => {
        const at = queue.indexOf(entry);
        if (at >= 0) queue.splice(at, 1);
      };
      res.once("close", leave);
      queue.push(entry);
    }
  };
  return Object.assign(handler, { inFlight: () => active, waiting: () => queue.length });
}
