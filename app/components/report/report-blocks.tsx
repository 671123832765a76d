import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { chartSvg } from "../../domain/chart-svg";
import { chartBlockModel, type Block, type ReportContent, type ReportSection } from "../../domain/report";
import { formatDate } from "../../utils/format";
import { MdcIcons } from "../charts/mdc-icons";
import { DataTable } from "../data-table";

/** The data of a report section: paragraphs, lists, tables, charts, and what is missing. */
export function ReportBlocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case "paragraph":
            return <Paragraph key={i}>{block.text}</Paragraph>;
          case "missing":
            return (
              <Alert key={i} data-color="warning" data-size="sm" className="report-missing">
                {block.text}
              </Alert>
            );
          case "list":
            return (
              <ul key={i}>
                {block.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            );
          case "table":
            return (
              <DataTable key={i} caption={block.caption} headers={block.headers.map((h, j) => h || <span key={j} className="visually-hidden">{j === 0 ? "Hva" : "Verdi"}</span>)} rows={block.rows.map((row, j) => ({ key: j, cells: row }))} />
            );
          case "verdict":
            return (
              <div key={i} className="verdict">
                <MdcIcons variation={block.variation} assurance={block.assurance} besideText />
                <div>
                  {block.sentences.map((sentence) => (
                    <Paragraph key={sentence}>{sentence}</Paragraph>
                  ))}
                </div>
              </div>
            );
          case "chart":
            // Our own SVG, built from numbers and escaped text (app/domain/chart-svg.ts), with its legend and key inside.
            return <div key={i} className="report-chart" dangerouslySetInnerHTML={{ __html: chartSvg(chartBlockModel(block), { title: block.title }) }} />;
        }
      })}
    </>
  );
}

const paragraphs = (text: string) => text.split(/\r?\n\r?\n/).filter((p) => p.trim());

/** One section with its heading, the project's text and the data. */
export function ReportSectionView({ section }: { section: ReportSection }) {
  return (
    <section className="stack report-section" aria-labelledby={`seksjon-${section.key}`}>
      <Heading level={section.level} data-size={section.level === 2 ? "md" : "sm"} id={`seksjon-${section.key}`}>
        {section.heading}
      </Heading>
      {paragraphs(section.narrative).map((p, i) => (
        <Paragraph key={i}>{p}</Paragraph>
      ))}
      <ReportBlocks blocks={section.blocks} />
    </section>
  );
}

/** The whole report, as printed. */
export function ReportDocument({ content }: { content: ReportContent }) {
  return (
    <article className="stack report">
      <Heading level={1} data-size="lg">
        {content.title}
      </Heading>
      <Paragraph>
        {content.projectName}. Rapportperiode {formatDate(content.period.start)}–{formatDate(content.period.end)}.
      </Paragraph>
      {content.sections.map((section) => (
        <ReportSectionView key={section.key} section={section} />
      ))}
    </article>
  );
}
