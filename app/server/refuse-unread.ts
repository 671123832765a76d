// Answering a request without reading its body (one too large), then closing the
// connection. Closing a socket with unread data on it resets the connection, and a client still
// sending would lose the answer; so once the answer is sent, only our side is closed, and what the
// client goes on sending is read and discarded (not kept) for a moment before the connection is closed.
import type { Request, Response } from "express";

/** How long a refused request may go on sending before its connection is closed. */
const LINGER_MS = 2000;

export function refuseUnread(req: Request, res: Response, status: number, message: string) {
  const socket = req.socket as Request["socket"] & { destroySoon?: () => void };
  // Node calls destroySoon when the answer on a connection that closes is written.
  socket.destroySoon = function lingeringClose(this: typeof socket) {
    this.end();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once("close", () => clearTimeout(timer));
  };
  res.status(status).set({ "Content-Type": "text/plain; charset=utf-8", Connection: "close" }).send(message);
}
