import { z } from "zod";
import { DECISION_STATUSES } from "../../db/enums";
import type { Choice } from "./activity";
import { idList, isoDate, optionalIsoDate, optionalText, requiredText, versionField } from "../utils/schemas";

export type MeetingChoices = { people: Choice[] };
/** `people`: the project's members, one of whom may own the decision (and be reminded of it). */
export type DecisionChoices = { people: Choice[]; tiltak: Choice[]; goals: Choice[]; measures: Choice[] };

const ids = (choices: Choice[]) => () => choices.map((c) => Number(c.value));

/** An optional link chosen from the project's own records; anything else is refused. */
const optionalChoice = (choices: Choice[], message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((id) => id === null || ids(choices)().includes(id), message);

export const MeetingSchema = (choices: MeetingChoices) =>
  z.object({
    intent: z.literal("nytt-mote"),
    date: isoDate("Dato"),
    place: optionalText("Sted", 200),
    notes: optionalText("Referat", 10000),
    attendeeIds: idList(ids(choices.people), "Velg deltakere blant prosjektets medlemmer"),
    otherAttendees: optionalText("Andre til stede", 1000).transform((text) =>
      text
        .split(/[,\n]/)
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  });

/** Who owns a decision: a member (reminded of it) or the name of someone without an account. Checked apart from the rest, so its message comes with the others'. */
const DecisionOwnerSchema = (choices: DecisionChoices) =>
  z
    .object({
      ownerUserId: optionalChoice(choices.people, "Velg en av prosjektets medlemmer"),
      owner: optionalText("Ansvarlig uten konto", 200).transform((v) => v ?? ""),
    })
    .superRefine((value, ctx) => {
      if (value.ownerUserId === null && !value.owner) {
        ctx.addIssue({ code: "custom", path: ["ownerUserId"], message: "Velg hvem som er ansvarlig, eller skriv navnet til en uten konto" });
      }
    });

export const DecisionSchema = (choices: DecisionChoices) =>
  z
    .object({
      intent: z.literal("nytt-vedtak"),
      text: requiredText("Vedtak", 2000),
      dueDate: optionalIsoDate("Frist"),
      tiltakId: optionalChoice(choices.tiltak, "Velg et tiltak i prosjektet"),
      goalId: optionalChoice(choices.goals, "Velg et mål i prosjektet"),
      measureId: optionalChoice(choices.measures, "Velg en måling i prosjektet"),
    })
    .and(DecisionOwnerSchema(choices));

export const DecisionStatusSchema = z.object({
  intent: z.literal("vedtak-status"),
  decisionId: z.coerce.number().int().positive(),
  version: versionField,
  status: z.enum(DECISION_STATUSES, { errorMap: () => ({ message: "Velg status" }) }),
});

export const DECISION_STATUS_TEXT: Record<(typeof DECISION_STATUSES)[number], string> = {
  apen: "Åpen",
  pagar: "Pågår",
  fullfort: "Fullført",
  avlyst: "Avlyst",
};

/** Which decisions the steering dashboard lists (?vedtak=): those to follow up unless another is chosen. */
export const DECISION_VIEWS = ["oppfolging", "forfalt", "apen", "pagar", "fullfort", "avlyst", "alle"] as const;
export type DecisionView = (typeof DECISION_VIEWS)[number];

export const DECISION_VIEW_TEXT: Record<DecisionView, string> = {
  oppfolging: "Til oppfølging (åpne og pågående)",
  forfalt: "Forfalte",
  apen: "Åpne",
  pagar: "Pågående",
  fullfort: "Fullførte",
  avlyst: "Avlyste",
  alle: "Alle",
};
