import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ActivityForm } from "../components/activity-form";
import { useChoicesForm } from "../components/forms";
import { activitySchema, toActivityValues } from "../forms/activity";
import { createActivity } from "../models/activity.server";
import { requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { activityChoices } from "../services/choices.server";
import { PROJECT_WRITERS } from "../utils/permissions";
import { AppLink } from "../components/app-link";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Registrer aktivitet", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId } = await requireProjectRole(request, params.projectId, PROJECT_WRITERS);
  return json({ projectId, choices: activityChoices(projectId) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, PROJECT_WRITERS);
  const submission = parseWithZod(formData, { schema: activitySchema(activityChoices(projectId)) });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const activity = createActivity({ projectId, userId: user.id, values: toActivityValues(submission.value) });
  return redirectWithMessage(`/prosjekter/${projectId}/aktiviteter/${activity.id}`, "Aktiviteten er registrert.");
}

export default function NewActivity() {
  const { projectId, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useChoicesForm(activitySchema, choices, lastResult);
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/aktiviteter`}>Alle aktiviteter</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Registrer aktivitet
      </Heading>
      <ActivityForm form={form} fields={fields} choices={choices} submitLabel="Registrer aktiviteten" />
    </div>
  );
}
