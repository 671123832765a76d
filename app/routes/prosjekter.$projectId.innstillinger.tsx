import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput } from "../components/csrf-input";
import { DoneMessage, freshFormKey } from "../components/done-message";
import { FormErrorSummary } from "../components/error-summary";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { updateProjectDetails } from "../models/project-details.server";
import { getProject, listPhases } from "../models/project.server";
import { createPhase, deletePhase, findPhaseByName, updatePhase } from "../models/phase.server";
import { PhaseSchema } from "../forms/project-setup";
import { CHECK_TIMING } from "../components/form-fields";
import { DataTable } from "../components/data-table";
import { IntentButton } from "../components/record-form";
import { notFound, parseId, requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { PROJECT_MANAGERS } from "../utils/permissions";
import { formatDate } from "../utils/format";
import { datePeriod, optionalText, requiredText, versionField } from "../utils/schemas";
import { CheckboxField, TextField } from "../components/fields";
import { DateField } from "../components/date-field";
import { AppLink } from "../components/app-link";
import { projectPageTitle } from "../utils/page-title";
import { SubmitButton } from "../components/submit-button";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Prosjektopplysninger", matches) }];

const EDITORS = PROJECT_MANAGERS;

const ProjectDetailsSchema = z
  .object({
    name: requiredText("Navn", 200),
    description: optionalText("Beskrivelse", 4000),
    owner: optionalText("Eier", 300),
    funder: optionalText("Finansiering", 300),
    targetGroup: optionalText("Målgruppe", 2000),
    protectSmallCounts: z.boolean().optional().default(false),
    version: versionField,
  })
  .and(datePeriod());

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId } = await requireProjectRole(request, params.projectId, EDITORS);
  const project = getProject(projectId);
  if (!project) throw notFound();
  return json({ project, phases: listPhases(projectId) });
}

type PhaseActionData = { phase: true; phaseId?: number; result?: SubmissionResult<string[]>; done?: string };

/** The phases part of the page: add, change, remove. */
function phaseAction(projectId: number, userId: number, intent: string, formData: FormData) {
  if (intent === "slett-fase") {
    if (!deletePhase({ projectId, userId, phaseId: parseId(formData.get("phaseId")) })) throw notFound();
    return json<PhaseActionData>({ phase: true, done: "Fasen er slettet." });
  }
  const phaseId = intent === "endre-fase" ? parseId(formData.get("phaseId")) : undefined;
  const submission = parseWithZod(formData, {
    schema: PhaseSchema.superRefine((v, ctx) => {
      const same = findPhaseByName(projectId, v.name);
      if (same && same.id !== phaseId) ctx.addIssue({ code: "custom", path: ["name"], message: "Prosjektet har allerede en fase med dette navnet" });
    }),
  });
  if (submission.status !== "success") return json<PhaseActionData>({ phase: true, phaseId, result: submission.reply() }, { status: 400 });
  if (phaseId === undefined) {
    createPhase({ projectId, userId, values: submission.value });
    return json<PhaseActionData>({ phase: true, result: submission.reply({ resetForm: true }), done: `Fasen ${submission.value.name} er lagt til.` });
  }
  if (!updatePhase({ projectId, userId, phaseId, values: submission.value })) throw notFound();
  return json<PhaseActionData>({ phase: true, done: "Fasen er endret." });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, EDITORS);
  const intent = String(formData.get("intent") ?? "");
  if (intent.endsWith("-fase")) return phaseAction(projectId, user.id, intent, formData);
  const submission = parseWithZod(formData, { schema: ProjectDetailsSchema });
  if (submission.status !== "success") return json({ result: submission.reply(), conflict: null }, { status: 400 });
  const { version, ...details } = submission.value;
  const result = updateProjectDetails({ projectId, version, userId: user.id, details });
  if (!result.ok) {
    return json(
      {
        result: submission.reply({
          formErrors: ["Noen andre har lagret endringer i prosjektet etter at du åpnet skjemaet. Det du skrev er ikke lagret. Se den lagrede versjonen under, og lagre på nytt."],
        }),
        conflict: result.current,
      },
      { status: 409 },
    );
  }
  return redirectWithMessage(`/prosjekter/${projectId}`, "Endringene er lagret.");
}

