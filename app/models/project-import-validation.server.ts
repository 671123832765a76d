// The rules the forms apply, applied to every row of a project export file before anything of it is
// saved: an imported record must be one the forms could have saved. Each table maps its row to the
// values of the form that writes it and asks that form's own zod schema (app/forms/*), so a rule
// lives in one place. Where a form splits one record over several tables (an activity and its
// audiences, a tiltak and its goals), a linked row is checked by the form's field for that list.
//
// Not a form rule, but decided here too: what a person froze (a signed round, a sent report, a
// decided step) is never taken from a file; see unfreeze() below.
import type { ZodTypeAny } from "zod";
import { z } from "zod";
import { countOf } from "../utils/format";
import { activitySchema, type ActivityChoices, type Choice, type OrganisationChoice } from "../forms/activity";
import { conferenceSchema, followUpSchema, InputSchema, ProgrammeItemSchema } from "../forms/conference";
import { goalStatusSchema, NewGoalSchema } from "../forms/goal";
import { ChartEventSchema, measureSchema, pointSchema, QualitativeSchema } from "../forms/measure";
import { GroupMemberSchema, GroupSchema, MemberSchema, NewOrganisationSchema, NewProjectSchema, PhaseSchema, REGION_MAX } from "../forms/project-setup";
import { checkChoicesFrom, ReadinessAnswerSchema } from "../forms/readiness";
import { NarrativeSchema, NewReportSchema } from "../forms/report";
import { DecisionSchema, MeetingSchema } from "../forms/steering";
import { StepDecisionSchema, StepRequestSchema } from "../forms/step-review";
import { AnswersSchema, ReviewsSchema, StartRoundSchema } from "../forms/sustainability";
import { evaluationSchema, HearingResponseSchema, hearingSchema, standardisationSchema, statusChangeSchema, tiltakSchema, type TiltakChoices } from "../forms/tiltak";
import { assessReadiness, VERDICT_TEXT } from "../domain/readiness";
import { getContent } from "../utils/content.server";
import { getInstrument, instrumentItems } from "../utils/instruments.server";
import { optionalText } from "../utils/schemas";
import { todayIso } from "../utils/time";
import { emailField } from "../utils/user-schemas";

type Row = Record<string, unknown>;
export type FileContent = { project: Row; organisations: { id: number; name: string; level: string; kind: string | null }[]; tables: Record<string, Row[]> };
/** A problem in one field of a row: the field as named in the file, and the form's message. */
export type FieldProblem = { field: string; message: string };

// ---------------------------------------------------------------- from zod issues to messages

/** zod's own English messages, for the few checks where a form gives none of its own. */
function bokmål(issue: z.ZodIssue): string {
  if (issue.code === "custom") return issue.message;
  const english = z.defaultErrorMap(issue as never, { data: undefined, defaultError: issue.message }).message;
  if (issue.message !== english) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.received === "undefined" || issue.received === "null" ? "må fylles ut" : "har feil type";
    case "invalid_enum_value":
    case "invalid_literal":
      return "har en verdi som ikke er tillatt";
    case "too_big":
      return "er for stor eller for lang";
    case "too_small":
      return "er for liten eller for kort";
    default:
      return `er ugyldig (${issue.message})`;
  }
}

/**
 * Checks `input` with a form's schema. `fields` names the file's field for a form field where
 * they differ (the form's "startDate" is a conference's "date"); an issue on the whole form is put
 * on `whole`.
 */
function check(schema: ZodTypeAny, input: unknown, fields: Record<string, string> = {}, whole = "(rad)"): FieldProblem[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    const key = path.length ? (fields[path.join(".")] ?? fields[path[path.length - 1]] ?? path[path.length - 1]) : whole;
    return { field: key, message: bokmål(issue) };
  });
}

/** Stored "" or null is a field left empty: a form gets no value for it. */
const given = (value: unknown) => (value == null || value === "" ? undefined : value);
/** A chosen id, as a select sends it. */
const chosen = (value: unknown) => (value == null ? undefined : String(value));

// ---------------------------------------------------------------- the file's own choices

