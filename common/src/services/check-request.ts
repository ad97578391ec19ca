import { nikProblem } from './rules';
import type { FormField } from './schemas';

export interface DocumentFacts {
  mime: string;
  size: number;
}
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * Checks a request's answers and documents against its form: the same function runs in the browser before sending
 * and on the server before storing. `documents` holds, per document field, the files given (their type as read
 * from the content on the server, as declared in the browser). With `documentsLater`, missing documents are
 * allowed (a draft, or a completion that sends only what was asked for).
 */
export function checkRequest(
  form: readonly FormField[],
  values: Readonly<Record<string, string | number | undefined>>,
  documents: Readonly<Record<string, readonly DocumentFacts[]>>,
  options: { documentsLater?: boolean } = {},
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const known = new Set(form.map((f) => f.key));
  for (const key of Object.keys(values)) if (!known.has(key)) add(key, 'unknown field');
  for (const key of Object.keys(documents)) if (!known.has(key)) add(key, 'unknown field');
  for (const field of form) {
    if (field.type === 'document') {
      const files = documents[field.key] ?? [];
      if (files.length === 0) {
        if (field.required && !options.documentsLater) add(field.key, 'document_missing');
        continue;
      }
      if (files.length > 5) add(field.key, 'document_too_many');
      for (const file of files) {
        if (!(field.documentTypes as readonly string[]).includes(file.mime)) add(field.key, 'document_type');
        else if (file.size > field.maxBytes) add(field.key, 'document_too_large');
      }
      continue;
    }
    const raw = values[field.key];
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value === undefined || value === '') {
      if (field.required) add(field.key, 'missing');
      continue;
    }
    switch (field.type) {
      case 'text':
      case 'address':
        if (String(value).length > field.maxLength) add(field.key, 'too_long');
        break;
      case 'number': {
        const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
        if (!Number.isFinite(n)) add(field.key, 'not_a_number');
        else if ((field.min !== null && n < field.min) || (field.max !== null && n > field.max))
          add(field.key, 'out_of_range');
        break;
      }
      case 'date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(String(value)) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
          add(field.key, 'YYYY-MM-DD');
        break;
      case 'choice':
        if (!field.choices.includes(String(value))) add(field.key, 'not_a_choice');
        break;
      case 'nik': {
        const problem = nikProblem(String(value));
        if (problem) add(field.key, problem);
        break;
      }
    }
  }
  return issues;
}

/** The letter's text: `{{key}}` replaced by the answer, `{{code}}`, `{{name}}` and `{{date}}` by the request's. */
export function fillTemplate(template: string, answers: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g, (_, key: string) => answers[key] ?? '');
}
