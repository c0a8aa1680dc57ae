import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { devCspPlugin } from './scripts/devCspPlugin.mjs'
import {
  browserModeContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
} from './src/main/contentSecurityPolicy.ts'

// Browser mode: the same renderer as a plain web page, with the browser platform implementation.
const root = fileURLToPath(new URL('./src/renderer', import.meta.url))
const port = Number(process.env.PORT ?? 5173)

// Every response carries the Electron app's CSP as a header, as app:// responses do: a meta tag
// binds the page only, while the header binds the workers too (import, pdf.js, gzip, search),
// so browser mode and its e2e tests run them under the policy they meet in the desktop app —
// except that browser mode talks to a team's CouchDB itself (the desktop app does it in main).
export default defineConfig({
  root,
  base: './',
  plugins: [react(), devCspPlugin()],
  define: { 'import.meta.env.VITE_PLATFORM': JSON.stringify('browser') },
  // ES module workers can load chunks lazily: pdf.js only when a PDF is imported (ADR 0015).
  worker: { format: 'es' },
  // Found only when the import worker first loads it: listed, so the dev server does not reload
  // the page (and lose the running import) to optimise it then.
  optimizeDeps: { include: ['pdfjs-dist'] },
  server: {
    port,
    strictPort: true,
    host: '127.0.0.1',
    headers: {
      'Content-Security-Policy': browserModeContentSecurityPolicy(
        devContentSecurityPolicy(`http://127.0.0.1:${port}`),
      ),
    },
  },
  preview: {
    port,
    strictPort: true,
    host: '127.0.0.1',
    headers: {
      'Content-Security-Policy': browserModeContentSecurityPolicy(CONTENT_SECURITY_POLICY),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
  },
})
