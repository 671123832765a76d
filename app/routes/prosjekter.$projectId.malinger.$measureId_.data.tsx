import { Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { measureDataAction } from "../actions/measure-page.server";
import { AppLink } from "../components/app-link";
import { DataTable } from "../components/data-table";
import { FormErrors } from "../components/form-errors";
import { MeasureHeader, measurePath } from "../components/measure-header";
import { ChartEventForm, DeletePointButton, ImportForms, ImportPreview, PointForm, QualitativeForm } from "../components/measure-sections";
import { IntentButton } from "../components/record-form";
import { EVENT_KIND_NAMES, hasDenominator, pointValue } from "../domain/measure-series";
import { notFound, parseId, requireProjectRole } from "../services/access.server";
import { formatDate, formatNumber } from "../utils/format";
import { readRuleSet } from "../domain/chart-model";
import { measureDataPage, pageNumber } from "../services/measure-page.server";
import { getPendingImport, pendingImportPage } from "../models/pending-import.server";
import { PageLinks, pageHref } from "../components/page-links";
import { canWriteProjectRecords } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: projectPageTitle(`Data – ${data?.measure.name ?? "Måling"}`, matches) }];

/** Rows per page of an import's preview. */
const PREVIEW_PER_PAGE = 50;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role, user } = await requireProjectRole(request, params.projectId);
  const search = new URL(request.url).searchParams;
  const page = measureDataPage(projectId, parseId(params.measureId), { page: search.get("side"), editing: search.get("endre"), rules: readRuleSet(search.get("regler")) });
  if (!page) throw notFound();
  const canWrite = canWriteProjectRecords(role);
  return json({ projectId, ...page, canWrite, preview: canWrite ? importPreview({ projectId, measureId: page.measure.id, userId: user.id }, search) : null });
}

/** The user's own reading named by ?innlesing=, a page of it (?innlesingside=); "gone" when it is not there (saved, replaced, too old, or not theirs). */
function importPreview(owner: { projectId: number; measureId: number; userId: number }, search: URLSearchParams) {
  const id = search.get("innlesing");
  if (id == null) return null;
  const pending = /^\d{1,12}$/.test(id) ? getPendingImport(owner, Number(id)) : null;
  if (!pending) return { gone: true as const };
  const total = pending.errorCount || pending.pointCount;
  const pageCount = Math.max(1, Math.ceil(total / PREVIEW_PER_PAGE));
  const page = pageNumber(search.get("innlesingside"), pageCount);
  const rows = pendingImportPage(owner, pending.id, { limit: PREVIEW_PER_PAGE, offset: (page - 1) * PREVIEW_PER_PAGE })!;
  return { gone: false as const, ...rows, page, pageCount, first: (page - 1) * PREVIEW_PER_PAGE + 1, last: (page - 1) * PREVIEW_PER_PAGE + (rows.errorCount ? rows.errors.length : rows.points.length) };
}

export const action = measureDataAction;

