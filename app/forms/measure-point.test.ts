// A period with no value can be registered by hand, but never by leaving a field empty by mistake.
import { describe, expect, it } from "vitest";
import { pointSchema } from "./measure";

const parse = (kind: string, fields: Record<string, string>) => pointSchema(kind).safeParse({ intent: "punkt", date: "2024-03-01", ...fields });
const messages = (result: ReturnType<typeof parse>) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("a data point without a value", () => {
  it("is a missing point when the note says why", () => {
    const result = parse("kontinuerlig", { value: "", note: "Registeret var nede i mars" });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ value: null, numerator: null, denominator: null, note: "Registeret var nede i mars" });
  });

  it("is refused without a note, and the message says how to register a missing period", () => {
    const result = parse("antall", { value: " ", note: "" });
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual({ value: "Verdi må fylles ut, eller skriv i merknaden hvorfor perioden mangler verdi" });
  });

  it("for a share or a rate, needs both numerator and denominator empty, and a note", () => {
    const missing = parse("andel", { numerator: "", denominator: "", note: "Ingen pasienter denne måneden" });
    expect(missing.success).toBe(true);
    expect(missing.data).toMatchObject({ value: null, numerator: null, denominator: null });

    expect(messages(parse("rate", { numerator: "", denominator: "", note: "" }))).toEqual({
      numerator: "Teller må fylles ut, eller skriv i merknaden hvorfor perioden mangler verdi",
      denominator: "Nevner må fylles ut, eller skriv i merknaden hvorfor perioden mangler verdi",
    });
    // Half a pair is a typing error, not a missing period, note or not
    expect(messages(parse("andel", { numerator: "3", denominator: "", note: "Mangler" }))).toEqual({ denominator: "Nevner må fylles ut når telleren er fylt ut" });
    expect(messages(parse("andel", { numerator: "", denominator: "10", note: "" }))).toEqual({ numerator: "Teller må fylles ut når nevneren er fylt ut" });
  });

  it("keeps the checks on a pair that is filled in", () => {
    expect(messages(parse("andel", { numerator: "11", denominator: "10" }))).toEqual({ numerator: "Telleren kan ikke være større enn nevneren" });
    expect(messages(parse("rate", { numerator: "-1", denominator: "0" }))).toEqual({ numerator: "Telleren kan ikke være negativ", denominator: "Nevneren må være større enn 0" });
    expect(parse("rate", { numerator: "11", denominator: "10" }).data).toMatchObject({ numerator: 11, denominator: 10, value: null });
    expect(parse("antall", { value: "7" }).data).toMatchObject({ value: 7, numerator: null, denominator: null });
  });
});