const byParent = (rows: Row[] | undefined, key: string) => {
  const map = new Map<unknown, Row[]>();
  for (const row of rows ?? []) {
    const siblings = map.get(row[key]);
    if (siblings) siblings.push(row);
    else map.set(row[key], [row]);
  }
  return map;
};
const idsOf = (rows: Row[] | undefined): Choice[] => (rows ?? []).flatMap((r) => (typeof r.id === "number" ? [{ value: String(r.id), label: String(r.id) }] : []));

/** What the forms would offer for this project, with the file's own ids standing for its records. */
function choicesFor(file: FileContent) {
  const content = getContent();
  const labels = content.labels;
  const levelOf = new Map(file.organisations.map((o) => [o.id, o.level]));
  const organisations: OrganisationChoice[] = (file.tables.projectOrganisations ?? []).flatMap((po) =>
    typeof po.organisationId === "number"
      ? [{ id: po.organisationId, name: "", level: levelOf.get(po.organisationId) ?? "", levelName: "", region: (po.region as string | null) ?? null }]
      : [],
  );
  const stepThemes = content.steps.steps.flatMap((step) => step.themes.map((theme) => ({ value: `${step.id}/${theme.id}`, label: theme.name })));
  const { audiences, leaderLevels } = content.audiences;
  const activity: ActivityChoices = {
    types: content.activityTypes.activityTypes.map((t) => ({ value: t.id, label: t.name })),
    stepThemes,
    audiences: audiences.flatMap((a) => (a.hasLevels ? leaderLevels.map((level) => ({ value: `${a.id}:${level.id}`, label: "" })) : [{ value: a.id, label: "" }])),
    organisations,
  };
  const goals = idsOf(file.tables.goals);
  const tiltak = idsOf(file.tables.tiltak);
  const measures = idsOf(file.tables.measures);
  const tiltakChoices: TiltakChoices = {
    goals,
    failureAreas: content.failureAreas.failureAreas.map((f) => ({ value: f.id, label: "" })),
    agreementAreas: content.agreementAreas.agreementAreas.map((a) => ({ value: a.id, label: "" })),
    organisations,
    statuses: Object.keys(labels.tiltakStatuses).map((value) => ({ value, label: "" })),
    priorities: Object.keys(labels.tiltakPriorities).map((value) => ({ value, label: "" })),
  };
  return { activity, stepThemes, organisations, goals, tiltak, measures, tiltakChoices };
}

/** Every check of «Klar for drift?», and which of them take an answer: the same for every project. */
function readinessChoices(today: string) {
  const empty = {
    asOf: today,
    organisations: [],
    leaderLevels: [],
    leaderReaches: [],
    staffReaches: [],
    userReaches: [],
    tiltak: [],
    measures: [],
    goals: [],
    members: [],
    groupMembers: [],
    conferenceInputs: [],
    analysisActivityDates: [],
    sustainabilityRounds: [],
    manual: {},
  };
  return checkChoicesFrom(assessReadiness(empty as unknown as Parameters<typeof assessReadiness>[0]).checks);
}

// ---------------------------------------------------------------- the rules, table by table

type RowCheck = (row: Row) => FieldProblem[];

/**
 * The form rules for every table of an export file, as one function per table. `today` is the day
 * dates may not come after. Rows are checked as they are in the file, before ids are replaced.
 */
