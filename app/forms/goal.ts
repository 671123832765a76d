import { z } from "zod";
import { GOAL_STATUSES } from "../../db/enums";
import { optionalText, pastIsoDate, requiredText, versionField } from "../utils/schemas";

export const NewGoalSchema = z.object({
  intent: z.literal("nytt-mal"),
  kind: z.enum(["hovedmal", "delmal"]),
  title: requiredText("Mål", 500),
  description: optionalText("Beskrivelse", 4000),
});

export const EditGoalSchema = z.object({
  intent: z.literal("endre"),
  goalId: z.coerce.number().int().positive(),
  version: versionField,
  title: requiredText("Mål", 500),
  description: optionalText("Beskrivelse", 4000),
});

/**
 * A dated evaluation of a goal; the date may not be in the future. Whether a date before the goal's
 * latest evaluation has its reason is the model's to decide (addGoalStatus), as it knows the history.
 */
export function goalStatusSchema(today: string) {
  return z.object({
    intent: z.literal("status"),
    goalId: z.coerce.number().int().positive(),
    date: pastIsoDate("Dato for vurderingen", today),
    status: z.enum(GOAL_STATUSES, { errorMap: () => ({ message: "Velg status" }) }),
    comment: optionalText("Kommentar", 2000),
    reason: optionalText("Begrunnelse", 2000),
  });
}
