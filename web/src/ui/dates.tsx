import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { DatePickerInput, type DatePickerInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

type DateFieldProps = Omit<DatePickerInputProps<'default'>, 'type' | 'value' | 'onChange'> & {
  /** "YYYY-MM-DD" or null. */
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/**
 * A date picker showing dates the Indonesian way ("17 Agustus 2026") and giving "YYYY-MM-DD", with spoken
 * names for its controls. Kept out of ui/components so that public pages do not load the date library.
 */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <DatePickerInput
      locale={i18n.language === 'en' ? 'en' : 'id'}
      valueFormat="D MMMM YYYY"
      firstDayOfWeek={1}
      hideOutsideDates
      dropdownType="popover"
      clearButtonProps={{ 'aria-label': t('dates.clear') }}
      ariaLabels={{
        monthLevelControl: t('dates.chooseMonth'),
        yearLevelControl: t('dates.chooseYear'),
        nextMonth: t('dates.nextMonth'),
        previousMonth: t('dates.previousMonth'),
        nextYear: t('dates.nextYear'),
        previousYear: t('dates.previousYear'),
        nextDecade: t('dates.nextDecade'),
        previousDecade: t('dates.previousDecade'),
      }}
      {...props}
      value={value ?? null}
      onChange={(next) => onChange?.(typeof next === 'string' ? next : null)}
    />
  );
}
