import { z } from "zod";
import { CHECK_STATUSES } from "../../db/enums";
import { isoDate, optionalPastIsoDate, optionalText } from "../utils/schemas";

export type CheckChoices = { checkIds: string[]; answerableIds: string[] };

export const checkChoicesFrom = (checks: { id: string; acceptsAnswer: boolean }[]): CheckChoices => ({
  checkIds: checks.map((c) => c.id),
  answerableIds: checks.filter((c) => c.acceptsAnswer).map((c) => c.id),
});

/**
 * The project leader's answer to a check: checks the data cannot answer (or not fully) take a status
 * with evidence; any check can be marked not relevant, with a reason.
 */
export const ReadinessAnswerSchema = ({ checkIds, answerableIds }: CheckChoices) =>
  z
    .object({
      intent: z.literal("svar"),
      checkId: z.enum(checkIds as [string, ...string[]], { errorMap: () => ({ message: "Ukjent punkt" }) }),
      status: z.enum(CHECK_STATUSES, { errorMap: () => ({ message: "Velg et svar" }) }),
      evidence: optionalText("Dokumentasjon", 2000),
      notRelevantReason: optionalText("Begrunnelse", 2000),
      answeredOn: optionalPastIsoDate("Gjelder fra"),
    })
    .superRefine((v, ctx) => {
      if (v.status === "ikke_relevant") {
        if (!v.notRelevantReason) ctx.addIssue({ code: "custom", path: ["notRelevantReason"], message: "Skriv hvorfor punktet ikke er relevant" });
        return;
      }
      if (!answerableIds.includes(v.checkId)) {
        ctx.addIssue({ code: "custom", path: ["status"], message: "Dette punktet regnes ut fra prosjektets data; det kan bare markeres som ikke relevant" });
      } else if (v.status !== "ikke_bestatt" && !v.evidence) {
        ctx.addIssue({ code: "custom", path: ["evidence"], message: "Vis til dokumentasjonen for svaret" });
      }
    });

export const SnapshotSchema = z.object({ intent: z.literal("oyeblikksbilde"), asOf: isoDate("Vurdert per") });
