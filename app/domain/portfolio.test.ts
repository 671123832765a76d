import { describe, expect, it } from "vitest";
import { hasPortfolio, keptByFilter, readinessTrend } from "./portfolio";

describe("readinessTrend", () => {
  it.each([
    ["nesten", "ikke_klar", "bedre"],
    ["klar", "nesten", "bedre"],
    ["nesten", "klar", "verre"],
    ["ikke_klar", "ikke_klar", "uendret"],
    ["klar", null, "forste"],
  ] as const)("%s after %s is %s", (latest, previous, trend) => {
    expect(readinessTrend(latest, previous)).toBe(trend);
  });
});

describe("keptByFilter", () => {
  const project = { role: "radgiver", currentStep: "utfore", organisationIds: [4, 7] };
  it("keeps a project that passes every filter set", () => {
    expect(keptByFilter(project, { role: null, step: null, organisationId: null })).toBe(true);
    expect(keptByFilter(project, { role: "radgiver", step: "utfore", organisationId: 7 })).toBe(true);
  });
  it("drops a project that fails any one", () => {
    expect(keptByFilter(project, { role: "prosjektleder", step: null, organisationId: null })).toBe(false);
    expect(keptByFilter(project, { role: null, step: "kontrollere", organisationId: null })).toBe(false);
    expect(keptByFilter(project, { role: null, step: null, organisationId: 5 })).toBe(false);
  });
});

describe("hasPortfolio", () => {
  it("is for someone in two projects or an advisor, not for a member of one project", () => {
    expect(hasPortfolio([{ role: "prosjektleder" }, { role: "styringsgruppe" }])).toBe(true);
    expect(hasPortfolio([{ role: "radgiver" }])).toBe(true);
    expect(hasPortfolio([{ role: "prosjektleder" }])).toBe(false);
    expect(hasPortfolio([])).toBe(false);
  });
});
