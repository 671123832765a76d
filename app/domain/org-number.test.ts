import { describe, expect, it } from "vitest";
import { checkOrgNumber, orgNumberControlDigit } from "./org-number";

describe("organisasjonsnummer", () => {
  it("accepts real numbers, with or without the spaces between groups", () => {
    // Brønnøysundregistrene, Skatteetaten and NAV.
    for (const number of ["974760673", "974 761 076", "889 640 782"]) {
      expect(checkOrgNumber(number)).toEqual({ ok: true, value: number.replace(/ /g, "") });
    }
  });

  it("refuses a wrong control digit, whichever digit is changed", () => {
    const good = "974760673";
    for (let i = 0; i < 9; i++) {
      const changed = good.slice(0, i) + String((Number(good[i]) + 1) % 10) + good.slice(i + 1);
      expect(checkOrgNumber(changed)).toEqual({ ok: false, reason: "control" });
    }
  });

  it("refuses anything that is not nine digits", () => {
    for (const number of ["", "97476067", "9747606733", "97476067a", "974-760-673"]) {
      expect(checkOrgNumber(number)).toEqual({ ok: false, reason: "format" });
    }
  });

  it("gives 0 for a weighted sum divisible by 11, and no digit where 10 would be needed", () => {
    expect(orgNumberControlDigit("00000000")).toBe(0);
    expect(orgNumberControlDigit("00000001")).toBe(9); // 1·2 = 2 → 11 − 2
    expect(orgNumberControlDigit("00000006")).toBe(null); // 6·2 = 12 → remainder 1 → 10: never issued
    expect(checkOrgNumber("000000060")).toEqual({ ok: false, reason: "control" });
  });
});
