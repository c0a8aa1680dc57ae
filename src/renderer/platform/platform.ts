import type { Platform } from './Platform'
import { browserPlatform } from './browserPlatform'
import { electronPlatform } from './electronPlatform'

/** The platform of this renderer: Electron when the preload exposed its API, else the browser. */
export const platform: Platform = window.api ? electronPlatform(window.api) : browserPlatform
