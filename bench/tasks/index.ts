import type { Task } from '../lib/types';
import { cityDay } from './city-day';
import { complaintsIntakeNodes } from './complaints-intake-nodes';
import { peopleImport50k } from './people-import-50k';
import { publicFirstLoad } from './public-first-load';
import { queueBoardFanout } from './queue-board-fanout';
import { queueCallContention } from './queue-call-contention';

/** Timed once each, in this order, after the scenarios and the closing baselines. A new task: one file, one line. */
export const tasks: Task[] = [
  publicFirstLoad,
  peopleImport50k,
  queueBoardFanout,
  queueCallContention,
  cityDay,
  complaintsIntakeNodes,
];
