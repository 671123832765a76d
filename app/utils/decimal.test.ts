import { describe, expect, it } from "vitest";
import { readDecimal } from "./decimal";

describe("readDecimal", () => {
  it("reads the ways numbers are written in Norway", () => {
    expect(readDecimal("12,5")).toBe(12.5);
    expect(readDecimal("12.5")).toBe(12.5);
    expect(readDecimal("1 234")).toBe(1234);
    expect(readDecimal("1 234,5")).toBe(1234.5);
    expect(readDecimal("1\u00a0234,5")).toBe(1234.5);
    expect(readDecimal("1\u202f234")).toBe(1234);
    expect(readDecimal("−3")).toBe(-3);
    expect(readDecimal("-3,25")).toBe(-3.25);
    expect(readDecimal(",5")).toBe(0.5);
    expect(readDecimal(" 7 ")).toBe(7);
    expect(readDecimal(42)).toBe(42);
  });

  it("gives null for nothing, and an error for text that is no number or one too large", () => {
    expect(readDecimal("")).toBeNull();
    expect(readDecimal("   ")).toBeNull();
    expect(readDecimal(null)).toBeNull();
    expect(readDecimal(undefined)).toBeNull();
    for (const text of ["tolv", "12,5,1", "1.234,5", "12e3", "0x10", "NaN", "Infinity", "5 %", "1-2"]) expect(readDecimal(text), text).toEqual({ error: "not_a_number" });
    expect(readDecimal("9".repeat(400))).toEqual({ error: "too_large" });
    expect(readDecimal("1000000000001")).toEqual({ error: "too_large" });
    expect(readDecimal(Number.POSITIVE_INFINITY)).toEqual({ error: "too_large" });
    expect(readDecimal(Number.NaN)).toEqual({ error: "too_large" });
  });
});
