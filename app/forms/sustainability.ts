import { z } from "zod";
import { REVIEW_VERDICTS } from "../../db/enums";
import { idList, optionalText, requiredText } from "../utils/schemas";

export type Choice = { value: string; label: string };
export type RoundChoices = { instruments: Choice[]; raters: Choice[] };
/** What the answer and review forms need to know of an instrument. */
export type InstrumentShape = { itemIds: string[]; scaleKeys: string[] };

export const StartRoundSchema = (choices: RoundChoices) =>
  z.object({
    intent: z.literal("ny-runde"),
    title: requiredText("Navn på runden", 200),
    instrumentId: z.enum(choices.instruments.map((c) => c.value) as [string, ...string[]], { errorMap: () => ({ message: "Velg hva runden skal vurdere" }) }),
    raterIds: idList(() => choices.raters.map((c) => Number(c.value)), "Velg vurderere blant prosjektets medlemmer").refine(
      (ids) => ids.length >= 2,
      "Velg minst to vurderere, så svarene kan sammenlignes",
    ),
  });

/** Evidence is a list of web addresses, one per line. */
const evidenceLinks = optionalText("Dokumentasjon", 2000).refine(
  (text) => text.split(/\r?\n/).every((line) => !line.trim() || /^https?:\/\/\S+$/i.test(line.trim())),
  "Dokumentasjon må være nettadresser som begynner med https://, én per linje",
);

/** A rater's answers: saved as a draft, or handed in (then every item needs an answer). */
export const AnswersSchema = ({ itemIds, scaleKeys }: InstrumentShape) =>
  z
    .object({
      intent: z.enum(["lagre-svar", "lever-svar"]),
      answers: z.object(
        Object.fromEntries(
          itemIds.map((id) => [
            id,
            z
              .object({
                level: z.enum(scaleKeys as [string, ...string[]], { errorMap: () => ({ message: "Velg et av svarene" }) }).optional(),
                answer: optionalText("Hvordan", 2000),
                note: optionalText("Begrunnelse", 2000),
                evidence: evidenceLinks,
              })
              .default({}),
          ]),
        ),
      ),
    })
    .superRefine((value, ctx) => {
      if (value.intent !== "lever-svar") return;
      for (const id of itemIds) {
        const answer = (value.answers as Record<string, { level?: string }>)[id];
        if (!answer?.level) ctx.addIssue({ code: "custom", path: ["answers", id, "level"], message: "Velg et svar før du leverer" });
      }
    });

/** The advisor's review: a verdict per item, a comment, and what will be done where work is needed. */
export const ReviewsSchema = ({ itemIds }: Pick<InstrumentShape, "itemIds">) =>
  z.object({
    intent: z.literal("lagre-vurdering"),
    reviews: z.object(
      Object.fromEntries(
        itemIds.map((id) => [
          id,
          z
            .object({
              verdict: z.enum(REVIEW_VERDICTS, { errorMap: () => ({ message: "Velg godkjent eller trenger arbeid" }) }).optional(),
              comment: optionalText("Kommentar", 2000),
              plannedAction: optionalText("Planlagt tiltak", 2000),
            })
            .default({})
            .refine((r) => r.verdict !== "trenger_arbeid" || r.plannedAction.length > 0, {
              message: "Skriv hva som skal gjøres når punktet trenger arbeid",
              path: ["plannedAction"],
            }),
        ]),
      ),
    ),
  });

export type AnswerValues = { level?: string; answer: string; note: string; evidence: string };
export type ReviewValues = { verdict?: (typeof REVIEW_VERDICTS)[number]; comment: string; plannedAction: string };
