import { describe, expect, it } from "vitest";
import { todayIso } from "./time";

describe("todayIso", () => {
  it("is the date in Norway, not in UTC: just after midnight in Oslo it is already the next day", () => {
    expect(todayIso(new Date("2026-11-29T23:30:00Z"))).toBe("2026-11-30");
    expect(todayIso(new Date("2026-07-14T22:30:00Z"))).toBe("2026-07-15");
    expect(todayIso(new Date("2026-07-14T21:30:00Z"))).toBe("2026-07-14");
  });
});
