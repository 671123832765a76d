import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput } from "../components/csrf-input";
import { FormErrors } from "../components/form-errors";
import { fieldProps } from "../components/form-fields";
import { useZodForm } from "../components/forms";
import { updateProjectDetails } from "../models/project-details.server";
import { getProject } from "../models/project.server";
import { notFound, requireProjectAction, requireProjectRole } from "../utils/access.server";
import { formatDate } from "../utils/format";
import { datePeriod, optionalText, requiredText, versionField } from "../utils/schemas";
import { CheckboxField, TextField } from "../components/fields";
import { AppLink } from "../components/app-link";

export const meta: MetaFunction = () => [{ title: "Prosjektopplysninger – Trinnvis" }];

const EDITORS = ["prosjektleder"] as const;

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
  return json({ project });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, EDITORS);
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
  return redirect(`/prosjekter/${projectId}`);
}

export default function ProjectSettings() {
  const { project } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
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
      <FormErrors errors={form.errors} />
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
        <TextField label="Startdato" type="date" {...fieldProps(fields.startDate)} />
        <TextField label="Sluttdato" type="date" {...fieldProps(fields.endDate)} />
        <CheckboxField
          label="Vis antall under 3 som «<3» i eksport og rapporter (personvern)"
          name="protectSmallCounts"
          value="on"
          defaultChecked={fields.protectSmallCounts.initialValue === "on"}
        />
        <div>
          <Button type="submit">Lagre</Button>
        </div>
      </Form>
    </div>
  );
}
