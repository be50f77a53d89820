// RFC 9457 problem details as an exception: services throw it, the HTTP layer renders it, the
// CLI prints its detail on one line.
export interface FieldError { field: string; message: string }

const TITLES: Record<number, string> = {
  400: 'Invalid request', 401: 'Unauthorized', 404: 'Not found', 409: 'Conflict', 413: 'Payload too large',
  415: 'Unsupported media type', 422: 'Unprocessable content', 429: 'Too many requests',
  500: 'Internal server error', 503: 'Service unavailable',
};
const TYPES: Record<number, string> = {
  400: 'validation', 401: 'unauthorized', 404: 'not-found', 409: 'conflict', 413: 'payload-too-large',
  415: 'unsupported-media-type', 422: 'unprocessable', 429: 'rate-limited', 500: 'internal', 503: 'unavailable',
};

export class ProblemError extends Error {
  constructor(readonly status: number, readonly detail: string, readonly errors?: FieldError[]) {
    super(detail);
  }

  toJSON(instance?: string) {
    return {
      type: `https://saidwhat.dev/problems/${TYPES[this.status] ?? 'error'}`,
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...(this.errors?.length ? { errors: this.errors } : {}),
    };
  }
}

export const notFound = (what: string) => new ProblemError(404, `${what} not found`);
