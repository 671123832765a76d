// A form posted from another site is refused here with 403 and a message. Remix makes the same check
// for document requests, but throws a plain Error, which became a 500.
import type { NextFunction, Request, Response } from "express";
import { isForeignOrigin } from "../utils/origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const FOREIGN_ORIGIN_MESSAGE = "Skjemaet kunne ikke bekreftes. Last siden på nytt og prøv igjen.";

/** Express middleware: a state-changing request from a foreign origin gets 403 before Remix sees it. */
export function refuseForeignOrigin(onRefused?: (req: Request) => void) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const foreign = isForeignOrigin({ origin: req.get("origin"), host: req.get("host"), forwardedHost: req.get("x-forwarded-host") });
    if (!foreign) return next();
    onRefused?.(req);
    // The body (already bounded by limitRequestBodies) is left to Node, which discards it.
    res.status(403).set("Content-Type", "text/plain; charset=utf-8").send(FOREIGN_ORIGIN_MESSAGE);
  };
}
