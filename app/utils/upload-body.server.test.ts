import { describe, expect, it } from "vitest";
import { MALFORMED_FORM, MULTIPART_OVERHEAD_BYTES, readUploadForm } from "./upload-body.server";

const options = { maxFileBytes: 1024, tooLarge: "Filen er større enn 1 KB." };

/** A request whose body is sent in pieces, without Content-Length, as a chunked upload is. */
function streamed(parts: Uint8Array[], contentType: string) {
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = parts.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
  return new Request("http://localhost/", { method: "POST", body, headers: { "Content-Type": contentType }, duplex: "half" } as RequestInit);
}

const text = (s: string) => new TextEncoder().encode(s);

describe("reading an upload form", () => {
  it("reads a well-formed form with its file", async () => {
    const form = new FormData();
    form.append("intent", "fil");
    form.append("fil", new Blob(["dato;verdi\n"]), "a.csv");
    const result = await readUploadForm(new Request("http://localhost/", { method: "POST", body: form }), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.formData.get("intent")).toBe("fil");
    expect(await (result.formData.get("fil") as File).text()).toBe("dato;verdi\n");
  });

  it("answers malformed multipart with 400, never an exception", async () => {
    const part = '--B\r\nContent-Disposition: form-data; name="intent"\r\n\r\nfil\r\n';
    const cases = [
      streamed([text(`${part}--B--\r\n`)], "multipart/form-data"), // no boundary
      streamed([text(part)], "multipart/form-data; boundary=B"), // no closing boundary
      streamed([text(`--B\r\nContent-Disposition: form-data; name="a"; x="${"x".repeat(1024 * 1024)}"\r\n\r\nv\r\n--B--\r\n`)], "multipart/form-data; boundary=B"),
      streamed([text("bare tull")], "multipart/form-data; boundary=B"),
      // A file name of 1 MB: the parser would take it, but no browser sends part headers like that.
      streamed([text(`${part}--B\r\nContent-Disposition: form-data; name="fil"; filename="${"x".repeat(1024 * 1024)}.csv"\r\n\r\n1\r\n--B--\r\n`)], "multipart/form-data; boundary=B"),
    ];
    for (const request of cases) {
      expect(await readUploadForm(request, { ...options, maxFileBytes: 2 * 1024 * 1024 })).toEqual({ ok: false, status: 400, message: MALFORMED_FORM });
    }
  });

  it("answers a file or body over the limit with 413, and stops reading there", async () => {
    const form = new FormData();
    form.append("fil", new Blob([new Uint8Array(1025)]), "a.csv");
    const request = new Request("http://localhost/", { method: "POST", body: form });
    expect(await readUploadForm(request, options)).toEqual({ ok: false, status: 413, message: options.tooLarge });

    const declared = new Request("http://localhost/", { method: "POST", body: "x", headers: { "Content-Type": "multipart/form-data; boundary=B", "Content-Length": String(10 * 1024 * 1024) } });
    expect(await readUploadForm(declared, options)).toEqual({ ok: false, status: 413, message: options.tooLarge });

    // An endless body: read to the limit and no further.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024));
      },
    });
    const streaming = new Request("http://localhost/", { method: "POST", body: endless, headers: { "Content-Type": "multipart/form-data; boundary=B" }, duplex: "half" } as RequestInit);
    expect(await readUploadForm(streaming, options)).toEqual({ ok: false, status: 413, message: options.tooLarge });
    expect(pulled).toBeLessThan(options.maxFileBytes + MULTIPART_OVERHEAD_BYTES + 64 * 1024);
  });

  it("refuses a body that is not multipart", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: "a=1", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(await readUploadForm(request, options)).toMatchObject({ ok: false, status: 415 });
  });
});
