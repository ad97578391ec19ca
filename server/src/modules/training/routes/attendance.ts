import {
  assignInputSchema,
  assignResultSchema,
  attendanceCheckInBatchResultSchema,
  attendanceCheckInBatchSchema,
  attendanceCheckInResultSchema,
  attendanceCheckInSchema,
  attendanceCodeViewSchema,
  attendanceListInputSchema,
  certificateVerificationSchema,
  completionResultSchema,
  decisionInputSchema,
  feedbackInputSchema,
  registerInputSchema,
  registrationStatusSchema,
  registrationViewSchema,
  revokeInputSchema,
  scoresInputSchema,
} from '@lentera/common';
import { z } from 'zod';
import { errorResponses, okSchema, slugIdParams, slugParams } from '../../../platform/http/types';
import { checkIn, checkInBatch, completeEvent, recordAttendance, recordScores } from '../use-cases/attendance';
import { certificateFile, revokeCertificate, verifyCertificate } from '../use-cases/certificates';
import { giveFeedback, myAttendanceCode, myRegistrations } from '../use-cases/learn';
import {
  assignEmployees,
  cancelMyRegistration,
  decideRegistration,
  listApprovals,
  registerForEvent,
} from '../use-cases/register';
import { ok, type RouteKit, registrationParams, T, tags } from './shared';

