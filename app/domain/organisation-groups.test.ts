import { describe, expect, it } from "vitest";
import { groupOrganisationsByLevel } from "./organisation-groups";

describe("groupOrganisationsByLevel", () => {
  it("orders levels as the service is organised, then region and name, and leaves out empty levels", () => {
    const groups = groupOrganisationsByLevel([
      { name: "Mental Helse", level: "bruker_parorende", region: null },
      { name: "Vikna kommune", level: "kommune", region: "Ytre Namdal" },
      { name: "Grong kommune", level: "kommune", region: "Indre Namdal" },
      { name: "Bindal kommune", level: "kommune", region: "Ytre Namdal" },
      { name: "DPS Kolvereid", level: "spesialisthelsetjeneste", region: null },
    ]);
    expect(groups.map((g) => g.level)).toEqual(["kommune", "spesialisthelsetjeneste", "bruker_parorende"]);
    expect(groups[0].organisations.map((o) => o.name)).toEqual(["Grong kommune", "Bindal kommune", "Vikna kommune"]);
  });
});