export default function MeasureDataPage() {
  const { projectId, measure, points, withAnalysis, pagination, editing, preview, events, methods, canWrite } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const resultFor = (intent: string) => (data?.intent === intent ? (data.result as Parameters<typeof PointForm>[0]["lastResult"]) : undefined);
  const withDenominator = hasDenominator(measure.kind);
  const base = `${measurePath(projectId, measure.id)}/data`;
  // One point at a time is edited (?endre=id), so the page does not carry a form for every row.
  const pageQuery = pagination.page > 1 ? `side=${pagination.page}&` : "";
  return (
    <div className="stack">
      <MeasureHeader projectId={projectId} measure={measure} canWrite={canWrite} />
      {measure.kind !== "kvalitativ" ? (
        <>
          <section aria-labelledby="data" className="stack">
            <Heading level={2} data-size="md" id="data">
              Datapunkter
            </Heading>
            <Paragraph>
              <DsLink href={`${base}.csv`} download>
                Last ned data (CSV)
              </DsLink>{" "}
              ·{" "}
              <DsLink href={`${base}.xlsx`} download>
                Last ned data (XLSX)
              </DsLink>
            </Paragraph>
            {points.length === 0 ? <Paragraph>Ingen data ennå.</Paragraph> : (
            <>
            <Paragraph data-size="sm">
              {pagination.total <= pagination.perPage
                ? `${pagination.total} ${pagination.total === 1 ? "punkt" : "punkter"}, nyeste først.`
                : `Viser punkt ${formatNumber(pagination.first)}–${formatNumber(pagination.last)} av ${formatNumber(pagination.total)}, nyeste først (side ${pagination.page} av ${pagination.pageCount}).`}
              {withAnalysis ? null : (
                <>
                  {" "}
                  Med så mange punkter står midtlinje, grenser og signaler bare i <AppLink to={`${measurePath(projectId, measure.id)}#diagram`}>diagrammet og analysen</AppLink>.
                </>
              )}
            </Paragraph>
            <DataTable
              caption={`Datapunkter for ${measure.name}`}
              headers={[
                "Dato",
                ...(withDenominator ? ["Teller", "Nevner"] : []),
                "Verdi",
                ...(withAnalysis ? ["Midtlinje", "Nedre grense", "Øvre grense", "Signal"] : []),
                "Merknad",
                ...(canWrite ? ["Handling"] : []),
              ]}
              rows={points.map((p) => ({
                key: p.id,
                cells: [
                  formatDate(p.date),
                  ...(withDenominator ? [formatNumber(p.numerator), formatNumber(p.denominator)] : []),
                  formatNumber(pointValue(p, measure.multiplier)),
                  ...(withAnalysis ? [formatNumber(p.cl), formatNumber(p.lcl), formatNumber(p.ucl), p.signal] : []),
                  `${p.excluded ? "Holdt utenfor beregningene. " : ""}${p.note}`,
                  ...(canWrite
                    ? [
                        <AppLink key="a" to={`?${pageQuery}endre=${p.id}#endre-punkt`} aria-label={`Endre eller slett punktet ${formatDate(p.date)}`}>
                          Endre
                        </AppLink>,
                      ]
                    : []),
                ],
              }))}
            />
            <PageLinks label="Sider med datapunkter" page={pagination.page} pageCount={pagination.pageCount} hrefFor={(n) => pageHref(searchParams, "side", n, "#data")} />
            </>
            )}
            {canWrite && editing ? (
              <section id="endre-punkt" aria-labelledby="endre-punkt-overskrift" className="stack">
                <Heading level={3} data-size="xs" id="endre-punkt-overskrift">
                  Endre punktet {formatDate(editing.date)}
                </Heading>
                <PointForm key={editing.id} kind={measure.kind} lastResult={resultFor("endre-punkt")} point={editing} />
                <div className="actions">
                  <DeletePointButton pointId={editing.id} date={editing.date} />
                  <AppLink to={`${base}${pageQuery ? `?${pageQuery.slice(0, -1)}` : ""}#data`}>Avbryt</AppLink>
                </div>
              </section>
            ) : null}
            {canWrite ? (
              <>
                <Heading level={3} data-size="xs">
                  Nytt punkt
                </Heading>
                <PointForm key={pagination.total} kind={measure.kind} lastResult={resultFor("punkt")} />
                <Heading level={3} data-size="xs">
                  Les inn mange punkter
                </Heading>
                {data?.uploadError ? <FormErrors errors={[data.uploadError]} /> : null}
                {preview?.gone ? <FormErrors errors={["Forhåndsvisningen finnes ikke lenger (den er lagret, erstattet av en nyere eller eldre enn ett døgn). Les inn på nytt."]} /> : null}
                {preview && !preview.gone ? (
                  <ImportPreview
                    importId={preview.id}
                    pointCount={preview.pointCount}
                    errorCount={preview.errorCount}
                    points={preview.points}
                    errors={preview.errors}
                    withDenominator={withDenominator}
                    range={`Viser rad ${formatNumber(preview.first)}–${formatNumber(preview.last)} av ${formatNumber(preview.errorCount || preview.pointCount)}${preview.errorCount ? " med feil" : ""}.`}
                    pages={<PageLinks label="Sider i forhåndsvisningen" page={preview.page} pageCount={preview.pageCount} hrefFor={(n) => pageHref(searchParams, "innlesingside", n, "#forhandsvisning")} />}
                  />
                ) : null}
                <ImportForms pasteResult={resultFor("lim-inn")} withDenominator={withDenominator} />
              </>
            ) : null}
          </section>

          <section aria-labelledby="markeringer" className="stack">
            <Heading level={2} data-size="md" id="markeringer">
              Markeringer i diagrammet
            </Heading>
            {events.length === 0 ? <Paragraph>Ingen faser, frysinger eller merknader.</Paragraph> : null}
            <ul>
              {events.map((e) => (
                <li key={e.id}>
                  {formatDate(e.date)}: {EVENT_KIND_NAMES[e.kind]} – {e.text}{" "}
                  {canWrite ? (
                    <IntentButton intent="slett-hendelse" fields={{ eventId: e.id }} confirmMessage={`Fjerne markeringen «${e.text}» fra diagrammet?`} className="inline-form" variant="tertiary" data-size="sm" aria-label={`Fjern markeringen ${e.text}`}>
                      Fjern
                    </IntentButton>
                  ) : null}
                </li>
              ))}
            </ul>
            {canWrite ? <ChartEventForm key={events.length} lastResult={resultFor("hendelse")} /> : null}
          </section>
        </>
      ) : (
        <Paragraph>
          En kvalitativ måling har ingen datapunkter. <AppLink to={`${measurePath(projectId, measure.id)}#kvalitativ`}>Se evalueringene</AppLink>.
        </Paragraph>
      )}

      {canWrite ? (
        <section aria-labelledby="ny-kvalitativ" className="stack">
          <Heading level={2} data-size="md" id="ny-kvalitativ">
            Ny kvalitativ evaluering
          </Heading>
          <QualitativeForm lastResult={resultFor("kvalitativ")} methods={methods} />
        </section>
      ) : null}
    </div>
  );
}
