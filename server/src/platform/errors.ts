/**
 * Typed domain errors. Use cases throw them; one HTTP error handler turns them into
 * `{ error: { code, message, details } }` with a translated message.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export class NotFound extends DomainError {
  constructor(code = 'not_found', params: Record<string, unknown> = {}) {
    super(404, code, params);
  }
}
export class Unauthenticated extends DomainError {
  constructor() {
    super(401, 'unauthenticated');
  }
}
export class Forbidden extends DomainError {
  constructor(code = 'forbidden', params: Record<string, unknown> = {}) {
    super(403, code, params);
  }
}
export class Invalid extends DomainError {
  constructor(code = 'validation_failed', params: Record<string, unknown> = {}, details?: unknown) {
    super(400, code, params, details);
  }
}
export class Conflict extends DomainError {
  constructor(code = 'conflict', params: Record<string, unknown> = {}, details?: unknown) {
    super(409, code, params, details);
  }
}
export class TooManyRequests extends DomainError {
  constructor(
    code: string,
    readonly retryAfterSeconds: number,
    params: Record<string, unknown> = {},
  ) {
    super(429, code, params);
  }
}
export class Locked extends DomainError {
  constructor(
    code: string,
    readonly retryAfterSeconds: number,
    params: Record<string, unknown> = {},
  ) {
    super(423, code, params);
  }
}
