import { parseWithZod } from "@conform-to/zod";
import { Alert, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { CONFLICT_MESSAGE } from "../components/conflict-notice";
import { DataTable } from "../components/data-table";
import { DoneMessage, freshFormKey } from "../components/done-message";
import { EditGoalForm, GoalStatusForm, NewGoalForm } from "../components/goal-forms";
import { EditGoalSchema, goalStatusSchema, NewGoalSchema } from "../forms/goal";
import { addGoalStatus, createGoal, deleteGoal, listGoals, updateGoal } from "../models/goal.server";
import { notFound, parseId, requireProjectAction, requireProjectRole, requireRecordDeleter } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { getContent } from "../utils/content.server";
import { formatDate } from "../utils/format";
import { canWriteProjectRecords, hasRole, PROJECT_WRITERS, RECORD_DELETERS } from "../utils/permissions";
import { IntentButton } from "../components/record-form";
import { todayIso } from "../utils/time";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Mål", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const labels = getContent().labels;
  return json({
    goals: listGoals(projectId),
    labels: { kinds: labels.goalKinds, statuses: labels.goalStatuses },
    canWrite: canWriteProjectRecords(role),
    canDelete: hasRole(role, RECORD_DELETERS),
    today: todayIso(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, role, formData } = await requireProjectAction(request, params.projectId, PROJECT_WRITERS);
  const intent = String(formData.get("intent"));
  const goalId = Number(formData.get("goalId")) || null;
  const reply = (result: unknown, status = 400) => json({ intent, goalId, result, done: null as string | null }, { status });
  const here = `/prosjekter/${projectId}/mal`;
  if (intent === "slett") {
    requireRecordDeleter(role);
    if (!deleteGoal({ projectId, goalId: parseId(formData.get("goalId")), userId: user.id })) throw notFound();
    return redirectWithMessage(here, "Målet er slettet.");
  }
  if (intent === "nytt-mal") {
    const submission = parseWithZod(formData, { schema: NewGoalSchema });
    if (submission.status !== "success") return reply(submission.reply());
    const created = createGoal({ projectId, userId: user.id, ...submission.value });
    if (!created) return reply(submission.reply({ formErrors: ["Prosjektet har allerede et hovedmål. Endre det i stedet."] }), 409);
    return redirectWithMessage(here, "Målet er lagt til.");
  }
  if (intent === "endre") {
    const submission = parseWithZod(formData, { schema: EditGoalSchema });
    if (submission.status !== "success") return reply(submission.reply());
    const saved = updateGoal({ projectId, userId: user.id, ...submission.value });
    if (saved.status === "not_found") throw notFound();
    if (saved.status === "conflict") return reply(submission.reply({ formErrors: [`${CONFLICT_MESSAGE} Lagret: «${saved.current.title}».`] }), 409);
    return redirectWithMessage(here, "Endringene er lagret.");
  }
  if (intent === "status") {
    const today = todayIso();
    const submission = parseWithZod(formData, { schema: goalStatusSchema(today) });
    if (submission.status !== "success") return reply(submission.reply());
    const { intent: _intent, ...values } = submission.value;
    const result = addGoalStatus({ projectId, userId: user.id, today, ...values });
    if (result.status === "not_found") throw notFound();
    if (result.status === "invalid_date") {
      // A date before the latest evaluation: the message is on the date, and the reason is asked for too.
      const fieldErrors: Record<string, string[]> = { date: [result.message] };
      if (values.date <= today && !values.reason) fieldErrors.reason = ["Skriv hvorfor vurderingen dateres før målets siste vurdering"];
      return reply(submission.reply({ fieldErrors }));
    }
    return json({ intent, goalId, result: submission.reply({ resetForm: true }), done: `Vurderingen ${formatDate(values.date)} er registrert.` });
  }
  throw new Response("Ukjent handling", { status: 400 });
}

export default function GoalsPage() {
  const { goals, labels, canWrite, canDelete, today } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const resultFor = (intent: string, goalId: number | null = null) =>
    data && data.intent === intent && data.goalId === goalId ? (data.result as Parameters<typeof NewGoalForm>[0]["lastResult"]) : undefined;
  const doneFor = (intent: string, goalId: number) => (data && data.intent === intent && data.goalId === goalId ? data.done : null);
  const statusOptions = Object.entries(labels.statuses).map(([value, label]) => ({ value, label }));
  const hasMainGoal = goals.some((g) => g.kind === "hovedmal");
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Mål
      </Heading>
      {!hasMainGoal ? <Alert data-color="warning">Prosjektet har ikke noe hovedmål ennå.</Alert> : null}
      {goals.map((goal) => (
        <Card key={goal.id} data-color="neutral">
          <Heading level={2} data-size="sm">
            {labels.kinds[goal.kind]}
            {goal.number ? ` ${goal.number}` : ""}: {goal.title}
          </Heading>
          {goal.description ? <Paragraph>{goal.description}</Paragraph> : null}
          {goal.history.length === 0 ? (
            <Paragraph>Ingen vurdering registrert.</Paragraph>
          ) : (
            <DataTable
              caption={`Statushistorikk for ${labels.kinds[goal.kind].toLowerCase()} ${goal.number ?? ""}`}
              headers={["Dato", "Status", "Kommentar", "Begrunnelse"]}
              rows={goal.history.map((h) => ({ key: h.id, cells: [formatDate(h.date), labels.statuses[h.status], h.comment, h.reason] }))}
            />
          )}
          {canWrite ? (
            <>
              <DoneMessage message={doneFor("status", goal.id)} />
              <details open={Boolean(resultFor("status", goal.id))}>
                <summary>Registrer vurdering</summary>
                <GoalStatusForm
                  key={`${goal.history.length}-${freshFormKey(data)}`}
                  goalId={goal.id}
                  statuses={statusOptions}
                  lastResult={resultFor("status", goal.id)}
                  today={today}
                  latestDate={goal.history[0]?.date ?? null}
                />
              </details>
              <details open={Boolean(resultFor("endre", goal.id))}>
                <summary>Endre målet</summary>
                <EditGoalForm goal={goal} lastResult={resultFor("endre", goal.id)} />
                {canDelete && goal.kind === "delmal" ? (
                  <IntentButton intent="slett" fields={{ goalId: goal.id }} confirmMessage={`Slette delmålet «${goal.title}»?`} variant="tertiary" data-color="danger" data-size="sm">
                    Slett delmålet
                  </IntentButton>
                ) : null}
              </details>
            </>
          ) : null}
        </Card>
      ))}
      {canWrite ? (
        <section aria-labelledby="nytt-mal" className="stack">
          <Heading level={2} data-size="md" id="nytt-mal">
            {hasMainGoal ? "Nytt delmål" : "Hovedmål"}
          </Heading>
          <NewGoalForm key={goals.length} kind={hasMainGoal ? "delmal" : "hovedmal"} lastResult={resultFor("nytt-mal")} submitLabel={hasMainGoal ? "Legg til delmål" : "Lagre hovedmålet"} />
        </section>
      ) : null}
    </div>
  );
}
