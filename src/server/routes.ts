import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadFetchPolicy } from '../source/fetch-config';
import { createRelayHandler, RELAY_PATH } from './relay';

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
 * Routes served besides the static add-in files, for `npm start`: the relay the task pane fetches
 * commissioners' pages through, under the operator's fetch policy (src/source/fetch-config.ts).
 */
export function extraRoutes(): Route[] {
  return [{ path: RELAY_PATH, handler: createRelayHandler({ policy: loadFetchPolicy() }) }];
}