const codeParams = z.object({ slug: z.string().max(64), code: z.string().max(40) });
const registered = z.object({
  id: z.string(),
  status: z.enum(['pending', 'waitlisted']),
  approvalDueAt: z.string(),
});
const approvals = z.object({
  items: z.array(
    z.object({
      registrationId: z.string(),
      employeeId: z.string(),
      employeeName: z.string(),
      eventId: z.string(),
      programmeTitle: z.string(),
      startsOn: z.string(),
      status: z.enum(['pending', 'waitlisted']),
      approvalDueAt: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
});
const mine = z.object({
  items: z.array(registrationViewSchema.extend({ programmeTitle: z.string(), startsOn: z.string() })),
});

/** Registration and approval, attendance, completion and certificates. */
export function attendanceRoutes({ r, ctx }: RouteKit): void {
  r.post(
    `${T}/my/registrations`,
    {
      schema: {
        tags,
        summary: "Register for an event (employee): a seat held for the superior's approval, or the waiting list",
        params: slugParams,
        body: registerInputSchema,
        response: { 201: registered, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await registerForEvent(ctx(request), request.body)),
  );
  r.get(
    `${T}/my/registrations`,
    {
      schema: {
        tags,
        summary: "The signed-in employee's registrations with certificates",
        params: slugParams,
        response: { 200: mine, ...errorResponses },
      },
    },
    async (request) => ({ items: await myRegistrations(ctx(request)) }),
  );
  r.post(
    `${T}/my/registrations/:registrationId/cancel`,
    {
      schema: {
        tags,
        summary: "Cancel one's registration before the event starts (the waiting list moves up)",
        params: registrationParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await cancelMyRegistration(ctx(request), request.params.registrationId);
      return ok;
    },
  );
  r.get(
    `${T}/my/registrations/:registrationId/code`,
    {
      schema: {
        tags,
        summary: 'The signed attendance code to show as a QR at the door (a confirmed seat)',
        params: registrationParams,
        response: { 200: attendanceCodeViewSchema, ...errorResponses },
      },
    },
    async (request) => myAttendanceCode(ctx(request), request.params.registrationId),
  );
  r.post(
    `${T}/my/registrations/:registrationId/feedback`,
    {
      schema: {
        tags,
        summary: 'Rate the event and the trainer, once (attendees only)',
        params: registrationParams,
        body: feedbackInputSchema,
        response: { 201: okSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await giveFeedback(ctx(request), request.params.registrationId, request.body)),
  );
  r.get(
    `${T}/approvals`,
    {
      schema: {
        tags,
        summary: "Registrations waiting for the signed-in superior's decision",
        params: slugParams,
        response: { 200: approvals, ...errorResponses },
      },
    },
    async (request) => listApprovals(ctx(request)),
  );
  r.post(
    `${T}/approvals/:registrationId`,
    {
      schema: {
        tags,
        summary: "Approve or decline a direct subordinate's registration before the deadline",
        params: registrationParams,
        body: decisionInputSchema,
        response: { 200: z.object({ id: z.string(), status: registrationStatusSchema }), ...errorResponses },
      },
    },
    async (request) => decideRegistration(ctx(request), request.params.registrationId, request.body),
  );
  r.post(
    `${T}/events/:id/assign`,
    {
      config: { recordFixture: 'trainingEvent' },
      schema: {
        tags,
        summary: 'Assign employees to an event: confirmed seats without approval; the rest skipped with a reason (HR)',
        params: slugIdParams,
        body: assignInputSchema,
        response: { 200: assignResultSchema, ...errorResponses },
      },
    },
    async (request) => assignEmployees(ctx(request), request.params.id, request.body),
  );
  r.post(
    `${T}/events/:id/check-in`,
    {
      config: { recordFixture: 'trainingEvent' },
      schema: {
        tags,
        summary: "Check an attendee in by the code their phone shows (idempotent; HR, the event's trainers)",
        params: slugIdParams,
        body: attendanceCheckInSchema,
        response: { 200: attendanceCheckInResultSchema, ...errorResponses },
      },
    },
    async (request) => checkIn(ctx(request), request.params.id, request.body),
  );
  r.post(
    `${T}/events/:id/check-ins`,
    {
      config: { recordFixture: 'trainingEvent' },
      schema: {
        tags,
        summary: 'Sync scans made offline (up to 500): an outcome per scan; repeats change nothing',
        params: slugIdParams,
        body: attendanceCheckInBatchSchema,
        response: { 200: attendanceCheckInBatchResultSchema, ...errorResponses },
      },
    },
    async (request) => checkInBatch(ctx(request), request.params.id, request.body),
  );
  r.put(
    `${T}/events/:id/attendance`,
    {
      config: { recordFixture: 'trainingEvent' },
      schema: {
        tags,
        summary: "The trainer's attendance list (confirmed participants)",
        params: slugIdParams,
        body: attendanceListInputSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => recordAttendance(ctx(request), request.params.id, request.body),
  );
  r.put(
    `${T}/events/:id/scores`,
    {
      config: { recordFixture: 'trainingEvent' },
      schema: {
        tags,
        summary: 'Pre-test (when given) and post-test scores, 0–100',
        params: slugIdParams,
        body: scoresInputSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => recordScores(ctx(request), request.params.id, request.body),
  );
  r.post(
    `${T}/events/:id/complete`,
    {
      config: { recordFixture: 'trainingEvent' },
      schema: {
        tags,
        summary: 'Close the event on or after its last day: completion, JP credited, certificates issued',
        params: slugIdParams,
        response: { 200: completionResultSchema, ...errorResponses },
      },
    },
    async (request) => completeEvent(ctx(request), request.params.id),
  );
  r.get(
    `${T}/certificates/:code`,
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'PUBLIC CONTRACT. Verify a certificate: holder, programme, JP and date only; 404 ' +
          '`training_certificate_unknown` for an unknown or revoked code',
        params: codeParams,
        response: { 200: certificateVerificationSchema, ...errorResponses },
      },
    },
    async (request) => verifyCertificate(ctx(request), request.params.code),
  );
  r.get(
    `${T}/certificates/:id/pdf`,
    {
      config: { recordFixture: 'trainingCertificate' },
      schema: { tags, summary: 'The certificate as PDF, with its code and QR (its holder, HR)', params: slugIdParams },
    },
    async (request, reply) => {
      const file = await certificateFile(ctx(request), request.params.id);
      return reply
        .header('content-disposition', `inline; filename="${file.fileName}"`)
        .type('application/pdf')
        .send(file.data);
    },
  );
  r.post(
    `${T}/certificates/:id/revoke`,
    {
      config: { recordFixture: 'trainingCertificate' },
      schema: {
        tags,
        summary: 'Revoke a certificate with a reason; its JP are withdrawn (HR admin)',
        params: slugIdParams,
        body: revokeInputSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => revokeCertificate(ctx(request), request.params.id, request.body),
  );
}
