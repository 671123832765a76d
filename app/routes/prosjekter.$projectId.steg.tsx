import { parseWithZod } from "@conform-to/zod";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AppLink } from "../components/app-link";
import { StepApproval } from "../components/steering/step-approval";
import { StepDecisionSchema, StepRequestSchema } from "../forms/step-review";
import { getProject } from "../models/project.server";
import { decideStepReview, listStepReviews, requestStepApproval, type StepReviewResult } from "../models/step-review.server";
import { notFound, requireProjectAction, requireProjectRole } from "../services/access.server";
import { redirectWithMessage } from "../services/flash.server";
import { stepNames } from "../utils/content.server";
import { hasRole, STEP_DECIDERS, STEP_REQUESTERS } from "../utils/permissions";
import { projectPageTitle } from "../utils/page-title";

export const meta: MetaFunction = ({ matches }) => [{ title: projectPageTitle("Godkjenning av steg", matches) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { projectId, role } = await requireProjectRole(request, params.projectId);
  const project = getProject(projectId);
  if (!project) throw notFound();
  const names = stepNames();
  return json({
    projectId,
    currentStepName: names[project.currentStep],
    reviews: listStepReviews(projectId).map((r) => ({ ...r, stepName: names[r.stepId] })),
    canRequest: hasRole(role, STEP_REQUESTERS),
    canDecide: hasRole(role, STEP_DECIDERS),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { projectId, user, role, formData } = await requireProjectAction(request, params.projectId, [...STEP_REQUESTERS, ...STEP_DECIDERS]);
  const intent = String(formData.get("intent"));
  const here = `/prosjekter/${projectId}/steg`;
  const forbidden = () => new Response("Du har ikke tilgang til å gjøre dette i prosjektet", { status: 403 });
  const reply = (result: StepReviewResult, submission: { reply: (o?: { formErrors: string[] }) => unknown }, done: string) => {
    if (result.status === "not_found") throw notFound();
    if (result.status === "refused") return json({ intent, result: submission.reply({ formErrors: [result.message] }) }, { status: 409 });
    return redirectWithMessage(here, done);
  };
  if (intent === "be-om-godkjenning") {
    if (!hasRole(role, STEP_REQUESTERS)) throw forbidden();
    const submission = parseWithZod(formData, { schema: StepRequestSchema });
    if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
    return reply(requestStepApproval({ projectId, userId: user.id, justification: submission.value.justification }), submission, "Forespørselen om godkjenning er sendt.");
  }
  if (intent === "avgjor-steg") {
    if (!hasRole(role, STEP_DECIDERS)) throw forbidden();
    const submission = parseWithZod(formData, { schema: StepDecisionSchema });
    if (submission.status !== "success") return json({ intent, result: submission.reply() }, { status: 400 });
    return reply(decideStepReview({ projectId, userId: user.id, ...submission.value }), submission, submission.value.decision === "godkjent" ? "Steget er godkjent." : "Steget er sendt tilbake.");
  }
  throw new Response("Ukjent handling", { status: 400 });
}

export default function StepApprovalPage() {
  const { projectId, currentStepName, reviews, canRequest, canDecide } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const resultFor = (intent: string) => (actionData?.intent === intent ? (actionData.result as Parameters<typeof StepApproval>[0]["requestResult"]) : undefined);
  return (
    <div className="stack">
      <Paragraph>
        <AppLink to={`/prosjekter/${projectId}`}>Til oversikten</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        Godkjenning av steg
      </Heading>
      <Paragraph>Prosjektlederen ber styringsgruppen godkjenne et steg når arbeidet i det er gjort. Godkjenner styringsgruppen, går prosjektet videre til neste steg.</Paragraph>
      <StepApproval
        currentStepName={currentStepName}
        reviews={reviews}
        canRequest={canRequest}
        canDecide={canDecide}
        requestResult={resultFor("be-om-godkjenning")}
        decisionResult={resultFor("avgjor-steg")}
      />
    </div>
  );
}
