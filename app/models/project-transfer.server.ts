// Export of a whole project as versioned JSON, and import of such a file into a new project.
// The format is documented in docs/export-format.md.
import { asc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { isExistingIsoDate } from "../utils/dates";
import { createInsertSchema } from "drizzle-zod";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { getDb } from "../../db/client.server";
import { ORGANISATION_LEVELS, organisations, projects, sustainabilityAnswers, sustainabilityRaters, sustainabilityRounds, users } from "../../db/schema";
import { TOO_LARGE, withinRange } from "../domain/measure-import";
import { mayViewAnswers } from "../domain/sustainability";
import { todayIso } from "../utils/time";
import { emailRules, formRules, organisationRules, projectRules, unfreeze, type FieldProblem } from "./project-import-validation.server";
import { TRANSFER_TABLES, type Reference, type TransferTable } from "./project-transfer-spec.server";
import { normaliseEmail } from "./user.server";

export const EXPORT_FORMAT = "trinnvis-prosjekt";
export const EXPORT_VERSION = 1;

type Row = Record<string, unknown>;
export type ExportedOrganisation = { id: number; name: string; level: string; kind: string | null };
export type ProjectExport = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  project: Row;
  organisations: ExportedOrganisation[];
  tables: Record<string, Row[]>;
};

const columnsOf = (table: SQLiteTable) => getTableColumns(table) as Record<string, SQLiteColumn>;
const hasId = (spec: TransferTable) => "id" in columnsOf(spec.table);
const parentOf = (spec: TransferTable) => {
  const reference = spec.references[spec.owner];
  return typeof reference === "object" ? reference.table : null;
};

/** The whole project, with database ids replaced by ids local to the file (1, 2, 3 … per table). */
/**
 * Who the export is for, in a web request: a sustainability round's answers go in only where the
 * round page would show them to this person (their own, and the others' once the round lets them see).
 * Without a viewer (the operator's command line) everything goes in.
 */
export type ExportViewer = { userId: number; isAdvisor: boolean };

/** The answers of the project's rounds this viewer may see: sustainabilityAnswers rows by round and rater. */
function visibleAnswer(projectId: number, viewer: ExportViewer) {
  const db = getDb();
  const rounds = new Map(db.select().from(sustainabilityRounds).where(eq(sustainabilityRounds.projectId, projectId)).all().map((r) => [r.id, r]));
  const raters = rounds.size ? db.select().from(sustainabilityRaters).where(inArray(sustainabilityRaters.roundId, [...rounds.keys()])).all() : [];
  const submitted = (roundId: number, userId: number) => raters.some((r) => r.roundId === roundId && r.userId === userId && r.submittedAt);
  return (row: Row) => {
    const roundId = row.roundId as number;
    const userId = row.userId as number;
    if (userId === viewer.userId) return true;
    const round = rounds.get(roundId);
    if (!round || !submitted(roundId, userId)) return false;
    const isRater = raters.some((r) => r.roundId === roundId && r.userId === viewer.userId);
    return mayViewAnswers(round, { isRater, hasSubmitted: submitted(roundId, viewer.userId), isAdvisor: viewer.isAdvisor });
  };
}

export function exportProject(projectId: number, viewer?: ExportViewer): ProjectExport | null {
  const db = getDb();
  const projectRow = db.select().from(projects).where(eq(projects.id, projectId)).get();
  if (!projectRow) return null;
  const { id: _id, ...project } = projectRow;

  const localIds = new Map<string, Map<number, number>>();
  const organisationLocal = new Map<number, number>();
  const organisationList: ExportedOrganisation[] = [];
  const userEmails = new Map(db.select({ id: users.id, email: users.email }).from(users).all().map((u) => [u.id, u.email]));
  const allOrganisations = new Map(db.select().from(organisations).all().map((o) => [o.id, o]));

  const mapReference = (reference: Reference, value: unknown): unknown => {
    if (value == null) return null;
    const dbId = value as number;
    if (reference === "user") return userEmails.get(dbId) ?? null;
    if (reference === "organisation") {
      if (!organisationLocal.has(dbId)) {
        const org = allOrganisations.get(dbId)!;
        organisationLocal.set(dbId, organisationList.length + 1);
        organisationList.push({ id: organisationList.length + 1, name: org.name, level: org.level, kind: org.kind });
      }
      return organisationLocal.get(dbId);
    }
    return localIds.get(reference.table)?.get(dbId) ?? null;
  };

  const tables: Record<string, Row[]> = {};
  for (const spec of TRANSFER_TABLES) {
    const columns = columnsOf(spec.table);
    const parent = parentOf(spec);
    const ownerIds = parent ? [...(localIds.get(parent)?.keys() ?? [])] : [projectId];
    const stored = (
      ownerIds.length === 0
        ? []
        : db.select().from(spec.table).where(inArray(columns[spec.owner], ownerIds)).orderBy(asc(sql`rowid`)).all()
    ) as Row[];
    const rows = viewer && spec.table === sustainabilityAnswers ? stored.filter(visibleAnswer(projectId, viewer)) : stored;
    if (hasId(spec)) localIds.set(spec.name, new Map(rows.map((row, i) => [row.id as number, i + 1])));
    tables[spec.name] = rows.map((row) => {
      const out: Row = {};
      for (const [key, value] of Object.entries(row)) {
        if (key === "projectId" && spec.owner === "projectId") continue;
        if (key === "id") out.id = localIds.get(spec.name)!.get(value as number);
        else if (key in spec.references) out[key] = mapReference(spec.references[key], value);
        else out[key] = value;
      }
      return out;
    });
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    project,
    organisations: organisationList,
    tables,
  };
}

