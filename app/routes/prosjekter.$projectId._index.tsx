import { Card, Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { AsOfPicker } from "../components/as-of-picker";
import { StepStatus } from "../components/steering/step-status";
import { hasRole, PROJECT_EXPORTERS, PROJECT_MANAGERS, STEP_DECIDERS, STEP_REQUESTERS } from "../utils/permissions";
import { DataTable } from "../components/data-table";
import { IllustrativeTag } from "../components/illustrative-tag";
import { OverviewSection } from "../components/overview/overview-section";
import { StepCoverageList } from "../components/overview/step-coverage-list";
import { getProject } from "../models/project.server";
import { projectOverview } from "../services/project-overview.server";
import { notFound, requireProjectRole } from "../services/access.server";
import { getContent } from "../utils/content.server";
import { asOfFor } from "../utils/as-of";
import { formatDate, formatNumber } from "../utils/format";
import { todayIso } from "../utils/time";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.project.name} – Trinnvis` : "Prosjekt – Trinnvis" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const project = getProject(projectId);
  if (!project) throw notFound();
  const asOf = asOfFor(new URL(request.url), project, todayIso());
  const { stepNames, ...overview } = projectOverview(projectId, asOf.asOf);
  const { id, name, description, owner, startDate, endDate, currentStep } = project;
  return json({
    project: { id, name, description, owner, startDate, endDate, currentStep },
    role,
    currentStepName: stepNames[project.currentStep],
    canRequestStep: hasRole(role, STEP_REQUESTERS),
    canDecideStep: hasRole(role, STEP_DECIDERS),
    canManage: hasRole(role, PROJECT_MANAGERS),
    canExport: hasRole(role, PROJECT_EXPORTERS),
    roleName: getContent().labels.projectRoles[role],
    asOf,
    ...overview,
  });
}

export default function ProjectOverview() {
  const { project, roleName, asOf, steps, phases, organisationGroups, people, groups, setup, canManage, canExport, goals, measures, followUp, stuckTiltak, leaderGaps, currentStepName, pendingReview, canRequestStep, canDecideStep } =
    useLoaderData<typeof loader>();
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
      {canExport || canManage ? (
        <Paragraph>
          {canExport ? <DsLink href={`/prosjekter/${project.id}/eksport.json`}>Last ned hele prosjektet (JSON)</DsLink> : null}
          {canExport && canManage ? " · " : null}
          {canManage ? <AppLink to={`/prosjekter/${project.id}/innstillinger`}>Endre prosjektopplysninger</AppLink> : null}
        </Paragraph>
      ) : null}

      {canManage && setup.length > 0 ? (
        <OverviewSection id="kom-i-gang-overskrift" title="Kom i gang">
          <Paragraph>Dette bør være på plass først:</Paragraph>
          <ol className="setup-steps">
            {setup.map((step) => (
              <li key={step.id}>
                {step.done ? (
                  <>
                    <span className="visually-hidden">Gjort: </span>
                    <s>{step.text}</s>
                  </>
                ) : (
                  <AppLink to={`/prosjekter/${project.id}/${step.path}`}>{step.text}</AppLink>
                )}
              </li>
            ))}
          </ol>
        </OverviewSection>
      ) : null}

      <OverviewSection id="oppmerksomhet-overskrift" title="Trenger oppmerksomhet">
        <AsOfPicker {...asOf} label="Status per" />
        <ul>
          {followUp.total > 0 ? (
            <li>
              <AppLink to={`/prosjekter/${project.id}/konferanser`}>
                {followUp.open} av {followUp.total} innspill fra dialogkonferansene
              </AppLink>{" "}
              er ikke fulgt opp.
            </li>
          ) : null}
          <li>
            <AppLink to={`/prosjekter/${project.id}/tiltak`}>{stuckTiltak} tiltak</AppLink> står stille (evaluering passert eller ingen
            statusendring på et halvt år).
          </li>
          {leaderGaps.map((gap) => (
            <li key={gap}>
              <AppLink to={`/prosjekter/${project.id}/forankring`}>{gap}</AppLink>
            </li>
          ))}
        </ul>
      </OverviewSection>

      <OverviewSection id="steg-overskrift" title="Modell for kvalitetsforbedring">
        <Paragraph>
          {gapTotal === 0
            ? "Alle temaer har registrert arbeid."
            : `${gapTotal} ${gapTotal === 1 ? "tema mangler" : "temaer mangler"} registrert arbeid og er merket som hull.`}
        </Paragraph>
        <StepCoverageList steps={steps} currentStep={project.currentStep} />
        <StepStatus currentStepName={currentStepName} pending={pendingReview} />
        <Paragraph>
          <AppLink to={`/prosjekter/${project.id}/steg`}>
            {pendingReview && canDecideStep ? "Avgjør forespørselen" : !pendingReview && canRequestStep ? "Be styringsgruppen godkjenne steget" : "Godkjenning av steg og historikk"}
          </AppLink>
        </Paragraph>
      </OverviewSection>

      <OverviewSection id="mal-overskrift" title="Mål">
        {goals.length === 0 ? (
          <Paragraph>Ingen mål er registrert ennå.</Paragraph>
        ) : (
          <DataTable
            caption="Hovedmål og delmål med siste status"
            headers={["Mål", "Status", "Vurdert"]}
            rows={goals.map((goal) => ({
              key: goal.id,
              cells: [
                <>
                  <strong>{goal.label}:</strong> {goal.title}
                </>,
                goal.statusName,
                formatDate(goal.statusDate),
              ],
            }))}
          />
        )}
      </OverviewSection>

      <OverviewSection id="maling-overskrift" title="Målinger">
        {measures.length === 0 ? (
          <Paragraph>Ingen målinger er definert.</Paragraph>
        ) : (
          <DataTable
            caption="Målinger med siste verdi"
            headers={["Måling", "Type", "Datapunkter", "Siste verdi"]}
            rows={measures.map((m) => ({
              key: m.id,
              cells: [
                <>
                  {m.name}{" "}
                  {m.isIllustrative ? <IllustrativeTag /> : null}
                </>,
                m.kindName,
                m.pointCount,
                m.latestValue == null ? "" : `${formatNumber(m.latestValue)} ${m.unit} (${formatDate(m.latestDate)})`,
              ],
            }))}
          />
        )}
      </OverviewSection>

      <OverviewSection id="faser-overskrift" title="Faser">
        {phases.length === 0 ? (
          <Paragraph>Ingen faser er registrert ennå.</Paragraph>
        ) : (
          <DataTable
            caption="Prosjektets faser"
            headers={["Fase", "Fra", "Til", "Innhold"]}
            rows={phases.map((phase) => ({
              key: phase.id,
              cells: [phase.name, formatDate(phase.startDate), formatDate(phase.endDate), phase.description],
            }))}
          />
        )}
      </OverviewSection>

      <OverviewSection id="org-overskrift" title="Organisasjoner">
        {organisationGroups.length === 0 ? (
          <Paragraph>
            Ingen organisasjoner er lagt til ennå. <AppLink to={`/prosjekter/${project.id}/organisasjoner`}>Legg til organisasjoner</AppLink>
          </Paragraph>
        ) : null}
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
      </OverviewSection>

      <OverviewSection id="organisering-overskrift" title="Prosjektorganisering">
        {groups.length === 0 ? (
          <Paragraph>Ingen grupper er registrert ennå.</Paragraph>
        ) : (
          <div className="grid-2">
            {groups.map((group) => (
              <Card key={group.id} data-color="neutral">
                <Heading level={3} data-size="xs">
                  {group.name} ({group.kindName.toLowerCase()})
                </Heading>
                {group.members.length === 0 ? (
                  <Paragraph data-size="sm">Ingen personer ennå.</Paragraph>
                ) : (
                  <ul>
                    {group.members.map((m) => (
                      <li key={m.id}>
                        {m.name}
                        {[m.function, m.organisationName].filter(Boolean).length ? ` – ${[m.function, m.organisationName].filter(Boolean).join(", ")}` : ""}
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            ))}
          </div>
        )}
        <Paragraph>
          <AppLink to={`/prosjekter/${project.id}/organisering`}>{canManage ? "Endre prosjektorganiseringen" : "Se prosjektorganiseringen"}</AppLink>
        </Paragraph>
      </OverviewSection>

      <OverviewSection id="personer-overskrift" title="Personer">
        <DataTable
          caption="Personer i prosjektet og rollene deres"
          headers={["Navn", "Rolle i prosjektet", "Funksjon", "Organisasjon"]}
          rows={people.map((person) => ({
            key: person.id,
            cells: [person.name, person.roleName, person.position, person.organisationName ?? ""],
          }))}
        />
      </OverviewSection>
    </div>
  );
}
