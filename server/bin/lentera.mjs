#!/usr/bin/env -S node --max-semi-space-size=64
// (The flag: see node-flags.mjs.)
// The `lentera` command: runs the TypeScript CLI through tsx's loader (no separate build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