export function formRules(file: FileContent, today = todayIso()): Record<string, RowCheck> {
  const c = choicesFor(file);
  const t = file.tables;
  const activity = activitySchema(c.activity);
  const activityFields = activity._def.left.shape;
  const goalStatus = goalStatusSchema(today);
  const statusChange = statusChangeSchema(today);
  const hearing = hearingSchema({ organisations: c.organisations, today });
  const standardisation = standardisationSchema(today);
  const evaluation = evaluationSchema(today);
  const conference = conferenceSchema({ stepThemes: c.stepThemes, organisations: c.organisations, regions: [], tiltak: c.tiltak, followUps: [] });
  const followUp = followUpSchema({ tiltak: c.tiltak });
  const tiltakForm = tiltakSchema(c.tiltakChoices);
  const tiltakFields = tiltakForm._def.schema.shape;
  const measureForm = measureSchema({ goals: c.goals, tiltak: c.tiltak });
  const measureFields = measureForm._def.schema.shape;
  const measureKinds = new Map((t.measures ?? []).map((m) => [m.id, String(m.kind)]));
  const pointSchemas = new Map<string, ZodTypeAny>();
  const pointSchemaFor = (kind: string) => pointSchemas.get(kind) ?? pointSchemas.set(kind, pointSchema(kind)).get(kind)!;
  const responsesOf = byParent(t.hearingResponses, "hearingId");
  const ratersOf = byParent(t.sustainabilityRaters, "roundId");
  const rounds = new Map((t.sustainabilityRounds ?? []).map((r) => [r.id, r]));
  const instruments = new Map<string, ReturnType<typeof instrumentShape>>();
  const instrumentShape = (id: string) => {
    const instrument = getInstrument(id);
    if (!instrument) return null;
    const shape = { itemIds: instrumentItems(instrument).map((i) => i.id), scaleKeys: instrument.scale.map((s) => s.key) };
    return { name: instrument.name, itemIds: shape.itemIds, answers: AnswersSchema(shape), reviews: ReviewsSchema(shape) };
  };
  const instrumentOf = (roundId: unknown) => {
    const id = String(rounds.get(roundId)?.instrumentId ?? "");
    if (!instruments.has(id)) instruments.set(id, instrumentShape(id));
    return instruments.get(id)!;
  };
  const itemProblem = (roundId: unknown, itemId: unknown): FieldProblem[] => {
    const instrument = instrumentOf(roundId);
    if (!instrument) return [];
    return instrument.itemIds.includes(String(itemId)) ? [] : [{ field: "itemId", message: `Punktet finnes ikke i «${instrument.name}»` }];
  };
  const readinessAnswer = ReadinessAnswerSchema(readinessChoices(today));
  const meeting = MeetingSchema({ people: [] });
  // The owner's account comes by e-mail like every user reference; the name is checked here.
  const decision = DecisionSchema({ people: [], tiltak: c.tiltak, goals: c.goals, measures: c.measures });
  const linkIn = (field: string, schema: ZodTypeAny, value: unknown): FieldProblem[] =>
    check(schema, value == null ? [] : [value]).map((p) => ({ ...p, field }));

  return {
    projectPhases: (r) => check(PhaseSchema, { name: r.name, description: r.description, startDate: r.startDate, endDate: given(r.endDate) }),
    projectOrganisations: (r) => check(z.object({ region: optionalText("Region", REGION_MAX) }), { region: given(r.region) }),
    projectMemberships: (r) => check(MemberSchema.pick({ role: true, position: true, since: true }), { role: r.role, position: r.position, since: given(r.since) }),
    projectGroups: (r) => check(GroupSchema, { kind: r.kind, name: r.name, description: r.description }),
    projectGroupMembers: (r) =>
      check(GroupMemberSchema, { groupId: 1, userId: r.userId == null ? undefined : "1", name: r.name, function: r.function, since: given(r.since) }),
    goals: (r) => check(NewGoalSchema, { intent: "nytt-mal", kind: r.kind, title: r.title, description: r.description }),
    goalStatusEntries: (r) => check(goalStatus, { intent: "status", goalId: 1, date: r.date, status: r.status, comment: r.comment, reason: r.reason }),
    activities: (r) =>
      check(
        activity,
        {
          title: r.title,
          typeId: r.typeId,
          stepTheme: `${String(r.stepId)}/${String(r.themeId)}`,
          description: r.description,
          evidenceUrl: given(r.evidenceUrl),
          startDate: r.startDate,
          endDate: given(r.endDate),
          // Checked on their own rows (activityAudiences, activityOrganisations).
          audiences: [],
          organisationIds: [],
        },
        { stepTheme: "themeId" },
      ),
    activityAudiences: (r) =>
      check(activityFields.audiences, [r.leaderLevel ? `${String(r.audienceId)}:${String(r.leaderLevel)}` : r.audienceId]).map((p) => ({ ...p, field: r.leaderLevel ? "leaderLevel" : "audienceId" })),
    activityOrganisations: (r) => linkIn("organisationId", activityFields.organisationIds, r.organisationId),
    conferences: (r) =>
      check(
        conference,
        { title: r.title, place: r.place, region: given(r.region), purpose: r.purpose, stepTheme: `${String(r.stepId)}/${String(r.themeId)}`, startDate: r.date, endDate: given(r.endDate) },
        { startDate: "date", stepTheme: "themeId" },
      ),
    conferenceProgrammeItems: (r) => check(ProgrammeItemSchema, { intent: "program", time: r.time, title: r.title, presenter: r.presenter }),
    conferenceParticipants: (r) =>
      check(conference._def.left.shape.participants, { [String(r.organisationId)]: r.count }, { [String(r.organisationId)]: "count" }, "organisationId"),
    tiltak: (r) =>
      check(tiltakForm, {
        title: r.title,
        description: r.description,
        priority: r.priority,
        responsibleOrganisationId: given(r.responsibleOrganisationId),
        responsiblePerson: r.responsiblePerson,
        startDate: given(r.startDate),
        nextEvaluationDate: given(r.nextEvaluationDate),
      }),
    conferenceInputs: (r) => [
      ...check(InputSchema, { intent: "innspill", text: r.text, raisedBy: r.raisedBy }),
      ...(r.followUp === "ikke_vurdert"
        ? []
        : check(
            followUp,
            {
              intent: "oppfolging",
              inputId: 1,
              version: 1,
              followUp: r.followUp,
              tiltakId: chosen(r.tiltakId),
              note: r.followUpNote,
              date: typeof r.followedUpAt === "string" ? r.followedUpAt.slice(0, 10) : r.followedUpAt,
            },
            { note: "followUpNote", date: "followedUpAt" },
          )
            // A tiltak deleted after the input was taken into it leaves the input without one.
            .filter((p) => !(p.field === "tiltakId" && r.tiltakId == null))),
    ],
    tiltakGoals: (r) => linkIn("goalId", tiltakFields.goalIds, String(r.goalId)),
    tiltakFailureAreas: (r) => linkIn("failureAreaId", tiltakFields.failureAreaIds, r.failureAreaId),
    tiltakAgreementAreas: (r) => linkIn("agreementAreaId", tiltakFields.agreementAreaIds, r.agreementAreaId),
    tiltakOrganisations: (r) => linkIn("organisationId", tiltakFields.organisationIds, r.organisationId),
    tiltakStatusHistory: (r) =>
      check(statusChange, { intent: "status", version: 1, to: r.toStatus, effectiveDate: r.effectiveDate, reason: r.reason }, { to: "toStatus" }),
    tiltakHearings: (r) =>
      check(
        hearing,
        { intent: "horing", sentDate: r.sentDate, deadline: given(r.deadline), note: r.note, organisationIds: (responsesOf.get(r.id) ?? []).map((h) => h.organisationId) },
        { organisationIds: "(høringssvarene)" },
      ),
    hearingResponses: (r) =>
      // A response row waits for its answer until the organisation has given one.
      r.responseDate == null && r.answer === ""
        ? []
        : check(HearingResponseSchema, { intent: "horingssvar", hearingId: 1, organisationId: 1, responseDate: given(r.responseDate), answer: r.answer }),
    tiltakStandardisations: (r) =>
      check(standardisation, { intent: "standard", organisationId: 1, documentKind: r.documentKind, reference: r.reference, date: r.recordedAt }, { date: "recordedAt" }),
    tiltakEvaluations: (r) =>
      check(evaluation, { intent: "evaluering", method: r.method, result: r.result, date: r.date, decision: r.decision, nextEvaluationDate: given(r.nextEvaluationDate) }),
    measures: (r) =>
      check(measureForm, {
        name: r.name,
        kind: r.kind,
        definition: r.definition,
        numeratorText: r.numeratorText,
        denominatorText: r.denominatorText,
        unit: r.unit,
        direction: r.direction,
        target: given(r.target),
        targetDate: given(r.targetDate),
        dataSource: r.dataSource,
        frequency: r.frequency,
        ownerAfterProject: r.ownerAfterProject,
        continuesAfterProject: r.continuesAfterProject,
        continuesSince: given(r.continuesSince),
        chartType: r.chartType,
        multiplier: given(r.multiplier),
      }),
    measureGoals: (r) => linkIn("goalId", measureFields.goalIds, String(r.goalId)),
    measureTiltak: (r) => linkIn("tiltakId", measureFields.tiltakIds, String(r.tiltakId)),
    dataPoints: (r) => {
      const kind = measureKinds.get(r.measureId);
      if (kind === undefined) return [];
      const values = { value: r.value ?? undefined, numerator: r.numerator ?? undefined, denominator: r.denominator ?? undefined };
      const result = pointSchemaFor(kind).safeParse({ intent: "punkt", date: r.date, note: r.note, excluded: r.excluded, ...values });
      if (!result.success) return check(pointSchemaFor(kind), { intent: "punkt", date: r.date, note: r.note, excluded: r.excluded, ...values });
      // The form keeps either a value or a numerator and a denominator, as the measure's kind has it.
      const stored = result.data as Record<"value" | "numerator" | "denominator", number | null>;
      return (["value", "numerator", "denominator"] as const).flatMap((key) =>
        stored[key] === null && r[key] != null ? [{ field: key, message: "Skal være tomt for denne typen måling" }] : [],
      );
    },
    chartEvents: (r) => check(ChartEventSchema, { intent: "hendelse", kind: r.kind, date: r.date, text: r.text }),
    qualitativeEvaluations: (r) =>
      check(QualitativeSchema, { intent: "kvalitativ", date: r.date, method: r.method, summary: r.summary, documentRef: given(r.documentRef) }),
    sustainabilityRounds: (r) => {
      // The raters chosen when the round started are its own; a member who has left since is still one.
      const raters = (ratersOf.get(r.id) ?? []).map((_, i) => ({ value: String(i + 1), label: "" }));
      const instruments = [{ value: String(r.instrumentId), label: "" }].filter((i) => getInstrument(i.value));
      return check(
        StartRoundSchema({ instruments: instruments.length ? instruments : [{ value: "-", label: "" }], raters }),
        { intent: "ny-runde", title: r.title, instrumentId: r.instrumentId, raterIds: raters.map((x) => x.value) },
        { raterIds: "(vurdererne)" },
      );
    },
    sustainabilityAnswers: (r) => {
      const instrument = instrumentOf(r.roundId);
      const problems = itemProblem(r.roundId, r.itemId);
      if (!(ratersOf.get(r.roundId) ?? []).some((rater) => rater.userId === r.userId)) problems.push({ field: "userId", message: "Personen er ikke vurderer i runden" });
      if (!instrument || problems.some((p) => p.field === "itemId")) return problems;
      return [
        ...problems,
        ...check(instrument.answers, {
          intent: "lagre-svar",
          answers: { [String(r.itemId)]: { level: given(r.level), answer: r.answer, note: r.note, evidence: r.evidence } },
        }),
      ];
    },
    sustainabilityReviews: (r) => {
      const instrument = instrumentOf(r.roundId);
      const problems = itemProblem(r.roundId, r.itemId);
      if (!instrument || problems.length) return problems;
      return check(instrument.reviews, {
        intent: "lagre-vurdering",
        reviews: { [String(r.itemId)]: { verdict: given(r.verdict), comment: r.comment, plannedAction: r.plannedAction } },
      });
    },
    readinessAnswers: (r) =>
      check(readinessAnswer, {
        intent: "svar",
        checkId: r.checkId,
        status: r.status,
        evidence: r.evidence,
        notRelevantReason: r.notRelevantReason,
        answeredOn: given(r.answeredOn),
      }),
    readinessSnapshots: (r) => {
      const problems: FieldProblem[] = [];
      if (!(String(r.verdict) in VERDICT_TEXT)) problems.push({ field: "verdict", message: "har en verdi som ikke er tillatt" });
      try {
        JSON.parse(String(r.resultJson));
      } catch {
        problems.push({ field: "resultJson", message: "er ikke gyldig JSON" });
      }
      return problems;
    },
    steeringMeetings: (r) => check(meeting, { intent: "nytt-mote", date: r.date, place: r.place, notes: r.notes }),
    meetingAttendees: (r) => check(meeting.shape.otherAttendees, r.name).map((p) => ({ ...p, field: "name" })),
    decisions: (r) =>
      check(decision, {
        intent: "nytt-vedtak",
        text: r.text,
        owner: r.owner,
        dueDate: given(r.dueDate),
        tiltakId: chosen(r.tiltakId),
        goalId: chosen(r.goalId),
        measureId: chosen(r.measureId),
      }),
    stepReviews: (r) => [
      ...check(StepRequestSchema, { intent: "be-om-godkjenning", justification: r.justification }),
      ...check(StepDecisionSchema._def.schema.shape.comment, r.comment).map((p) => ({ ...p, field: "comment" })),
    ],
    reports: (r) =>
      check(NewReportSchema, { intent: "ny-rapport", title: r.title, startDate: r.periodStart, endDate: r.periodEnd }, { startDate: "periodStart", endDate: "periodEnd" }),
    reportSections: (r) => check(NarrativeSchema([String(r.sectionKey)]), { intent: "lagre", version: 1, text: { [String(r.sectionKey)]: r.text } }).map((p) => ({ ...p, field: "text" })),
  };
}

