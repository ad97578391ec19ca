import { DOCUMENT_TYPES, type FieldType, type FormField, type StandardInput, type StandardView } from '@lentera/common';

/** A field of the form as the builder edits it: the shared shape, and whether its key still follows the label. */
export interface BuilderField extends FormField {
  /** A stable id for React while keys are being typed. */
  uid: string;
  /** The key is derived from the label until the admin types one (or the form was published with it). */
  keyFollowsLabel: boolean;
}

let counter = 0;
const nextUid = () => {
  counter += 1;
  return `f${counter}`;
};

/** "Nama Ayah Kandung" -> "nama_ayah_kandung": a key the letter template can use; unique among `taken`. */
export function keyFromLabel(label: string, taken: ReadonlySet<string>): string {
  let base = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 36);
  if (!/^[a-z]/.test(base)) base = `isian${base ? `_${base}` : ''}`.slice(0, 36);
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
  return key;
}

export function newField(type: FieldType, fields: readonly BuilderField[]): BuilderField {
  const taken = new Set(fields.map((f) => f.key));
  return {
    uid: nextUid(),
    keyFollowsLabel: true,
    key: keyFromLabel(type === 'document' ? 'dokumen' : 'isian', taken),
    label: '',
    labelEn: '',
    help: '',
    type,
    required: true,
    choices: type === 'choice' ? ['', ''] : [],
    maxLength: type === 'address' ? 1000 : 500,
    min: null,
    max: null,
    documentTypes: [...DOCUMENT_TYPES],
    maxBytes: 2 * 1024 * 1024,
  };
}

export function fromForm(form: readonly FormField[]): BuilderField[] {
  return form.map((f) => ({ ...f, uid: nextUid(), keyFollowsLabel: false }));
}

/** A field changed; a new label renames the key while the key still follows it. */
export function updateField(fields: readonly BuilderField[], uid: string, change: Partial<FormField>): BuilderField[] {
  return fields.map((f) => {
    if (f.uid !== uid) return f;
    const next: BuilderField = { ...f, ...change };
    if (change.key !== undefined) next.keyFollowsLabel = false;
    else if (change.label !== undefined && f.keyFollowsLabel) {
      const taken = new Set(fields.filter((o) => o.uid !== uid).map((o) => o.key));
      next.key = keyFromLabel(change.label || (f.type === 'document' ? 'dokumen' : 'isian'), taken);
    }
    if (change.type === 'choice' && next.choices.length < 2) next.choices = [...next.choices, '', ''].slice(0, 2);
    return next;
  });
}

export function moveField(fields: readonly BuilderField[], index: number, delta: -1 | 1): BuilderField[] {
  const target = index + delta;
  if (target < 0 || target >= fields.length) return [...fields];
  const next = [...fields];
  [next[index], next[target]] = [next[target] as BuilderField, next[index] as BuilderField];
  return next;
}

/** The form as the server takes it (the builder's own marks left out). */
export function toForm(fields: readonly BuilderField[]): FormField[] {
  return fields.map(({ uid: _uid, keyFollowsLabel: _follows, ...field }) => ({
    ...field,
    choices: field.type === 'choice' ? field.choices.map((c) => c.trim()).filter(Boolean) : [],
  }));
}

/** What the editor holds: the standard's values, with the fee and the days as typed. */
export type EditorValues = Omit<Required<StandardInput>, 'form' | 'fee' | 'durationDays'> & {
  fee: string;
  durationDays: string;
};

export function editorValues(standard: StandardView): EditorValues {
  return {
    effectiveFrom: standard.effectiveFrom,
    requirements: standard.requirements,
    procedure: standard.procedure,
    durationDays: standard.durationDays === null ? '' : String(standard.durationDays),
    fee: standard.fee === null ? '' : String(standard.fee),
    feeBasis: standard.feeBasis,
    product: standard.product,
    complaintHandling: standard.complaintHandling,
    ...standard.internal,
    outputKind: standard.outputKind,
    letterTemplate: standard.letterTemplate,
  };
}

export function toStandardInput(values: EditorValues, fields: readonly BuilderField[]): StandardInput {
  const digits = values.fee.replace(/[^\d]/g, '');
  const days = values.durationDays.replace(/[^\d]/g, '');
  return {
    ...values,
    fee: digits === '' ? null : Number(digits),
    durationDays: days === '' ? null : Number(days),
    form: toForm(fields),
  };
}

/**
 * Where a server detail points, in words: `form.2.choices` -> the third field's name; a top-level element by its
 * key. `names` gives the element names, `fieldWord` the words for "field N".
 */
export function detailPlace(
  path: string,
  fields: readonly BuilderField[],
  names: Readonly<Record<string, string>>,
  fieldWord: (n: number, label: string) => string,
): string {
  const parts = path.split('.');
  if (parts[0] === 'form' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const index = Number(parts[1]);
    const place = fieldWord(index + 1, fields[index]?.label ?? '');
    const what = parts[2] ? names[parts[2]] : undefined;
    return what ? `${place}, ${what}` : place;
  }
  return names[parts[0] ?? ''] ?? path;
}
