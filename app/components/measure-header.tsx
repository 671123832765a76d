import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { AppLink, MenuLinks } from "./app-link";
import { IllustrativeTag } from "./illustrative-tag";

export const measurePath = (projectId: number, measureId: number) => `/prosjekter/${projectId}/malinger/${measureId}`;

/** The heading every page of a measure shares, and the menu between them: chart, data, definition. */
export function MeasureHeader({ projectId, measure, canWrite }: { projectId: number; measure: { id: number; name: string; isIllustrative: boolean }; canWrite: boolean }) {
  const base = measurePath(projectId, measure.id);
  const pages = [
    { to: base, label: "Diagram og analyse", end: true },
    { to: `${base}/data`, label: "Data" },
    ...(canWrite ? [{ to: `${base}/endre`, label: "Endre målingen" }] : []),
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
      <nav aria-label={`Målingen ${measure.name}`} className="section-nav">
        <MenuLinks items={pages} />
      </nav>
    </>
  );
}
