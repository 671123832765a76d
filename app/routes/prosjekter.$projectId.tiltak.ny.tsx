import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useChoicesForm } from "../components/forms";
import { TiltakForm } from "../components/tiltak-form";
import { newTiltakSchema, toNewTiltak } from "../forms/tiltak";
import { createTiltak } from "../models/tiltak.server";
import { requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { tiltakChoices } from "../services/choices.server";
import { PROJECT_WRITERS } from "../utils/permissions";
import { todayIso } from "../utils/time";
import { AppLink } from "../components/app-link";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Nytt tiltak", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId } = await requireProjectRole(request, params.projectId, PROJECT_WRITERS);
  return json({ projectId, choices: tiltakChoices(projectId), today: todayIso() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, formData } = await requireProjectAction(request, params.projectId, PROJECT_WRITERS);
  const submission = parseWithZod(formData, { schema: newTiltakSchema({ ...tiltakChoices(projectId), today: todayIso() }) });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const created = createTiltak({ projectId, userId: user.id, ...toNewTiltak(submission.value) });
  return redirectWithMessage(`/prosjekter/${projectId}/tiltak/${created.id}`, "Tiltaket er registrert.");
}

export default function NewTiltak() {
  const { projectId, choices, today } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const schemaChoices = useMemo(() => ({ ...choices, today }), [choices, today]);
  const [form, fields] = useChoicesForm(newTiltakSchema, schemaChoices, lastResult, { ideaDate: today });
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/tiltak`}>Alle tiltak</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Nytt tiltak
      </Heading>
      <Paragraph>Nye tiltak starter som idé, fra dagen ideen ble registrert. Status endres på tiltakets side, og hver endring blir tatt vare på med datoen den gjelder fra.</Paragraph>
      <TiltakForm form={form} fields={fields} choices={choices} submitLabel="Opprett tiltaket" ideaDate={{ field: fields.ideaDate, today }} />
    </div>
  );
}
