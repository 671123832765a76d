// Bodies that are not forms, are malformed or too large get a 4xx with a message, never a 5xx.
import type { AppLoadContext } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../db/client.server";
import { seedDemoDataIfEmpty } from "../../db/seed/seed.server";
import { action as loginAction } from "../../app/routes/logg-inn";
import { action as settingsAction } from "../../app/routes/prosjekter.$projectId.innstillinger";
import { FORM_BYTES } from "../../app/utils/form-body.server";
import { cookieFor, responseOf } from "./requests";

const context = {} as AppLoadContext;

beforeAll(async () => {
  await seedDemoDataIfEmpty(getDb());
});

/** Each malformed shape, as a body and its Content-Type (null: no header at all). */
const SHAPES: { name: string; contentType: string | null; body: () => BodyInit; status: number }[] = [
  { name: "JSON", contentType: "application/json", body: () => JSON.stringify({ email: "a@b.no", password: "x" }), status: 415 },
  { name: "plain text", contentType: "text/plain", body: () => "email=a@b.no&password=x", status: 415 },
  { name: "no Content-Type", contentType: null, body: () => new Blob(["email=a@b.no&password=x"]), status: 415 },
  { name: "multipart without a boundary", contentType: "multipart/form-data", body: () => "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na\r\n--x--\r\n", status: 400 },
  { name: "multipart without its closing boundary", contentType: "multipart/form-data; boundary=x", body: () => "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na", status: 400 },
  { name: "a form larger than the limit", contentType: "application/x-www-form-urlencoded", body: () => `email=${"a".repeat(FORM_BYTES + 10)}`, status: 413 },
];

function request(url: string, shape: (typeof SHAPES)[number], cookie?: string) {
  const headers = new Headers(cookie ? { Cookie: cookie } : {});
  // The "no Content-Type" shape is a Blob without a type, so the Request adds none.
  if (shape.contentType) headers.set("Content-Type", shape.contentType);
  return new Request(`http://localhost${url}`, { method: "POST", body: shape.body(), headers });
}

describe("malformed bodies", () => {
  for (const shape of SHAPES) {
    it(`answers ${shape.status} with a message on the login page for ${shape.name}`, async () => {
      const response = await responseOf(() => loginAction({ request: request("/logg-inn", shape), params: {}, context }));
      expect(response.status).toBe(shape.status);
      expect(await response.text()).toMatch(/Skjemaet/);
    });

    it(`answers ${shape.status} on a project action for ${shape.name}`, async () => {
      const cookie = await cookieFor("prosjektleder@trinnvis.test");
      const response = await responseOf(() => settingsAction({ request: request("/prosjekter/1/innstillinger", shape, cookie), params: { projectId: "1" }, context }));
      expect(response.status).toBe(shape.status);
    });
  }

  it("still reads an ordinary form", async () => {
    const body = new URLSearchParams({ email: "prosjektleder@trinnvis.test", password: "feil passord" });
    const response = await responseOf(() => loginAction({ request: new Request("http://localhost/logg-inn", { method: "POST", body }), params: {}, context }));
    expect(response.status).toBeLessThan(500);
    expect(response.status).not.toBe(415);
  });
});
