import { describe, expect, it } from "vitest";
import { DATE_INPUT_PROBLEM, dateInputText, readDateInput, readDateParam } from "./dates";

const iso = (text: string) => {
  const reading = readDateInput(text);
  return "iso" in reading ? reading.iso : `problem: ${reading.problem}`;
};

describe("readDateInput", () => {
  it("reads dd.mm.åååå and its common variants, day first", () => {
    expect(iso("31.12.2024")).toBe("2024-12-31");
    expect(iso("31.12.24")).toBe("2024-12-31");
    expect(iso("1.2.2024")).toBe("2024-02-01");
    expect(iso("01.02.2024")).toBe("2024-02-01");
    expect(iso("31/12/2024")).toBe("2024-12-31");
    expect(iso("31-12-2024")).toBe("2024-12-31");
    expect(iso("5/6/24")).toBe("2024-06-05");
    expect(iso("31. 12. 2024")).toBe("2024-12-31");
  });

  it("reads digits without separators", () => {
    expect(iso("31122024")).toBe("2024-12-31");
    expect(iso("311224")).toBe("2024-12-31");
    expect(iso("010224")).toBe("2024-02-01");
    // Only dmyyyy makes a day of 112024 (month 20 does not exist).
    expect(iso("112024")).toBe("2024-01-01");
  });

  it("reads eight digits as yyyymmdd too, and never as a year before 1900", () => {
    expect(iso("20241231")).toBe("2024-12-31");
    expect(iso("20101015")).toBe("2010-10-15");
    expect(readDateInput("15101015")).toEqual({ problem: DATE_INPUT_PROBLEM });
  });

  it("reads yyyy-mm-dd as stored and sent by older pages", () => {
    expect(iso("2024-12-31")).toBe("2024-12-31");
    expect(iso("2024-1-5")).toBe("2024-01-05");
  });

  it("ignores spaces around the date", () => {
    expect(iso("  31.12.2024 ")).toBe("2024-12-31");
    expect(iso("\t2024-12-31\n")).toBe("2024-12-31");
  });

  it("reads two-digit years as 2000–2099", () => {
    expect(iso("01.01.00")).toBe("2000-01-01");
    expect(iso("31.12.99")).toBe("2099-12-31");
  });

  it("knows leap years", () => {
    expect(iso("29.02.2024")).toBe("2024-02-29");
    expect(iso("29.02.2000")).toBe("2000-02-29");
    expect(iso("29.02.2023")).toBe("problem: 29.02.2023 finnes ikke: februar 2023 har 28 dager.");
    expect(iso("29.02.1900")).toBe("problem: 29.02.1900 finnes ikke: februar 1900 har 28 dager.");
    expect(iso("290223")).toBe("problem: 29.02.2023 finnes ikke: februar 2023 har 28 dager.");
  });

  it("refuses days that do not exist, saying why", () => {
    expect(iso("31.02.2024")).toBe("problem: 31.02.2024 finnes ikke: februar 2024 har 29 dager.");
    expect(iso("31.04.2024")).toBe("problem: 31.04.2024 finnes ikke: april 2024 har 30 dager.");
    expect(iso("2013-02-30")).toBe("problem: 30.02.2013 finnes ikke: februar 2013 har 28 dager.");
  });

  it("accepts the first and last day of months and of the year range", () => {
    expect(iso("01.01.1000")).toBe("1000-01-01");
    expect(iso("31.12.9999")).toBe("9999-12-31");
    expect(iso("2999-01-01")).toBe("2999-01-01");
    expect(iso("30.04.2024")).toBe("2024-04-30");
  });

  it("refuses garbage, impossible months and years before 1000 with the format hint", () => {
    for (const text of ["", "   ", "i går", "31.12", "31.12.2024x", "12/31/2024", "00.12.2024", "31.13.2024", "31.00.2024", "31.12.0999", "0999-12-31", "110120x", "113024", "31.12.202", "3112202", "2024-13-01", "20244-12-31", "31.12-2024", "1.1.0024"]) {
      expect(readDateInput(text), text).toEqual({ problem: DATE_INPUT_PROBLEM });
    }
    expect(DATE_INPUT_PROBLEM).toBe("Skriv datoen som dd.mm.åååå, for eksempel 31.12.2024.");
  });
});

describe("dateInputText", () => {
  it("shows a stored day as dd.mm.åååå and keeps typed text as typed", () => {
    expect(dateInputText("2024-12-31")).toBe("31.12.2024");
    expect(dateInputText("31.02.2024")).toBe("31.02.2024");
    expect(dateInputText("311224")).toBe("311224");
    expect(dateInputText(undefined)).toBe("");
  });
});

describe("readDateParam", () => {
  it("gives nothing for an empty parameter, the day for a date and the problem for anything else", () => {
    expect(readDateParam(null)).toEqual({});
    expect(readDateParam("")).toEqual({});
    expect(readDateParam("31.12.2024")).toEqual({ iso: "2024-12-31" });
    expect(readDateParam("2024-12-31")).toEqual({ iso: "2024-12-31" });
    expect(readDateParam("tja")).toEqual({ problem: DATE_INPUT_PROBLEM, text: "tja" });
  });
});
