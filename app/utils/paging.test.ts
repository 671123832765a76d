import { describe, expect, it } from "vitest";
import { containsPattern, pageNumber, paging, pagingSummary, searchText } from "./paging";

describe("paging", () => {
  it("keeps the page asked for within the pages there are, and ignores garbage", () => {
    expect(pageNumber("2", 5)).toBe(2);
    expect(pageNumber("99", 5)).toBe(5);
    expect(pageNumber("0", 5)).toBe(1);
    expect(pageNumber("-3", 5)).toBe(1);
    expect(pageNumber("2.5", 5)).toBe(1);
    expect(pageNumber("abc", 5)).toBe(1);
    expect(pageNumber("1e3", 5)).toBe(1);
    expect(pageNumber("99999999999999999999", 5)).toBe(1);
    expect(pageNumber(null, 0)).toBe(1);
  });

  it("gives the offset and the first and last row of a page", () => {
    expect(paging(112, "2", 25)).toEqual({ page: 2, pageCount: 5, perPage: 25, total: 112, offset: 25, first: 26, last: 50 });
    expect(paging(112, "5", 25)).toMatchObject({ offset: 100, first: 101, last: 112 });
    expect(paging(112, "7", 25)).toMatchObject({ page: 5, offset: 100 });
    expect(paging(25, null, 25)).toMatchObject({ page: 1, pageCount: 1, first: 1, last: 25 });
    expect(paging(0, "3", 25)).toMatchObject({ page: 1, pageCount: 1, offset: 0, first: 0, last: 0 });
  });

  it("says which rows are shown, in bokmål", () => {
    expect(pagingSummary(paging(112, "2", 25), "aktivitet", "aktiviteter")).toBe("Viser 26–50 av 112 aktiviteter");
    expect(pagingSummary(paging(1, null, 25), "aktivitet", "aktiviteter")).toBe("1 aktivitet");
    expect(pagingSummary(paging(0, null, 25), "aktivitet", "aktiviteter")).toBe("0 aktiviteter");
    expect(pagingSummary(paging(1234, "1", 50), "hendelse", "hendelser")).toBe("Viser 1–50 av 1\u00a0234 hendelser");
  });
});

describe("search text", () => {
  it("takes %, _ and \\ literally and lower-cases Norwegian letters", () => {
    expect(containsPattern("100%")).toBe("%100\\%%");
    expect(containsPattern("a_b")).toBe("%a\\_b%");
    expect(containsPattern("c:\\x")).toBe("%c:\\\\x%");
    expect(containsPattern("ÆRØ Å")).toBe("%ærø å%");
  });

  it("trims, bounds and drops an empty search", () => {
    expect(searchText("  møte ")).toBe("møte");
    expect(searchText("   ")).toBeUndefined();
    expect(searchText(null)).toBeUndefined();
    expect(searchText("x".repeat(300))).toHaveLength(100);
  });
});
