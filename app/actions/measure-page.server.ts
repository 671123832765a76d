// The actions of a measure's pages: on the data page, points typed in or corrected, imports (preview,
// then all or nothing), chart events and qualitative evaluations; on the edit page, editing or
// deleting the measure. Apart from the routes so that the schemas (zod, Conform's zod parser) stay
// out of the browser bundles.
import { parseWithZod } from "@conform-to/zod";
import {
  json,
  redirect,
  type ActionFunctionArgs,
} from "@remix-run/node";
import { pointLimitProblem, readMeasureTable, type Cell } from "../domain/measure-import";
import { hasDenominator } from "../domain/measure-series";
import { ChartEventSchema, measureSchema, PasteSchema, pointSchema, QualitativeSchema, toMeasureValues } from "../forms/measure";
import {
  addChartEvent,
  addPoints,
  addQualitativeEvaluation,
  deleteChartEvent,
  deleteMeasure,
  deletePoint,
  getMeasureHeader,
  hasPointOn,
  listPointDates,
  updateMeasure,
  updatePoint,
} from "../models/measure.server";
import { createPendingImport, savePendingImport } from "../models/pending-import.server";
import { pageOfPoint } from "../services/measure-page.server";
import { redirectWithMessage } from "../services/flash.server";
import { notFound, parseId, requireProjectAction, requireProjectRole, requireRecordDeleter } from "../services/access.server";
import { measureChoices } from "../services/choices.server";
import { requireCsrf } from "../services/csrf.server";
import { formatDate } from "../utils/format";
import { PROJECT_WRITERS } from "../utils/permissions";
import { MAX_UPLOAD_BYTES, readPastedTable, readUploadedTable } from "../utils/table-files.server";
import { readUploadForm } from "../utils/upload-body.server";

