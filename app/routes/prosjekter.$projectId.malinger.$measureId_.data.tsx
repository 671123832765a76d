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
import { measureDataPage } from "../services/measure-page.server";
import { canWriteProjectRecords } from "../utils/permissions";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Data – ${data?.measure.name ?? "Måling"} – Trinnvis` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const page = measureDataPage(projectId, parseId(params.measureId));
  if (!page) throw notFound();
  return json({ projectId, ...page, canWrite: canWriteProjectRecords(role) });
}

export const action = measureDataAction;

export default function MeasureDataPage() {
  const { projectId, measure, points, events, methods, canWrite } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const resultFor = (intent: string) => (data?.intent === intent ? (data.result as Parameters<typeof PointForm>[0]["lastResult"]) : undefined);
  const withDenominator = hasDenominator(measure.kind);
  const base = `${measurePath(projectId, measure.id)}/data`;
  // One point at a time is edited (?endre=id), so the page does not carry a form for every row.
  const editing = points.find((p) => String(p.id) === searchParams.get("endre"));
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
              rows={points.map((p) => ({
                key: p.id,
                cells: [
                  formatDate(p.date),
                  ...(withDenominator ? [formatNumber(p.numerator), formatNumber(p.denominator)] : []),
                  formatNumber(pointValue(p, measure.multiplier)),
                  formatNumber(p.cl),
                  formatNumber(p.lcl),
                  formatNumber(p.ucl),
                  p.signal,
                  `${p.excluded ? "Holdt utenfor beregningene. " : ""}${p.note}`,
                  ...(canWrite
                    ? [
                        <AppLink key="a" to={`?endre=${p.id}#endre-punkt`} aria-label={`Endre eller slett punktet ${formatDate(p.date)}`}>
                          Endre
                        </AppLink>,
                      ]
                    : []),
                ],
              }))}
            />
            )}
            {canWrite && editing ? (
              <section id="endre-punkt" aria-labelledby="endre-punkt-overskrift" className="stack">
                <Heading level={3} data-size="xs" id="endre-punkt-overskrift">
                  Endre punktet {formatDate(editing.date)}
                </Heading>
                <PointForm key={editing.id} kind={measure.kind} lastResult={resultFor("endre-punkt")} point={editing} />
                <div className="actions">
                  <DeletePointButton pointId={editing.id} date={editing.date} />
                  <AppLink to={`${base}#data`}>Avbryt</AppLink>
                </div>
              </section>
            ) : null}
            {canWrite ? (
              <>
                <Heading level={3} data-size="xs">
                  Nytt punkt
                </Heading>
                <PointForm key={points.length} kind={measure.kind} lastResult={resultFor("punkt")} />
                <Heading level={3} data-size="xs">
                  Les inn mange punkter
                </Heading>
                {data?.uploadError ? <FormErrors errors={[data.uploadError]} /> : null}
                {data?.preview ? <ImportPreview points={data.preview.points} errors={data.preview.errors} withDenominator={withDenominator} /> : null}
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
                    <IntentButton intent="slett-hendelse" fields={{ eventId: e.id }} className="inline-form" variant="tertiary" data-size="sm" aria-label={`Fjern markeringen ${e.text}`}>
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
