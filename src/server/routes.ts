import type { IncomingMessage, ServerResponse } from 'node:http';

/** A connect-style handler for requests under a path; `next()` passes the request on (404), `next(err)` fails it. */
export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (err?: unknown) => void,
) => void;

export interface Route {
  /** Path the route answers, with anything below it ("/relay" answers "/relay?url=..." too). */
  path: string;
  handler: RouteHandler;
}

/**
 * Routes served besides the static add-in files, for `npm start`. The relay (issue 5) mounts here:
 *   { path: RELAY_PATH, handler: createRelayHandler({ policy }) }
 */
export function extraRoutes(): Route[] {
  return [];
}
