// The actions of a measure's pages: on the data page, points typed in or corrected, imports (preview,
// then all or nothing), chart events and qualitative evaluations; on the edit page, editing or
// deleting the measure. Apart from the routes so that the schemas (zod, Conform's zod parser) stay
// out of the browser bundles.
import { parseWithZod } from "@conform-to/zod";
import {
  json,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
} from "@remix-run/node";
import { z } from "zod";
import { readMeasureTable, type Cell } from "../domain/measure-import";
import { hasDenominator } from "../domain/measure-series";
import { ChartEventSchema, measureSchema, PasteSchema, pointSchema, QualitativeSchema, toMeasureValues } from "../forms/measure";
import {
  addChartEvent,
  addPoints,
  addQualitativeEvaluation,
  deleteChartEvent,
  deleteMeasure,
  deletePoint,
  getMeasure,
  updateMeasure,
  updatePoint,
} from "../models/measure.server";
import { notFound, parseId, requireProjectAction, requireProjectRole, requireRecordDeleter } from "../services/access.server";
import { measureChoices } from "../services/choices.server";
import { requireCsrf } from "../services/csrf.server";
import { formatDate } from "../utils/format";
import { PROJECT_WRITERS } from "../utils/permissions";
import { MAX_UPLOAD_BYTES, readPastedTable, readUploadedTable } from "../utils/table-files.server";

export function loadMeasure(projectId: number, measureIdParam: unknown) {
  const measure = getMeasure(projectId, parseId(measureIdParam));
  if (!measure) throw notFound();
  return measure;
}

type Preview = { points: { row: number; date: string; value: number | null; numerator: number | null; denominator: number | null; note: string }[]; errors: { row: number; message: string }[] };

const StoredPreviewSchema = z.array(
  z.object({ row: z.number(), date: z.string(), value: z.number().nullable(), numerator: z.number().nullable(), denominator: z.number().nullable(), note: z.string() }),
);

const DATA_INTENTS = ["punkt", "endre-punkt", "slett-punkt", "lim-inn", "fil", "lagre-import", "hendelse", "slett-hendelse", "kvalitativ"];
const DEFINITION_INTENTS = ["lagre", "slett"];

export const measureDataAction = (args: ActionFunctionArgs) => measureAction(args, DATA_INTENTS);
export const measureDefinitionAction = (args: ActionFunctionArgs) => measureAction(args, DEFINITION_INTENTS);

