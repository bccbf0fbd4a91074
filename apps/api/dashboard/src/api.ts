// GET a JSON endpoint with a bearer credential; failures become ApiError with a message fit to show.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, bearer: string, badCredential: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { authorization: `Bearer ${bearer}`, accept: "application/json" }, cache: "no-store" });
  } catch (error) {
    throw new ApiError(0, `network error: ${String(error)}`);
  }
  if (res.status === 401 || res.status === 403) throw new ApiError(res.status, badCredential);
  if (!res.ok) {
    let detail = res.statusText;
    try {
      const body = (await res.json()) as { message?: string; error?: string };
      detail = body.message ?? body.error ?? detail;
    } catch {}
    throw new ApiError(res.status, `${path} answered ${res.status}: ${detail}`);
  }
  return (await res.json()) as T;
}
