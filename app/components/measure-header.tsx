import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { AppLink } from "./app-link";
import { IllustrativeTag } from "./illustrative-tag";
import { ViewTabs } from "./view-tabs";

export const measurePath = (projectId: number, measureId: number) => `/prosjekter/${projectId}/malinger/${measureId}`;

/**
 * The heading every page of a measure shares, and the tabs between them: chart, data, definition. The
 * definition tab is the edit page, for those who may change the measure; everyone reads the definition
 * on the chart page too.
 */
export function MeasureHeader({ projectId, measure, canWrite }: { projectId: number; measure: { id: number; name: string; isIllustrative: boolean }; canWrite: boolean }) {
  const base = measurePath(projectId, measure.id);
  const pages = [
    { to: base, label: "Diagram", end: true },
    { to: `${base}/data`, label: "Data" },
    ...(canWrite ? [{ to: `${base}/endre`, label: "Definisjon" }] : []),
  ];
  return (
    <>
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/malinger`}>Alle målinger</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {measure.name}
      </Heading>
      {measure.isIllustrative ? (
        <Paragraph>
          <IllustrativeTag /> Serien er generert for demonstrasjon og er ikke hentet fra en kilde.
        </Paragraph>
      ) : null}
      <ViewTabs label={`Målingen ${measure.name}`} tabs={pages} />
    </>
  );
}
