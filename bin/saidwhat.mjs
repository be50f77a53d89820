#!/usr/bin/env node
// Loads the TypeScript CLI in-process through tsx, so the package needs no build step and
// signals reach the service directly.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
