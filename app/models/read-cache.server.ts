// The database's read cache, for services that put together a page's data from several models: the
// value is reused while the database is unchanged (in any server process), then read again.
export { cachedRead } from "../../db/client.server";
