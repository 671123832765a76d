import { describe, expect, it } from "vitest";
import { buildSearchQuery, EMPTY_SEARCH_MESSAGE, HIT_END, HIT_START, scopedMatch, searchHitHref, searchTerms, splitHits, SEARCH_MAX_TERMS } from "./search-query";

describe("buildSearchQuery", () => {
  it("quotes each word as a prefix and requires all of them", () => {
    expect(buildSearchQuery("Hjem  besøk")).toEqual({ ok: true, terms: ["hjem", "besøk"], match: '"hjem"* AND "besøk"*', shortened: false });
  });

  it("lower-cases Æ, Ø and Å and keeps them distinct letters", () => {
    expect(searchTerms("ÆRLIG Øvelse Åpen")).toEqual(["ærlig", "øvelse", "åpen"]);
    expect(buildSearchQuery("Ås").ok && buildSearchQuery("Ås")).toMatchObject({ match: '"ås"*' });
  });

  it("takes every piece of FTS syntax as plain text", () => {
    const hostile = ['"a', 'a""b', "NEAR(a b, 2)", "a AND b", "a OR b", "NOT a", "a*", "^a", "title:a", "{title body}:a", "(a", "a)", "-a", "+a", "a:b:c", "'; DROP TABLE x; --"];
    for (const input of hostile) {
      const query = buildSearchQuery(input);
      expect(query.ok).toBe(true);
      if (!query.ok) continue;
      // Only quoted letter and digit runs with a star, joined by AND: nothing the user typed is syntax.
      expect(query.match).toMatch(/^"[\p{L}\p{N}\p{M}]+"\*( AND "[\p{L}\p{N}\p{M}]+"\*)*$/u);
    }
    expect(buildSearchQuery("NEAR(hjem OR besøk)").ok && buildSearchQuery("NEAR(hjem OR besøk)")).toMatchObject({ terms: ["near", "hjem", "or", "besøk"] });
  });

  it("answers text with no letters or digits with a message", () => {
    for (const input of ["", "   ", '"*^():{}', "---", null, undefined]) expect(buildSearchQuery(input)).toEqual({ ok: false, message: EMPTY_SEARCH_MESSAGE });
  });

  it("reads at most 200 characters and 12 words of a long text, and says it was shortened", () => {
    const long = buildSearchQuery("ø".repeat(10_000));
    expect(long).toEqual({ ok: true, terms: ["ø".repeat(200)], match: `"${"ø".repeat(200)}"*`, shortened: true });
    const many = buildSearchQuery(Array.from({ length: 20 }, (_, i) => `ord${i}`).join(" "));
    expect(many.ok && many.terms).toHaveLength(SEARCH_MAX_TERMS);
    expect(many.ok && many.shortened).toBe(true);
    const words = buildSearchQuery("a b ".repeat(5_000));
    expect(words).toMatchObject({ ok: true, terms: ["a", "b"], shortened: true });
  });
});

it("scopedMatch limits the expression to the projects' scope tokens and the text columns", () => {
  expect(scopedMatch('"hjem"*', [1, 12])).toBe('{scope} : (p1 OR p12) AND {title body} : ("hjem"*)');
});

it("splitHits parts a marked text into hits and the rest, markup kept as text", () => {
  expect(splitHits(`før ${HIT_START}<b>treff</b>${HIT_END} etter`)).toEqual([
    { text: "før ", hit: false },
    { text: "<b>treff</b>", hit: true },
    { text: " etter", hit: false },
  ]);
  expect(splitHits("ingen treff")).toEqual([{ text: "ingen treff", hit: false }]);
});

it("searchHitHref points to the page that shows the record", () => {
  const at = (kind: Parameters<typeof searchHitHref>[0]["kind"], parentId: number | null = null) => searchHitHref({ kind, projectId: 3, recordId: 7, parentId });
  expect(at("aktivitet")).toBe("/prosjekter/3/aktiviteter/7");
  expect(at("innspill", 5)).toBe("/prosjekter/3/konferanser/5");
  expect(at("mal")).toBe("/prosjekter/3/mal");
  expect(at("mote")).toBe("/prosjekter/3/styring/moter/7");
  expect(at("beslutning", 4)).toBe("/prosjekter/3/styring/moter/4");
  expect(at("beslutning")).toBe("/prosjekter/3/styring");
  expect(at("rapport")).toBe("/prosjekter/3/rapporter/7");
});
