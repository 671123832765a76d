import { describe, expect, it } from "vitest";
import { isForeignOrigin } from "./origin";

describe("isForeignOrigin", () => {
  it("lets requests without an Origin through (older browsers, curl, same-site GET forms)", () => {
    expect(isForeignOrigin({ host: "trinnvis.no" })).toBe(false);
  });

  it("accepts our own origin, by Host or by the proxy's X-Forwarded-Host", () => {
    expect(isForeignOrigin({ origin: "https://trinnvis.no", host: "trinnvis.no" })).toBe(false);
    expect(isForeignOrigin({ origin: "http://localhost:3000", host: "localhost:3000" })).toBe(false);
    expect(isForeignOrigin({ origin: "https://trinnvis.no", host: "127.0.0.1:3000", forwardedHost: "trinnvis.no, intern" })).toBe(false);
  });

  it("refuses another site, another port, null and unreadable origins", () => {
    expect(isForeignOrigin({ origin: "https://evil.example", host: "trinnvis.no" })).toBe(true);
    expect(isForeignOrigin({ origin: "http://localhost:4000", host: "localhost:3000" })).toBe(true);
    expect(isForeignOrigin({ origin: "null", host: "trinnvis.no" })).toBe(true);
    expect(isForeignOrigin({ origin: "%%%", host: "trinnvis.no" })).toBe(true);
    expect(isForeignOrigin({ origin: "https://trinnvis.no" })).toBe(true);
  });
});
