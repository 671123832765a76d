import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { MetaFunction } from "@remix-run/node";

export const meta: MetaFunction = () => [{ title: "Tilgjengelighetserklæring – Trinnvis" }];

/** The accessibility statement the WCAG regulations ask for, open to everyone. */
export default function AccessibilityStatement() {
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Tilgjengelighetserklæring for Trinnvis
      </Heading>
      <Paragraph>
        Trinnvis skal kunne brukes av alle, og følger kravene i forskrift om universell utforming av IKT-løsninger: WCAG 2.1 nivå A og AA.
      </Paragraph>
      <Heading level={2} data-size="md">
        Slik sjekker vi det
      </Heading>
      <ul>
        <li>Alle sider kontrolleres automatisk med axe (WCAG 2.1 A og AA) i testene, også med feilmeldinger i skjemaer og åpne skjemadeler.</li>
        <li>Hovedoppgavene for prosjektleder, styringsgruppe og rådgiver testes med bare tastatur.</li>
        <li>Skjemaene virker uten JavaScript, og hvert felt har en synlig ledetekst knyttet til feltet og feilmeldingen.</li>
        <li>Komponentene kommer fra Designsystemet, det felles designsystemet for offentlig sektor.</li>
      </ul>
      <Heading level={2} data-size="md">
        Kjente begrensninger
      </Heading>
      <ul>
        <li>Diagrammene er bilder for seende. Hva diagrammet viser, står alltid i tekst ved siden av, og på siden for hver måling står tallene også i en tabell.</li>
        <li>Datovelgeren følger nettleserens språkinnstilling, så rekkefølgen på dag og måned i feltet kan avvike fra dd.mm.åååå som ellers brukes.</li>
      </ul>
      <Heading level={2} data-size="md">
        Tilbakemelding
      </Heading>
      <Paragraph>
        Finner du noe som ikke virker for deg, si fra til den som drifter Trinnvis i din organisasjon. Du kan også melde fra til Tilsynet for universell
        utforming av ikt (uutilsynet.no).
      </Paragraph>
    </div>
  );
}
