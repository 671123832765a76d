import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { GAP_KIND_TEXT, type ResponsibilityGap } from "../../domain/responsibility-gaps";
import { formatDate } from "../../utils/format";
import { AppLink } from "../app-link";

/** «Hvem har ansvaret?»: what nobody owns today, each with a link to where it is fixed. */
export function ResponsibilityGaps({ gaps, today, asOf }: { gaps: ResponsibilityGap[]; today: string; asOf: string }) {
  return (
    <section aria-labelledby="ansvar" className="stack">
      <Heading level={2} data-size="md" id="ansvar">
        Hvem har ansvaret?
      </Heading>
      <Paragraph data-size="sm">
        Det ingen har ansvaret for, kan ingen bli minnet på.
        {asOf !== today ? ` Ansvaret vises slik det står i dag (${formatDate(today)}), ikke per ${formatDate(asOf)}: hvem som er ansvarlig, er ikke datert.` : ""}
      </Paragraph>
      {gaps.length ? (
        <ul>
          {gaps.map((gap) => (
            <li key={gap.href + gap.title}>
              {GAP_KIND_TEXT[gap.kind]} <AppLink to={gap.href}>{gap.title}</AppLink>: {gap.reason}.
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Alle tiltak, målinger og åpne vedtak har en ansvarlig.</Paragraph>
      )}
    </section>
  );
}
