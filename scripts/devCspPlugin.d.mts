import type { Plugin } from 'vite'

/** Dev-server-only plugin that allows React's inline refresh preamble under the page's CSP. */
export function devCspPlugin(): Plugin
