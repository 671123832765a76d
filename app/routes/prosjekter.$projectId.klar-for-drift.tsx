import { parseWithZod } from "@conform-to/zod";
import { Alert, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { DataTable } from "../components/data-table";
import { IntentButton } from "../components/record-form";
import { CheckAnswerForm } from "../components/readiness/check-answer-form";
import { ResponsibilityGaps } from "../components/readiness/responsibility-gaps";
import { STATUS_TEXT, VERDICT_TEXT, type CheckStatus } from "../domain/readiness";
import { AsOfPicker } from "../components/as-of-picker";
import { asOfFor } from "../utils/as-of";
import { checkChoicesFrom, ReadinessAnswerSchema, SnapshotSchema } from "../forms/readiness";
import { getProject } from "../models/project.server";
import { clearReadinessAnswer, listReadinessAnswers, listSnapshots, saveReadinessAnswer } from "../models/readiness.server";
import { projectReadiness, takeSnapshot } from "../services/readiness.server";
import { projectResponsibilityGaps } from "../services/responsibility.server";
import { redirectWithMessage } from "../services/flash.server";
import { notFound, requireProjectAction, requireProjectRole } from "../services/access.server";
import { countOf, formatDate } from "../utils/format";
import { AUDIT_LEADERS, hasRole, READINESS_ANSWERERS } from "../utils/permissions";
import { todayIso } from "../utils/time";
import { AppLink } from "../components/app-link";
import { projectPageTitle } from "../utils/page-title";
import { formatDateTime } from "../utils/time";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Klar for drift?", matches) }];

const STATUS_COLOR: Record<CheckStatus, "success" | "warning" | "danger" | "neutral"> = {
  bestatt: "success",
  advarsel: "warning",
  ikke_bestatt: "danger",
  ubesvart: "danger",
  ikke_relevant: "neutral",
};
const VERDICT_COLOR = { klar: "success", nesten: "warning", ikke_klar: "danger" } as const;

function assessmentDate(request: Request, projectId: number) {
  const project = getProject(projectId);
  if (!project) throw notFound();
  return asOfFor(new URL(request.url), project, todayIso());
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const { asOf, basis, problem, typed } = assessmentDate(request, projectId);
  const readiness = projectReadiness(projectId, asOf);
  const answers = Object.fromEntries(
    listReadinessAnswers(projectId).map((a) => [a.checkId, { status: a.status, evidence: a.evidence, notRelevantReason: a.notRelevantReason, answeredOn: a.answeredOn }]),
  );
  const today = todayIso();
  return json({
    projectId,
    asOf,
    basis,
    asOfProblem: problem ? { problem, typed } : null,
    readiness,
    answers,
    answerDate: asOf < today ? asOf : today,
    choices: checkChoicesFrom(readiness.checks),
    snapshots: listSnapshots(projectId),
    // Who is responsible is not dated: the gaps are as of today, whatever day the checks are read on.
    gaps: projectResponsibilityGaps(projectId),
    today,
    canAnswer: hasRole(role, READINESS_ANSWERERS),
    canSnapshot: hasRole(role, AUDIT_LEADERS),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, role, formData } = await requireProjectAction(request, params.projectId, AUDIT_LEADERS);
  const intent = String(formData.get("intent"));
  const here = `/prosjekter/${projectId}/klar-for-drift${new URL(request.url).search}`;
  if (intent === "oyeblikksbilde") {
    const submission = parseWithZod(formData, { schema: SnapshotSchema });
    if (submission.status !== "success") return json({ intent, checkId: null, result: submission.reply() }, { status: 400 });
    takeSnapshot({ projectId, userId: user.id, asOf: submission.value.asOf });
    return redirectWithMessage(here, `Øyeblikksbildet for ${formatDate(submission.value.asOf)} er lagret.`);
  }
  if (!hasRole(role, READINESS_ANSWERERS)) throw new Response("Bare prosjektlederen svarer på punktene", { status: 403 });
  const checkId = String(formData.get("checkId") ?? "");
  const { asOf } = assessmentDate(request, projectId);
  const choices = checkChoicesFrom(projectReadiness(projectId, asOf).checks);
  if (intent === "fjern-svar") {
    if (!choices.checkIds.includes(checkId)) throw notFound();
    clearReadinessAnswer({ projectId, userId: user.id, checkId });
    return redirectWithMessage(here, "Svaret er fjernet.");
  }
  if (intent === "svar") {
    const submission = parseWithZod(formData, { schema: ReadinessAnswerSchema(choices) });
    if (submission.status !== "success") return json({ intent, checkId, result: submission.reply() }, { status: 400 });
    // Unless the leader dates it, an answer given while looking at an earlier day holds from that day.
    const today = todayIso();
    const { answeredOn, ...answer } = submission.value;
    saveReadinessAnswer({ projectId, userId: user.id, ...answer, answeredOn: answeredOn ?? (asOf < today ? asOf : today) });
    return redirectWithMessage(here, "Svaret er lagret.");
  }
  throw new Response("Ukjent handling", { status: 400 });
}

export default function ReadinessPage() {
  const { projectId, asOf, basis, asOfProblem, readiness, answers, answerDate, choices, snapshots, gaps, today, canAnswer, canSnapshot } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const resultFor = (checkId: string) => (data?.intent === "svar" && data.checkId === checkId ? (data.result as Parameters<typeof CheckAnswerForm>[0]["lastResult"]) : undefined);
  const passed = readiness.checks.filter((c) => c.status === "bestatt" || c.status === "ikke_relevant").length;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        Klar for drift?
      </Heading>
      <Paragraph>Sjekkene regnes ut fra prosjektets egne data. Det dataene ikke kan svare på, svarer prosjektlederen på med dokumentasjon.</Paragraph>
      <AsOfPicker asOf={asOf} basis={basis} {...asOfProblem} />
      <Alert data-color={VERDICT_COLOR[readiness.verdict]}>
        <Heading level={2} data-size="sm">
          {VERDICT_TEXT[readiness.verdict]} per {formatDate(asOf)}
        </Heading>
        <Paragraph>
          {passed} av {countOf(readiness.checks.length, "punkt", "punkter")} er bestått eller ikke relevante.
        </Paragraph>
      </Alert>
      {readiness.todo.length ? (
        <section aria-labelledby="gjenstar" className="stack">
          <Heading level={2} data-size="md" id="gjenstar">
            Dette må gjøres før overlevering
          </Heading>
          <ol>
            {readiness.todo.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <ResponsibilityGaps gaps={gaps} today={today} asOf={asOf} />
      <section aria-labelledby="sjekker" className="stack">
        <Heading level={2} data-size="md" id="sjekker">
          Sjekkene
        </Heading>
        <ul className="checks">
          {readiness.checks.map((check) => (
            <li key={check.id} className="stack check" id={`sjekk-${check.id}`}>
              <Heading level={3} data-size="xs">
                {check.title}
              </Heading>
              <Paragraph>
                <Tag data-color={STATUS_COLOR[check.status]}>{STATUS_TEXT[check.status]}</Tag> {check.detail}
              </Paragraph>
              {check.evidence ? <Paragraph data-size="sm">Dokumentasjon: {check.evidence}</Paragraph> : null}
              <Paragraph data-size="sm">
                <AppLink to={`/prosjekter/${projectId}${check.link ? `/${check.link}` : ""}`}>{check.status === "bestatt" ? "Se grunnlaget" : "Gå til det som mangler"}</AppLink>
              </Paragraph>
              {canAnswer ? (
                <details open={Boolean(resultFor(check.id))}>
                  <summary>{check.acceptsAnswer ? "Svar på punktet" : "Marker som ikke relevant"}</summary>
                  <CheckAnswerForm checkId={check.id} acceptsAnswer={check.acceptsAnswer} choices={choices} saved={answers[check.id] ?? null} defaultDate={answerDate} lastResult={resultFor(check.id)} />
                  {answers[check.id] ? (
                    <IntentButton intent="fjern-svar" fields={{ checkId: check.id }} confirmMessage={`Fjerne svaret på «${check.title}»?`} variant="tertiary" data-size="sm">
                      Fjern svaret
                    </IntentButton>
                  ) : null}
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="historikk" className="stack">
        <Heading level={2} data-size="md" id="historikk">
          Øyeblikksbilder
        </Heading>
        {snapshots.length === 0 ? (
          <Paragraph>Ingen øyeblikksbilder er lagret ennå.</Paragraph>
        ) : (
          <DataTable
            caption="Lagrede øyeblikksbilder av sjekken, nyeste først"
            headers={["Lagret", "Vurdert per", "Resultat", "Bestått", "Advarsler", "Åpne punkter"]}
            rows={snapshots.map((s) => ({
              key: s.id,
              cells: [formatDateTime(s.takenAt), formatDate(s.asOf), VERDICT_TEXT[s.verdict], s.passed, s.warnings, s.open],
            }))}
          />
        )}
        {canSnapshot ? (
          <IntentButton intent="oyeblikksbilde" fields={{ asOf }} variant="secondary">
            Lagre øyeblikksbilde
          </IntentButton>
        ) : null}
      </section>
    </div>
  );
}
