import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import {
  EVALUATION_DECISIONS,
  EVALUATION_METHODS,
  GOAL_KINDS,
  INPUT_FOLLOW_UPS,
  GOAL_STATUSES,
  MEASURE_DIRECTIONS,
  MEASURE_KINDS,
  ORGANISATION_LEVELS,
  PROJECT_GROUP_KINDS,
  PROJECT_ROLES,
  QUALITATIVE_METHODS,
  STEP_IDS,
  TILTAK_PRIORITIES,
  TILTAK_STATUSES,
} from "../../db/schema";

const slug = z.string().regex(/^[a-z0-9-]+$/, "id må være små bokstaver, tall og bindestrek");
const text = z.string().trim().min(1);
const versioned = { version: z.number().int().positive() };

/** A label for every value of an enum, and nothing else. */
function labelsFor<T extends readonly [string, ...string[]]>(values: T) {
  return z.object(Object.fromEntries(values.map((v) => [v, text])) as Record<T[number], typeof text>).strict();
}

const stepsFile = z.object({
  ...versioned,
  steps: z
    .array(
      z.object({
        id: z.enum(STEP_IDS),
        number: z.number().int(),
        name: text,
        summary: text,
        themes: z.array(z.object({ id: slug, name: text, questions: z.array(text).min(1) })).min(1),
      }),
    )
    .refine((steps) => steps.map((s) => s.id).join() === STEP_IDS.join(), {
      message: `stegene må være nøyaktig ${STEP_IDS.join(", ")} i denne rekkefølgen`,
    }),
});

const activityTypesFile = z.object({
  ...versioned,
  activityTypes: z.array(z.object({ id: slug, name: text, anchoring: z.boolean(), staffFacing: z.boolean() })).min(1),
});

const audiencesFile = z.object({
  ...versioned,
  audiences: z.array(z.object({ id: slug, name: text, hasLevels: z.boolean() })).min(1),
  leaderLevels: z.array(z.object({ id: slug, name: text })).min(1),
});

const numberedItems = z
  .array(z.object({ id: slug, number: z.number().int(), name: text, description: text.optional() }))
  .min(1);
const failureAreasFile = z.object({ ...versioned, source: text, failureAreas: numberedItems });
const funderCriteriaFile = z.object({ ...versioned, source: text, criteria: numberedItems });
const agreementAreasFile = z.object({ ...versioned, source: text, agreementAreas: numberedItems });

/** Titles and names in English inside a source, marked so screen readers read them in English (WCAG 3.1.2). */
const sourceInEnglish = z.array(text).default([]);

const transitionFile = z.object({
  ...versioned,
  source: text,
  sourceInEnglish,
  name: text,
  answerScale: z.array(z.object({ key: slug, label: text, score: z.number() })).min(2, "svarskalaen må ha minst to svar"),
  answerScaleNote: text.optional(),
  conditions: z
    .array(
      z.object({
        id: slug,
        number: z.number().int(),
        name: text,
        questions: z.array(z.object({ id: slug, text: text })),
      }),
    )
    .length(5, "Powell har fem nødvendige betingelser"),
});

const levelKey = z.enum(["a", "b", "c", "d"]);
const sustainabilityFile = z
  .object({
    id: slug,
    version: z.number().int().positive(),
    name: text,
    source: text,
    sourceInEnglish,
    levels: z.array(levelKey).length(4),
    weights: z
      .object({ source: text, byFactor: z.record(slug, z.record(levelKey, z.number())) })
      .nullable(),
    weightsNote: text.optional(),
    areas: z
      .array(
        z.object({
          id: slug,
          name: text,
          factors: z
            .array(z.object({ id: slug, name: text, levels: z.object({ a: text, b: text, c: text, d: text }).strict() }))
            .min(1),
        }),
      )
      .length(3, "modellen har tre områder"),
  })
  .refine((m) => m.areas.flatMap((a) => a.factors).length === 10, { message: "modellen har ti faktorer" });

