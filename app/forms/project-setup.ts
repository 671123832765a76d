// Forms for setting a project up: the project itself, its organisations, phases, groups and people.
import { z } from "zod";
import { ORGANISATION_LEVELS, PROJECT_GROUP_KINDS, PROJECT_ROLES, STEP_IDS } from "../../db/enums";
import { checkOrgNumber } from "../domain/org-number";
import { emailField } from "../utils/user-schemas";
import { datePeriod, optionalPastIsoDate, optionalText, requiredText } from "../utils/schemas";

export const REGION_MAX = 100;

export const LAST_LEADER_MESSAGE = "Prosjektet må ha minst én prosjektleder. Gjør en annen til prosjektleder først.";

export const NewProjectSchema = z
  .object({
    name: requiredText("Navn", 200),
    description: optionalText("Bakgrunn og formål", 4000),
    owner: requiredText("Eier", 300),
    funder: optionalText("Finansiering", 300),
    currentStep: z.enum(STEP_IDS, { errorMap: () => ({ message: "Velg steget prosjektet er i" }) }).default("forberedelse"),
  })
  .and(datePeriod("Startdato", "Sluttdato", { endOptional: true }));

const region = optionalText("Region", REGION_MAX).transform((v) => v || null);

/** Picking from the register: a municipality or health trust from content/, or an organisation already in Trinnvis. */
export const PickOrganisationSchema = z.object({
  intent: z.literal("velg"),
  organisation: z.string({ required_error: "Velg en organisasjon" }).regex(/^(org|kommune|hf|rhf):[\w-]+$/, "Velg en organisasjon fra listen"),
  region,
});

export const orgNumberField = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const check = checkOrgNumber(v);
    if (check.ok) return check.value;
    ctx.addIssue({
      code: "custom",
      message: check.reason === "format" ? "Organisasjonsnummeret må ha ni sifre" : "Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke",
    });
    return z.NEVER;
  });

export const NewOrganisationSchema = z.object({
  intent: z.literal("ny"),
  name: requiredText("Navn", 200),
  level: z.enum(ORGANISATION_LEVELS, { errorMap: () => ({ message: "Velg nivå" }) }),
  orgNumber: orgNumberField,
  region,
});

export const RegionSchema = z.object({
  intent: z.literal("region"),
  organisationId: z.coerce.number().int().positive(),
  region,
});

export const PhaseSchema = z
  .object({
    name: requiredText("Navn", 200),
    description: optionalText("Beskrivelse", 2000),
  })
  .and(datePeriod("Startdato", "Sluttdato", { endOptional: true }));

export const GroupSchema = z.object({
  kind: z.enum(PROJECT_GROUP_KINDS, { errorMap: () => ({ message: "Velg hva slags gruppe det er" }) }),
  name: requiredText("Navn", 200),
  description: optionalText("Beskrivelse", 2000),
});

const optionalId = z
  .string()
  .optional()
  .transform((v) => (v ? Number(v) : null))
  .refine((v) => v === null || (Number.isInteger(v) && v > 0), "Ugyldig valg");


export const GroupMemberSchema = z
  .object({
    groupId: z.coerce.number({ invalid_type_error: "Velg gruppe" }).int().positive("Velg gruppe"),
    userId: optionalId,
    name: optionalText("Navn", 200),
    function: optionalText("Funksjon", 200),
    organisationId: optionalId,
    since: optionalPastIsoDate("Med fra"),
  })
  .refine((v) => v.userId !== null || v.name.length > 0, { message: "Velg en person i prosjektet eller skriv et navn", path: ["name"] });

export const MemberFields = {
  role: z.enum(PROJECT_ROLES, { errorMap: () => ({ message: "Velg rolle" }) }),
  position: optionalText("Funksjon i prosjektet", 200),
  organisationId: optionalId,
};

export const InvitationSchema = z.object({ email: emailField, ...MemberFields });
export const MemberSchema = z.object({ membershipId: z.coerce.number().int().positive(), ...MemberFields, since: optionalPastIsoDate("Med i prosjektet fra") });
