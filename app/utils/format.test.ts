import { formatDate, formatNumber } from "./format";

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
