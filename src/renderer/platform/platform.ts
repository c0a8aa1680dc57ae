import type { PlatformApi } from './PlatformApi'
import { browserPlatform } from './browserPlatform'
import { electronPlatform } from './electronPlatform'

/** The platform of this renderer: Electron when the preload exposed its API, else the browser. */
export const platform: PlatformApi = window.api ? electronPlatform(window.api) : browserPlatform
