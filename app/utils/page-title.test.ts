import { describe, expect, it } from "vitest";
import { meta as activitiesMeta } from "../routes/prosjekter.$projectId.aktiviteter._index";
import { projectPageTitle } from "./page-title";

const layout = { id: "routes/prosjekter.$projectId", data: { project: { id: 1, name: "Helt, ikke stykkevis og delt" } } };

describe("project page titles", () => {
  it("name the page, the project and the app", () => {
    expect(projectPageTitle("Aktiviteter", [{ id: "root" }, layout])).toBe("Aktiviteter – Helt, ikke stykkevis og delt – Trinnvis");
    const titles = activitiesMeta({ matches: [{ id: "root" }, layout] } as never) as { title: string }[];
    expect(titles).toEqual([{ title: "Aktiviteter – Helt, ikke stykkevis og delt – Trinnvis" }]);
  });

  it("leave out the project when its layout has no data (an error page)", () => {
    expect(projectPageTitle("Tiltak", [{ id: "root" }, { id: "routes/prosjekter.$projectId" }])).toBe("Tiltak – Trinnvis");
  });
});
