import { getDbHandle } from "../../db/client.server";

/** Throws unless the database answers a query and its schema is in place. */
export function checkDatabase() {
  const { sqlite } = getDbHandle();
  sqlite.prepare("SELECT count(*) FROM projects").get();
}
