// supertest calls that are checked against openapi.yaml on the way back.
import request from 'supertest';
import type { Express } from 'express';
import { conforms } from './contract.js';

type Headers = Record<string, string>;

export function client(app: Express) {
  const done = async (method: string, url: string, p: request.Test) => conforms(method, url, await p);
  return {
    get: (url: string, headers: Headers = {}) => done('GET', url, request(app).get(url).set(headers)),
    delete: (url: string, headers: Headers = {}) => done('DELETE', url, request(app).delete(url).set(headers)),
    post: (url: string, body: unknown, headers: Headers = {}) => done('POST', url, request(app).post(url).set(headers).send(body as object)),
    /** A raw body with its own content type (for the 400/413/415 cases). */
    postRaw: (url: string, raw: string, type: string, headers: Headers = {}) =>
      done('POST', url, request(app).post(url).set(headers).set('Content-Type', type).send(raw)),
  };
}
