import { z } from "zod";
import { EVALUATION_DECISIONS, EVALUATION_METHODS, TILTAK_PRIORITIES, TILTAK_STATUSES } from "../../db/enums";
import type { Choice, OrganisationChoice } from "./activity";
import { idList, isoDate, optionalIsoDate, optionalText, pastIsoDate, requiredText, versionField } from "../utils/schemas";

export type TiltakChoices = {
  goals: Choice[];
  failureAreas: Choice[];
  agreementAreas: Choice[];
  organisations: OrganisationChoice[];
  statuses: Choice[];
  priorities: Choice[];
};

const codeList = (allowed: () => string[], message: string) =>
  z
    .array(z.string())
    .optional()
    .transform((v) => v ?? [])
    .refine((v) => v.every((x) => allowed().includes(x)), message);

export function tiltakSchema(choices: TiltakChoices) {
  const orgIds = () => choices.organisations.map((o) => o.id);
  return z
    .object({
      title: requiredText("Tittel", 200),
      description: optionalText("Beskrivelse", 4000),
      priority: z.enum(TILTAK_PRIORITIES, { errorMap: () => ({ message: "Velg prioritet" }) }),
      goalIds: idList(() => choices.goals.map((g) => Number(g.value)), "Velg blant prosjektets mål"),
      failureAreaIds: codeList(() => choices.failureAreas.map((c) => c.value), "Velg blant sviktområdene"),
      agreementAreaIds: codeList(() => choices.agreementAreas.map((c) => c.value), "Velg blant avtaleområdene"),
      organisationIds: idList(orgIds, "Velg blant prosjektets organisasjoner"),
      responsibleOrganisationId: z.coerce
        .number()
        .int()
        .optional()
        .refine((v) => v === undefined || orgIds().includes(v), "Velg blant prosjektets organisasjoner")
        .transform((v) => v ?? null),
      responsiblePerson: optionalText("Ansvarlig person", 200),
      startDate: optionalIsoDate("Startdato"),
      nextEvaluationDate: optionalIsoDate("Planlagt evaluering"),
      version: versionField.optional(),
    })
    .refine((v) => !v.startDate || !v.nextEvaluationDate || v.nextEvaluationDate >= v.startDate, {
      message: "Planlagt evaluering kan ikke være før startdato",
      path: ["nextEvaluationDate"],
    });
}

export type TiltakInput = z.output<ReturnType<typeof tiltakSchema>>;

export function toTiltakValues({ version: _version, ...values }: TiltakInput) {
  return values;
}

/** A new tiltak: its fields and the day the idea arose (today unless told otherwise, never in the future). */
export function newTiltakSchema(choices: TiltakChoices & { today: string }) {
  return tiltakSchema(choices).and(
    z
      .object({
        ideaDate: pastIsoDate("Idé registrert", choices.today).optional(),
        startDate: optionalIsoDate("Startdato"),
      })
      .refine((v) => !v.ideaDate || !v.startDate || v.ideaDate <= v.startDate, { message: "Idé registrert kan ikke være etter startdato", path: ["ideaDate"] }),
  );
}

export function toNewTiltak({ ideaDate, ...input }: z.output<ReturnType<typeof newTiltakSchema>>) {
  return { values: toTiltakValues(input), ideaDate };
}

export function statusChangeSchema(today: string) {
  return z.object({
    intent: z.literal("status"),
    version: versionField,
    to: z.enum(TILTAK_STATUSES, { errorMap: () => ({ message: "Velg ny status" }) }),
    effectiveDate: pastIsoDate("Gjelder fra", today),
    reason: optionalText("Begrunnelse", 2000),
  });
}

export function hearingSchema(choices: Pick<TiltakChoices, "organisations"> & { today: string }) {
  return z
    .object({
      intent: z.literal("horing"),
      sentDate: pastIsoDate("Sendt", choices.today),
      deadline: optionalIsoDate("Frist"),
      note: optionalText("Merknad", 2000),
      organisationIds: idList(() => choices.organisations.map((o) => o.id), "Velg blant prosjektets organisasjoner").refine(
        (v) => v.length > 0,
        "Velg minst én organisasjon som høres",
      ),
    })
    .refine((v) => !v.deadline || v.deadline >= v.sentDate, { message: "Frist kan ikke være før datoen høringen ble sendt", path: ["deadline"] });
}

