/** fetch() for the Tuneloop REST API: JSON both ways, session cookie plus CSRF header, readable errors. */

export class ApiError extends Error {
  constructor(message, status, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : "";
}

/** The API's error body as one sentence: {"detail", "errors"?: {field: [messages]}}. */
function errorMessage(body, response) {
  if (!body) return `${response.status} ${response.statusText}`;
  if (body.errors && typeof body.errors === "object") {
    const parts = Object.entries(body.errors).map(([field, messages]) => `${field}: ${[].concat(messages).join(" ")}`);
    return `${body.detail} ${parts.join("; ")}`;
  }
  return body.field ? `${body.detail} (${body.field})` : body.detail;
}

/** Call /api/<path>; `body` is sent as JSON, `form` (FormData) as multipart. Throws ApiError on 4xx/5xx. */
export async function api(path, { method = "GET", body, form } = {}) {
  const headers = { Accept: "application/json" };
  let payload = form;
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  if (method !== "GET") headers["X-CSRFToken"] = csrfToken();
  const response = await fetch(`/api/${path}`, { method, headers, body: payload, credentials: "same-origin" });
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(errorMessage(data, response), response.status, data);
  return data;
}

export const get = (path) => api(path);
/** The rows of a paged list's first page, newest first where the list says so: the API answers
 * {count, next, previous, results} and never more than 200 rows (`limit`) a page. */
export const getPage = async (path, limit = 200) => (await get(`${path}${path.includes("?") ? "&" : "?"}limit=${limit}`)).results;
export const post = (path, body = {}) => api(path, { method: "POST", body });
export const upload = (path, form) => api(path, { method: "POST", form });
export const patch = (path, body = {}) => api(path, { method: "PATCH", body });
