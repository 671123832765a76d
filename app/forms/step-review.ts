import { z } from "zod";
import { optionalText, requiredText } from "../utils/schemas";

export const StepRequestSchema = z.object({
  intent: z.literal("be-om-godkjenning"),
  justification: requiredText("Begrunnelse", 4000),
});

export const StepDecisionSchema = z
  .object({
    intent: z.literal("avgjor-steg"),
    reviewId: z.coerce.number().int().positive(),
    decision: z.enum(["godkjent", "sendt_tilbake"], { errorMap: () => ({ message: "Velg godkjenn eller send tilbake" }) }),
    comment: optionalText("Kommentar", 4000),
  })
  .refine((v) => v.decision !== "sendt_tilbake" || v.comment.length > 0, { message: "Skriv hva som mangler når du sender tilbake", path: ["comment"] });
