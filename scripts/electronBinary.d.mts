/** Path of an installed Electron executable, or null; never triggers a download. */
export function findElectronBinary(root?: string, env?: NodeJS.ProcessEnv): string | null