export const HearingResponseSchema = z.object({
  intent: z.literal("horingssvar"),
  hearingId: z.coerce.number().int().positive(),
  organisationId: z.coerce.number({ invalid_type_error: "Velg organisasjon" }).int().positive("Velg organisasjon"),
  responseDate: isoDate("Dato for svaret"),
  answer: requiredText("Svar", 4000),
});

export function standardisationSchema(today: string) {
  return z.object({
    intent: z.literal("standard"),
    organisationId: z.coerce.number({ invalid_type_error: "Velg organisasjon" }).int().positive("Velg organisasjon"),
    documentKind: z.enum(["rutine", "retningslinje", "prosedyre", "annet"], { errorMap: () => ({ message: "Velg type dokument" }) }),
    reference: requiredText("Hvor praksisen er skrevet ned", 500),
    date: pastIsoDate("I bruk fra", today),
  });
}

/**
 * An evaluation: when (never in the future), how, what came of it, what was decided, and when to
 * evaluate next – after this one, and not at all when the tiltak is stopped. The dates are checked
 * on their own part, so their messages show even when another field is wrong too.
 */
export function evaluationSchema(today: string) {
  return z
    .object({
      intent: z.literal("evaluering"),
      method: z.enum(EVALUATION_METHODS, { errorMap: () => ({ message: "Velg metode" }) }),
      result: requiredText("Resultat", 4000),
    })
    .and(
      z
        .object({
          date: pastIsoDate("Dato for evalueringen", today),
          decision: z.enum(EVALUATION_DECISIONS, { errorMap: () => ({ message: "Velg beslutning" }) }),
          nextEvaluationDate: optionalIsoDate("Neste evaluering"),
        })
        .superRefine((v, ctx) => {
          if (v.decision === "avslutte") return;
          if (!v.nextEvaluationDate) {
            ctx.addIssue({ code: "custom", path: ["nextEvaluationDate"], message: "Neste evaluering må fylles ut når tiltaket ikke avsluttes" });
          } else if (v.nextEvaluationDate <= v.date) {
            ctx.addIssue({ code: "custom", path: ["nextEvaluationDate"], message: "Neste evaluering må være etter datoen for evalueringen" });
          }
        })
        .transform((v) => ({ ...v, nextEvaluationDate: v.decision === "avslutte" ? null : v.nextEvaluationDate })),
    );
}

type EvaluationInput = z.output<ReturnType<typeof evaluationSchema>>;

export function toEvaluationValues({ intent: _intent, ...values }: EvaluationInput) {
  return values;
}

export const DOCUMENT_KINDS = [
  { value: "rutine", label: "Rutine" },
  { value: "retningslinje", label: "Retningslinje" },
  { value: "prosedyre", label: "Prosedyre" },
  { value: "annet", label: "Annet" },
];

/** The form's values for a stored tiltak. */
export function tiltakFormValues(t: {
  title: string;
  description: string;
  priority: string;
  goalIds: number[];
  failureAreaIds: string[];
  agreementAreaIds: string[];
  organisations: { id: number }[];
  responsibleOrganisationId: number | null;
  responsiblePerson: string;
  startDate: string | null;
  nextEvaluationDate: string | null;
}) {
  return {
    title: t.title,
    description: t.description,
    priority: t.priority,
    goalIds: t.goalIds.map(String),
    failureAreaIds: t.failureAreaIds,
    agreementAreaIds: t.agreementAreaIds,
    organisationIds: t.organisations.map((o) => String(o.id)),
    responsibleOrganisationId: t.responsibleOrganisationId ? String(t.responsibleOrganisationId) : "",
    responsiblePerson: t.responsiblePerson,
    startDate: t.startDate ?? "",
    nextEvaluationDate: t.nextEvaluationDate ?? "",
  };
}
