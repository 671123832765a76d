import { parseWithZod } from "@conform-to/zod";
import { Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ActivityForm } from "../components/activity-form";
import { ConflictNotice } from "../components/conflict-notice";
import { IntentButton } from "../components/record-form";
import { useChoicesForm } from "../components/forms";
import { activityFormValues, activitySchema, toActivityValues, type ActivityChoices } from "../forms/activity";
import { deleteActivity, getActivity, updateActivity } from "../models/activity.server";
import { notFound, parseId, requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { describeActivity } from "../utils/activity-display";
import { activityChoices } from "../services/choices.server";
import { formatDate } from "../utils/format";
import { canDeleteRecord, canWriteProjectRecords, PROJECT_WRITERS } from "../utils/permissions";
import { AppLink } from "../components/app-link";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [{ title: projectPageTitle(data?.activity.title ?? "Aktivitet", matches) }];

function loadActivity(projectId: number, activityIdParam: unknown) {
  const activity = getActivity(projectId, parseId(activityIdParam));
  if (!activity) throw notFound();
  return activity;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role, user } = await requireProjectRole(request, params.projectId);
  const activity = loadActivity(projectId, params.activityId);
  return json({
    projectId,
    activity,
    choices: activityChoices(projectId),
    canWrite: canWriteProjectRecords(role),
    canDelete: canDeleteRecord(role, activity.createdBy, user.id),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, role, formData } = await requireProjectAction(request, params.projectId, PROJECT_WRITERS);
  const activity = loadActivity(projectId, params.activityId);
  if (formData.get("intent") === "slett") {
    if (!canDeleteRecord(role, activity.createdBy, user.id)) {
      throw new Response("Du kan bare slette aktiviteter du har registrert selv. Be prosjektlederen om å slette denne.", { status: 403 });
    }
    deleteActivity({ projectId, activityId: activity.id, userId: user.id });
    return redirectWithMessage(`/prosjekter/${projectId}/aktiviteter`, "Aktiviteten er slettet.");
  }
  const schema = activitySchema(activityChoices(projectId));
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return json({ result: submission.reply(), conflict: null }, { status: 400 });
  const result = updateActivity({
    projectId,
    activityId: activity.id,
    version: submission.value.version ?? 0,
    userId: user.id,
    values: toActivityValues(submission.value),
  });
  if (result.status === "not_found") throw notFound();
  if (result.status === "conflict") return json({ result: submission.reply(), conflict: result.current }, { status: 409 });
  return redirectWithMessage(`/prosjekter/${projectId}/aktiviteter/${activity.id}`, "Endringene er lagret.");
}

export default function ActivityPage() {
  const { projectId, activity, choices, canWrite, canDelete } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useChoicesForm(activitySchema, choices, actionData?.result, activityFormValues(activity));
  const conflict = actionData?.conflict;
  const shown = conflict ?? activity;
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/aktiviteter`}>Alle aktiviteter</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {activity.title}
      </Heading>
      {conflict ? (
        <ConflictNotice>
          <ActivityDetails activity={conflict} choices={choices} />
        </ConflictNotice>
      ) : (
        <ActivityDetails activity={activity} choices={choices} />
      )}
      {canWrite ? (
        <>
          <Heading level={2} data-size="md">
            Endre aktiviteten
          </Heading>
          <ActivityForm form={form} fields={fields} choices={choices} version={shown.version} submitLabel="Lagre endringene" />
          {canDelete ? (
            <>
              <Heading level={2} data-size="md">
                Slett aktiviteten
              </Heading>
              <IntentButton intent="slett" confirmMessage={`Slette aktiviteten «${activity.title}»?`} variant="secondary" data-color="danger">
                Slett aktiviteten
              </IntentButton>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

type Shown = Parameters<typeof describeActivity>[0] & {
  startDate: string;
  endDate: string | null;
  description: string;
  evidenceUrl: string | null;
  organisations: { id: number; name: string }[];
};

function ActivityDetails({ activity, choices }: { activity: Shown; choices: ActivityChoices }) {
  const text = describeActivity(activity, choices);
  return (
    <dl className="details">
      <dt>Dato</dt>
      <dd>{activity.endDate ? `${formatDate(activity.startDate)}–${formatDate(activity.endDate)}` : formatDate(activity.startDate)}</dd>
      <dt>Type</dt>
      <dd>{text.type}</dd>
      <dt>Steg og tema</dt>
      <dd>
        {text.step}: {text.theme}
      </dd>
      <dt>Målgruppe</dt>
      <dd>{text.audiences.join(", ") || "Ikke oppgitt"}</dd>
      <dt>Organisasjoner</dt>
      <dd>{activity.organisations.map((o) => o.name).join(", ") || "Ingen oppgitt"}</dd>
      <dt>Beskrivelse</dt>
      <dd>{activity.description || "–"}</dd>
      {activity.evidenceUrl ? (
        <>
          <dt>Dokumentasjon</dt>
          <dd>
            <DsLink href={activity.evidenceUrl} rel="noopener noreferrer">
              {activity.evidenceUrl}
            </DsLink>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
