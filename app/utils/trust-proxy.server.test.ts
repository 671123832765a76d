import { spawnSync } from "node:child_process";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { AppLoadContext } from "@remix-run/node";
import express from "express";
import { describe, expect, it } from "vitest";
import { clientAddress } from "../services/session.server";
import { parseTrustProxy, TrustProxyError, trustProxyProblem } from "./trust-proxy.server";

describe("parseTrustProxy", () => {
  it("is off when unset or empty", () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy(" ")).toBe(false);
  });

  it("reads addresses, CIDR ranges and Express's range names, comma-separated", () => {
    expect(parseTrustProxy("127.0.0.1")).toEqual(["127.0.0.1"]);
    expect(parseTrustProxy(" 10.0.0.0/8, ::1 ,fd00::/8,loopback")).toEqual(["10.0.0.0/8", "::1", "fd00::/8", "loopback"]);
  });

  it("refuses anything else with a Norwegian message", () => {
    for (const value of ["true", "1", "*", "proxy.example.no", "10.0.0.0/33", "::1/129", "10.0.0.0/abc", "0.0.0.0/0", "::/0", "127.0.0.1,,10.0.0.1", "256.1.1.1"]) {
      expect(() => parseTrustProxy(value), value).toThrow(TrustProxyError);
      expect(trustProxyProblem(value), value).toMatch(/^TRUST_PROXY skal være adressen til den omvendte proxyen.*går ikke/);
    }
    expect(trustProxyProblem("true")).toContain("«true» er ikke en IP-adresse");
    expect(trustProxyProblem("127.0.0.1")).toBeNull();
  });
});

/** The client address the app would see for a request from this machine, with this TRUST_PROXY and X-Forwarded-For, as app/server/serve.ts sets it up. */
async function addressSeen(trustProxy: string | undefined, forwardedFor?: string): Promise<string> {
  const app = express();
  app.set("trust proxy", parseTrustProxy(trustProxy));
  app.get("/", (req, res) => {
    res.send(clientAddress({ clientAddress: req.ip ?? "" } as unknown as AppLoadContext));
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: forwardedFor ? { "X-Forwarded-For": forwardedFor } : {} });
    return await response.text();
  } finally {
    server.close();
  }
}

describe("the client address behind a proxy", () => {
  it("takes the forwarded address when the request comes from a trusted proxy", async () => {
    expect(await addressSeen("127.0.0.1", "203.0.113.9")).toBe("203.0.113.9");
    expect(await addressSeen("10.0.0.0/8,127.0.0.0/8", "203.0.113.9, 10.1.2.3")).toBe("203.0.113.9");
  });

  it("takes the rightmost untrusted hop, so a client cannot choose its address by sending the header itself", async () => {
    expect(await addressSeen("127.0.0.1", "6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For from a proxy that is not trusted, and without TRUST_PROXY", async () => {
    expect(await addressSeen("10.0.0.1", "203.0.113.9")).toBe("127.0.0.1");
    expect(await addressSeen(undefined, "203.0.113.9")).toBe("127.0.0.1");
    expect(await addressSeen(undefined)).toBe("127.0.0.1");
  });
});

describe("server start-up", () => {
  it("stops with a clear message when TRUST_PROXY is malformed", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trinnvis-trust-proxy-"));
    try {
      const result = spawnSync(process.execPath, ["--import", "tsx", "app/server/serve.ts"], {
        env: { ...process.env, TRUST_PROXY: "true", DATABASE_PATH: path.join(dir, "x.db"), PORT: "0" },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("Trinnvis starter ikke: TRUST_PROXY skal være adressen til den omvendte proxyen");
      expect(fs.existsSync(path.join(dir, "x.db"))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
