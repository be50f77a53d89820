// Checks real responses against openapi.yaml: the operation, its status, its content type, its
// body (JSON Schema 2020-12 through Ajv) and documented headers. Records what was exercised.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import assert from 'node:assert/strict';
import { SPEC } from '../../src/api/routes/service.js';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const spec = SPEC as Obj;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, 'spec');

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const esc = (s: string) => s.replace(/~/gu, '~0').replace(/\//gu, '~1');

/** Every operation of the spec as "METHOD /path/{param}". */
export const specOperations = (): string[] =>
  Object.entries(spec.paths as Obj).flatMap(([p, item]) => METHODS.filter((m) => m in item).map((m) => `${m.toUpperCase()} ${p}`));

const templates = Object.keys(spec.paths as Obj).map((t) => ({
  t, re: new RegExp(`^${t.replace(/\{[^}]+\}/gu, '[^/]+')}$`, 'u'),
}));

export const exercised = new Set<string>();

export interface Res { status: number; headers: Record<string, string | string[] | undefined>; body: unknown; text: string }

/** Asserts that a response is one the spec allows for this request; returns it for chaining. */
export function conforms<R extends Res>(method: string, url: string, res: R): R {
  const path = url.split('?')[0];
  const tpl = templates.filter((x) => x.re.test(path)).sort((a, b) => a.t.split('{').length - b.t.split('{').length)[0];
  assert.ok(tpl, `${method} ${path}: no such path in openapi.yaml`);
  const m = method.toLowerCase();
  const op = spec.paths[tpl.t][m];
  assert.ok(op, `${method} ${tpl.t}: no such operation in openapi.yaml`);
  exercised.add(`${method.toUpperCase()} ${tpl.t}`);
  let pointer = `/paths/${esc(tpl.t)}/${m}/responses/${res.status}`;
  let response = op.responses[String(res.status)];
  assert.ok(response, `${method} ${tpl.t}: status ${res.status} is not documented (body: ${res.text.slice(0, 300)})`);
  if (response.$ref) { pointer = response.$ref.slice(1); response = pointer.split('/').slice(1).reduce((o: Obj, k: string) => o[k.replace(/~1/gu, '/')], spec); }
  for (const h of Object.keys(response.headers ?? {})) {
    if (['Retry-After', 'Location'].includes(h)) assert.ok(res.headers[h.toLowerCase()], `${method} ${tpl.t} ${res.status}: header ${h} missing`);
  }
  if (!response.content) { assert.equal(res.text ?? '', '', `${method} ${tpl.t} ${res.status}: body where none is documented`); return res; }
  const ct = String(res.headers['content-type'] ?? '').split(';')[0].trim();
  assert.ok(ct in response.content, `${method} ${tpl.t} ${res.status}: content type ${ct} not documented (${Object.keys(response.content).join(', ')})`);
  if (ct.endsWith('json')) {
    const validate = ajv.compile({ $ref: `spec#${pointer}/content/${esc(ct)}/schema` });
    const ok = validate(res.body);
    assert.ok(ok, `${method} ${tpl.t} ${res.status}: body does not match openapi.yaml: ${ajv.errorsText(validate.errors)}\n${res.text.slice(0, 500)}`);
  }
  return res;
}

/** "METHOD /path/{param}" for every route the Express app serves. */
export function appRoutes(app: { router: { stack: Obj[] } }): string[] {
  const out: string[] = [];
  const walk = (stack: Obj[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const m of Object.keys(layer.route.methods)) if (METHODS.includes(m)) out.push(`${m.toUpperCase()} ${String(layer.route.path).replace(/:(\w+)/gu, '{$1}')}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk(app.router.stack);
  return [...new Set(out)].sort();
}
