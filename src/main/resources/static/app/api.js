// The JSON API under /api/v1. A refused request becomes an ApiError carrying the problem+json body.

export class ApiError extends Error {
  constructor(message, problem, status) {
    super(message);
    this.problem = problem;
    this.status = status;
  }
}

/** GET /api/v1{path} with the given query (empty values left out); resolves to the parsed JSON. */
export async function api(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.append(key, value);
  }
  const url = `/api/v1${path}${params.toString() ? `?${params}` : ''}`;
  let response;
  try {
    response = await fetch(url, {headers: {Accept: 'application/json'}});
  } catch (e) {
    throw new ApiError(`The server could not be reached (${url}): ${e.message}`, null, 0);
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    throw new ApiError(detail || `${response.status} ${response.statusText} for ${url}`, body, response.status);
  }
  return body;
}