const labelsFile = z.object({
  ...versioned,
  projectRoles: labelsFor(PROJECT_ROLES),
  /** How an invitation names the role: "som medlem av styringsgruppen". */
  projectRolesAs: labelsFor(PROJECT_ROLES),
  projectGroupKinds: labelsFor(PROJECT_GROUP_KINDS),
  organisationLevels: labelsFor(ORGANISATION_LEVELS),
  organisationLevelsPlural: labelsFor(ORGANISATION_LEVELS),
  goalKinds: labelsFor(GOAL_KINDS),
  goalStatuses: labelsFor(GOAL_STATUSES),
  tiltakPriorities: labelsFor(TILTAK_PRIORITIES),
  tiltakStatuses: labelsFor(TILTAK_STATUSES),
  evaluationMethods: labelsFor(EVALUATION_METHODS),
  evaluationDecisions: labelsFor(EVALUATION_DECISIONS),
  measureKinds: labelsFor(MEASURE_KINDS),
  measureDirections: labelsFor(MEASURE_DIRECTIONS),
  inputFollowUps: labelsFor(INPUT_FOLLOW_UPS),
  chartTypes: labelsFor(["run", "i", "mr", "p", "u", "c", "g", "t"] as const),
  qualitativeMethods: labelsFor(QUALITATIVE_METHODS),
});

const files = {
  steps: ["steps.json", stepsFile],
  activityTypes: ["activity-types.json", activityTypesFile],
  audiences: ["audiences.json", audiencesFile],
  failureAreas: ["failure-areas.json", failureAreasFile],
  funderCriteria: ["funder-criteria.json", funderCriteriaFile],
  agreementAreas: ["agreement-areas.json", agreementAreasFile],
  transition: ["transition.json", transitionFile],
  sustainabilityModel: ["sustainability-model.json", sustainabilityFile],
  labels: ["labels.json", labelsFile],
} as const;

type Files = typeof files;
export type Content = { [K in keyof Files]: z.infer<Files[K][1]> };

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContentError";
  }
}

/** One JSON file from the content folder, checked against its schema; ContentError names the file and field. */
export function readContentFile<S extends z.ZodTypeAny>(dir: string, file: string, schema: S): z.infer<S> {
  const full = path.join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(full, "utf8"));
  } catch (error) {
    throw new ContentError(`Innholdsfilen ${full} kan ikke leses: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(roten)"}: ${i.message}`).join("\n");
    throw new ContentError(`Innholdsfilen ${full} er ugyldig:\n${problems}`);
  }
  return parsed.data;
}

function assertUniqueIds(where: string, ids: string[]) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new ContentError(`Innholdet har id-en «${id}» to ganger i ${where}`);
    seen.add(id);
  }
}

/** Reads and validates every file in content/. Throws ContentError naming the file and field. */
export function loadContent(dir = path.resolve("content")): Content {
  const content = Object.fromEntries(
    Object.entries(files).map(([key, [file, schema]]) => [key, readContentFile(dir, file, schema)]),
  ) as Content;
  assertUniqueIds("steps.json (temaer)", content.steps.steps.flatMap((s) => s.themes.map((t) => t.id)));
  assertUniqueIds("activity-types.json", content.activityTypes.activityTypes.map((t) => t.id));
  assertUniqueIds("audiences.json", content.audiences.audiences.map((a) => a.id));
  assertUniqueIds("failure-areas.json", content.failureAreas.failureAreas.map((a) => a.id));
  assertUniqueIds("funder-criteria.json", content.funderCriteria.criteria.map((c) => c.id));
  assertUniqueIds("agreement-areas.json", content.agreementAreas.agreementAreas.map((a) => a.id));
  assertUniqueIds(
    "transition.json (spørsmål)",
    content.transition.conditions.flatMap((c) => c.questions.map((q) => q.id)),
  );
  assertUniqueIds(
    "sustainability-model.json (faktorer)",
    content.sustainabilityModel.areas.flatMap((a) => a.factors.map((f) => f.id)),
  );
  return content;
}

let cached: Content | undefined;

/** The app's content, from CONTENT_DIR (default content/), read and validated once. */
export function getContent(): Content {
  cached ??= loadContent(path.resolve(process.env.CONTENT_DIR || "content"));
  return cached;
}

/** Each step's name as projects know it: "3. Utføre", by step id. */
export function stepNames(content: Content = getContent()): Record<string, string> {
  return Object.fromEntries(content.steps.steps.map((s) => [s.id, `${s.number}. ${s.name}`]));
}

/** The theme ids that belong to a step, for validating what is stored. */
export function themeBelongsToStep(content: Content, stepId: string, themeId: string): boolean {
  return content.steps.steps.some((s) => s.id === stepId && s.themes.some((t) => t.id === themeId));
}