/** The project itself, checked as «Nytt prosjekt» checks it. */
export function projectRules(project: Row): FieldProblem[] {
  return [
    ...check(NewProjectSchema, {
      name: project.name,
      description: project.description,
      owner: project.owner,
      funder: project.funder,
      currentStep: project.currentStep,
      startDate: project.startDate,
      endDate: given(project.endDate),
      // The settings form may empty the owner after the project was made.
    }).filter((p) => !(p.field === "owner" && project.owner === "")),
    ...check(z.object({ shortName: optionalText("Kortnavn", 200), targetGroup: optionalText("Målgruppe", 2000) }), {
      shortName: given(project.shortName),
      targetGroup: given(project.targetGroup),
    }),
  ];
}

/** An organisation of the file, checked as «Ny organisasjon» checks it. */
export const organisationRules = (organisation: { name: unknown; level: unknown }) =>
  check(NewOrganisationSchema.pick({ name: true, level: true }), { name: organisation.name, level: organisation.level });

/** A person, named in the file by e-mail. */
export const emailRules = (email: unknown, field: string) => check(emailField, email).map((p) => ({ ...p, field }));

// ---------------------------------------------------------------- states a person froze

/**
 * What a person froze is never taken from a file, as the file cannot show who did it:
 * - a sustainability round signed by the advisor is imported open (unsigned), with its answers,
 *   raters' hand-ins and the advisor's verdicts; the advisor signs it again in Trinnvis;
 * - a sent report is imported as a draft with its texts; its frozen sent versions are left out
 *   (the database would never let them be corrected), so it is sent again from Trinnvis;
 * - a step approved or sent back by the steering group is left out (only one request waits at a
 *   time, so it cannot come in as waiting); the project's current step comes with the project.
 * A rater's hand-in is kept: it is the rater's own act in the file, like the answers, and without
 * it a round could never be signed again.
 * Returns the rows as they are imported, and a note for each change.
 */
