import { describe, expect, it } from "vitest";
import { containsNationalIdNumber, isNationalIdNumber } from "./national-id";

// A synthetic number for a fictitious person born 01.01.1990: control digits 4 and 6 by mod 11.
const VALID = "01019010046";

describe("national identity numbers", () => {
  it("accepts 11 digits whose control digits pass mod 11, and nothing else", () => {
    expect(isNationalIdNumber(VALID)).toBe(true);
    expect(isNationalIdNumber("01019010047")).toBe(false);
    expect(isNationalIdNumber("01019010056")).toBe(false);
    expect(isNationalIdNumber("0101901004")).toBe(false);
  });

  it("finds one in free text, also written with a space, but not inside a longer number", () => {
    expect(containsNationalIdNumber(`Pasient ${VALID} ble henvist`)).toBe(true);
    expect(containsNationalIdNumber("fnr 010190 10046.")).toBe(true);
    expect(containsNationalIdNumber(`Saksnummer 9${VALID}`)).toBe(false);
    expect(containsNationalIdNumber("Telefon 74 21 50 00, 338 pasienter kartlagt i 2010")).toBe(false);
  });
});
