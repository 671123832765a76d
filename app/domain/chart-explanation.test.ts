import { describe, expect, it } from "vitest";
import { REASON_NAMES } from "./chart-model";

describe("signal reasons", () => {
  it("are named in bokmål, without the packages' English codes", () => {
    for (const [reason, name] of Object.entries(REASON_NAMES)) {
      expect(name, reason).toBeTruthy();
      expect(name, reason).not.toMatch(/\b(Above|Below|Point|Points|Trend|Cause|UCL|LCL|CL|shift)\b/);
    }
  });
});
