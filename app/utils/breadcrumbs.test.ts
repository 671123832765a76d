import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { projectBreadcrumbs, type CrumbMatch } from "./breadcrumbs";

const root = { id: "root", pathname: "/" };
const layout = { id: "routes/prosjekter.$projectId", pathname: "/prosjekter/4", data: { project: { id: 4, name: "Helt, ikke stykkevis og delt" } } };
const start = [
  { label: "Prosjekter", to: "/prosjekter" },
  { label: "Helt, ikke stykkevis og delt", to: "/prosjekter/4" },
];
const crumbs = (page: CrumbMatch) => projectBreadcrumbs([root, layout, page]);

describe("project breadcrumbs", () => {
  it("end at the project on its overview", () => {
    expect(crumbs({ id: "routes/prosjekter.$projectId._index", pathname: "/prosjekter/4/" })).toEqual(start);
  });

  it("name a section as the project menu does", () => {
    expect(crumbs({ id: "routes/prosjekter.$projectId.konferanser._index", pathname: "/prosjekter/4/konferanser" })).toEqual([
      ...start,
      { label: "Dialogkonferanser", to: "/prosjekter/4/konferanser" },
    ]);
    expect(crumbs({ id: "routes/prosjekter.$projectId.steg", pathname: "/prosjekter/4/steg" }).at(-1)).toEqual({ label: "Godkjenning av steg", to: "/prosjekter/4/steg" });
  });

  it("name a new record's form by its section", () => {
    expect(crumbs({ id: "routes/prosjekter.$projectId.tiltak.ny", pathname: "/prosjekter/4/tiltak/ny" }).slice(2)).toEqual([
      { label: "Tiltak", to: "/prosjekter/4/tiltak" },
      { label: "Nytt tiltak", to: "/prosjekter/4/tiltak/ny" },
    ]);
  });

  it("name a record from the page's data, and a page under it", () => {
    const data = { measure: { id: 9, name: "Ventetid til første samtale" } };
    expect(crumbs({ id: "routes/prosjekter.$projectId.malinger.$measureId_.data", pathname: "/prosjekter/4/malinger/9/data", data }).slice(2)).toEqual([
      { label: "Målinger", to: "/prosjekter/4/malinger" },
      { label: "Ventetid til første samtale", to: "/prosjekter/4/malinger/9" },
      { label: "Data", to: "/prosjekter/4/malinger/9/data" },
    ]);
  });

  it("take a report's title from its printed content, and a meeting's name from its date", () => {
    const report = crumbs({ id: "routes/prosjekter.$projectId.rapporter.$reportId.utskrift", pathname: "/prosjekter/4/rapporter/2/utskrift", data: { content: { title: "Sluttrapport 2012" } } });
    expect(report.slice(3).map((c) => c.label)).toEqual(["Sluttrapport 2012", "Utskrift"]);
    const meeting = crumbs({ id: "routes/prosjekter.$projectId.styring.moter.$meetingId", pathname: "/prosjekter/4/styring/moter/7", data: { meeting: { date: "2012-03-05" } } });
    expect(meeting.slice(2)).toEqual([
      { label: "Styring", to: "/prosjekter/4/styring" },
      { label: "Styringsgruppemøte 05.03.2012", to: "/prosjekter/4/styring/moter/7" },
    ]);
  });

  it("fall back to what a record is when the page has no data", () => {
    expect(crumbs({ id: "routes/prosjekter.$projectId.aktiviteter.$activityId", pathname: "/prosjekter/4/aktiviteter/3" }).at(-1)).toEqual({ label: "Aktivitet", to: "/prosjekter/4/aktiviteter/3" });
    expect(projectBreadcrumbs([root, { id: layout.id, pathname: "/prosjekter/4" }, { id: "routes/prosjekter.$projectId._index", pathname: "/prosjekter/4" }])[1].label).toBe("Prosjekt");
  });

  it("are none outside a project", () => {
    expect(projectBreadcrumbs([root, { id: "routes/prosjekter._index", pathname: "/prosjekter" }])).toEqual([]);
  });

  it("know every project page in app/routes", () => {
    const pages = fs
      .readdirSync("app/routes")
      .map((f) => f.replace(/\.tsx?$/, ""))
      .filter((f) => f.startsWith("prosjekter.$projectId.") && !f.includes("[.]"));
    expect(pages.length).toBeGreaterThan(25);
    for (const page of pages) {
      const segments = page.split(".").slice(2).filter((s) => s !== "_index");
      const pathname = `/prosjekter/4/${segments.map((s) => (s.startsWith("$") ? "1" : s)).join("/")}`;
      const labels = crumbs({ id: `routes/${page}`, pathname }).slice(2).map((c) => c.label);
      // A segment shown as it stands in the file name is one the breadcrumbs do not know.
      expect(labels.filter((l) => segments.includes(l) || l.startsWith("$")), page).toEqual([]);
      expect(labels.length, page).toBe(segments.filter((s) => s !== "moter").length);
    }
  });
});
