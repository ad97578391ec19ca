import {
  type ComplaintClass,
  type ComplaintIntakeInput,
  type ComplaintPrivacy,
  complaintIntakeSchema,
} from '@lentera/common';
import { schemaValidate } from '../../ui/forms';
import { i18n } from '../../ui/i18n';

export interface FormValues {
  class: ComplaintClass;
  categoryId: string | null;
  title: string;
  description: string;
  unitId: string | null;
  employeeText: string;
  address: string;
  lat: number | null;
  lng: number | null;
  privacy: ComplaintPrivacy;
  guestName: string;
  guestEmail: string;
  guestPhone: string;
}

export const INITIAL: FormValues = {
  class: 'pengaduan',
  categoryId: null,
  title: '',
  description: '',
  unitId: null,
  employeeText: '',
  address: '',
  lat: null,
  lng: null,
  privacy: 'public',
  guestName: '',
  guestEmail: '',
  guestPhone: '',
};

export const blank = (value: string) => (value.trim() ? value.trim() : null);

export function toInput(values: FormValues, asGuest: boolean): ComplaintIntakeInput {
  return {
    class: values.class,
    categoryId: values.categoryId ?? '',
    title: values.title,
    description: values.description,
    unitId: values.unitId,
    employeeText: blank(values.employeeText),
    address: blank(values.address),
    lat: values.lat,
    lng: values.lng,
    privacy: values.privacy,
    guest: asGuest
      ? { name: blank(values.guestName), email: blank(values.guestEmail), phone: blank(values.guestPhone) }
      : undefined,
  };
}

/** Server paths (`guest.email`) onto the form's flat field names. */
export const GUEST_FIELDS: Record<string, keyof FormValues> = {
  'guest.email': 'guestEmail',
  'guest.phone': 'guestPhone',
  'guest.name': 'guestName',
};

export function makeValidate(asGuest: boolean) {
  const bySchema = schemaValidate<FormValues>(complaintIntakeSchema, {
    prepare: (values) => toInput(values, asGuest),
    messages: { 'guest.phone': 'complaints.form.phoneFormat' },
  });
  return (values: FormValues) => {
    const errors = bySchema(values);
    for (const [path, field] of Object.entries(GUEST_FIELDS)) {
      if (errors[path]) {
        errors[field] = errors[path];
        delete errors[path];
      }
    }
    if (asGuest && !values.guestEmail.trim() && !values.guestPhone.trim()) {
      errors.guestEmail = i18n.t('complaints.form.contactRequired');
    }
    return errors;
  };
}
