import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { getCurrentSession } from "../services/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getCurrentSession(request);
  return redirect(session ? "/til-meg" : "/logg-inn");
}
