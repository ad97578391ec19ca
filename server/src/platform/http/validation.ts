import { fieldMessage, type Lang } from '@lentera/common';
import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import type { $ZodErrorMap } from 'zod/v4/core';
import { en as enLocale, id as idLocale } from 'zod/v4/locales';

/** zod's own error maps for the interface languages (zod ships Bahasa Indonesia as `id`). */
const LOCALE_ERRORS: Record<Lang, $ZodErrorMap> = {
  id: idLocale().localeError,
  en: enLocale().localeError,
};

/** One field error of a `validation_failed` answer. */
export interface FieldIssue {
  path: string;
  message: string;
}

const REPARSE = Symbol('lentera.reparse');

type Reparse = (lang: Lang) => FieldIssue[];

export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * The field errors of `schema` for `data`, worded by zod's locale for `lang`. The error map is passed to this one
 * parse (zod's parse context), never set globally: requests in different languages interleave.
 */
export function localizedIssues(schema: ZodType, data: unknown, lang: Lang): FieldIssue[] {
  const result = schema.safeParse(data, { error: LOCALE_ERRORS[lang] });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issuePath(issue.path),
    message: fieldMessage(issue.message, lang),
  }));
}

/**
 * The zod validator of fastify-type-provider-zod, whose failures remember their schema and input, so that the error
 * handler can word them in the request's language (the validator itself does not see the request).
 */
export const localizedValidatorCompiler: FastifySchemaCompiler<ZodType> = (route) => {
  const validate = validatorCompiler(route);
  return (data: unknown) => {
    const result = validate(data) as { error?: unknown; value?: unknown };
    if (result.error && typeof result.error === 'object') {
      const reparse: Reparse = (lang) => localizedIssues(route.schema, data, lang);
      Object.defineProperty(result.error, REPARSE, { value: reparse });
    }
    return result as never;
  };
};

/** A domain error's details with their field messages in `lang` (use cases write the table's short texts). */
export function localizeDetails(details: unknown, lang: Lang): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((item: unknown) =>
    item && typeof item === 'object' && typeof (item as { message?: unknown }).message === 'string'
      ? { ...item, message: fieldMessage((item as { message: string }).message, lang) }
      : item,
  );
}

/** The localized field errors of a validation failure raised by {@link localizedValidatorCompiler}, if it was one. */
export function reparseValidation(validation: unknown, lang: Lang): FieldIssue[] | null {
  if (!validation || typeof validation !== 'object') return null;
  const reparse = (validation as { [REPARSE]?: Reparse })[REPARSE];
  if (!reparse) return null;
  const issues = reparse(lang);
  return issues.length > 0 ? issues : null;
}
