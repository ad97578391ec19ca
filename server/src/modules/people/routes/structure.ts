import {
  positionCreateSchema,
  positionSchema,
  positionUpdateSchema,
  unitCloseSchema,
  unitCreateSchema,
  unitMoveSchema,
  unitSchema,
  unitUpdateSchema,
} from '@lentera/common';
import { z } from 'zod';
import { errorResponses, slugIdParams, slugParams, type ZodApp } from '../../../platform/http/types';
import { createPosition, listPositions, updatePosition } from '../use-cases/manage-positions';
import { closeUnit, createUnit, moveUnit, unitChanges, unitTree, updateUnit } from '../use-cases/manage-units';
import { idOnly, P, type RequestCtx, tags } from './shared';

/** Units (the OPD tree) and positions (jabatan). */
export function structureRoutes(r: ZodApp, ctx: RequestCtx): void {
  r.get(
    `${P}/units`,
    {
      schema: {
        tags,
        summary: 'The unit (OPD) tree with heads and headcounts',
        params: slugParams,
        querystring: z.object({ includeClosed: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(unitSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await unitTree(ctx(request), { includeClosed: request.query.includeClosed === 'true' }),
    }),
  );
  r.post(
    `${P}/units`,
    {
      schema: {
        tags,
        summary: 'Create a unit',
        params: slugParams,
        body: unitCreateSchema,
        response: { 201: idOnly, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send({ id: (await createUnit(ctx(request), request.body)).id }),
  );
  r.patch(
    `${P}/units/:id`,
    {
      config: { recordFixture: 'unit' },
      schema: {
        tags,
        summary: 'Rename or re-code a unit',
        params: slugIdParams,
        body: unitUpdateSchema,
        response: { 200: idOnly, ...errorResponses },
      },
    },
    async (request) => ({ id: (await updateUnit(ctx(request), request.params.id, request.body)).id }),
  );
  r.post(
    `${P}/units/:id/move`,
    {
      config: { recordFixture: 'unit' },
      schema: {
        tags,
        summary: 'Move a unit under another parent',
        params: slugIdParams,
        body: unitMoveSchema,
        response: { 200: idOnly, ...errorResponses },
      },
    },
    async (request) => ({ id: (await moveUnit(ctx(request), request.params.id, request.body)).id }),
  );
  r.post(
    `${P}/units/:id/close`,
    {
      config: { recordFixture: 'unit' },
      schema: {
        tags,
        summary: 'Close a unit (refused while it has active employees)',
        params: slugIdParams,
        body: unitCloseSchema,
        response: { 200: idOnly, ...errorResponses },
      },
    },
    async (request) => ({ id: (await closeUnit(ctx(request), request.params.id, request.body)).id }),
  );
  r.get(
    `${P}/units/:id/changes`,
    {
      config: { recordFixture: 'unit' },
      schema: {
        tags,
        summary: "A unit's dated changes",
        params: slugIdParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                kind: z.string(),
                effectiveOn: z.string(),
                details: z.unknown(),
                recordedAt: z.string(),
                recordedBy: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await unitChanges(ctx(request), request.params.id) }),
  );
  r.get(
    `${P}/positions`,
    {
      schema: {
        tags,
        summary: 'Positions (jabatan), optionally of one unit',
        params: slugParams,
        querystring: z.object({ unitId: z.string().optional() }),
        response: { 200: z.object({ items: z.array(positionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listPositions(ctx(request), request.query.unitId) }),
  );
  r.post(
    `${P}/positions`,
    {
      schema: {
        tags,
        summary: 'Create a position in a unit',
        params: slugParams,
        body: positionCreateSchema,
        response: { 201: idOnly, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send({ id: (await createPosition(ctx(request), request.body)).id }),
  );
  r.patch(
    `${P}/positions/:id`,
    {
      config: { recordFixture: 'position' },
      schema: {
        tags,
        summary: 'Edit a position: name, kind, class, quota or heading the unit',
        params: slugIdParams,
        body: positionUpdateSchema,
        response: { 200: idOnly, ...errorResponses },
      },
    },
    async (request) => ({ id: (await updatePosition(ctx(request), request.params.id, request.body)).id }),
  );
}
