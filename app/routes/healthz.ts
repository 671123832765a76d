import { json } from "@remix-run/node";
import { checkDatabase } from "../models/health.server";

export function loader() {
  try {
    checkDatabase();
    return json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return json({ status: "error" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
