import { Card, Heading, Link as DsLink, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { computeStepCoverage } from "../domain/step-coverage";
import { groupOrganisationsByLevel } from "../domain/organisation-groups";
import { listGoalsWithLatestStatus } from "../models/goal.server";
import { listProjectPeople } from "../models/membership.server";
import { listMeasureSummaries } from "../models/measure.server";
import { listProjectOrganisations } from "../models/organisation.server";
import { getProject, listPhases, listStepWork } from "../models/project.server";
import { notFound, requireProjectRole } from "../utils/access.server";
import { getContent } from "../utils/content.server";
import { formatDate, formatNumber } from "../utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.project.name} – Trinnvis` : "Prosjekt – Trinnvis" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const project = getProject(projectId);
  if (!project) throw notFound();
  const content = getContent();
  const steps = computeStepCoverage(content.steps.steps, listStepWork(projectId));
  const organisationGroups = groupOrganisationsByLevel(listProjectOrganisations(projectId)).map((g) => ({
    ...g,
    levelName: content.labels.organisationLevels[g.level],
  }));
  const people = listProjectPeople(projectId).map((p) => ({ ...p, roleName: content.labels.projectRoles[p.role] }));
  return json({
    project,
    role,
    roleName: content.labels.projectRoles[role],
    steps,
    phases: listPhases(projectId),
    organisationGroups,
    people,
    goals: listGoalsWithLatestStatus(projectId).map((g) => ({
      ...g,
      kindName: content.labels.goalKinds[g.kind],
      statusName: g.status ? content.labels.goalStatuses[g.status] : "Ingen status registrert",
    })),
    measures: listMeasureSummaries(projectId).map((m) => ({ ...m, kindName: content.labels.measureKinds[m.kind] })),
  });
}

