import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { devCspPlugin } from './scripts/devCspPlugin.mjs'

// The preload runs sandboxed, where only CommonJS and no npm packages load: bundle it to one .cjs file.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), devCspPlugin()],
    // ES module workers can load chunks lazily: pdf.js only when a PDF is imported (ADR 0015).
    worker: { format: 'es' },
    // Found only when the import worker first loads it: listed, so the dev server does not reload
    // the page (and lose the running import) to optimise it then.
    optimizeDeps: { include: ['pdfjs-dist'] },
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})
