import { z } from "zod";
import { checkFollowUp, FOLLOW_UPS } from "../domain/input-follow-up";
import { splitStepTheme, type Choice, type OrganisationChoice } from "./activity";
import { datePeriod, oneOf, optionalPastIsoDate, optionalText, requiredText, versionField } from "../utils/schemas";

export type ConferenceChoices = {
  stepThemes: Choice[];
  organisations: OrganisationChoice[];
  regions: string[];
  tiltak: Choice[];
  followUps: Choice[];
};

const participantCount = z.coerce
  .number({ invalid_type_error: "Skriv et helt tall" })
  .int("Skriv et helt tall")
  .min(0, "Antallet kan ikke være negativt")
  .max(100000, "Antallet er for stort")
  .optional();

export function conferenceSchema(choices: ConferenceChoices) {
  return z
    .object({
      title: requiredText("Tittel", 200),
      place: optionalText("Sted", 200),
      region: optionalText("Region", 100),
      purpose: optionalText("Formål", 4000),
      stepTheme: oneOf(() => choices.stepThemes.map((c) => c.value), "Velg steg og tema"),
      // One number per organisation, named participants.<organisation id>.
      participants: z
        .record(z.string(), participantCount)
        .optional()
        .transform((v) => v ?? {})
        .refine((v) => Object.keys(v).every((id) => choices.organisations.some((o) => String(o.id) === id)), "Velg blant prosjektets organisasjoner"),
      version: versionField.optional(),
    })
    .and(datePeriod("Dato", "Sluttdato", { endOptional: true }));
}

export function toConferenceValues(input: z.output<ReturnType<typeof conferenceSchema>>) {
  const [stepId, themeId] = splitStepTheme(input.stepTheme);
  return {
    title: input.title,
    startDate: input.startDate,
    endDate: input.endDate,
    place: input.place,
    region: input.region || null,
    purpose: input.purpose,
    stepId,
    themeId,
    participants: Object.entries(input.participants)
      .filter(([, count]) => (count ?? 0) > 0)
      .map(([id, count]) => ({ organisationId: Number(id), count: count ?? 0 })),
  };
}

export const ProgrammeItemSchema = z.object({
  intent: z.literal("program"),
  time: optionalText("Tidspunkt", 20),
  title: requiredText("Programpost", 300),
  presenter: optionalText("Innleder", 200),
});

export const InputSchema = z.object({
  intent: z.literal("innspill"),
  text: requiredText("Innspill", 2000),
  raisedBy: optionalText("Hvem kom med innspillet", 200),
});

export const NEW_TILTAK = "ny";

/** Follow-up of an input; what it needs depends on the choice (see domain/input-follow-up). */
export function followUpSchema(choices: Pick<ConferenceChoices, "tiltak">) {
  return z
    .object({
      intent: z.literal("oppfolging"),
      inputId: z.coerce.number().int().positive(),
      version: versionField,
      followUp: z.enum(FOLLOW_UPS, { errorMap: () => ({ message: "Velg oppfølging" }) }),
      tiltakId: z
        .string()
        .optional()
        .refine((v) => !v || v === NEW_TILTAK || choices.tiltak.some((t) => t.value === v), "Velg blant prosjektets tiltak"),
      newTiltakTitle: optionalText("Tittel på nytt tiltak", 200),
      note: optionalText("Begrunnelse eller svar", 2000),
      date: optionalPastIsoDate("Fulgt opp"),
    })
    .superRefine((v, ctx) => {
      for (const problem of checkFollowUp({ followUp: v.followUp, hasTiltak: Boolean(v.tiltakId), note: v.note })) {
        ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
      }
      if (v.followUp === "tatt_inn_i_tiltak" && v.tiltakId === NEW_TILTAK && !v.newTiltakTitle) {
        ctx.addIssue({ code: "custom", path: ["newTiltakTitle"], message: "Skriv en tittel på det nye tiltaket" });
      }
    });
}

export function toFollowUpValues(input: z.output<ReturnType<typeof followUpSchema>>) {
  const takenIn = input.followUp === "tatt_inn_i_tiltak";
  return {
    followUp: input.followUp,
    tiltakId: takenIn && input.tiltakId && input.tiltakId !== NEW_TILTAK ? Number(input.tiltakId) : null,
    newTiltakTitle: takenIn && input.tiltakId === NEW_TILTAK ? input.newTiltakTitle : null,
    note: input.note,
    date: input.date,
  };
}
