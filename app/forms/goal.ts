import { z } from "zod";
import { GOAL_STATUSES } from "../../db/enums";
import { isoDate, optionalText, requiredText, versionField } from "../utils/schemas";

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

export const GoalStatusSchema = z.object({
  intent: z.literal("status"),
  goalId: z.coerce.number().int().positive(),
  date: isoDate("Dato for vurderingen"),
  status: z.enum(GOAL_STATUSES, { errorMap: () => ({ message: "Velg status" }) }),
  comment: optionalText("Kommentar", 2000),
});
