// The activity form: one zod schema for the browser and the action, built from the project's choices.
import { z } from "zod";
import type { StepId } from "../../db/enums";
import { datePeriod, idList, oneOf, optionalText, optionalUrl, requiredText, versionField } from "../utils/schemas";

export type Choice = { value: string; label: string; group?: string };
export type OrganisationChoice = { id: number; name: string; level: string; levelName: string; region: string | null };

export type ActivityChoices = {
  types: Choice[];
  stepThemes: Choice[];
  audiences: Choice[];
  organisations: OrganisationChoice[];
};

export function activitySchema(choices: ActivityChoices) {
  return z
    .object({
      title: requiredText("Tittel", 200),
      typeId: oneOf(() => choices.types.map((c) => c.value), "Velg type aktivitet"),
      stepTheme: oneOf(() => choices.stepThemes.map((c) => c.value), "Velg steg og tema"),
      audiences: z
        .array(z.string())
        .optional()
        .transform((v) => v ?? [])
        .refine((v) => v.every((a) => choices.audiences.some((c) => c.value === a)), "Velg blant målgruppene"),
      organisationIds: idList(() => choices.organisations.map((o) => o.id), "Velg blant prosjektets organisasjoner"),
      description: optionalText("Beskrivelse", 4000),
      evidenceUrl: optionalUrl("Lenke til dokumentasjon"),
      version: versionField.optional(),
    })
    .and(datePeriod("Dato", "Sluttdato", { endOptional: true }));
}

export type ActivityInput = z.output<ReturnType<typeof activitySchema>>;

/** "forberedelse/forankre" → its step and theme, as chosen in a step-and-theme select. */
export const splitStepTheme = (value: string) => value.split("/") as [StepId, string];

/** The form's values as stored; "ledere:mellomleder" → audience and leader level. */
export function toActivityValues(input: ActivityInput) {
  const [stepId, themeId] = splitStepTheme(input.stepTheme);
  return {
    title: input.title,
    startDate: input.startDate,
    endDate: input.endDate,
    typeId: input.typeId,
    stepId,
    themeId,
    description: input.description,
    evidenceUrl: input.evidenceUrl,
    audiences: input.audiences.map((value) => {
      const [audienceId, leaderLevel = ""] = value.split(":");
      return { audienceId, leaderLevel };
    }),
    organisationIds: input.organisationIds,
  };
}

/** The form's values for an activity that is stored. */
export function activityFormValues(activity: {
  title: string;
  startDate: string;
  endDate: string | null;
  typeId: string;
  stepId: string;
  themeId: string;
  description: string;
  evidenceUrl: string | null;
  audiences: { audienceId: string; leaderLevel: string }[];
  organisations: { id: number }[];
}) {
  return {
    title: activity.title,
    startDate: activity.startDate,
    endDate: activity.endDate ?? "",
    typeId: activity.typeId,
    stepTheme: `${activity.stepId}/${activity.themeId}`,
    description: activity.description,
    evidenceUrl: activity.evidenceUrl ?? "",
    audiences: activity.audiences.map((a) => (a.leaderLevel ? `${a.audienceId}:${a.leaderLevel}` : a.audienceId)),
    organisationIds: activity.organisations.map((o) => String(o.id)),
  };
}
