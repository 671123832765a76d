export const FOLLOW_UPS = ["ikke_vurdert", "tatt_inn_i_tiltak", "besvart_annet", "avvist"] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

export type FollowUpSummary = { total: number; open: number } & Record<FollowUp, number>;

/** How many conference inputs are in each follow-up state; "open" are those nobody has assessed yet. */
export function summariseFollowUp(inputs: { followUp: FollowUp }[]): FollowUpSummary {
  const summary: FollowUpSummary = { total: inputs.length, open: 0, ikke_vurdert: 0, tatt_inn_i_tiltak: 0, besvart_annet: 0, avvist: 0 };
  for (const input of inputs) summary[input.followUp] += 1;
  summary.open = summary.ikke_vurdert;
  return summary;
}

export type FollowUpProblem = { field: "tiltakId" | "note"; message: string };

/** What a follow-up needs: a tiltak when taken into one, a text when answered otherwise, a reason when rejected. */
export function checkFollowUp(input: { followUp: FollowUp; hasTiltak: boolean; note: string }): FollowUpProblem[] {
  switch (input.followUp) {
    case "tatt_inn_i_tiltak":
      return !input.hasTiltak ? [{ field: "tiltakId", message: "Velg tiltaket innspillet er tatt inn i" }] : [];
    case "besvart_annet":
      return input.note.trim() ? [] : [{ field: "note", message: "Skriv hvordan innspillet er besvart" }];
    case "avvist":
      return input.note.trim() ? [] : [{ field: "note", message: "Skriv hvorfor innspillet er avvist" }];
    default:
      return [];
  }
}
