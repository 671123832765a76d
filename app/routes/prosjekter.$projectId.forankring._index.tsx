import { Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "../components/data-table";
import { requireProjectRole } from "../services/access.server";
import { projectAnchoringCoverage } from "../services/anchoring.server";
import { formatDate } from "../utils/format";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Forankring", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId } = await requireProjectRole(request, params.projectId);
  return json({ projectId, coverage: projectAnchoringCoverage(projectId) });
}

export default function AnchoringPage() {
  const { projectId, coverage } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Forankring
      </Heading>
      <Paragraph>
        Hvem i hvilke organisasjoner er nådd av forankringsaktiviteter og dialogkonferanser, når det skjedde sist og hvor ofte. Tomme
        felt er grupper ingen aktivitet har nådd ennå.
      </Paragraph>
      <Paragraph>
        <DsLink href={`/prosjekter/${projectId}/forankring.xlsx`} download>
          Last ned som regneark (.xlsx)
        </DsLink>
      </Paragraph>
      <section aria-labelledby="nokkeltall" className="stack">
        <Heading level={2} data-size="md" id="nokkeltall">
          Nøkkeltall
        </Heading>
        <ul>
          {coverage.headlines
            .filter((h) => h.audienceId === "ledere")
            .map((h) => (
              <li key={h.level}>{h.reached < h.total ? <strong>{h.text}</strong> : h.text}</li>
            ))}
        </ul>
        <DataTable
          caption="Antall organisasjoner nådd per nivå og målgruppe"
          headers={["Nivå", ...coverage.audiences.map((a) => a.name)]}
          rows={coverage.levels.map((level) => ({
            key: level.level,
            cells: [level.name, ...level.counts.map((c) => `${c.reached} av ${c.total}`)],
          }))}
        />
      </section>
      {coverage.groups.map((group, g) => (
        <section key={group.title} aria-labelledby={`gruppe-${g}`} className="stack">
          <Heading level={2} data-size="sm" id={`gruppe-${g}`}>
            {group.title}
          </Heading>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`gruppe-${g}-tabell`}>
            <table className="ds-table coverage">
              <caption id={`gruppe-${g}-tabell`} className="visually-hidden">
                Forankring i {group.title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Organisasjon</th>
                  {coverage.audiences.map((a) => (
                    <th key={a.id} scope="col">
                      {a.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {group.rows.map((row) => (
                  <tr key={row.organisation.id}>
                    <th scope="row">{row.organisation.name}</th>
                    {coverage.audiences.map((a) => {
                      const cell = row.cells[a.id];
                      return cell.last ? (
                        <td key={a.id}>
                          {formatDate(cell.last.date)}: {cell.last.title}
                          {cell.count > 1 ? ` (${cell.count} ganger)` : ""}
                        </td>
                      ) : (
                        <td key={a.id} className="empty">
                          Ikke nådd
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
