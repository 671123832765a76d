import { z } from "zod";
import { TILTAK_PRIORITIES, TILTAK_STATUSES } from "../../db/enums";
import type { Choice, OrganisationChoice } from "./activity";
import { idList, isoDate, optionalIsoDate, optionalText, requiredText, versionField } from "../utils/schemas";

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
      nextEvaluationDate: optionalIsoDate("Neste evaluering"),
      version: versionField.optional(),
    })
    .refine((v) => !v.startDate || !v.nextEvaluationDate || v.nextEvaluationDate >= v.startDate, {
      message: "Neste evaluering kan ikke være før startdato",
      path: ["nextEvaluationDate"],
    });
}

export type TiltakInput = z.output<ReturnType<typeof tiltakSchema>>;

export function toTiltakValues({ version: _version, ...values }: TiltakInput) {
  return values;
}

export const StatusChangeSchema = z.object({
  intent: z.literal("status"),
  version: versionField,
  to: z.enum(TILTAK_STATUSES, { errorMap: () => ({ message: "Velg ny status" }) }),
  reason: optionalText("Begrunnelse", 2000),
});

export function hearingSchema(choices: Pick<TiltakChoices, "organisations">) {
  return z
    .object({
      intent: z.literal("horing"),
      sentDate: isoDate("Sendt"),
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

export const StandardisationSchema = z.object({
  intent: z.literal("standard"),
  organisationId: z.coerce.number({ invalid_type_error: "Velg organisasjon" }).int().positive("Velg organisasjon"),
  documentKind: z.enum(["rutine", "retningslinje", "prosedyre", "annet"], { errorMap: () => ({ message: "Velg type dokument" }) }),
  reference: requiredText("Hvor praksisen er skrevet ned", 500),
});

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
