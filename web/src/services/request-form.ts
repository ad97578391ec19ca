import {
  checkRequest,
  type DocumentFacts,
  type FormField,
  fieldMessage,
  type Lang,
  SERVICES_FIELD_MESSAGES,
} from '@lentera/common';

/** A check's message code in words (the services' own codes first: see SERVICES_FIELD_MESSAGES). */
export function issueWords(code: string, lang: Lang): string {
  return SERVICES_FIELD_MESSAGES[code]?.[lang] ?? fieldMessage(code, lang);
}

/** What the person typed, per field key (documents travel apart, as files). */
export type Answers = Record<string, string>;

export function blankAnswers(form: readonly FormField[]): Answers {
  return Object.fromEntries(form.filter((f) => f.type !== 'document').map((f) => [f.key, '']));
}

/** The answers as the server takes them: blanks left out, numbers as numbers when they read as one. */
export function toValues(form: readonly FormField[], answers: Answers): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const field of form) {
    if (field.type === 'document') continue;
    const raw = (answers[field.key] ?? '').trim();
    if (raw === '') continue;
    if (field.type === 'number') {
      const n = Number(raw.replace(',', '.'));
      values[field.key] = Number.isFinite(n) ? n : raw;
    } else values[field.key] = raw;
  }
  return values;
}

/** The chosen files' facts as the shared check reads them (the type the browser declares). */
export function documentFacts(documents: Readonly<Record<string, readonly File[]>>): Record<string, DocumentFacts[]> {
  return Object.fromEntries(
    Object.entries(documents)
      .filter(([, files]) => files.length > 0)
      .map(([key, files]) => [key, files.map((file) => ({ mime: file.type, size: file.size }))]),
  );
}

/**
 * The same check the server runs, with its messages in the reader's language: one message per field. With
 * `documentsLater`, only the documents given are checked (a completion of what the officer asked for).
 */
export function formErrors(
  form: readonly FormField[],
  answers: Answers,
  documents: Readonly<Record<string, readonly File[]>>,
  lang: Lang,
  options: { documentsLater?: boolean } = {},
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of checkRequest(form, toValues(form, answers), documentFacts(documents), options)) {
    if (errors[issue.path] === undefined) errors[issue.path] = issueWords(issue.message, lang);
  }
  return errors;
}

/** A field error from the server's details (`values.nik`, `doc.ktp`, `nik`) onto the field key it names. */
export function serverFieldKey(path: string, form: readonly FormField[]): string | null {
  const last = path.split('.').pop() ?? '';
  return form.some((f) => f.key === last) ? last : null;
}
