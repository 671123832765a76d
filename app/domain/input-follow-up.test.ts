import { describe, expect, it } from "vitest";
import { checkFollowUp, summariseFollowUp } from "./input-follow-up";

describe("summariseFollowUp", () => {
  it("counts inputs per state; open are the unassessed ones", () => {
    expect(
      summariseFollowUp([{ followUp: "ikke_vurdert" }, { followUp: "ikke_vurdert" }, { followUp: "avvist" }, { followUp: "tatt_inn_i_tiltak" }]),
    ).toEqual({ total: 4, open: 2, ikke_vurdert: 2, tatt_inn_i_tiltak: 1, besvart_annet: 0, avvist: 1 });
    expect(summariseFollowUp([]).open).toBe(0);
  });
});

describe("checkFollowUp", () => {
  it("needs a tiltak when the input is taken into one", () => {
    expect(checkFollowUp({ followUp: "tatt_inn_i_tiltak", hasTiltak: false, note: "" })).toEqual([{ field: "tiltakId", message: "Velg tiltaket innspillet er tatt inn i" }]);
    expect(checkFollowUp({ followUp: "tatt_inn_i_tiltak", hasTiltak: true, note: "" })).toEqual([]);
  });

  it("needs a reason when rejected and an answer when answered otherwise", () => {
    expect(checkFollowUp({ followUp: "avvist", hasTiltak: false, note: "  " })[0].field).toBe("note");
    expect(checkFollowUp({ followUp: "avvist", hasTiltak: false, note: "Utenfor prosjektets mandat" })).toEqual([]);
    expect(checkFollowUp({ followUp: "besvart_annet", hasTiltak: false, note: "" })[0].message).toMatch(/besvart/);
    expect(checkFollowUp({ followUp: "ikke_vurdert", hasTiltak: false, note: "" })).toEqual([]);
  });
});
