import { Card, Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { MeasureChart } from "../components/charts/measure-chart";
import { MdcIcons } from "../components/charts/mdc-icons";
import { RuleSetChoice } from "../components/charts/rule-set-choice";
import { MeasureHeader, measurePath } from "../components/measure-header";
import { TargetScaleNotice } from "../components/target-scale-notice";
import { readRuleSet } from "../domain/chart-model";
import { hasDenominator } from "../domain/measure-series";
import { notFound, parseId, requireProjectRole } from "../services/access.server";
import { byCount, formatDate, formatNumber } from "../utils/format";
import { measureChartPage } from "../services/measure-page.server";
import { canWriteProjectRecords } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: projectPageTitle(data?.measure.name ?? "Måling", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const page = measureChartPage(projectId, parseId(params.measureId), readRuleSet(new URL(request.url).searchParams.get("regler")));
  if (!page) throw notFound();
  return json({ projectId, ...page, canWrite: canWriteProjectRecords(role) });
}

export default function MeasureChartPage() {
  const { projectId, measure, rules, analysis, qualitative, methods, canWrite } = useLoaderData<typeof loader>();
  const base = measurePath(projectId, measure.id);
  return (
    <div className="stack">
      <MeasureHeader projectId={projectId} measure={measure} canWrite={canWrite} />
      <dl className="details">
        <dt>Type</dt>
        <dd>{measure.labels.kind}</dd>
        <dt>Definisjon</dt>
        <dd>{measure.definition || "–"}</dd>
        {hasDenominator(measure.kind) ? (
          <>
            <dt>Teller / nevner</dt>
            <dd>
              {measure.numeratorText} / {measure.denominatorText}
            </dd>
          </>
        ) : null}
        <dt>Forbedring</dt>
        <dd>{measure.labels.direction}</dd>
        <dt>Mål</dt>
        <dd>{measure.target == null ? "Ikke satt" : `${formatNumber(measure.target)} ${measure.unit}${measure.targetDate ? ` innen ${formatDate(measure.targetDate)}` : ""}`}</dd>
        <dt>Datakilde og hyppighet</dt>
        <dd>{[measure.dataSource, measure.frequency].filter(Boolean).join(", ") || "–"}</dd>
        <dt>Etter prosjektet</dt>
        <dd>{measure.continuesAfterProject ? `Fortsetter; eier: ${measure.ownerAfterProject || "ikke avklart"}` : "Avsluttes med prosjektet"}</dd>
        <dt>Diagram</dt>
        <dd>{measure.labels.chart}</dd>
      </dl>
      <TargetScaleNotice measure={measure} editPath={canWrite ? `${base}/endre` : null} />

      {analysis ? (
        <section aria-labelledby="diagram" className="stack">
          <Heading level={2} data-size="md" id="diagram">
            Hva dataene viser
          </Heading>
          <Card data-color={analysis.verdict.variation?.startsWith("concern") ? "warning" : analysis.verdict.variation?.startsWith("improvement") ? "success" : "neutral"}>
            <div className="verdict">
              <MdcIcons variation={analysis.verdict.variation} assurance={analysis.verdict.assurance} size={56} besideText />
              <div>
                {analysis.verdict.sentences.map((sentence) => (
                  <Paragraph key={sentence}>{sentence}</Paragraph>
                ))}
              </div>
            </div>
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
          <RuleSetChoice base={base} rules={rules} canUseMdc={measure.chartType === "i"} />
          <MeasureChart model={analysis.model} label={`Diagram for ${measure.name}. ${analysis.explanation.join(" ")} Tallene står på siden Data.`} />
          {analysis.model.points.length < measure.pointCount ? (
            <Paragraph data-size="sm">
              Diagrammet tegner {formatNumber(analysis.model.points.length)} av de {formatNumber(measure.pointCount)} punktene: det laveste og det høyeste i hvert
              tidsrom, og alle signaler og faseskifter. Analysen bruker alle punktene.
            </Paragraph>
          ) : null}
          <Paragraph>
            <AppLink to={rules === "anhoej" ? `${base}/data` : `${base}/data?regler=${rules}`}>{byCount(measure.pointCount, "Se punktet i en tabell", `Se alle ${formatNumber(measure.pointCount)} punktene i en tabell`)}</AppLink>
          </Paragraph>
        </section>
      ) : measure.kind !== "kvalitativ" ? (
        <Paragraph>
          Ingen data ennå.{canWrite ? <> <AppLink to={`${base}/data`}>Legg inn punkter</AppLink> for å se diagrammet.</> : null}
        </Paragraph>
      ) : null}

      <section aria-labelledby="kvalitativ" className="stack">
        <Heading level={2} data-size="md" id="kvalitativ">
          Kvalitative evalueringer
        </Heading>
        {qualitative.length === 0 ? <Paragraph>Ingen registrert.</Paragraph> : null}
        <ul>
          {qualitative.map((q) => (
            <li key={q.id}>
              {formatDate(q.date)}, {methods[q.method]}: {q.summary}{" "}
              {q.documentRef ? (
                <DsLink href={q.documentRef} rel="noopener noreferrer">
                  dokument
                </DsLink>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