export class ImportError extends Error {
  constructor(public problems: string[]) {
    super(`Importen ble avbrutt, ingenting er lagret:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ImportError";
  }
}

/** At most this many problems are reported; the first ones are usually enough to mend the file. */
const MAX_PROBLEMS = 50;

/**
 * Reads the text of an export file as JSON. Throws an ImportError in bokmål for text that is not
 * JSON (a byte-order mark in front is allowed), so no caller answers a broken file with a crash.
 */
export function parseProjectFile(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new ImportError([`Filen er ikke gyldig JSON${position ? ` (feil ved tegn ${Number(position) + 1})` : ""}. Bruk filen slik den ble lastet ned med «Last ned hele prosjektet».`]);
  }
}

const EnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  project: z.record(z.unknown()),
  organisations: z.array(
    z.object({ id: z.number().int().positive(), name: z.string().min(1), level: z.enum(ORGANISATION_LEVELS), kind: z.string().nullable() }),
  ),
  tables: z.record(z.array(z.record(z.unknown()))),
});
type Envelope = z.infer<typeof EnvelopeSchema>;

/** Calendar-date columns that are not named `date` or `…Date`; `since` and `answeredOn` may be empty ("not given"). */
const OTHER_DATE_COLUMNS = new Set(["since", "continuesSince", "periodStart", "periodEnd", "recordedAt", "answeredOn"]);
const MAY_BE_EMPTY = new Set(["since", "answeredOn"]);
/** Calendar-date columns hold yyyy-mm-dd, whatever the forms accept as typed. */
const isDateColumn = (key: string) => key === "date" || key.endsWith("Date") || OTHER_DATE_COLUMNS.has(key);
const isCalendarDate = (value: unknown) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && isExistingIsoDate(value);

type Parser = {
  safeParse(value: unknown): { success: true; data: Row } | { success: false; error: { issues: Issue[] } };
  parse(value: unknown): Row;
};
type Issue = { code: string; path: PropertyKey[]; message: string; expected?: unknown; keys?: string[] };

const insertSchemas = new Map<SQLiteTable, Parser>();
function insertSchemaFor(table: SQLiteTable): Parser {
  let schema = insertSchemas.get(table);
  if (!schema) {
    const dateRefinements = Object.fromEntries(
      Object.keys(columnsOf(table))
        .filter(isDateColumn)
        .map((key) => [key, (s: { refine: (check: (v: unknown) => boolean, message: string) => unknown }) => s.refine((v) => v == null || (MAY_BE_EMPTY.has(key) && v === "") || isCalendarDate(v), DATE_MESSAGE)]),
    );
    const base = createInsertSchema(table, dateRefinements as never) as unknown as { strict(): Parser };
    schema = base.strict();
    insertSchemas.set(table, schema);
  }
  return schema;
}

const DATE_MESSAGE = "må være en dato (ÅÅÅÅ-MM-DD) som finnes";

/** Schema messages in bokmål, whatever language the validator speaks. */
function norwegian(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === undefined ? "har feil type" : `har feil type (ventet ${String(issue.expected)})`;
    case "invalid_value":
    case "invalid_enum_value":
    case "invalid_literal":
      return "har en verdi som ikke er tillatt";
    case "unrecognized_keys":
      return `har ukjente felter: ${(issue.keys ?? []).join(", ")}`;
    case "too_big":
      return "er for stor eller for lang";
    case "too_small":
      return "er for liten eller for kort";
    case "custom":
      return issue.message;
    default:
      return `er ugyldig (${issue.message})`;
  }
}

function formatIssues(where: string, error: { issues: Issue[] }) {
  return error.issues.map((issue) => `${where}, felt ${issue.path.map(String).join(".") || "(rad)"}: ${norwegian(issue)}`);
}

/** A row's values against its table's columns: types, required fields, allowed values, dates that exist. */
function typeProblems(table: SQLiteTable, values: Row): FieldProblem[] {
  const parsed = insertSchemaFor(table).safeParse(values);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const value = values[String(issue.path[0])];
    // JSON reads 1e400 as Infinity; say what is wrong with it rather than that it is no number.
    const tooLarge = typeof value === "number" && !withinRange(value);
    return { field: issue.path.map(String).join(".") || "(rad)", message: tooLarge ? TOO_LARGE : norwegian(issue) };
  });
}

const placed = (where: string) => (p: FieldProblem) => `${where}, felt ${p.field}: ${p.message}`;

function readEnvelope(data: unknown) {
  const { format, version } = (typeof data === "object" && data !== null ? data : {}) as Row;
  if (format !== EXPORT_FORMAT) throw new ImportError([`filen er ikke en Trinnvis-eksport (feltet format må være «${EXPORT_FORMAT}»)`]);
  if (version !== EXPORT_VERSION) throw new ImportError([`filen har versjon ${String(version)} av formatet; denne versjonen av Trinnvis leser versjon ${EXPORT_VERSION}`]);
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) throw new ImportError(formatIssues("filen", envelope.error));
  const file = envelope.data;
  const unknownTables = Object.keys(file.tables).filter((name) => !TRANSFER_TABLES.some((s) => s.name === name));
  if (unknownTables.length) throw new ImportError(unknownTables.map((n) => `ukjent tabell «${n}»`));
  return file;
}

/** The project's own values: never its id, which the database gives the new project. */
const projectValuesOf = (file: Envelope) => {
  const { id: _id, ...values } = file.project;
  return values;
};

/**
 * Everything the import checks before it writes, row by row: the project and the organisations
 * first, then every table's rows (`check` returns the problems of the next row). A row must fit its
 * table, its references must point at rows earlier in the file (or at its organisations and, by
 * e-mail, people), and it must pass the rules of the form that writes it.
 */
function fileChecks(file: Envelope, today = todayIso()) {
  const head: string[] = [];
  const projectValues = projectValuesOf(file);
  const projectTypes = typeProblems(projects, projectValues);
  head.push(...(projectTypes.length ? projectTypes : projectRules(projectValues)).map(placed("prosjektet")));
  const organisationIds = new Set<number>();
  file.organisations.forEach((organisation, index) => {
    const where = `organisations rad ${index + 1}`;
    if (organisationIds.has(organisation.id)) head.push(placed(where)({ field: "id", message: `${organisation.id} er brukt av en organisasjon før` }));
    organisationIds.add(organisation.id);
    head.push(...organisationRules(organisation).map(placed(where)));
  });
  const waiting = (file.tables.stepReviews ?? []).filter((r) => r.status === "venter");
  if (waiting.length > 1) head.push(`stepReviews: ${waiting.length} forespørsler venter på styringsgruppen; bare én kan vente om gangen`);

  const rules = formRules(file, today);
  const seenIds = new Map<string, Set<unknown>>(TRANSFER_TABLES.map((spec) => [spec.name, new Set()]));
  const check = (spec: TransferTable, row: Row, index: number): string[] => {
    const problems: FieldProblem[] = [];
    const values = { ...row };
    const localId = values.id;
    if (hasId(spec)) {
      delete values.id;
      if (typeof localId !== "number" || !Number.isInteger(localId) || localId <= 0) problems.push({ field: "id", message: "må være et positivt heltall" });
      else if (seenIds.get(spec.name)!.has(localId)) problems.push({ field: "id", message: `${localId} er brukt av en rad før` });
    }
    // The project's id is the new project's, whatever the file says.
    if (spec.owner === "projectId") values.projectId = 1;
    for (const [key, reference] of Object.entries(spec.references)) {
      const value = values[key];
      if (value == null) {
        if (key === spec.owner) problems.push({ field: key, message: "må fylles ut" });
        continue;
      }
      if (reference === "user") problems.push(...emailRules(value, key));
      else if (reference === "organisation" ? !organisationIds.has(value as number) : !seenIds.get(reference.table)?.has(value)) {
        problems.push({ field: key, message: `viser til noe som ikke finnes i filen (${String(value)})` });
      }
      // Any id stands in for a reference when the types are checked: its target is resolved at import.
      values[key] = 1;
    }
    // Added after the references are checked: a row may only point at rows before it.
    if (hasId(spec) && !problems.some((p) => p.field === "id")) seenIds.get(spec.name)!.add(localId);
    const types = typeProblems(spec.table, values);
    problems.push(...types);
    if (types.length === 0) problems.push(...(rules[spec.name]?.(row) ?? []));
    return problems.map(placed(`${spec.name} rad ${index + 1}`));
  };
  return { head, check };
}

function* rowsOf(file: Envelope) {
  for (const spec of TRANSFER_TABLES) for (const [index, row] of (file.tables[spec.name] ?? []).entries()) yield { spec, row, index };
}

const rowCount = (file: Envelope) => TRANSFER_TABLES.reduce((sum, spec) => sum + (file.tables[spec.name]?.length ?? 0), 0);

/**
 * Checks every row of an export file, before anything is written, reporting progress every
 * `every` rows (and waiting for it, so a caller can let other work in). Throws an ImportError with
 * the problems found, exactly as the import would.
 */
export async function checkProjectFile(data: unknown, onProgress: (done: number, total: number) => Promise<void>, every = 250) {
  const file = readEnvelope(data);
  const total = rowCount(file);
  const { head, check } = fileChecks(file);
  const problems = [...head];
  let done = 0;
  for (const { spec, row, index } of rowsOf(file)) {
    if (problems.length < MAX_PROBLEMS) problems.push(...check(spec, row, index));
    if (++done % every === 0) await onProgress(done, total);
  }
  await onProgress(total, total);
  if (problems.length) throw new ImportError(problems.slice(0, MAX_PROBLEMS));
}

export type ImportResult = {
  projectId: number;
  /** What was imported otherwise than the file has it (a signed round as open, ...), in bokmål. */
  notes: string[];
};

/**
 * Imports an export file into a new project, all or nothing inside one transaction. Every row is
 * checked first (see fileChecks); the project and every row get new ids from the database, and
 * every reference inside the file is turned into the new id. What a person froze comes in unfrozen
 * (see unfreeze). Organisations are matched by name and level, people by e-mail; unknown people are
 * created without a password (they cannot log in until an administrator sets one).
 */
export function importProject(data: unknown): ImportResult {
  const file = readEnvelope(data);
  const { head, check } = fileChecks(file);
  const problems = [...head];
  for (const { spec, row, index } of rowsOf(file)) {
    if (problems.length >= MAX_PROBLEMS) break;
    problems.push(...check(spec, row, index));
  }
  if (problems.length) throw new ImportError(problems.slice(0, MAX_PROBLEMS));
  const { tables, notes } = unfreeze(file.tables);

  const db = getDb();
  try {
    return db.transaction((tx) => {
      const organisationIds = new Map<number, number>();
      for (const org of file.organisations) {
        const level = org.level;
        const found = tx
          .select()
          .from(organisations)
          .where(sql`${organisations.name} = ${org.name} AND ${organisations.level} = ${level}`)
          .get();
        const row = found ?? tx.insert(organisations).values({ name: org.name, level, kind: org.kind }).returning().get();
        organisationIds.set(org.id, row.id);
      }
      const userIds = new Map<string, number>();
      const userIdFor = (email: string) => {
        const key = normaliseEmail(email);
        if (!userIds.has(key)) {
          const found = tx.select().from(users).where(eq(users.email, key)).get();
          const row = found ?? tx.insert(users).values({ email: key, name: key, passwordHash: null }).returning().get();
          userIds.set(key, row.id);
        }
        return userIds.get(key)!;
      };

      const projectValues = insertSchemaFor(projects).parse(projectValuesOf(file)) as typeof projects.$inferInsert;
      const projectId = tx.insert(projects).values(projectValues).returning().get().id;

      const localIds = new Map<string, Map<number, number>>();
      for (const spec of TRANSFER_TABLES) {
        const idMap = new Map<number, number>();
        localIds.set(spec.name, idMap);
        (tables[spec.name] ?? []).forEach((row, index) => {
          const where = `${spec.name} rad ${index + 1}`;
          const { id: localId, ...values } = row;
          if (spec.owner === "projectId") values.projectId = projectId;
          for (const [key, reference] of Object.entries(spec.references)) {
            const value = values[key];
            if (value == null) continue;
            const mapped =
              reference === "user"
                ? userIdFor(String(value))
                : reference === "organisation"
                  ? organisationIds.get(value as number)
                  : localIds.get(reference.table)?.get(value as number);
            // Checked before the transaction; a reference to a row left out (a decided step) has none.
            if (mapped === undefined) throw new ImportError([`${where}, felt ${key}: viser til noe som ikke finnes i filen (${String(value)})`]);
            values[key] = mapped;
          }
          let inserted: Row;
          try {
            inserted = tx.insert(spec.table).values(insertSchemaFor(spec.table).parse(values)).returning().get() as Row;
          } catch (error) {
            const code = (error as { code?: string }).code ?? "";
            throw new ImportError([
              code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE"
                ? `${where}: finnes allerede i filen (samme nøkkel som en rad før)`
                : `${where}: databasen avviste raden (${(error as Error).message})`,
            ]);
          }
          if (typeof localId === "number") idMap.set(localId, inserted.id as number);
        });
      }
      return { projectId, notes };
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError([`databasen avviste innholdet: ${(error as Error).message}`]);
  }
}
