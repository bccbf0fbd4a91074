// JSON calls with a bearer credential; failures become ApiError with a message fit to show.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function send<T>(path: string, bearer: string, badCredential: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  const headers = {
    authorization: `Bearer ${bearer}`,
    accept: "application/json",
    ...(init.headers as Record<string, string>),
  };
  try {
    res = await fetch(path, { ...init, headers, cache: "no-store" });
  } catch (error) {
    throw new ApiError(0, `network error: ${String(error)}`);
  }
  if (res.status === 401 || res.status === 403) throw new ApiError(res.status, badCredential);
  if (!res.ok) {
    let detail = res.statusText;
    try {
      const body = (await res.json()) as {
        message?: string;
        error?: string;
        fields?: { field: string; message: string }[];
      };
      detail = body.message ?? body.error ?? detail;
      if (body.fields?.length) detail += ` (${body.fields.map((f) => `${f.field}: ${f.message}`).join("; ")})`;
    } catch {}
    throw new ApiError(res.status, `${path} answered ${res.status}: ${detail}`);
  }
  return (await res.json()) as T;
}

export function getJson<T>(path: string, bearer: string, badCredential: string): Promise<T> {
  return send<T>(path, bearer, badCredential);
}

export function postJson<T>(path: string, bearer: string, body: unknown): Promise<T> {
  const init = { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } };
  return send<T>(path, bearer, "the API key was rejected (401)", init);
}
