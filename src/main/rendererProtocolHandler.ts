import type { readFile as ReadFile } from 'node:fs/promises'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'
import { mimeType } from './mimeType'
import { resolveRendererFile } from './resolveRendererFile'

export type RendererProtocolDeps = {
  rendererDir: string
  readFile: typeof ReadFile
}

/**
 * The app:// request handler: serves the built renderer with our CSP, 404 for anything outside it
 * or missing. Plain fetch Request/Response, so it is tested in Node without Electron.
 */
export function rendererProtocolHandler(deps: RendererProtocolDeps) {
  return async (request: Request): Promise<Response> => {
    const file = resolveRendererFile(deps.rendererDir, request.url)
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound()
    let body: Buffer
    try {
      body = await deps.readFile(file)
    } catch {
      return notFound()
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': mimeType(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  }
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
}