export function unfreeze(tables: Record<string, Row[]>): { tables: Record<string, Row[]>; notes: string[] } {
  const notes: string[] = [];
  const out = { ...tables };
  const signed = (tables.sustainabilityRounds ?? []).filter((r) => r.status === "signert");
  if (signed.length) {
    out.sustainabilityRounds = (tables.sustainabilityRounds ?? []).map((r) => (r.status === "signert" ? { ...r, status: "apen", signedAt: null, signedBy: null } : r));
    notes.push(
      `${signed.length === 1 ? `Bærekraftsrunden «${String(signed[0].title)}» var signert` : `${signed.length} bærekraftsrunder var signert`} i filen; importert som åpen, så rådgiveren må signere på nytt.`,
    );
  }
  const sent = (tables.reports ?? []).filter((r) => r.status === "sendt");
  if (sent.length) {
    out.reports = (tables.reports ?? []).map((r) => (r.status === "sendt" ? { ...r, status: "utkast" } : r));
    notes.push(`${sent.length === 1 ? `Rapporten «${String(sent[0].title)}» var sendt` : `${sent.length} rapporter var sendt`} i filen; importert som utkast.`);
  }
  if (tables.reportVersions?.length) {
    out.reportVersions = [];
    notes.push(`${countOf(tables.reportVersions.length, "sendt rapportversjon", "sendte rapportversjoner")} i filen er ikke importert; en rapport sendes på nytt fra Trinnvis.`);
  }
  const decided = (tables.stepReviews ?? []).filter((r) => r.status !== "venter");
  if (decided.length) {
    out.stepReviews = (tables.stepReviews ?? []).filter((r) => r.status === "venter");
    notes.push(`${countOf(decided.length, "avgjørelse", "avgjørelser")} fra styringsgruppen om steg (godkjent eller sendt tilbake) er ikke importert.`);
  }
  return { tables: out, notes };
}