export default function ProjectSettings() {
  const { project, phases } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const phaseData = data && "phase" in data ? data : undefined;
  const actionData = data && "conflict" in data ? data : undefined;
  const [form, fields] = useZodForm(ProjectDetailsSchema, actionData?.result, { ...project, protectSmallCounts: project.protectSmallCounts ? "on" : "" });
  const conflict = actionData?.conflict;
  // After a conflict the next save must be against the version now stored.
  const version = conflict?.version ?? project.version;
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${project.id}`}>Tilbake til oversikten</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Prosjektopplysninger
      </Heading>
      <FormErrorSummary form={form} />
      {conflict ? (
        <section aria-labelledby="lagret-versjon" className="stack">
          <Heading level={2} data-size="sm" id="lagret-versjon">
            Lagret versjon ({formatDate(conflict.updatedAt)})
          </Heading>
          <dl>
            <dt>Navn</dt>
            <dd>{conflict.name}</dd>
            <dt>Beskrivelse</dt>
            <dd>{conflict.description}</dd>
            <dt>Periode</dt>
            <dd>
              {formatDate(conflict.startDate)}–{formatDate(conflict.endDate)}
            </dd>
          </dl>
        </section>
      ) : null}
      <Form method="post" className="form" {...getFormProps(form)}>
        <CsrfInput />
        <input type="hidden" name="version" value={version} key={version} />
        <TextField label="Navn" {...fieldProps(fields.name)} />
        <TextField
          label="Beskrivelse"
          multiline
          rows={4}
          {...fieldProps(fields.description)}
        />
        <TextField label="Eier" {...fieldProps(fields.owner)} />
        <TextField label="Finansiering" {...fieldProps(fields.funder)} />
        <TextField
          label="Målgruppe"
          multiline
          rows={3}
          {...fieldProps(fields.targetGroup)}
        />
        <DateField label="Startdato" {...fieldProps(fields.startDate)} />
        <DateField label="Sluttdato" {...fieldProps(fields.endDate)} />
        <CheckboxField
          label="Vis antall under 3 som «<3» i eksport og rapporter (personvern)"
          name="protectSmallCounts"
          value="on"
          defaultChecked={fields.protectSmallCounts.initialValue === "on"}
        />
        <div>
          <SubmitButton>Lagre</SubmitButton>
        </div>
      </Form>

      <section aria-labelledby="faser" className="stack">
        <Heading level={2} data-size="md" id="faser">
          Faser
        </Heading>
        <Paragraph>For eksempel forprosjekt og hovedprosjekt. Fasene vises på oversikten og i diagrammene.</Paragraph>
        <DoneMessage message={phaseData?.done} />
        {phases.length === 0 ? (
          <Paragraph>Ingen faser er lagt til ennå.</Paragraph>
        ) : (
          <DataTable
            caption="Prosjektets faser"
            headers={["Fase", "Periode", <span key="h" className="visually-hidden">Handlinger</span>]}
            rows={phases.map((phase) => ({
              key: phase.id,
              cells: [
                phase.name,
                phase.endDate ? `${formatDate(phase.startDate)}–${formatDate(phase.endDate)}` : `fra ${formatDate(phase.startDate)}`,
                <div key="actions" className="stack">
                  <details open={phaseData?.phaseId === phase.id}>
                    <summary>Endre {phase.name}</summary>
                    <PhaseForm key={freshFormKey(phaseData)} intent="endre-fase" phase={phase} lastResult={phaseData?.phaseId === phase.id ? phaseData.result : undefined} />
                  </details>
                  <IntentButton intent="slett-fase" fields={{ phaseId: phase.id }} confirmMessage={`Slette fasen ${phase.name}?`} variant="tertiary" data-color="danger" data-size="sm">
                    Slett {phase.name}
                  </IntentButton>
                </div>,
              ],
            }))}
          />
        )}
        <Heading level={3} data-size="sm">
          Ny fase
        </Heading>
        <PhaseForm key={`ny-fase-${freshFormKey(phaseData)}`} intent="ny-fase" lastResult={phaseData && phaseData.phaseId === undefined ? phaseData.result : undefined} />
      </section>
    </div>
  );
}

type Phase = { id: number; name: string; description: string; startDate: string; endDate: string | null };

function PhaseForm({ intent, phase, lastResult }: { intent: "ny-fase" | "endre-fase"; phase?: Phase; lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useForm({
    id: phase ? `fase-${phase.id}` : "ny-fase",
    lastResult,
    ...CHECK_TIMING,
    defaultValue: phase ? { name: phase.name, description: phase.description, startDate: phase.startDate, endDate: phase.endDate ?? "" } : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PhaseSchema }),
  });
  return (
    <Form method="post" className="form" {...getFormProps(form)}>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {phase ? <input type="hidden" name="phaseId" value={phase.id} /> : null}
      <FormErrorSummary form={form} />
      <TextField label="Navn på fasen" {...fieldProps(fields.name)} />
      <TextField label="Beskrivelse" multiline rows={2} {...fieldProps(fields.description)} />
      <DateField label="Startdato" {...fieldProps(fields.startDate)} />
      <DateField label="Sluttdato" description="Valgfri." {...fieldProps(fields.endDate)} />
      <div>
        <SubmitButton data-size="sm">
          {phase ? "Lagre fasen" : "Legg til fasen"}
        </SubmitButton>
      </div>
    </Form>
  );
}
