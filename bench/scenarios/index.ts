import type { Scenario } from '../lib/types';
import { adminRoles } from './admin-roles';
import { insert } from './baseline-insert';
import { noop } from './baseline-noop';
import { login } from './login';
import { portalHomeApi } from './portal-home-api';
import { portalHomeAssets } from './portal-home-assets';
import { portalHomeHtml } from './portal-home-html';

/** Measured first in every run; every other figure is reported as a ratio to these. */
export const baselines = { noop, insert };

/** Run in this order after the baselines. A new scenario: one file in this folder and one line here. */
export const scenarios: Scenario[] = [login, adminRoles, portalHomeHtml, portalHomeApi, portalHomeAssets];
