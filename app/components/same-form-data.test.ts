import { describe, expect, it } from "vitest";
import { sameFormData } from "./same-form-data";

const data = (entries: [string, string | File][]) => {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
};

describe("sameFormData", () => {
  it("is true for the same fields in the same order", () => {
    expect(sameFormData(data([["intent", "slett"], ["id", "3"]]), data([["intent", "slett"], ["id", "3"]]))).toBe(true);
  });

  it("tells two forms on the page apart by any field", () => {
    expect(sameFormData(data([["intent", "slett"], ["id", "3"]]), data([["intent", "slett"], ["id", "4"]]))).toBe(false);
    expect(sameFormData(data([["intent", "slett"]]), data([["intent", "slett"], ["id", "4"]]))).toBe(false);
  });

  it("compares files by name and size", () => {
    const file = (text: string) => new File([text], "data.csv");
    expect(sameFormData(data([["fil", file("abc")]]), data([["fil", file("abc")]]))).toBe(true);
    expect(sameFormData(data([["fil", file("abc")]]), data([["fil", file("abcd")]]))).toBe(false);
  });

  it("is false when either is missing", () => {
    expect(sameFormData(undefined, data([]))).toBe(false);
    expect(sameFormData(data([]), null)).toBe(false);
  });
});