async function measureAction({ request, params }: ActionFunctionArgs, intents: string[]) {
  const multipart = request.headers.get("Content-Type")?.startsWith("multipart/form-data");
  let access: Awaited<ReturnType<typeof requireProjectRole>>;
  let formData: FormData;
  if (multipart) {
    access = await requireProjectRole(request, params.projectId, PROJECT_WRITERS);
    if (!intents.includes("fil")) throw new Response("Ukjent handling", { status: 400 });
    // Refuse an oversized upload before reading it; the upload handler also stops at the limit.
    if (Number(request.headers.get("Content-Length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) {
      return json({ intent: "fil", result: null, preview: null, conflict: null, uploadError: "Filen er større enn 5 MB." }, { status: 413 });
    }
    try {
      formData = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }));
    } catch (error) {
      if (error instanceof MaxPartSizeExceededError) return json({ intent: "fil", result: null, preview: null, conflict: null, uploadError: "Filen er større enn 5 MB." }, { status: 413 });
      throw error;
    }
    requireCsrf(request, formData, access);
  } else {
    ({ formData, ...access } = await requireProjectAction(request, params.projectId, PROJECT_WRITERS));
  }
  const { projectId, user } = access;
  const measure = loadMeasure(projectId, params.measureId);
  const ids = { projectId, measureId: measure.id, userId: user.id };
  const chartPage = `/prosjekter/${projectId}/malinger/${measure.id}`;
  const dataPage = `${chartPage}/data`;
  const intent = String(formData.get("intent"));
  if (!intents.includes(intent)) throw new Response("Ukjent handling", { status: 400 });
  const reply = (body: { result?: unknown; preview?: Preview | null; conflict?: unknown; uploadError?: string | null }, status = 400) =>
    json({ intent, result: body.result ?? null, preview: body.preview ?? null, conflict: body.conflict ?? null, uploadError: body.uploadError ?? null }, { status });
  const withDenominator = hasDenominator(measure.kind);
  const readTable = (rows: Cell[][]) =>
    readMeasureTable(rows, { withDenominator, proportion: measure.kind === "andel", existingDates: new Set(measure.points.map((p) => p.date)) });

  switch (intent) {
    case "slett":
      // Measures record no one as their creator, so deleting one (with all its data) is the project leader's.
      requireRecordDeleter(access.role, "målinger");
      deleteMeasure(ids);
      return redirect(`/prosjekter/${projectId}/malinger`);
    case "slett-punkt":
      // Another measure's point is not there for this one: 404, not a redirect that pretends.
      if (!deletePoint({ ...ids, pointId: parseId(formData.get("pointId")) })) throw notFound();
      return redirect(`${dataPage}#data`);
    case "slett-hendelse":
      if (!deleteChartEvent({ ...ids, eventId: parseId(formData.get("eventId")) })) throw notFound();
      return redirect(`${dataPage}#markeringer`);
    case "punkt":
    case "endre-punkt": {
      const submission = parseWithZod(formData, { schema: pointSchema(measure.kind) });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      const { date, value, numerator, denominator, note, excluded } = submission.value;
      if (intent === "punkt") {
        if (measure.points.some((p) => p.date === date)) return reply({ result: submission.reply({ fieldErrors: { date: [`Det finnes allerede et punkt for ${formatDate(date)}`] } }) });
        addPoints({ ...ids, points: [{ date, value, numerator, denominator, note }], source: "skjema" });
        return redirect(`${dataPage}#data`);
      }
      const saved = updatePoint({ ...ids, pointId: submission.value.pointId ?? 0, version: submission.value.version ?? 0, values: { date, value, numerator, denominator, note, excluded } });
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "duplicate") return reply({ result: submission.reply({ fieldErrors: { date: [`Det finnes allerede et punkt for ${formatDate(date)}`] } }) });
      if (saved.status === "conflict") return reply({ result: submission.reply({ formErrors: ["Noen andre har endret punktet i mellomtiden. Endringen din er ikke lagret; se det lagrede punktet i tabellen."] }) }, 409);
      return redirect(`${dataPage}#data`);
    }
    case "lim-inn": {
      const submission = parseWithZod(formData, { schema: PasteSchema });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      const table = readPastedTable(submission.value.text);
      if ("error" in table) return reply({ uploadError: table.error });
      return reply({ preview: readTable(table.rows) }, 200);
    }
    case "fil": {
      const file = formData.get("fil");
      if (!(file instanceof File) || file.size === 0) return reply({ uploadError: "Velg en CSV- eller XLSX-fil." });
      const table = await readUploadedTable(file);
      if ("error" in table) return reply({ uploadError: table.error });
      return reply({ preview: readTable(table.rows) }, 200);
    }
    case "lagre-import": {
      const stored = StoredPreviewSchema.safeParse(JSON.parse(String(formData.get("punkter") ?? "[]")));
      if (!stored.success) throw new Response("Ugyldig innlesing", { status: 400 });
      // Checked again against what is stored now; someone may have added a point since the preview.
      const again = readTable(stored.data.map((p) => (withDenominator ? [p.date, p.numerator, p.denominator, p.note] : [p.date, p.value, p.note])));
      if (again.errors.length) return reply({ preview: again });
      const saved = addPoints({ ...ids, points: again.points.map(({ row: _row, ...p }) => p), source: "innlesing" });
      if (!saved.ok) return reply({ uploadError: saved.message }, 409);
      return redirect(`${dataPage}#data`);
    }
    case "hendelse": {
      const submission = parseWithZod(formData, { schema: ChartEventSchema });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      // To the chart, where the new phase or marker shows.
      addChartEvent({ ...ids, kind: submission.value.kind, date: submission.value.date, text: submission.value.text });
      return redirect(`${chartPage}#diagram`);
    }
    case "kvalitativ": {
      const submission = parseWithZod(formData, { schema: QualitativeSchema });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      addQualitativeEvaluation({ ...ids, date: submission.value.date, method: submission.value.method, summary: submission.value.summary, documentRef: submission.value.documentRef });
      return redirect(`${chartPage}#kvalitativ`);
    }
    case "lagre": {
      const submission = parseWithZod(formData, { schema: measureSchema(measureChoices(projectId)) });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      const saved = updateMeasure({ ...ids, version: submission.value.version ?? 0, values: toMeasureValues(submission.value) });
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "conflict") return reply({ result: submission.reply(), conflict: { name: saved.current.name, version: saved.current.version } }, 409);
      return redirect(chartPage);
    }
    default:
      throw new Response("Ukjent handling", { status: 400 });
  }
}
