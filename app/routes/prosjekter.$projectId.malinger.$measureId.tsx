import { Card, Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { z } from "zod";
import { measurePageAction } from "../actions/measure-page.server";
import { MeasureChart } from "../components/charts/measure-chart";
import { ConflictNotice } from "../components/conflict-notice";
import { DataTable } from "../components/data-table";
import { IllustrativeTag } from "../components/illustrative-tag";
import { FormErrors } from "../components/form-errors";
import { useServerValidatedForm } from "../components/form-fields";
import { MeasureForm } from "../components/measure-form";
import { ChartEventForm, DeletePointButton, ImportForms, ImportPreview, PointForm, QualitativeForm } from "../components/measure-sections";
import { IntentButton } from "../components/record-form";
import { hasDenominator, pointValue } from "../domain/measure-series";
import type { measureSchema } from "../forms/measure";
import { measureFormValues } from "../forms/measure-values";
import { notFound, parseId, requireProjectRole } from "../utils/access.server";
import { formatDate, formatNumber } from "../utils/format";
import { measurePage } from "../utils/measure-page.server";
import { canWriteProjectRecords } from "../utils/permissions";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.measure.name ?? "Måling"} – Trinnvis` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const ihi = new URL(request.url).searchParams.get("regler") === "ihi";
  const page = measurePage(projectId, parseId(params.measureId), ihi);
  if (!page) throw notFound();
  return json({ projectId, ihi, ...page, canWrite: canWriteProjectRecords(role) });
}

export const action = measurePageAction;

export default function MeasurePage() {
  const { projectId, measure, ihi, analysis, choices, labels, canWrite } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const resultFor = (intent: string) => (data?.intent === intent ? (data.result as Parameters<typeof PointForm>[0]["lastResult"]) : undefined);
  const conflict = data?.intent === "lagre" ? (data.conflict as { name: string; version: number } | null) : null;
  const [form, fields] = useServerValidatedForm<z.input<ReturnType<typeof measureSchema>>>(resultFor("lagre"), measureFormValues(measure));
  const withDenominator = hasDenominator(measure.kind);
  const base = `/prosjekter/${projectId}/malinger/${measure.id}`;
  // One point at a time is edited (?endre=id), so the page does not carry a form for every row.
  const editing = measure.points.find((p) => String(p.id) === searchParams.get("endre"));
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
                        <Link key="a" to={`?endre=${p.id}#endre-punkt`} aria-label={`Endre eller slett punktet ${formatDate(p.date)}`}>
                          Endre
                        </Link>,
                      ]
                    : []),
                ],
              };
            })}
          />
          {canWrite && editing ? (
            <section id="endre-punkt" aria-labelledby="endre-punkt-overskrift" className="stack">
              <Heading level={3} data-size="xs" id="endre-punkt-overskrift">
                Endre punktet {formatDate(editing.date)}
              </Heading>
              <PointForm key={editing.id} kind={measure.kind} lastResult={resultFor("endre-punkt")} point={editing} />
              <div className="actions">
                <DeletePointButton pointId={editing.id} date={editing.date} />
                <Link to={`${base}#data`}>Avbryt</Link>
              </div>
            </section>
          ) : null}
          {canWrite ? (
            <>
              <Heading level={3} data-size="xs">
                Nytt punkt
              </Heading>
              <PointForm key={measure.points.length} kind={measure.kind} lastResult={resultFor("punkt")} />
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
