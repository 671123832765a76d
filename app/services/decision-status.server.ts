// The follow-up of a decision, posted from the steering dashboard or a meeting page.
import { parseWithZod } from "@conform-to/zod";
import { json } from "@remix-run/node";
import { CONFLICT_MESSAGE } from "../components/conflict-notice";
import { DecisionStatusSchema } from "../forms/steering";
import { updateDecisionStatus } from "../models/steering.server";
import { notFound } from "./access.server";
import { redirectWithMessage } from "./flash.server";

export function changeDecisionStatus(formData: FormData, projectId: number, userId: number, back: string) {
  const submission = parseWithZod(formData, { schema: DecisionStatusSchema });
  if (submission.status !== "success") return json({ intent: "vedtak-status", result: submission.reply() }, { status: 400 });
  const saved = updateDecisionStatus({ projectId, userId, ...submission.value });
  if (saved.status === "not_found") throw notFound();
  if (saved.status === "conflict") return json({ intent: "vedtak-status", result: submission.reply({ formErrors: [CONFLICT_MESSAGE] }) }, { status: 409 });
  return redirectWithMessage(back, "Statusen for vedtaket er oppdatert.");
}
