import { parseWithZod } from "@conform-to/zod";
import { Alert, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useParams } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { IntentButton } from "../components/record-form";
import { FormErrors } from "../components/form-errors";
import { AnswerForm } from "../components/sustainability/answer-form";
import { ReviewForm } from "../components/sustainability/review-form";
import { ReviewTable, RoundResults } from "../components/sustainability/round-results";
import { shapeOf } from "../components/sustainability/types";
import { mayViewAnswers, weightedTotal } from "../domain/sustainability";
import { AnswersSchema, ReviewsSchema, type AnswerValues, type ReviewValues } from "../forms/sustainability";
import {
  getRoundDetail,
  profileOf,
  roundRefusal,
  saveAnswers,
  saveReviews,
  signRound,
  startRound,
  submittedAnswers,
  type RoundWriteResult,
} from "../models/sustainability.server";
import { notFound, parseId, requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { logRead } from "../services/audit-events.server";
import { formatDate } from "../utils/format";
import { getInstrument } from "../utils/instruments.server";
import { AUDIT_LEADERS, AUDITORS, hasRole, RATER_ROLES } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";
import { TextWithEnglish } from "../components/text-with-english";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Bærekraftsrunde", matches) }];

function loadRound(projectId: number, roundIdParam: unknown) {
  const detail = getRoundDetail(projectId, parseId(roundIdParam));
  const instrument = detail ? getInstrument(detail.round.instrumentId) : null;
  if (!detail || !instrument) throw notFound();
  return { detail, instrument };
}

const byItem = <T extends { itemId: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.itemId, r]));

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { projectId, role, user } = await requireProjectRole(request, params.projectId);
  const { detail, instrument } = loadRound(projectId, params.roundId);
  const { round } = detail;
  const me = detail.raters.find((r) => r.userId === user.id);
  const isAdvisor = hasRole(role, AUDITORS);
  const canView = mayViewAnswers(round, { isRater: Boolean(me), hasSubmitted: Boolean(me?.submittedAt), isAdvisor });
  const open = round.status === "apen";
  const shown = canView ? submittedAnswers(detail) : [];
  const own = detail.answers.filter((a) => a.userId === user.id);
  // The other raters' answers (each person's assessment, with reasons) are personal data: their reading is logged.
  const othersShown = new Set(shown.filter((a) => a.userId !== user.id).map((a) => a.userId)).size;
  if (othersShown > 0) logRead({ context }, { userId: user.id, entityType: "sustainability_answers", entityId: round.id, projectId, detail: { raters: othersShown } });
  return json({
    round,
    instrument,
    raters: detail.raters.map((r) => ({ userId: r.userId, name: r.name, submittedAt: r.submittedAt })),
    ownAnswers: byItem(own.map((a) => ({ itemId: a.itemId, level: a.level ?? undefined, answer: a.answer, note: a.note, evidence: a.evidence }))) as Record<string, AnswerValues>,
    canAnswer: open && Boolean(me) && !me?.submittedAt,
    hasSubmitted: Boolean(me?.submittedAt),
    canView,
    answers: shown,
    profile: canView ? profileOf(projectId, detail) : null,
    weightedTotal: canView ? weightedTotal(instrument.weights, shown) : null,
    reviews: canView ? detail.reviews : [],
    savedReviews: (isAdvisor ? byItem(detail.reviews.map((r) => ({ ...r, verdict: r.verdict ?? undefined }))) : {}) as Record<string, ReviewValues>,
    canReview: open && isAdvisor && canView,
    canStartNew: !open && hasRole(role, AUDIT_LEADERS),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, role, user, formData } = await requireProjectAction(request, params.projectId, RATER_ROLES);
  const { detail, instrument } = loadRound(projectId, params.roundId);
  const roundId = detail.round.id;
  const intent = String(formData.get("intent"));
  const reply = (form: "svar" | "vurdering" | "runde", result: unknown, status = 400) => json({ form, result }, { status });
  const refused = (form: "svar" | "vurdering" | "runde", result: RoundWriteResult) => {
    if (result.status === "not_found") throw notFound();
    const message = roundRefusal(result);
    return message ? reply(form, { status: "error", error: { "": [message] } }, result.status === "signed" ? 409 : 400) : null;
  };
  const forbidden = () => new Response("Du har ikke tilgang til å gjøre dette i prosjektet", { status: 403 });

  if (intent === "lagre-svar" || intent === "lever-svar") {
    const submission = parseWithZod(formData, { schema: AnswersSchema(shapeOf(instrument)) });
    if (submission.status !== "success") return reply("svar", submission.reply());
    const answers = Object.entries(submission.value.answers as Record<string, AnswerValues>).map(([itemId, a]) => ({
      itemId,
      level: a.level ?? null,
      answer: a.answer,
      note: a.note,
      evidence: a.evidence,
    }));
    const result = saveAnswers({ projectId, roundId, userId: user.id, answers, submit: intent === "lever-svar" });
    return refused("svar", result) ?? (await redirectWithMessage(`/prosjekter/${projectId}/barekraft/${roundId}`, intent === "lever-svar" ? "Svarene er levert." : "Utkastet er lagret."));
  }
  if (intent === "lagre-vurdering") {
    if (!hasRole(role, AUDITORS)) throw forbidden();
    const submission = parseWithZod(formData, { schema: ReviewsSchema(shapeOf(instrument)) });
    if (submission.status !== "success") return reply("vurdering", submission.reply());
    const reviews = Object.entries(submission.value.reviews as Record<string, ReviewValues>).map(([itemId, r]) => ({
      itemId,
      verdict: r.verdict ?? null,
      comment: r.comment,
      plannedAction: r.plannedAction,
    }));
    return refused("vurdering", saveReviews({ projectId, roundId, userId: user.id, reviews })) ?? (await redirectWithMessage(`/prosjekter/${projectId}/barekraft/${roundId}`, "Vurderingene er lagret."));
  }
  if (intent === "signer") {
    if (!hasRole(role, AUDITORS)) throw forbidden();
    return refused("runde", signRound({ projectId, roundId, userId: user.id })) ?? (await redirectWithMessage(`/prosjekter/${projectId}/barekraft/${roundId}`, "Revisjonen er signert."));
  }
  if (intent === "ny-runde-fra") {
    if (!hasRole(role, AUDIT_LEADERS)) throw forbidden();
    const next = startRound({
      projectId,
      userId: user.id,
      instrumentId: detail.round.instrumentId,
      title: `${detail.round.title} – ny runde`,
      raterIds: detail.raters.map((r) => r.userId),
    });
    if (!next) throw notFound();
    return redirectWithMessage(`/prosjekter/${projectId}/barekraft/${next.id}`, "Den nye runden er startet med de samme vurdererne.");
  }
  throw new Response("Ukjent handling", { status: 400 });
}

