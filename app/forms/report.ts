import { z } from "zod";
import { datePeriod, optionalText, requiredText, versionField } from "../utils/schemas";

export const NewReportSchema = z
  .object({ intent: z.literal("ny-rapport"), title: requiredText("Tittel", 200) })
  .and(datePeriod("Periode fra", "Periode til"));

/** The project's texts, one per section that takes text; the version read guards against overwriting. */
export const NarrativeSchema = (keys: string[]) =>
  z.object({
    intent: z.enum(["lagre", "send"]),
    version: versionField,
    text: z.object(Object.fromEntries(keys.map((key) => [key, optionalText("Teksten", 20000)]))).default({}),
  });
