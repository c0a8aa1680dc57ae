import { describe, expect, it } from 'vitest'
import {
  BACKGROUND_DARK,
  BACKGROUND_LIGHT,
  windowOptions,
} from '../../../src/main/window/windowOptions'

describe('windowOptions', () => {
  it('isolates and sandboxes the renderer with Node switched off', () => {
    const { webPreferences } = windowOptions('/app/out/preload/index.cjs')
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })

  it('opens hidden, titled Newscoder, with a background that follows the theme', () => {
    expect(windowOptions('/p')).toMatchObject({
      show: false,
      title: 'Newscoder',
      backgroundColor: BACKGROUND_LIGHT,
    })
    expect(windowOptions('/p', { dark: true }).backgroundColor).toBe(BACKGROUND_DARK)
  })
})