export default function RoundPage() {
  const data = useLoaderData<typeof loader>();
  const { projectId } = useParams();
  const actionData = useActionData<typeof action>();
  const resultFor = (form: string) => (actionData?.form === form ? (actionData.result as Parameters<typeof AnswerForm>[0]["lastResult"]) : undefined);
  const { round, instrument } = data;
  const roundErrors = resultFor("runde")?.error?.[""] ?? undefined;
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}/barekraft`}>Alle runder</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {round.title}
      </Heading>
      <Paragraph>
        {instrument.name}, startet {formatDate(round.startedAt)}.{" "}
        {round.status === "signert" ? (
          <Tag data-color="success">{`Signert ${formatDate(round.signedAt)} av ${round.signerName ?? "ukjent"}`}</Tag>
        ) : (
          <Tag data-color="warning">Åpen</Tag>
        )}
      </Paragraph>
      {round.previousRoundId ? (
        <Paragraph>
          Endring vises mot <AppLink to={`/prosjekter/${projectId}/barekraft/${round.previousRoundId}`}>forrige runde</AppLink>.
        </Paragraph>
      ) : null}
      {round.status === "signert" ? (
        <Alert data-color="info">Revisjonen er signert og låst. En ny vurdering gjøres i en ny runde.</Alert>
      ) : null}
      <FormErrors errors={roundErrors} />
      <section aria-labelledby="vurderere" className="stack">
        <Heading level={2} data-size="md" id="vurderere">
          Vurderere
        </Heading>
        <ul>
          {data.raters.map((r) => (
            <li key={r.userId}>
              {r.name}: {r.submittedAt ? `levert ${formatDate(r.submittedAt)}` : "har ikke levert"}
            </li>
          ))}
        </ul>
      </section>
      {data.canAnswer ? (
        <section aria-labelledby="dine-svar" className="stack">
          <Heading level={2} data-size="md" id="dine-svar">
            Dine svar
          </Heading>
          <Paragraph>Du ser de andres svar når du har levert dine egne. Levert er levert: svarene kan ikke endres etterpå.</Paragraph>
          <AnswerForm instrument={instrument} saved={data.ownAnswers} lastResult={resultFor("svar")} />
        </section>
      ) : null}
      {!data.canView ? (
        <Alert data-color="info">
          {data.canAnswer ? "De andres svar vises når du har levert dine egne." : "Svarene vises når revisjonen er signert."}
        </Alert>
      ) : data.profile ? (
        <RoundResults instrument={instrument} raters={data.raters.filter((r) => r.submittedAt)} answers={data.answers} profile={data.profile} weightedTotal={data.weightedTotal} />
      ) : null}
      {data.canView && !data.canReview ? (
        <section aria-labelledby="radgivers-vurdering" className="stack">
          <Heading level={2} data-size="md" id="radgivers-vurdering">
            Rådgiverens vurdering
          </Heading>
          <ReviewTable instrument={instrument} reviews={data.reviews} />
        </section>
      ) : null}
      {data.canReview ? (
        <section aria-labelledby="vurder" className="stack">
          <Heading level={2} data-size="md" id="vurder">
            Rådgiverens vurdering
          </Heading>
          <ReviewForm instrument={instrument} saved={data.savedReviews} lastResult={resultFor("vurdering")} />
          <Heading level={3} data-size="sm">
            Signer revisjonen
          </Heading>
          <Paragraph>Når revisjonen er signert, kan verken svar eller vurderinger endres.</Paragraph>
          <IntentButton intent="signer" confirmMessage="Signere revisjonen? Den kan ikke endres etterpå.">
            Signer revisjonen
          </IntentButton>
        </section>
      ) : null}
      {data.canStartNew ? (
        <IntentButton intent="ny-runde-fra" variant="secondary">
          Start en ny runde med de samme vurdererne
        </IntentButton>
      ) : null}
      <Paragraph data-size="sm">
        Kilde: <TextWithEnglish text={instrument.source} english={instrument.sourceInEnglish} />
      </Paragraph>
    </div>
  );
}
