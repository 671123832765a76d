import { describe, expect, it } from "vitest";
import { addMonths, checkEffectiveDate, countsOn, dayOf, knownBy, latestAsOf, norwegianDate, overlaps } from "./dated-facts";

describe("dayOf and norwegianDate", () => {
  it("takes the ISO day of a date or an instant", () => {
    expect(dayOf("2013-01-28T14:00:00Z")).toBe("2013-01-28");
    expect(dayOf("2013-01-28")).toBe("2013-01-28");
  });

  it("writes a date or an instant as dd.mm.yyyy", () => {
    expect(norwegianDate("2013-01-28")).toBe("28.01.2013");
    expect(norwegianDate("2012-11-05T23:30:00Z")).toBe("05.11.2012");
  });
});

describe("knownBy", () => {
  it("counts a fact dated on or before the day, and not one dated after", () => {
    expect(knownBy("2013-06-29", "2013-06-30")).toBe(true);
    expect(knownBy("2013-06-30", "2013-06-30")).toBe(true);
    expect(knownBy("2013-07-01", "2013-06-30")).toBe(false);
  });

  it("reads an instant by its day, so anything on the day itself counts", () => {
    expect(knownBy("2013-06-30T23:59:59Z", "2013-06-30")).toBe(true);
    expect(knownBy("2013-07-01T00:00:00Z", "2013-06-30")).toBe(false);
  });

  it("never counts a fact without a date", () => {
    expect(knownBy(null, "2013-06-30")).toBe(false);
    expect(knownBy(undefined, "2013-06-30")).toBe(false);
    expect(knownBy("", "2013-06-30")).toBe(false);
  });
});

describe("countsOn", () => {
  it("counts a period from its last day, and a single day from that day", () => {
    expect(countsOn({ startDate: "2012-03-01", endDate: "2012-05-15" })).toBe("2012-05-15");
    expect(countsOn({ startDate: "2012-10-04", endDate: null })).toBe("2012-10-04");
  });
});

describe("latestAsOf", () => {
  const history = [
    { status: "ide", date: "2012-01-10" },
    { status: "planlagt", date: "2012-03-01" },
    { status: "utproving", date: "2012-05-02" },
    { status: "standardisert", date: "2013-01-15" },
  ];

  it("gives the last entry on or before the day and ignores those after", () => {
    expect(latestAsOf(history, "2012-12-31")?.status).toBe("utproving");
    expect(latestAsOf(history, "2013-01-15")?.status).toBe("standardisert");
    expect(latestAsOf(history, "2012-05-01")?.status).toBe("planlagt");
  });

  it("gives nothing before the first entry", () => {
    expect(latestAsOf(history, "2012-01-09")).toBeNull();
    expect(latestAsOf([], "2012-01-09")).toBeNull();
  });

  it("takes the one recorded last among entries of one day", () => {
    const sameDay = [
      { status: "utproving", date: "2012-05-02" },
      { status: "pa_horing", date: "2012-05-02T09:00:00Z" },
      { status: "planlagt", date: "2012-05-02" },
    ];
    expect(latestAsOf(sameDay, "2012-05-02")?.status).toBe("planlagt");
  });

  it("lets a change entered afterwards with an earlier date count from that date", () => {
    const backdated = [
      { status: "utproving", date: "2012-05-02" },
      { status: "planlagt", date: "2012-04-01" },
    ];
    expect(latestAsOf(backdated, "2012-06-01")?.status).toBe("utproving");
    expect(latestAsOf(backdated, "2012-04-15")?.status).toBe("planlagt");
  });
});

describe("overlaps", () => {
  const year2012 = { start: "2012-01-01", end: "2012-12-31" };

  it("includes what runs into, out of or across the period", () => {
    expect(overlaps("2011-12-01", "2012-01-20", year2012)).toBe(true);
    expect(overlaps("2012-11-01", "2013-02-28", year2012)).toBe(true);
    expect(overlaps("2011-06-01", "2013-06-01", year2012)).toBe(true);
    expect(overlaps("2012-12-31", null, year2012)).toBe(true);
    expect(overlaps("2012-01-01", null, year2012)).toBe(true);
  });

  it("leaves out what ended before or started after, with an open end counting as the start day", () => {
    expect(overlaps("2011-05-10", "2011-12-31", year2012)).toBe(false);
    expect(overlaps("2013-01-01", "2013-02-01", year2012)).toBe(false);
    expect(overlaps("2011-12-31", null, year2012)).toBe(false);
  });
});

describe("addMonths", () => {
  it("moves a date by whole months, across years and backwards", () => {
    expect(addMonths("2013-06-30", -12)).toBe("2012-06-30");
    expect(addMonths("2013-06-30", -6)).toBe("2012-12-30");
    expect(addMonths("2013-06-30", -3)).toBe("2013-03-30");
    expect(addMonths("2013-06-30", 12)).toBe("2014-06-30");
    expect(addMonths("2012-11-15", 3)).toBe("2013-02-15");
  });

  it("reads an instant by its day", () => {
    expect(addMonths("2013-01-28T23:30:00Z", 1)).toBe("2013-02-28");
  });
});

describe("checkEffectiveDate", () => {
  const today = "2013-06-30";

  it("refuses a date in the future", () => {
    expect(checkEffectiveDate({ date: "2013-07-01", today, previousDate: null, reason: "" })).toEqual({ message: "Datoen kan ikke være fram i tid" });
    expect(checkEffectiveDate({ date: "2013-07-01", today, previousDate: null, reason: "Planlagt" })).toEqual({ message: "Datoen kan ikke være fram i tid" });
  });

  it("accepts today, and a date on or after the previous change without a reason", () => {
    expect(checkEffectiveDate({ date: today, today, previousDate: "2013-05-02", reason: "" })).toBeNull();
    expect(checkEffectiveDate({ date: "2013-05-02", today, previousDate: "2013-05-02T14:00:00Z", reason: "" })).toBeNull();
    expect(checkEffectiveDate({ date: "2012-01-10", today, previousDate: null, reason: "" })).toBeNull();
  });

  it("needs a reason for a date before the previous change", () => {
    expect(checkEffectiveDate({ date: "2013-04-01", today, previousDate: "2013-05-02T14:00:00Z", reason: "" })).toEqual({
      message: "Datoen er før forrige endring. Skriv en begrunnelse.",
    });
    expect(checkEffectiveDate({ date: "2013-04-01", today, previousDate: "2013-05-02", reason: "   " })).toEqual({
      message: "Datoen er før forrige endring. Skriv en begrunnelse.",
    });
    expect(checkEffectiveDate({ date: "2013-04-01", today, previousDate: "2013-05-02", reason: "Vedtatt i styringsgruppen 1. april, registrert senere" })).toBeNull();
  });
});
