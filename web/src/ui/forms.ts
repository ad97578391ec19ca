import { FIELD_MESSAGES, fieldMessage, type Lang } from '@lentera/common';
import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { $ZodErrorMap } from 'zod/v4/core';
import { en as enLocale, id as idLocale } from 'zod/v4/locales';
import { ApiError, type FieldError } from './api';
import { currentLang, i18n } from './i18n';

/** zod's own messages in the interface languages, for the checks the form's messages below do not word. */
const ZOD_LOCALES: Record<Lang, $ZodErrorMap> = { id: idLocale().localeError, en: enLocale().localeError };

/** The part of the Standard Schema interface the forms use; zod 4 schemas have it. */
interface StandardSchema {
  '~standard': {
    validate(value: unknown): StandardResult | Promise<StandardResult>;
  };
  /** zod's parse, which takes an error map for this one parse (the interface language) and reports the input. */
  safeParse?(
    value: unknown,
    params: { error: $ZodErrorMap; reportInput: boolean },
  ): { success: boolean; error?: { issues: ReadonlyArray<SchemaIssue> } };
}
interface StandardResult {
  issues?: ReadonlyArray<SchemaIssue>;
}
/** A zod issue as seen through Standard Schema: the extra fields say why a value failed. */
interface SchemaIssue {
  message: string;
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  code?: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
}

type MessageKey = Parameters<TFunction>[0] & string;

export interface SchemaValidateOptions<Values> {
  /** Turns form values into what the schema expects (empty optional fields removed, ...). */
  prepare?: (values: Values) => unknown;
  /** Messages for fields whose rule the generic messages cannot explain (a pattern, a custom check). */
  messages?: Record<string, MessageKey>;
}

function issuePath(issue: SchemaIssue): string {
  return (issue.path ?? [])
    .map((segment) => (typeof segment === 'object' && segment !== null ? segment.key : segment))
    .map(String)
    .join('.');
}

function translateIssue(issue: SchemaIssue, path: string, messages: Record<string, MessageKey>): string {
  const t = i18n.t;
  const specific = messages[path];
  const isEmpty = issue.input === undefined || issue.input === null || issue.input === '';
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && (isEmpty || Number(issue.minimum) <= 1)) return t('validation.required');
      if (issue.origin === 'string') return t('validation.minLength', { min: Number(issue.minimum) });
      return t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.maxLength', { max: Number(issue.maximum) });
      return t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (isEmpty && !specific) return t('validation.required');
      if (specific) return t(specific as never);
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'url') return t('validation.url');
      if (FIELD_MESSAGES[issue.message]) return fieldMessage(issue.message, currentLang());
      return t('validation.format');
    case 'invalid_type':
      return isEmpty ? t('validation.required') : t('validation.format');
    case 'invalid_value':
      return t('validation.choose');
    default:
      // A schema's own message (a pattern, a cross-field rule), or zod's, in the interface language.
      return specific ? t(specific as never) : fieldMessage(issue.message, currentLang());
  }
}

function issuesOf(schema: StandardSchema, input: unknown): ReadonlyArray<SchemaIssue> {
  if (schema.safeParse) {
    const result = schema.safeParse(input, { error: ZOD_LOCALES[currentLang()], reportInput: true });
    return result.success ? [] : (result.error?.issues ?? []);
  }
  const result = schema['~standard'].validate(input);
  if (result instanceof Promise) throw new Error('schemaValidate needs a synchronous schema');
  return result.issues ?? [];
}

/**
 * A Mantine `validate` function from a shared zod schema, with messages in the interface language: ours for the
 * common cases, else zod's locale for the current language (never zod's global locale).
 */
export function schemaValidate<Values>(schema: StandardSchema, options: SchemaValidateOptions<Values> = {}) {
  return (values: Values): FormErrors => {
    const input = options.prepare ? options.prepare(values) : values;
    const errors: FormErrors = {};
    for (const issue of issuesOf(schema, input)) {
      const path = issuePath(issue);
      if (errors[path] === undefined) errors[path] = translateIssue(issue, path, options.messages ?? {});
    }
    return errors;
  };
}

/** Drops empty strings, so optional fields left blank are absent rather than invalid. */
export function withoutBlanks<T extends object>(values: T): Partial<T> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
    if (typeof value === 'string' && value.trim() === '') continue;
    result[key] = value;
  }
  return result as Partial<T>;
}

interface SettableForm {
  setErrors(errors: FormErrors): void;
  getValues(): unknown;
}

function hasPath(values: unknown, path: string): boolean {
  let current: unknown = values;
  for (const segment of path.split('.')) {
    if (!current || typeof current !== 'object' || !(segment in current)) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}

/** Error codes that concern one field of a form (`{ email_taken: 'email' }`): their message goes beside it. */
export type CodeFields = Readonly<Record<string, string>>;

/**
 * Puts the server's field errors beside the form's fields: the `{ path, message }` details, and the message of an
 * error whose code `codeFields` ties to a field. Returns the details that name no field of the form, to be shown
 * with the general error message.
 */
export function applyServerErrors(form: SettableForm, error: unknown, codeFields: CodeFields = {}): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  const values = form.getValues();
  const onFields: FormErrors = {};
  const elsewhere: FieldError[] = [];
  for (const fieldError of error.fieldErrors) {
    if (fieldError.path && hasPath(values, fieldError.path)) onFields[fieldError.path] = fieldError.message;
    else elsewhere.push(fieldError);
  }
  const field = codeFields[error.code];
  if (field && hasPath(values, field)) onFields[field] = error.message;
  form.setErrors(onFields);
  return elsewhere;
}