export default function ProjectOverview() {
  const { project, role, roleName, steps, phases, organisationGroups, people, goals, measures } = useLoaderData<typeof loader>();
  const gapTotal = steps.reduce((sum, s) => sum + s.gapCount, 0);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {project.name}
      </Heading>
      <Paragraph>{project.description}</Paragraph>
      <Paragraph data-size="sm">
        Din rolle: <strong>{roleName}</strong>. Periode: {formatDate(project.startDate)}–{formatDate(project.endDate)}.
        {project.owner ? ` Eier: ${project.owner}.` : ""}
      </Paragraph>
      <Paragraph>
        <DsLink href={`/prosjekter/${project.id}/eksport.json`}>Last ned hele prosjektet (JSON)</DsLink>
        {role === "prosjektleder" ? (
          <>
            {" · "}
            <DsLink href={`/prosjekter/${project.id}/innstillinger`}>Endre prosjektopplysninger</DsLink>
          </>
        ) : null}
      </Paragraph>

      <section aria-labelledby="steg-overskrift" className="stack">
        <Heading level={2} data-size="md" id="steg-overskrift">
          Modell for kvalitetsforbedring
        </Heading>
        <Paragraph>
          {gapTotal === 0
            ? "Alle temaer har registrert arbeid."
            : `${gapTotal} ${gapTotal === 1 ? "tema mangler" : "temaer mangler"} registrert arbeid og er merket som hull.`}
        </Paragraph>
        <ol className="steps">
          {steps.map((step) => (
            <li key={step.id}>
              <Card data-color="neutral">
                <Heading level={3} data-size="sm">
                  Steg {step.number}: {step.name}
                  {step.id === project.currentStep ? " (nåværende steg)" : ""}
                </Heading>
                <ul className="themes">
                  {step.themes.map((theme) => (
                    <li key={theme.id} className={theme.isGap ? "theme theme--gap" : "theme"}>
                      <span>
                        <strong>{theme.name}</strong>
                        <br />
                        {theme.latest ? (
                          <span>
                            Sist: {theme.latest.title} ({formatDate(theme.latest.date)})
                          </span>
                        ) : (
                          <span>Ingenting registrert</span>
                        )}
                      </span>
                      <span>
                        {theme.isGap ? (
                          <Tag data-color="warning">Hull</Tag>
                        ) : (
                          <Tag data-color="success">
                            {theme.count} {theme.count === 1 ? "aktivitet" : "aktiviteter"}
                          </Tag>
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
              </Card>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="mal-overskrift" className="stack">
        <Heading level={2} data-size="md" id="mal-overskrift">
          Mål
        </Heading>
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Mål</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Vurdert</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {goals.map((goal) => (
              <Table.Row key={goal.id}>
                <Table.Cell>
                  <strong>
                    {goal.kindName}
                    {goal.number ? ` ${goal.number}` : ""}:
                  </strong>{" "}
                  {goal.title}
                </Table.Cell>
                <Table.Cell>{goal.statusName}</Table.Cell>
                <Table.Cell>{formatDate(goal.statusDate)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>

      <section aria-labelledby="maling-overskrift" className="stack">
        <Heading level={2} data-size="md" id="maling-overskrift">
          Målinger
        </Heading>
        {measures.length === 0 ? (
          <Paragraph>Ingen målinger er definert.</Paragraph>
        ) : (
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Måling</Table.HeaderCell>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>Datapunkter</Table.HeaderCell>
                <Table.HeaderCell>Siste verdi</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {measures.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>
                    {m.name}{" "}
                    {m.isIllustrative ? (
                      <Tag data-color="warning" title="Generert for demonstrasjon, ikke hentet fra en kilde">
                        Illustrativ
                      </Tag>
                    ) : null}
                  </Table.Cell>
                  <Table.Cell>{m.kindName}</Table.Cell>
                  <Table.Cell>{m.pointCount}</Table.Cell>
                  <Table.Cell>
                    {m.latestValue == null ? "" : `${formatNumber(m.latestValue)} ${m.unit} (${formatDate(m.latestDate)})`}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>

      <section aria-labelledby="faser-overskrift" className="stack">
        <Heading level={2} data-size="md" id="faser-overskrift">
          Faser
        </Heading>
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Fase</Table.HeaderCell>
              <Table.HeaderCell>Fra</Table.HeaderCell>
              <Table.HeaderCell>Til</Table.HeaderCell>
              <Table.HeaderCell>Innhold</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {phases.map((phase) => (
              <Table.Row key={phase.id}>
                <Table.Cell>{phase.name}</Table.Cell>
                <Table.Cell>{formatDate(phase.startDate)}</Table.Cell>
                <Table.Cell>{formatDate(phase.endDate)}</Table.Cell>
                <Table.Cell>{phase.description}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>

      <section aria-labelledby="org-overskrift" className="stack">
        <Heading level={2} data-size="md" id="org-overskrift">
          Organisasjoner
        </Heading>
        <div className="grid-2">
          {organisationGroups.map((group) => (
            <Card key={group.level} data-color="neutral">
              <Heading level={3} data-size="xs">
                {group.levelName} ({group.organisations.length})
              </Heading>
              <ul>
                {group.organisations.map((org) => (
                  <li key={org.id}>
                    {org.name}
                    {org.region ? ` – ${org.region}` : ""}
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      </section>

      <section aria-labelledby="personer-overskrift" className="stack">
        <Heading level={2} data-size="md" id="personer-overskrift">
          Personer
        </Heading>
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Navn</Table.HeaderCell>
              <Table.HeaderCell>Rolle i prosjektet</Table.HeaderCell>
              <Table.HeaderCell>Funksjon</Table.HeaderCell>
              <Table.HeaderCell>Organisasjon</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {people.map((person) => (
              <Table.Row key={person.id}>
                <Table.Cell>{person.name}</Table.Cell>
                <Table.Cell>{person.roleName}</Table.Cell>
                <Table.Cell>{person.position}</Table.Cell>
                <Table.Cell>{person.organisationName ?? ""}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>
    </div>
  );
}
