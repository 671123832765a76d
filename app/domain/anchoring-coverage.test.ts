import { describe, expect, it } from "vitest";
import { computeAnchoringCoverage, conferenceReaches, type CoverageOrganisation } from "./anchoring-coverage";

const orgs: CoverageOrganisation[] = [
  { id: 1, name: "Vikna kommune", level: "kommune", region: "Ytre Namdal" },
  { id: 2, name: "Grong kommune", level: "kommune", region: "Indre Namdal" },
  { id: 3, name: "Bindal kommune", level: "kommune", region: "Ytre Namdal" },
  { id: 4, name: "DPS Kolvereid", level: "spesialisthelsetjeneste", region: null },
  { id: 5, name: "Mental Helse", level: "bruker_parorende", region: null },
];
const audiences = ["ledere", "medarbeidere", "brukere", "parorende"];

describe("computeAnchoringCoverage", () => {
  it("counts each reach per organisation and audience and keeps the latest", () => {
    const coverage = computeAnchoringCoverage(
      orgs,
      [
        { date: "2011-05-01", title: "Besøksrunde", organisationIds: [1, 2, 3], audienceIds: ["ledere", "medarbeidere"] },
        { date: "2010-03-01", title: "Brev", organisationIds: [1], audienceIds: ["ledere"] },
      ],
      audiences,
    );
    const vikna = coverage.groups.flatMap((g) => g.rows).find((r) => r.organisation.id === 1)!;
    expect(vikna.cells.ledere).toEqual({ count: 2, last: { date: "2011-05-01", title: "Besøksrunde" } });
    expect(vikna.cells.brukere).toEqual({ count: 0, last: null });
  });

  it("groups by level in service order, then region, then name", () => {
    const coverage = computeAnchoringCoverage(orgs, [], audiences);
    expect(coverage.groups.map((g) => [g.level, g.region])).toEqual([
      ["kommune", "Indre Namdal"],
      ["kommune", "Ytre Namdal"],
      ["spesialisthelsetjeneste", null],
      ["bruker_parorende", null],
    ]);
    expect(coverage.groups[1].rows.map((r) => r.organisation.name)).toEqual(["Bindal kommune", "Vikna kommune"]);
  });

  it("gives headlines per level: how many organisations had each audience reached", () => {
    const coverage = computeAnchoringCoverage(
      orgs,
      [{ date: "2011-05-01", title: "Besøk", organisationIds: [1, 2], audienceIds: ["ledere"] }],
      audiences,
    );
    expect(coverage.headlines.find((h) => h.level === "kommune" && h.audienceId === "ledere")).toEqual({
      level: "kommune",
      audienceId: "ledere",
      reached: 2,
      total: 3,
    });
    expect(coverage.headlines.some((h) => h.level === "nav")).toBe(false);
  });

  it("ignores organisations outside the project and unknown audiences, and counts empty cells", () => {
    const coverage = computeAnchoringCoverage(orgs, [{ date: "2011-01-01", title: "x", organisationIds: [99, 4, 4], audienceIds: ["ledere", "ukjent"] }], audiences);
    const dps = coverage.groups.flatMap((g) => g.rows).find((r) => r.organisation.id === 4)!;
    expect(dps.cells.ledere.count).toBe(1);
    expect(coverage.emptyCells).toBe(5 * 4 - 1);
  });
});

describe("conferenceReaches", () => {
  it("reaches staff in service organisations and users through user organisations", () => {
    expect(
      conferenceReaches({ date: "2010-06-10", title: "Konferanse" }, [
        { id: 1, level: "kommune" },
        { id: 4, level: "spesialisthelsetjeneste" },
        { id: 5, level: "bruker_parorende" },
      ]),
    ).toEqual([
      { date: "2010-06-10", title: "Konferanse", organisationIds: [1, 4], audienceIds: ["medarbeidere"] },
      { date: "2010-06-10", title: "Konferanse", organisationIds: [5], audienceIds: ["brukere"] },
    ]);
    expect(conferenceReaches({ date: "2010-06-10", title: "K" }, [])).toEqual([]);
  });
});
