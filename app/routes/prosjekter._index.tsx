import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listProjectsForUser } from "../models/project.server";
import { getContent } from "../utils/content.server";
import { formatDate } from "../utils/format";
import { requireSession } from "../utils/session.server";

export const meta: MetaFunction = () => [{ title: "Mine prosjekter – Trinnvis" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireSession(request);
  const content = getContent();
  const stepNames = Object.fromEntries(content.steps.steps.map((s) => [s.id, `${s.number}. ${s.name}`]));
  const projects = listProjectsForUser(user.id).map((p) => ({
    ...p,
    stepName: stepNames[p.currentStep],
    roleName: content.labels.projectRoles[p.role],
  }));
  return json({ projects });
}

export default function ProjectsPage() {
  const { projects } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Mine prosjekter
      </Heading>
      {projects.length === 0 ? (
        <Paragraph>Du er ikke med i noen prosjekter ennå. Be en administrator om å legge deg til.</Paragraph>
      ) : (
        <Table>
          <caption className="visually-hidden">Prosjekter du er med i</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Prosjekt</Table.HeaderCell>
              <Table.HeaderCell>Nåværende steg</Table.HeaderCell>
              <Table.HeaderCell>Din rolle</Table.HeaderCell>
              <Table.HeaderCell>Periode</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {projects.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  <Link to={`/prosjekter/${p.id}`}>{p.name}</Link>
                </Table.Cell>
                <Table.Cell>{p.stepName}</Table.Cell>
                <Table.Cell>{p.roleName}</Table.Cell>
                <Table.Cell>
                  {formatDate(p.startDate)}–{formatDate(p.endDate)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  );
}
