import {
  reportReopenSchema,
  reportReviewSchema,
  reportSaveSchema,
  reportSchema,
  reviewContextSchema,
} from '@lentera/common';
import { z } from 'zod';
import { errorResponses, slugIdParams, slugParams } from '../../../platform/http/types';
import {
  getReport,
  myReports,
  reopenReport,
  reviewContext,
  reviewReport,
  saveReport,
  submitReport,
} from '../use-cases/reports';
import { P, type RouteKit, reportParams, tags, yearQuery } from './shared';

/** Periodic reports: draft, submit, review, context, reopen. */
export function reportRoutes({ r, ctx }: RouteKit): void {
  r.get(
    `${P}/me/reports`,
    {
      schema: {
        tags,
        summary: "The employee's own reports of a year",
        params: slugParams,
        querystring: yearQuery,
        response: { 200: z.object({ items: z.array(reportSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await myReports(ctx(request), request.query.year) }),
  );
  r.put(
    `${P}/reports`,
    {
      schema: {
        tags,
        summary: "Save the employee's report for a period as a draft",
        params: slugParams,
        body: reportSaveSchema,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => saveReport(ctx(request), request.body),
  );
  r.get(
    `${P}/reports/:id`,
    {
      config: { recordFixture: 'performanceReport' },
      schema: {
        tags,
        summary: 'A report with every round',
        params: slugIdParams,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => getReport(ctx(request), request.params.id),
  );
  r.post(
    `${P}/reports/:reportId/submit`,
    {
      schema: {
        tags,
        summary: 'Submit (or resubmit) the report (the employee)',
        params: reportParams,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => submitReport(ctx(request), request.params.reportId),
  );
  r.post(
    `${P}/reports/:reportId/review`,
    {
      schema: {
        tags,
        summary: 'Approve with ratings, or return with feedback (appraiser)',
        params: reportParams,
        body: reportReviewSchema,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => reviewReport(ctx(request), request.params.reportId, request.body),
  );
  r.get(
    `${P}/reports/:reportId/context`,
    {
      schema: {
        tags,
        summary: 'Complaints about the employee in the period (appraiser)',
        params: reportParams,
        response: { 200: reviewContextSchema, ...errorResponses },
      },
    },
    async (request) => reviewContext(ctx(request), request.params.reportId),
  );
  r.post(
    `${P}/reports/:id/reopen`,
    {
      config: { recordFixture: 'performanceReport' },
      schema: {
        tags,
        summary: 'Reopen an approved report (appraiser or hr_admin; audited)',
        params: slugIdParams,
        body: reportReopenSchema,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => reopenReport(ctx(request), request.params.id, request.body),
  );
}
