// A page that answers without reading the body (as a redirect to the login page does, with Remix's
// adapter holding the request as a paused stream) must leave the connection fit for the next request.
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discardUnreadBodies } from "../../app/server/discard-unread-body";

function serverWith(discard: boolean) {
  const app = express();
  if (discard) app.use(discardUnreadBodies);
  app.post("/uten-lesing", (req, res) => {
    // Taken as a web stream and never read, as @remix-run/express does before a loader redirects.
    createReadableStreamFromReadable(req);
    res.redirect("/logg-inn");
  });
  app.post("/les", async (req, res) => {
    let bytes = 0;
    for await (const chunk of req) bytes += (chunk as Buffer).length;
    res.send(`lest ${bytes}`);
  });
  return app.listen(0);
}

/** Two requests on one kept-alive connection: a 1 MB body that is not read, then a small one. */
async function twoOnOneConnection(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const post = (path: string, body: Buffer) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = http.request({ port, path, method: "POST", agent, headers: { "Content-Type": "text/plain", "Content-Length": body.length }, timeout: 3000 }, (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, text }));
      });
      request.on("timeout", () => request.destroy(new Error("tidsavbrudd")));
      request.on("error", reject);
      request.end(body);
    });
  try {
    const first = await post("/uten-lesing", Buffer.alloc(1024 * 1024, 97));
    const second = await post("/les", Buffer.from("hei"));
    return { first, second };
  } finally {
    agent.destroy();
  }
}

describe("a body left unread", () => {
  let withDiscard: http.Server;
  let withoutDiscard: http.Server;
  beforeAll(() => {
    withDiscard = serverWith(true);
    withoutDiscard = serverWith(false);
  });
  afterAll(() => {
    withDiscard.close();
    withoutDiscard.close();
  });

  it("is discarded once the answer is sent, and the connection answers the next request", async () => {
    const { first, second } = await twoOnOneConnection((withDiscard.address() as AddressInfo).port);
    expect(first.status).toBe(302);
    expect(second).toEqual({ status: 200, text: "lest 3" });
  });

  it("stalls the connection without it (the failure this guards against)", async () => {
    await expect(twoOnOneConnection((withoutDiscard.address() as AddressInfo).port)).rejects.toThrow(/tidsavbrudd|socket hang up|ECONNRESET/);
  });
});
