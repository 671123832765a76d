import { describe, expect, it } from "vitest";
import { SPECIAL_CAUSE_TEXT, summariseMdc } from "./chart-explanation";
import type { MdcResult } from "./spc";
import { SPECIAL_CAUSE_TYPES } from "./spc/mdc";

describe("the Making Data Count summary", () => {
  it("names the latest point's special cause in bokmål", () => {
    const result = { points: [{ pointType: "special_cause_concern", specialCauseFlag: true, specialCauseType: "Above UCL" }], groups: [] } as unknown as MdcResult;
    expect(summariseMdc(result).special).toBe("over øvre kontrollgrense");
  });

  it("has a bokmål text for every special-cause code, with none of the English words", () => {
    for (const code of SPECIAL_CAUSE_TYPES) {
      expect(SPECIAL_CAUSE_TEXT[code], code).toBeTruthy();
      expect(SPECIAL_CAUSE_TEXT[code], code).not.toMatch(/\b(Above|Below|Point|Points|Trend|Cause|UCL|LCL|CL)\b/);
    }
  });
});
