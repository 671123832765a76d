import { byCount, countOf, formatDate, formatNumber } from "./format";

test("dates are shown as dd.mm.yyyy, plain days and instants alike", () => {
  expect(formatDate("2011-03-01")).toBe("01.03.2011");
  expect(formatDate("2024-02-29")).toBe("29.02.2024");
  expect(formatDate(new Date(2026, 10, 22, 12).toISOString())).toBe("22.11.2026");
});

test("what is not a date is shown as it is, and nothing as nothing", () => {
  expect(formatDate("2023-02-29")).toBe("2023-02-29");
  expect(formatDate("2011-13-01")).toBe("2011-13-01");
  expect(formatDate("snart")).toBe("snart");
  expect(formatDate(null)).toBe("");
  expect(formatDate("")).toBe("");
});

test("numbers have a decimal comma", () => {
  expect(formatNumber(80.456)).toBe("80,46");
  expect(formatNumber(null)).toBe("");
});

describe("countOf and byCount", () => {
  it("use the singular for one and the plural for zero and more, as bokmål does", () => {
    expect(countOf(1, "måling", "målinger")).toBe("1 måling");
    expect(countOf(0, "måling", "målinger")).toBe("0 målinger");
    expect(countOf(2, "plan", "planer")).toBe("2 planer");
    expect(countOf(20000, "punkt", "punkter")).toBe("20\u00a0000 punkter");
    expect(byCount(1, "Lagre punktet", "Lagre alle punktene")).toBe("Lagre punktet");
    expect(byCount(3, "Lagre punktet", "Lagre alle punktene")).toBe("Lagre alle punktene");
  });
});
