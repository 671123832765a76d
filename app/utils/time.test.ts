import { describe, expect, it } from "vitest";
import { formatDateTime, osloDateTime, osloDayOf, todayIso } from "./time";
import { formatDate } from "./format";

describe("todayIso", () => {
  it("is the date in Norway, not in UTC: just after midnight in Oslo it is already the next day", () => {
    expect(todayIso(new Date("2026-11-29T23:30:00Z"))).toBe("2026-11-30");
    expect(todayIso(new Date("2026-07-14T22:30:00Z"))).toBe("2026-07-15");
    expect(todayIso(new Date("2026-07-14T21:30:00Z"))).toBe("2026-07-14");
  });
});

describe("instants are shown in Norwegian time", () => {
  it("in summer two hours ahead of UTC: 22:30 UTC on 30 June is 00:30 on 1 July", () => {
    expect(formatDateTime("2026-06-30T22:30:00.000Z")).toBe("01.07.2026 kl. 00:30");
    expect(osloDateTime("2026-06-30T22:30:15.000Z")).toBe("01.07.2026 00:30:15");
    expect(osloDayOf("2026-06-30T22:30:00.000Z")).toBe("2026-07-01");
    expect(formatDate("2026-06-30T22:30:00.000Z")).toBe("01.07.2026");
  });

  it("in winter one hour ahead: 22:30 UTC on 30 January is 23:30 the same day", () => {
    expect(formatDateTime("2026-01-30T22:30:00.000Z")).toBe("30.01.2026 kl. 23:30");
    expect(osloDateTime("2026-01-30T22:30:00.000Z")).toBe("30.01.2026 23:30:00");
    expect(formatDate("2026-01-30T22:30:00.000Z")).toBe("30.01.2026");
    expect(formatDate("2026-01-30T23:30:00.000Z")).toBe("31.01.2026");
  });

  it("shows nothing for nothing and what is not an instant as it is", () => {
    expect(formatDateTime(null)).toBe("");
    expect(formatDateTime("snart")).toBe("snart");
  });
});