export function loadMeasure(projectId: number, measureIdParam: unknown) {
  // Without its points: a measure can have hundreds of thousands.
  const measure = getMeasureHeader(projectId, parseId(measureIdParam));
  if (!measure) throw notFound();
  return measure;
}


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
    // Read within bounds: too large is 413, malformed multipart 400, each with the page's message.
    const upload = await readUploadForm(request, { maxFileBytes: MAX_UPLOAD_BYTES, tooLarge: "Filen er større enn 5 MB." });
    if (!upload.ok) return json({ intent: "fil", result: null, conflict: null, uploadError: upload.message }, { status: upload.status });
    formData = upload.formData;
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
  // A reading's preview is kept on the server (a pending import) and shown by the data page's loader.
  const reply = (body: { result?: unknown; conflict?: unknown; uploadError?: string | null }, status = 400) =>
    json({ intent, result: body.result ?? null, conflict: body.conflict ?? null, uploadError: body.uploadError ?? null }, { status });
  const withDenominator = hasDenominator(measure.kind);
  const previewPage = (importId: number) => `${dataPage}?innlesing=${importId}#forhandsvisning`;
  const readTable = (rows: Cell[][]) =>
    readMeasureTable(rows, { withDenominator, proportion: measure.kind === "andel", existingDates: listPointDates(measure.id) });
  /** A reading kept for its preview, unless it would take the measure past its most points. */
  const previewOrRefuse = (rows: Cell[][]) => {
    const reading = readTable(rows);
    const full = pointLimitProblem(measure.pointCount, reading.points.length);
    return full ? reply({ uploadError: full }, 413) : redirect(previewPage(createPendingImport(ids, reading)));
  };

  switch (intent) {
    case "slett":
      // Measures record no one as their creator, so deleting one (with all its data) is the project leader's.
      requireRecordDeleter(access.role, "målinger");
      deleteMeasure(ids);
      return redirectWithMessage(`/prosjekter/${projectId}/malinger`, `Målingen «${measure.name}» er slettet.`);
    case "slett-punkt": {
      // Another measure's point is not there for this one: 404, not a redirect that pretends.
      const removedDate = deletePoint({ ...ids, pointId: parseId(formData.get("pointId")) });
      if (!removedDate) throw notFound();
      return redirectWithMessage(`${dataPage}#data`, `Målepunktet for ${formatDate(removedDate)} er slettet.`);
    }
    case "slett-hendelse":
      if (!deleteChartEvent({ ...ids, eventId: parseId(formData.get("eventId")) })) throw notFound();
      return redirectWithMessage(`${dataPage}#markeringer`, "Markeringen er slettet.");
    case "punkt":
    case "endre-punkt": {
      const submission = parseWithZod(formData, { schema: pointSchema(measure.kind) });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      const { date, value, numerator, denominator, note, excluded } = submission.value;
      if (intent === "punkt") {
        const full = pointLimitProblem(measure.pointCount, 1);
        if (full) return reply({ result: submission.reply({ formErrors: [full] }) });
        if (hasPointOn(measure.id, date)) return reply({ result: submission.reply({ fieldErrors: { date: [`Det finnes allerede et punkt for ${formatDate(date)}`] } }) });
        addPoints({ ...ids, points: [{ date, value, numerator, denominator, note }], source: "skjema" });
        return redirectWithMessage(`${dataPage}#data`, `Målepunktet for ${formatDate(date)} er lagret.`);
      }
      const saved = updatePoint({ ...ids, pointId: submission.value.pointId ?? 0, version: submission.value.version ?? 0, values: { date, value, numerator, denominator, note, excluded } });
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "duplicate") return reply({ result: submission.reply({ fieldErrors: { date: [`Det finnes allerede et punkt for ${formatDate(date)}`] } }) });
      if (saved.status === "conflict") return reply({ result: submission.reply({ formErrors: ["Noen andre har endret punktet i mellomtiden. Endringen din er ikke lagret; se det lagrede punktet i tabellen."] }) }, 409);
      // Back to the page of the table where the point now stands.
      const page = pageOfPoint(measure.id, date);
      return redirectWithMessage(`${dataPage}${page > 1 ? `?side=${page}` : ""}#data`, `Endringene i målepunktet for ${formatDate(date)} er lagret.`);
    }
    case "lim-inn": {
      const submission = parseWithZod(formData, { schema: PasteSchema });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      const table = readPastedTable(submission.value.text);
      if ("error" in table) return reply({ uploadError: table.error });
      return previewOrRefuse(table.rows);
    }
    case "fil": {
      const file = formData.get("fil");
      if (!(file instanceof File) || file.size === 0) return reply({ uploadError: "Velg en CSV- eller XLSX-fil." });
      const table = await readUploadedTable(file);
      if ("error" in table) return reply({ uploadError: table.error });
      return previewOrRefuse(table.rows);
    }
    case "lagre-import": {
      // Only the reading's id comes back; its rows are on the server. Someone else's reading, or
      // another measure's, is not there for this user: 404.
      const importId = parseId(formData.get("innlesing"));
      // Checked again against what is stored now (someone may have added a point since the preview),
      // then saved all together or not at all.
      const saved = savePendingImport(ids, importId);
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "too_many") return reply({ uploadError: saved.message }, 409);
      if (saved.status === "measure_changed") return reply({ uploadError: "Målingen er endret etter forhåndsvisningen, så radene kan være lest feil. Ingenting er lagret; les inn på nytt." }, 409);
      if (saved.status === "has_errors" || saved.status === "conflicts") return redirect(previewPage(importId));
      return redirectWithMessage(`${dataPage}#data`, saved.count === 1 ? "1 målepunkt er lagret." : `${saved.count} målepunkter er lagret.`);
    }
    case "hendelse": {
      const submission = parseWithZod(formData, { schema: ChartEventSchema });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      // To the chart, where the new phase or marker shows.
      addChartEvent({ ...ids, kind: submission.value.kind, date: submission.value.date, text: submission.value.text });
      return redirectWithMessage(`${chartPage}#diagram`, "Markeringen er lagt til i diagrammet.");
    }
    case "kvalitativ": {
      const submission = parseWithZod(formData, { schema: QualitativeSchema });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      addQualitativeEvaluation({ ...ids, date: submission.value.date, method: submission.value.method, summary: submission.value.summary, documentRef: submission.value.documentRef });
      return redirectWithMessage(`${chartPage}#kvalitativ`, "Den kvalitative evalueringen er registrert.");
    }
    case "lagre": {
      const submission = parseWithZod(formData, { schema: measureSchema(measureChoices(projectId)) });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      const saved = updateMeasure({ ...ids, version: submission.value.version ?? 0, values: toMeasureValues(submission.value) });
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "conflict") return reply({ result: submission.reply(), conflict: { name: saved.current.name, version: saved.current.version } }, 409);
      return redirectWithMessage(chartPage, "Endringene er lagret.");
    }
    default:
      throw new Response("Ukjent handling", { status: 400 });
  }
}
