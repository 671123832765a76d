import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useChoicesForm } from "../components/forms";
import { MeasureForm } from "../components/measure-form";
import { measureSchema, toMeasureValues } from "../forms/measure";
import { createMeasure } from "../models/measure.server";
import { requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { measureChoices } from "../services/choices.server";
import { PROJECT_WRITERS } from "../utils/permissions";
import { AppLink } from "../components/app-link";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Ny måling", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId } = await requireProjectRole(request, params.projectId, PROJECT_WRITERS);
  return json({ projectId, choices: measureChoices(projectId) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, PROJECT_WRITERS);
  const submission = parseWithZod(formData, { schema: measureSchema(measureChoices(projectId)) });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const created = createMeasure({ projectId, userId: user.id, values: toMeasureValues(submission.value) });
  return redirectWithMessage(`/prosjekter/${projectId}/malinger/${created.id}/data`, "Målingen er opprettet. Legg inn de første målepunktene.");
}

export default function NewMeasure() {
  const { projectId, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useChoicesForm(measureSchema, choices, lastResult, { chartType: "run", multiplier: "1" });
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/malinger`}>Alle målinger</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Ny måling
      </Heading>
      <MeasureForm form={form} fields={fields} choices={choices} submitLabel="Opprett målingen" />
    </div>
  );
}
