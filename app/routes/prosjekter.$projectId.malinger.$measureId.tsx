import { parseWithZod } from "@conform-to/zod";
import { Card, Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import {
  json,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { MeasureChart } from "../components/charts/measure-chart";
import { ConflictNotice } from "../components/conflict-notice";
import { DataTable } from "../components/data-table";
import { IllustrativeTag } from "../components/illustrative-tag";
import { FormErrors } from "../components/form-errors";
import { useChoicesForm } from "../components/forms";
import { MeasureForm } from "../components/measure-form";
import { ChartEventForm, DeletePointButton, ImportForms, ImportPreview, PointForm, QualitativeForm } from "../components/measure-sections";
import { IntentButton } from "../components/record-form";
import { analyseMeasure } from "../domain/measure-analysis";
import { readMeasureTable, type Cell } from "../domain/measure-import";
import { hasDenominator, pointValue } from "../domain/measure-series";
import { ChartEventSchema, measureFormValues, measureSchema, PasteSchema, pointSchema, QualitativeSchema, toMeasureValues } from "../forms/measure";
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
import { notFound, parseId, requireProjectAction, requireProjectRole } from "../utils/access.server";
import { measureChoices } from "../utils/choices.server";
import { getContent } from "../utils/content.server";
import { requireCsrf } from "../utils/csrf.server";
import { formatDate, formatNumber } from "../utils/format";
import { canWriteProjectRecords, PROJECT_WRITERS } from "../utils/permissions";
import { MAX_UPLOAD_BYTES, readPastedTable, readUploadedTable } from "../utils/table-files.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.measure.name ?? "Måling"} – Trinnvis` }];

function loadMeasure(projectId: number, measureIdParam: unknown) {
  const measure = getMeasure(projectId, parseId(measureIdParam));
  if (!measure) throw notFound();
  return measure;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const measure = loadMeasure(projectId, params.measureId);
  const labels = getContent().labels;
  const ihi = new URL(request.url).searchParams.get("regler") === "ihi";
  return json({
    projectId,
    measure,
    ihi,
    analysis: analyseMeasure(measure, measure.points, measure.events, measure.linkedTiltak, (x) => formatDate(String(x)), ihi),
    choices: measureChoices(projectId),
    labels: { kind: labels.measureKinds[measure.kind], direction: labels.measureDirections[measure.direction], chart: labels.chartTypes[measure.chartType as keyof typeof labels.chartTypes] ?? measure.chartType, methods: labels.qualitativeMethods },
    canWrite: canWriteProjectRecords(role),
  });
}

type Preview = { points: { row: number; date: string; value: number | null; numerator: number | null; denominator: number | null; note: string }[]; errors: { row: number; message: string }[] };

const StoredPreviewSchema = z.array(
  z.object({ row: z.number(), date: z.string(), value: z.number().nullable(), numerator: z.number().nullable(), denominator: z.number().nullable(), note: z.string() }),
);

export async function action({ request, params }: ActionFunctionArgs) {
  const multipart = request.headers.get("Content-Type")?.startsWith("multipart/form-data");
  let access: Awaited<ReturnType<typeof requireProjectRole>>;
  let formData: FormData;
  if (multipart) {
    access = await requireProjectRole(request, params.projectId, PROJECT_WRITERS);
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
  const here = `/prosjekter/${projectId}/malinger/${measure.id}`;
  const intent = String(formData.get("intent"));
  const reply = (body: { result?: unknown; preview?: Preview | null; conflict?: unknown; uploadError?: string | null }, status = 400) =>
    json({ intent, result: body.result ?? null, preview: body.preview ?? null, conflict: body.conflict ?? null, uploadError: body.uploadError ?? null }, { status });
  const withDenominator = hasDenominator(measure.kind);
  const readTable = (rows: Cell[][]) =>
    readMeasureTable(rows, { withDenominator, proportion: measure.kind === "andel", existingDates: new Set(measure.points.map((p) => p.date)) });

  switch (intent) {
    case "slett":
      deleteMeasure(ids);
      return redirect(`/prosjekter/${projectId}/malinger`);
    case "slett-punkt":
      deletePoint({ ...ids, pointId: parseId(formData.get("pointId")) });
      return redirect(`${here}#data`);
    case "slett-hendelse":
      deleteChartEvent({ ...ids, eventId: parseId(formData.get("eventId")) });
      return redirect(here);
    case "punkt":
    case "endre-punkt": {
      const submission = parseWithZod(formData, { schema: pointSchema(measure.kind) });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      const { date, value, numerator, denominator, note, excluded } = submission.value;
      if (intent === "punkt") {
        if (measure.points.some((p) => p.date === date)) return reply({ result: submission.reply({ fieldErrors: { date: [`Det finnes allerede et punkt for ${formatDate(date)}`] } }) });
        addPoints({ ...ids, points: [{ date, value, numerator, denominator, note }], source: "skjema" });
        return redirect(`${here}#data`);
      }
      const saved = updatePoint({ ...ids, pointId: submission.value.pointId ?? 0, version: submission.value.version ?? 0, values: { date, value, numerator, denominator, note, excluded } });
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "duplicate") return reply({ result: submission.reply({ fieldErrors: { date: [`Det finnes allerede et punkt for ${formatDate(date)}`] } }) });
      if (saved.status === "conflict") return reply({ result: submission.reply({ formErrors: ["Noen andre har endret punktet i mellomtiden. Endringen din er ikke lagret; se det lagrede punktet i tabellen."] }) }, 409);
      return redirect(`${here}#data`);
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
      return redirect(`${here}#data`);
    }
    case "hendelse": {
      const submission = parseWithZod(formData, { schema: ChartEventSchema });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      addChartEvent({ ...ids, kind: submission.value.kind, date: submission.value.date, text: submission.value.text });
      return redirect(here);
    }
    case "kvalitativ": {
      const submission = parseWithZod(formData, { schema: QualitativeSchema });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      addQualitativeEvaluation({ ...ids, date: submission.value.date, method: submission.value.method, summary: submission.value.summary, documentRef: submission.value.documentRef });
      return redirect(`${here}#kvalitativ`);
    }
    case "lagre": {
      const submission = parseWithZod(formData, { schema: measureSchema(measureChoices(projectId)) });
      if (submission.status !== "success") return reply({ result: submission.reply() });
      const saved = updateMeasure({ ...ids, version: submission.value.version ?? 0, values: toMeasureValues(submission.value) });
      if (saved.status === "not_found") throw notFound();
      if (saved.status === "conflict") return reply({ result: submission.reply(), conflict: { name: saved.current.name, version: saved.current.version } }, 409);
      return redirect(here);
    }
    default:
      throw new Response("Ukjent handling", { status: 400 });
  }
}

export default function MeasurePage() {
  const { projectId, measure, ihi, analysis, choices, labels, canWrite } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const resultFor = (intent: string) => (data?.intent === intent ? (data.result as Parameters<typeof PointForm>[0]["lastResult"]) : undefined);
  const conflict = data?.intent === "lagre" ? (data.conflict as { name: string; version: number } | null) : null;
  const [form, fields] = useChoicesForm(measureSchema, choices, resultFor("lagre"), measureFormValues(measure));
  const withDenominator = hasDenominator(measure.kind);
  const base = `/prosjekter/${projectId}/malinger/${measure.id}`;
  const analysed = new Map(analysis?.result.points.map((p) => [String(p.x), p]) ?? []);
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/prosjekter/${projectId}/malinger`}>Alle målinger</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {measure.name}
      </Heading>
      {measure.isIllustrative ? (
        <Paragraph>
          <IllustrativeTag /> Serien er generert for demonstrasjon og er ikke hentet fra en kilde.
        </Paragraph>
      ) : null}
      <dl className="details">
        <dt>Type</dt>
        <dd>{labels.kind}</dd>
        <dt>Definisjon</dt>
        <dd>{measure.definition || "–"}</dd>
        {withDenominator ? (
          <>
            <dt>Teller / nevner</dt>
            <dd>
              {measure.numeratorText} / {measure.denominatorText}
            </dd>
          </>
        ) : null}
        <dt>Forbedring</dt>
        <dd>{labels.direction}</dd>
        <dt>Mål</dt>
        <dd>{measure.target == null ? "Ikke satt" : `${formatNumber(measure.target)} ${measure.unit}${measure.targetDate ? ` innen ${formatDate(measure.targetDate)}` : ""}`}</dd>
        <dt>Datakilde og hyppighet</dt>
        <dd>{[measure.dataSource, measure.frequency].filter(Boolean).join(", ") || "–"}</dd>
        <dt>Etter prosjektet</dt>
        <dd>{measure.continuesAfterProject ? `Fortsetter; eier: ${measure.ownerAfterProject || "ikke avklart"}` : "Avsluttes med prosjektet"}</dd>
        <dt>Diagram</dt>
        <dd>{labels.chart}</dd>
      </dl>
      <Paragraph>
        <DsLink href={`${base}/data.csv`} download>
          Last ned data (CSV)
        </DsLink>{" "}
        ·{" "}
        <DsLink href={`${base}/data.xlsx`} download>
          Last ned data (XLSX)
        </DsLink>
      </Paragraph>

      {analysis ? (
        <section aria-labelledby="diagram" className="stack">
          <Heading level={2} data-size="md" id="diagram">
            Hva dataene viser
          </Heading>
          <Card data-color={analysis.mdc.variation.startsWith("Spesiell") ? "warning" : "neutral"}>
            <Paragraph>
              <strong>Variasjon:</strong> {analysis.mdc.variation}
              {analysis.mdc.special ? ` (${analysis.mdc.special})` : ""}.
              {analysis.mdc.assurance ? (
                <>
                  {" "}
                  <strong>Måloppnåelse:</strong> {analysis.mdc.assurance}.
                </>
              ) : null}
            </Paragraph>
          </Card>
          <ul>
            {analysis.explanation.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          {analysis.ihi ? (
            <ul aria-label="IHI-reglene">
              {analysis.ihi.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          ) : null}
          <Paragraph data-size="sm">
            Tolkningen bruker Anhøjs regler for seriediagram og tre-sigma-grenser for kontrolldiagram.{" "}
            <Link to={ihi ? base : `${base}?regler=ihi`}>{ihi ? "Skjul IHI-reglene" : "Vis også IHI-reglene (forskyvning og trend)"}</Link>
          </Paragraph>
          <MeasureChart
            rows={analysis.rows}
            phases={analysis.phases}
            hasLimits={measure.chartType !== "run"}
            target={measure.target}
            markers={analysis.markers}
            unit={measure.unit}
            label={`Diagram for ${measure.name}. ${analysis.explanation.join(" ")} Tallene står i tabellen under.`}
          />
          {measure.events.length ? (
            <ul>
              {measure.events.map((e) => (
                <li key={e.id}>
                  {formatDate(e.date)}: {e.kind === "ny_fase" ? "Ny fase" : e.kind === "frys" ? "Basislinje fryst" : "Merknad"} – {e.text}{" "}
                  {canWrite ? (
                    <IntentButton intent="slett-hendelse" fields={{ eventId: e.id }} className="inline-form" variant="tertiary" data-size="sm" aria-label={`Fjern markeringen ${e.text}`}>
                      Fjern
                    </IntentButton>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : measure.kind !== "kvalitativ" ? (
        <Paragraph>Ingen data ennå. Legg inn punkter under for å se diagrammet.</Paragraph>
      ) : null}

      {measure.kind !== "kvalitativ" ? (
        <section aria-labelledby="data" className="stack">
          <Heading level={2} data-size="md" id="data">
            Data
          </Heading>
          <DataTable
            caption={`Datapunkter for ${measure.name}`}
            headers={[
              "Dato",
              ...(withDenominator ? ["Teller", "Nevner"] : []),
              "Verdi",
              "Midtlinje",
              "Nedre grense",
              "Øvre grense",
              "Signal",
              "Merknad",
              ...(canWrite ? ["Handling"] : []),
            ]}
            rows={measure.points.map((p) => {
              const a = analysed.get(p.date);
              return {
                key: p.id,
                cells: [
                  formatDate(p.date),
                  ...(withDenominator ? [formatNumber(p.numerator), formatNumber(p.denominator)] : []),
                  formatNumber(pointValue(p, measure.multiplier)),
                  formatNumber(a?.cl),
                  formatNumber(a?.lcl),
                  formatNumber(a?.ucl),
                  a?.sigmaSignal ? "Utenfor grensene" : a?.runsSignal ? "Del av seriesignal" : "",
                  `${p.excluded ? "Holdt utenfor beregningene. " : ""}${p.note}`,
                  ...(canWrite
                    ? [
                        <div key="a" className="actions">
                          <details>
                            <summary>Endre</summary>
                            <PointForm kind={measure.kind} lastResult={undefined} point={p} />
                          </details>
                          <DeletePointButton pointId={p.id} date={p.date} />
                        </div>,
                      ]
                    : []),
                ],
              };
            })}
          />
          {canWrite ? (
            <>
              <Heading level={3} data-size="xs">
                Nytt punkt
              </Heading>
              <PointForm key={measure.points.length} kind={measure.kind} lastResult={resultFor("punkt") ?? resultFor("endre-punkt")} />
              <Heading level={3} data-size="xs">
                Les inn mange punkter
              </Heading>
              {data?.uploadError ? <FormErrors errors={[data.uploadError]} /> : null}
              {data?.preview ? <ImportPreview points={data.preview.points} errors={data.preview.errors} withDenominator={withDenominator} /> : null}
              <ImportForms pasteResult={resultFor("lim-inn")} withDenominator={withDenominator} />
              <Heading level={3} data-size="xs">
                Ny fase, frysing eller merknad
              </Heading>
              <ChartEventForm key={measure.events.length} lastResult={resultFor("hendelse")} />
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="kvalitativ" className="stack">
        <Heading level={2} data-size="md" id="kvalitativ">
          Kvalitative evalueringer
        </Heading>
        {measure.qualitative.length === 0 ? <Paragraph>Ingen registrert.</Paragraph> : null}
        <ul>
          {measure.qualitative.map((q) => (
            <li key={q.id}>
              {formatDate(q.date)}, {labels.methods[q.method]}: {q.summary}{" "}
              {q.documentRef ? (
                <DsLink href={q.documentRef} rel="noopener noreferrer">
                  dokument
                </DsLink>
              ) : null}
            </li>
          ))}
        </ul>
        {canWrite ? <QualitativeForm key={measure.qualitative.length} lastResult={resultFor("kvalitativ")} methods={choices.methods} /> : null}
      </section>

      {canWrite ? (
        <section aria-labelledby="endre" className="stack">
          <Heading level={2} data-size="md" id="endre">
            Endre målingen
          </Heading>
          {conflict ? (
            <ConflictNotice>
              <Paragraph>Lagret navn: {conflict.name}.</Paragraph>
            </ConflictNotice>
          ) : null}
          <MeasureForm form={form} fields={fields} choices={choices} version={conflict?.version ?? measure.version} submitLabel="Lagre endringene" />
          <IntentButton intent="slett" confirmMessage="Vil du slette målingen og alle datapunktene?" variant="secondary" data-color="danger">
            Slett målingen
          </IntentButton>
        </section>
      ) : null}
    </div>
  );
}
