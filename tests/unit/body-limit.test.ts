// The body limit in front of Remix: which limit a route gets, and that a body over it is refused with
// 413 before the app sees it, whether Content-Length says so or a chunked body grows past it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimit, CHUNKED_BYTES, IMPORT_BYTES, limitRequestBodies } from "../../app/server/body-limit";
import { FORM_BYTES } from "../../app/utils/form-body.server";
import { MAX_UPLOAD_BYTES } from "../../app/utils/table-files.server";

describe("the limit for a route", () => {
  it("gives reading requests no body, uploads room above their own limit, and forms the form limit", () => {
    expect(bodyLimit("GET", "/prosjekter").bytes).toBe(0);
    expect(bodyLimit("head", "/prosjekter/1/malinger/2/data").bytes).toBe(0);
    expect(bodyLimit("POST", "/logg-inn").bytes).toBe(FORM_BYTES);
    expect(bodyLimit("POST", "/prosjekter/1/malinger/2").bytes).toBe(FORM_BYTES);
    expect(bodyLimit("POST", "/prosjekter/1/malinger/2/endre").bytes).toBe(FORM_BYTES);
    expect(bodyLimit("POST", "/prosjekter/1/malinger/2/data/x").bytes).toBe(FORM_BYTES);
    expect(bodyLimit("POST", "/prosjekter/1/malinger/2/data").bytes).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(bodyLimit("POST", "/prosjekter/1/malinger/2/data/").bytes).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(bodyLimit("POST", "/prosjekter/1/malinger/2/data").bytes).toBeLessThanOrEqual(2 * MAX_UPLOAD_BYTES);
    expect(bodyLimit("POST", "/admin/import").bytes).toBeGreaterThan(IMPORT_BYTES);
    expect(bodyLimit("DELETE", "/admin/brukere/1").bytes).toBe(FORM_BYTES);
    expect(bodyLimit("POST", "/logg-inn").message).toMatch(/Skjemaet er for stort/);
    expect(bodyLimit("POST", "/prosjekter/1/malinger/2/data").message).toMatch(/høyst 5 MB/);
  });
});

describe("the middleware", () => {
  let server: http.Server;
  let port: number;
  const seen: { path: string; bytes: number }[] = [];

  beforeAll(async () => {
    const app = express();
    app.use(limitRequestBodies);
    app.all("*", async (req, res) => {
      let bytes = 0;
      for await (const chunk of req) bytes += (chunk as Buffer).length;
      seen.push({ path: req.path, bytes });
      res.type("text/plain").send(`lest ${bytes}`);
    });
    server = app.listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  type Answer = { status: number; text: string };

  /** Sends `total` bytes in 64 KB chunks, with Content-Length or chunked; the answer may come before the body is sent. */
  function send(method: string, path: string, total: number, options: { chunked?: boolean } = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { "Content-Type": "application/x-www-form-urlencoded" };
      headers[options.chunked ? "Transfer-Encoding" : "Content-Length"] = options.chunked ? "chunked" : String(total);
      const req = http.request({ port, method, path, headers, agent: false });
      let answered = false;
      req.on("response", (res) => {
        answered = true;
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        res.on("error", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", (error) => {
        if (!answered) reject(error);
      });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const pump = () => {
        while (sent < total && !answered && !req.destroyed) {
          const n = Math.min(chunk.length, total - sent);
          sent += n;
          if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once("drain", pump);
        }
        if (sent >= total || answered) req.end();
      };
      pump();
    });
  }

  it("lets a form within the limit through, whole", async () => {
    expect(await send("POST", "/logg-inn", 1000)).toEqual({ status: 200, text: "lest 1000" });
    expect(await send("POST", "/logg-inn", FORM_BYTES, { chunked: true })).toEqual({ status: 200, text: `lest ${FORM_BYTES}` });
    expect(await send("POST", "/prosjekter/1/malinger/2/data", 3 * FORM_BYTES)).toEqual({ status: 200, text: `lest ${3 * FORM_BYTES}` });
    expect(await send("POST", "/prosjekter/1/malinger/2/data", FORM_BYTES, { chunked: true })).toEqual({ status: 200, text: `lest ${FORM_BYTES}` });
  });

  it("refuses a body declared too large before reading it", async () => {
    const before = seen.length;
    const answer = await send("POST", "/logg-inn", 300 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.text).toMatch(/Skjemaet er for stort/);
    expect(seen.length).toBe(before);
  });

  it("refuses a chunked body when it grows past the limit", async () => {
    const before = seen.length;
    const answer = await send("POST", "/logg-inn", 50 * 1024 * 1024, { chunked: true });
    expect(answer.status).toBe(413);
    expect(seen.length).toBe(before);
    const upload = await send("POST", "/prosjekter/1/malinger/2/data", 2 * MAX_UPLOAD_BYTES + 1);
    expect(upload.status).toBe(413);
    expect(upload.text).toMatch(/høyst 5 MB/);
    expect(seen.length).toBe(before);
  });

  it("gives a chunked body no more room than a form, even on the upload routes", async () => {
    const before = seen.length;
    for (const path of ["/prosjekter/1/malinger/2/data", "/admin/import"]) {
      const answer = await send("POST", path, CHUNKED_BYTES + 1, { chunked: true });
      expect(answer.status).toBe(413);
      expect(answer.text).toMatch(/Uten Content-Length/);
    }
    expect(seen.length).toBe(before);
  });

  it("refuses a body on a GET, but not a GET without one", async () => {
    expect((await send("GET", "/prosjekter", 10)).status).toBe(413);
    expect((await send("GET", "/prosjekter", 10, { chunked: true })).status).toBe(413);
    expect(await send("GET", "/prosjekter", 0)).toEqual({ status: 200, text: "lest 0" });
  });

  it("keeps answering on the same connection after a small body", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<number>((resolve, reject) => {
        const req = http.request({ port, method: "POST", path: "/logg-inn", agent, headers: { "Transfer-Encoding": "chunked" } }, (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        });
        req.on("error", reject);
        req.end("a=1&b=2");
      });
    expect([await get(), await get(), await get()]).toEqual([200, 200, 200]);
    agent.destroy();
  });
});
