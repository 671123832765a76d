// A page may answer before it reads the request's body (a redirect to the login page, a refusal). Node
// would discard the rest of the body itself, but Remix's adapter has taken the request as a stream and
// paused it, so the connection stalled: the next request on it was never read, and the client got a
// reset when the keep-alive timeout closed it. Once the answer is sent, the rest of the body is read
// and dropped here (it is bounded by limitRequestBodies), and the connection serves the next request.
import type { NextFunction, Request, Response } from "express";

export function discardUnreadBodies(req: Request, res: Response, next: NextFunction) {
  res.once("finish", () => {
    if (req.complete || req.destroyed) return;
    req.removeAllListeners("data");
    req.resume();
  });
  next();
}
