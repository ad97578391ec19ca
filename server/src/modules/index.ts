import type { ModuleManifest } from '../platform/module';

/** The modules of this installation, in dependency order. */
export const modules: ModuleManifest[] = [];
