import { z } from 'zod';
import { PRIORITY_GROUPS, TICKET_CHANNELS, TICKET_OUTCOMES, TICKET_STATUSES } from './rules';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');
const name = (max: number) => z.string().trim().min(2).max(max);

export const dayHoursSchema = z
  .object({ open: time, close: time })
  .refine((h) => h.open < h.close, { message: 'open before close', path: ['close'] })
  .nullable();
/** Monday to Sunday; null closes the day. */
export const weekHoursSchema = z.array(dayHoursSchema).length(7);

export const ticketStatusSchema = z.enum(TICKET_STATUSES);
export const ticketChannelSchema = z.enum(TICKET_CHANNELS);
export const ticketOutcomeSchema = z.enum(TICKET_OUTCOMES);
export const priorityGroupSchema = z.enum(PRIORITY_GROUPS);

export const locationInputSchema = z.object({
  name: name(120),
  address: z.string().trim().max(300).default(''),
  unitId: z.string().max(64).nullable().default(null),
  hours: weekHoursSchema,
  active: z.boolean().default(true),
});
export type LocationInput = z.input<typeof locationInputSchema>;

export const serviceInputSchema = z.object({
  name: name(120),
  letter: z
    .string()
    .trim()
    .regex(/^[A-Z]$/, 'one capital letter'),
  dailyCapacity: z.number().int().min(1).max(2000),
  averageMinutes: z.number().int().min(1).max(240),
  onlineAllowed: z.boolean().default(false),
  bookingAllowed: z.boolean().default(false),
  windowMinutes: z.union([z.literal(30), z.literal(60)]).default(60),
  windowCapacity: z.number().int().min(1).max(200).default(10),
  documents: z.string().trim().max(2000).default(''),
  active: z.boolean().default(true),
});
export type ServiceInput = z.input<typeof serviceInputSchema>;

export const counterInputSchema = z.object({
  number: z.number().int().min(1).max(99),
  name: z.string().trim().max(60).default(''),
  /** The services it serves, in priority order. */
  serviceIds: z.array(z.string().max(64)).min(1).max(20),
  active: z.boolean().default(true),
});
export type CounterInput = z.input<typeof counterInputSchema>;

export const kioskInputSchema = z.object({ name: name(60) });

export const queueSettingsSchema = z.object({
  priorityGroups: z.array(priorityGroupSchema).max(PRIORITY_GROUPS.length),
  /** Recalls before the officer may mark a no-show. */
  maxRecalls: z.number().int().min(0).max(5),
  /** Days a finished visit's survey link stays valid. */
  surveyDays: z.number().int().min(1).max(30),
});
export type QueueSettings = z.infer<typeof queueSettingsSchema>;

export const kioskTicketInputSchema = z.object({
  serviceId: z.string().max(64),
  priority: priorityGroupSchema.nullable().default(null),
});
export const counterTicketInputSchema = kioskTicketInputSchema;

export const bookingInputSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  window: time,
});
export const checkInInputSchema = z.object({ code: z.string().trim().min(4).max(20) });
export const finishInputSchema = z.object({
  outcome: ticketOutcomeSchema,
  note: z.string().trim().max(500).optional(),
});
export const transferInputSchema = z
  .object({ serviceId: z.string().max(64).optional(), counterId: z.string().max(64).optional() })
  .refine((t) => t.serviceId || t.counterId, { message: 'a service or a counter', path: ['serviceId'] });
export const pauseInputSchema = z.object({ reason: z.string().trim().min(2).max(200) });

/** A counter's public face on the board. */
export const boardCounterSchema = z.object({
  id: z.string(),
  number: z.number().int(),
  name: z.string(),
  state: z.enum(['open', 'paused', 'closed']),
  ticket: z
    .object({ code: z.string(), serviceName: z.string(), status: ticketStatusSchema, calledAt: z.string().nullable() })
    .nullable(),
});

export const waitingLineSchema = z.object({
  serviceId: z.string(),
  name: z.string(),
  letter: z.string(),
  waiting: z.number().int(),
  /** Estimated wait in minutes for someone taking a ticket now. */
  estimatedMinutes: z.number().int(),
});

export const boardSnapshotSchema = z.object({
  location: z.object({ id: z.string(), name: z.string() }),
  at: z.string(),
  counters: z.array(boardCounterSchema),
  lastCalls: z.array(z.object({ code: z.string(), counterNumber: z.number().int(), at: z.string() })),
  waiting: z.array(waitingLineSchema),
});
export type BoardSnapshot = z.infer<typeof boardSnapshotSchema>;

export const publicServiceSchema = waitingLineSchema.extend({
  onlineAllowed: z.boolean(),
  bookingAllowed: z.boolean(),
  documents: z.string(),
  averageMinutes: z.number().int(),
});

export const publicLocationSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  hours: weekHoursSchema,
  open: z.boolean(),
  closedReason: z.string().nullable(),
  services: z.array(publicServiceSchema),
});
export type PublicLocation = z.infer<typeof publicLocationSchema>;

/** What the citizen's phone page shows of a ticket (by its secret token). */
export const publicTicketSchema = z.object({
  code: z.string(),
  status: ticketStatusSchema,
  channel: ticketChannelSchema,
  priority: priorityGroupSchema.nullable(),
  service: z.object({ id: z.string(), name: z.string(), documents: z.string() }),
  location: z.object({ id: z.string(), name: z.string(), address: z.string() }),
  day: z.string(),
  issuedAt: z.string(),
  /** People before this ticket in its line; null once it is called. */
  ahead: z.number().int().nullable(),
  estimatedMinutes: z.number().int().nullable(),
  counter: z.object({ number: z.number().int(), name: z.string() }).nullable(),
  calledAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  outcome: ticketOutcomeSchema.nullable(),
  booking: z.object({ code: z.string(), window: z.string() }).nullable(),
  /** The one-time link to the satisfaction survey, once the visit is finished. */
  surveyUrl: z.string().nullable(),
});
export type PublicTicket = z.infer<typeof publicTicketSchema>;

/** A ticket as issued: its code, and the token of its phone page (shown once, printed as a QR). */
export const issuedTicketSchema = z.object({
  id: z.string(),
  code: z.string(),
  token: z.string(),
  ahead: z.number().int(),
  estimatedMinutes: z.number().int(),
  issuedAt: z.string(),
  serviceName: z.string(),
  locationName: z.string(),
  bookingCode: z.string().nullable(),
});
export type IssuedTicket = z.infer<typeof issuedTicketSchema>;

/** A ticket on the officer's console. */
export const consoleTicketSchema = z.object({
  id: z.string(),
  code: z.string(),
  status: ticketStatusSchema,
  channel: ticketChannelSchema,
  priority: priorityGroupSchema.nullable(),
  serviceId: z.string(),
  serviceName: z.string(),
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  recalls: z.number().int(),
  transfers: z.number().int(),
});
export type ConsoleTicket = z.infer<typeof consoleTicketSchema>;
