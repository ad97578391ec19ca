import './errors';

export { checkRequest, type DocumentFacts, type FieldIssue, fillTemplate } from './check-request';
export { SERVICES_ERRORS, SERVICES_FIELD_MESSAGES } from './errors';
export { SERVICES_PERMISSIONS } from './permissions';
export * from './rules';
export {
  type FormField,
  type FormFieldInput,
  fieldTypeSchema,
  formFieldSchema,
  formSchema,
  markIncompleteSchema,
  outputKindSchema,
  paymentSchema,
  refuseSchema,
  requestListQuerySchema,
  requestNoteSchema,
  requestStatusSchema,
  requestValuesSchema,
  type ServiceInput as PublicServiceInput,
  type StandardInput,
  type StandardValues,
  type SubmitRequestInput,
  serviceInputSchema as publicServiceInputSchema,
  serviceStatsQuerySchema,
  standardInputSchema,
  standardStatusSchema,
  submitRequestSchema,
} from './schemas';
export type * from './views';
