import { markIncompleteSchema, paymentSchema, type RequestDetail, refuseSchema } from '@lentera/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Services } from '../../../platform/context';
import { ctxOf } from '../../../platform/http/request-context';
import { errorResponses, slugIdParams, zodApp } from '../../../platform/http/types';
import { deliverOutput } from '../use-cases/deliver-output';
import {
  approveRequest,
  finishPickup,
  markIncomplete,
  recordPayment,
  refuseRequest,
  startProcessing,
} from '../use-cases/work-request';
import { detailSchema, OUTPUT_UPLOAD, readForm, S, tags } from './request-io';

/** The officers' steps on a request of their unit, and the output they deliver. */
export function officerRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: FastifyRequest) => ctxOf(services, request);
  const step = (
    name: string,
    summary: string,
    fixture: string,
    run: (c: ReturnType<typeof ctx>, id: string, body: never) => Promise<RequestDetail>,
    body?: z.ZodTypeAny,
  ) =>
    r.post(
      `${S}/requests/:id/${name}`,
      {
        config: { recordFixture: fixture },
        schema: {
          tags,
          summary,
          params: slugIdParams,
          ...(body ? { body } : {}),
          response: { 200: detailSchema, ...errorResponses },
        },
      },
      async (request) => run(ctx(request), request.params.id, request.body as never),
    );
  step(
    'incomplete',
    'Documents incomplete: name the missing document fields and what to do; the clock stops',
    'serviceRequest',
    markIncomplete,
    markIncompleteSchema,
  );
  step('process', 'Start processing a submitted request', 'serviceRequest', (c, id) => startProcessing(c, id));
  step('approve', 'Approve a request in process', 'serviceRequestInProcess', (c, id) => approveRequest(c, id));
  step('refuse', 'Refuse with a reason (final)', 'serviceRequest', refuseRequest, refuseSchema);
  step('payment', 'Record the fee paid, with its receipt', 'serviceRequestWithFee', recordPayment, paymentSchema);
  step('done', 'The output was picked up at the counter: done', 'serviceRequestReady', (c, id) => finishPickup(c, id));
  r.post(
    `${S}/requests/:id/output`,
    {
      config: { recordFixture: 'serviceRequestApproved', upload: OUTPUT_UPLOAD },
      schema: {
        tags,
        summary:
          'Deliver the output of an approved request: `kind` = file (a signed PDF in field `output`, multipart), ' +
          'letter (generated from the template) or pickup (ready at the counter)',
        params: slugIdParams,
        consumes: ['application/json', 'multipart/form-data'],
        response: { 200: detailSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request) => {
      const form = await readForm(request);
      const upload = form.files.find((f) => f.field === 'output') ?? null;
      return deliverOutput(
        ctx(request),
        request.params.id,
        { kind: form.fields.get('kind') as never },
        upload ? { fileName: upload.fileName, data: upload.data } : null,
      );
    },
  );
}
