// A reading of a file or a paste for a measure, kept on the server between the preview and the
// save: the preview shows a page of its rows, and saving sends only its id. It belongs to one user,
// one measure and one project; anyone else asking for it gets nothing. Saved all or nothing, checked
// again against the points stored by then; replaced by the same user's next reading, gone after a day.
import { and, asc, count, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { getDb, getDbHandle } from "../../db/client.server";
import { measures, pendingImportRows, pendingImports } from "../../db/schema";
import { pointLimitProblem, type ImportResult } from "../domain/measure-import";
import { formatDate } from "../utils/format";
import { writeAudit } from "./audit.server";
import { countPoints } from "./measure.server";

type Owner = { projectId: number; measureId: number; userId: number };

/** How long an unsaved reading is kept. */
export const PENDING_IMPORT_TTL_MS = 24 * 60 * 60 * 1000;

/** Rows inserted per statement: 7 values each, well under SQLite's limit of bound parameters. */
const CHUNK = 500;

/** Removes every reading older than a day, whoever made it. */
export function removeStalePendingImports(now = Date.now()) {
  getDb()
    .delete(pendingImports)
    .where(lt(pendingImports.createdAt, new Date(now - PENDING_IMPORT_TTL_MS).toISOString()))
    .run();
}

/**
 * Stores a reading (after readMeasureTable's checks) in place of this user's earlier reading of the
 * measure. With errors only the errors are kept: nothing can be saved. Returns the new id.
 */
export function createPendingImport(owner: Owner, result: ImportResult): number {
  removeStalePendingImports();
  const { sqlite } = getDbHandle();
  const errors = result.errors;
  const points = errors.length ? [] : result.points;
  const run = sqlite.transaction(() => {
    getDb().delete(pendingImports).where(and(eq(pendingImports.measureId, owner.measureId), eq(pendingImports.userId, owner.userId))).run();
    const id = Number(
      sqlite
        .prepare("INSERT INTO pending_imports (project_id, measure_id, user_id, point_count, error_count) VALUES (?, ?, ?, ?, ?)")
        .run(owner.projectId, owner.measureId, owner.userId, points.length, errors.length).lastInsertRowid,
    );
    insertRows(id, readingRows(points, errors));
    return id;
  });
  return run();
}

function* readingRows(points: ImportResult["points"], errors: ImportResult["errors"]): Generator<RowValues> {
  for (const p of points) yield [p.row, p.date, p.value, p.numerator, p.denominator, p.note, null];
  for (const e of errors) yield [e.row, null, null, null, null, "", e.message];
}

type RowValues = readonly [number, string | null, number | null, number | null, number | null, string, string | null];

/** Inserts the rows a chunk at a time, as they come: a 200 000-row reading is never copied whole. */
function insertRows(importId: number, rows: Iterable<RowValues>) {
  const { sqlite } = getDbHandle();
  const statementFor = (n: number) =>
    sqlite.prepare(
      `INSERT INTO pending_import_rows (import_id, row, date, value, numerator, denominator, note, error) VALUES ${Array.from({ length: n }, () => "(?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
    );
  const full = statementFor(CHUNK);
  let chunk: unknown[] = [];
  for (const row of rows) {
    chunk.push(importId, ...row);
    if (chunk.length === CHUNK * 8) {
      full.run(chunk);
      chunk = [];
    }
  }
  if (chunk.length) statementFor(chunk.length / 8).run(chunk);
}

/** The reading's counts, if it is this user's, for this measure in this project; null otherwise. */
export function getPendingImport(owner: Owner, importId: number) {
  return (
    getDb()
      .select({ id: pendingImports.id, pointCount: pendingImports.pointCount, errorCount: pendingImports.errorCount, createdAt: pendingImports.createdAt })
      .from(pendingImports)
      .where(
        and(
          eq(pendingImports.id, importId),
          eq(pendingImports.projectId, owner.projectId),
          eq(pendingImports.measureId, owner.measureId),
          eq(pendingImports.userId, owner.userId),
          sql`${pendingImports.createdAt} >= ${new Date(Date.now() - PENDING_IMPORT_TTL_MS).toISOString()}`,
        ),
      )
      .get() ?? null
  );
}

/** One page of the reading: its errors when it has any, otherwise the points that would be saved (in file order). */
export function pendingImportPage(owner: Owner, importId: number, page: { limit: number; offset: number }) {
  const pending = getPendingImport(owner, importId);
  if (!pending) return null;
  const rows = getDb()
    .select({
      row: pendingImportRows.row,
      date: pendingImportRows.date,
      value: pendingImportRows.value,
      numerator: pendingImportRows.numerator,
      denominator: pendingImportRows.denominator,
      note: pendingImportRows.note,
      error: pendingImportRows.error,
    })
    .from(pendingImportRows)
    .where(and(eq(pendingImportRows.importId, importId), pending.errorCount ? isNotNull(pendingImportRows.error) : isNull(pendingImportRows.error)))
    .orderBy(asc(pendingImportRows.id))
    .limit(page.limit)
    .offset(page.offset)
    .all();
  return {
    ...pending,
    errors: pending.errorCount ? rows.map((r) => ({ row: r.row, message: r.error ?? "" })) : [],
    points: pending.errorCount ? [] : rows.map(({ error: _error, date, ...p }) => ({ ...p, date: date ?? "" })),
  };
}

export type SavePendingResult =
  | { status: "saved"; count: number }
  | { status: "not_found" }
  | { status: "has_errors" }
  | { status: "conflicts"; count: number }
  | { status: "too_many"; message: string }
  | { status: "measure_changed" };

/**
 * Saves the reading's points all together or not at all, in one transaction: checked again against
 * the points stored now (someone may have added one since the preview). Dates stored in the
 * meantime become the reading's errors, and nothing is saved. A saved reading is removed.
 */
export function savePendingImport(owner: Owner, importId: number, source = "innlesing"): SavePendingResult {
  const db = getDb();
  const { sqlite } = getDbHandle();
  const run = sqlite.transaction((): SavePendingResult => {
    const pending = getPendingImport(owner, importId);
    if (!pending) return { status: "not_found" };
    if (pending.errorCount) return { status: "has_errors" };
    // The rows were read for the measure as it was (its kind decides value or numerator/denominator).
    const measure = db.select({ updatedAt: measures.updatedAt }).from(measures).where(eq(measures.id, owner.measureId)).get();
    if (!measure || measure.updatedAt > pending.createdAt) return { status: "measure_changed" };
    // Checked again here: points may have been added since the preview.
    const full = pointLimitProblem(countPoints(owner.measureId), pending.pointCount);
    if (full) return { status: "too_many", message: full };
    const taken = sqlite
      .prepare(
        `SELECT r.row AS row, r.date AS date FROM pending_import_rows r
         JOIN data_points d ON d.measure_id = ? AND d.date = r.date
         WHERE r.import_id = ? AND r.error IS NULL ORDER BY r.id`,
      )
      .all(owner.measureId, importId) as { row: number; date: string }[];
    if (taken.length) {
      db.delete(pendingImportRows).where(eq(pendingImportRows.importId, importId)).run();
      insertRows(
        importId,
        taken.map((t) => [t.row, null, null, null, null, "", `Det finnes allerede et punkt for ${formatDate(t.date)}`] as const),
      );
      db.update(pendingImports).set({ pointCount: 0, errorCount: taken.length }).where(eq(pendingImports.id, importId)).run();
      return { status: "conflicts", count: taken.length };
    }
    const inserted = sqlite
      .prepare(
        `INSERT INTO data_points (measure_id, date, value, numerator, denominator, note)
         SELECT ?, date, value, numerator, denominator, note FROM pending_import_rows
         WHERE import_id = ? AND error IS NULL ORDER BY id`,
      )
      .run(owner.measureId, importId).changes;
    db.delete(pendingImports).where(eq(pendingImports.id, importId)).run();
    writeAudit({ userId: owner.userId, action: "import", entityType: "data_points", entityId: owner.measureId, projectId: owner.projectId, detail: { count: inserted, source } });
    return { status: "saved", count: inserted };
  });
  // Takes the write lock first, so no other process writes a point between the check and the insert.
  return run.immediate();
}

/** How many readings are kept (for tests and the benchmark). */
export function countPendingImports() {
  return getDb().select({ n: count() }).from(pendingImports).get()?.n ?? 0;
}
