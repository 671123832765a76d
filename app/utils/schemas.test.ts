import { describe, expect, it } from "vitest";
import { z } from "zod";
import { datePeriod, isoDate, optionalIsoDate, optionalText, pastIsoDate, requiredText } from "./schemas";

const messages = (result: z.SafeParseReturnType<unknown, unknown>) =>
  result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("form schemas", () => {
  it("refuses a date that does not exist, saying why", () => {
    expect(messages(isoDate("Dato").safeParse("2013-02-30"))).toEqual([": 30.02.2013 finnes ikke: februar 2013 har 28 dager."]);
    expect(messages(isoDate("Dato").safeParse("30.02.2013"))).toEqual([": 30.02.2013 finnes ikke: februar 2013 har 28 dager."]);
    expect(isoDate("Dato").safeParse("2012-02-29").success).toBe(true);
  });

  it("reads typed dates and gives the day as yyyy-mm-dd", () => {
    for (const text of ["31.12.2024", "31.12.24", "31122024", "311224", "31/12/2024", " 2024-12-31 "]) {
      expect(isoDate("Dato").parse(text), text).toBe("2024-12-31");
    }
  });

  it("tells how to write a date that cannot be read, and names a missing one", () => {
    expect(messages(isoDate("Dato").safeParse("i morgen"))).toEqual([": Skriv datoen som dd.mm.åååå, for eksempel 31.12.2024."]);
    expect(messages(isoDate("Dato").safeParse(undefined))).toEqual([": Dato må fylles ut"]);
    expect(optionalIsoDate("Frist").parse(undefined)).toBeNull();
  });

  it("refuses a day after today, also when typed dd.mm.åååå", () => {
    expect(pastIsoDate("Sendt", "2024-06-30").parse("30.06.2024")).toBe("2024-06-30");
    expect(messages(pastIsoDate("Sendt", "2024-06-30").safeParse("01.07.2024"))).toEqual([": Sendt kan ikke være fram i tid"]);
    expect(messages(pastIsoDate("Sendt", "2024-06-30").safeParse("31.02.2024"))).toEqual([": 31.02.2024 finnes ikke: februar 2024 har 29 dager."]);
  });

  it("compares typed start and end dates as days, and says nothing of the order when a date is unreadable", () => {
    expect(messages(datePeriod().safeParse({ startDate: "01.02.2024", endDate: "31.1.2024" }))).toEqual(["endDate: Sluttdato kan ikke være før startdato"]);
    expect(datePeriod().parse({ startDate: "31.12.2024", endDate: "2025-01-01" })).toEqual({ startDate: "2024-12-31", endDate: "2025-01-01" });
    expect(messages(datePeriod().safeParse({ startDate: "tja", endDate: "31.1.2024" }))).toEqual(["startDate: Skriv datoen som dd.mm.åååå, for eksempel 31.12.2024."]);
  });

  it("names the field that is missing or too long", () => {
    expect(messages(requiredText("Navn", 5).safeParse("  "))).toEqual([": Navn må fylles ut"]);
    expect(messages(requiredText("Navn", 5).safeParse("for langt"))).toEqual([": Navn kan ikke være lengre enn 5 tegn"]);
  });

  it("reports an end before the start even when another field is wrong too", () => {
    const schema = z.object({ name: requiredText("Navn", 10) }).and(datePeriod());
    expect(messages(schema.safeParse({ name: "", startDate: "2010-05-01", endDate: "2010-04-30" }))).toEqual([
      "name: Navn må fylles ut",
      "endDate: Sluttdato kan ikke være før startdato",
    ]);
    expect(schema.safeParse({ name: "x", startDate: "2010-05-01", endDate: "2010-05-01" }).success).toBe(true);
  });
});

describe("free text refuses national identity numbers", () => {
  it("gives the field a message saying the app holds no patient data", () => {
    const result = requiredText("Beskrivelse", 200).safeParse("Gjelder 01019010046");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain("Trinnvis skal ikke inneholde pasientopplysninger");
    expect(optionalText("Notat", 200).safeParse("010190 10046").success).toBe(false);
    expect(optionalText("Notat", 200).safeParse("Møte 01.01.1990 med 10046 deltakere").success).toBe(true);
  });
});
