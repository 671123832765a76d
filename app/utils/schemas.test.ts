import { describe, expect, it } from "vitest";
import { z } from "zod";
import { datePeriod, isoDate, optionalText, requiredText } from "./schemas";

const messages = (result: z.SafeParseReturnType<unknown, unknown>) =>
  result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("form schemas", () => {
  it("refuses a date that does not exist", () => {
    expect(messages(isoDate("Dato").safeParse("2013-02-30"))).toEqual([": Dato er ikke en dato som finnes"]);
    expect(isoDate("Dato").safeParse("2012-02-29").success).toBe(true);
    expect(messages(isoDate("Dato").safeParse("30.02.2013"))).toEqual([": Dato må være en dato"]);
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
