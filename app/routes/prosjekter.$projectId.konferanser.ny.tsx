import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ConferenceForm } from "../components/conference-form";
import { useChoicesForm } from "../components/forms";
import { conferenceSchema, toConferenceValues } from "../forms/conference";
import { createConference } from "../models/conference.server";
import { requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { conferenceChoices } from "../services/choices.server";
import { PROJECT_WRITERS } from "../utils/permissions";
import { AppLink } from "../components/app-link";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Registrer dialogkonferanse", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId } = await requireProjectRole(request, params.projectId, PROJECT_WRITERS);
  return json({ projectId, choices: conferenceChoices(projectId) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, PROJECT_WRITERS);
  const submission = parseWithZod(formData, { schema: conferenceSchema(conferenceChoices(projectId)) });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const conference = createConference({ projectId, userId: user.id, values: toConferenceValues(submission.value) });
  return redirectWithMessage(`/prosjekter/${projectId}/konferanser/${conference.id}`, "Konferansen er registrert.");
}

export default function NewConference() {
  const { projectId, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useChoicesForm(conferenceSchema, choices, lastResult, { stepTheme: "forberedelse/forankre" });
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/konferanser`}>Alle dialogkonferanser</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Registrer dialogkonferanse
      </Heading>
      <ConferenceForm form={form} fields={fields} choices={choices} submitLabel="Registrer konferansen" />
    </div>
  );
}
