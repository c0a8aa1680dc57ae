import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { devCspPlugin } from './scripts/devCspPlugin.mjs'

// Browser mode: the same renderer as a plain web page, with the browser platform implementation.
const root = fileURLToPath(new URL('./src/renderer', import.meta.url))
const port = Number(process.env.PORT ?? 5173)

export default defineConfig({
  root,
  base: './',
  plugins: [react(), devCspPlugin()],
  define: { 'import.meta.env.VITE_PLATFORM': JSON.stringify('browser') },
  server: { port, strictPort: true, host: '127.0.0.1' },
  preview: { port, strictPort: true, host: '127.0.0.1' },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
  },
})
