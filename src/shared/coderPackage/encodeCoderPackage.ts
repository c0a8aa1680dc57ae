import { strToU8, zipSync } from 'fflate'
import type { CoderPackage } from './coderPackageSchema'

/** Name of the JSON entry inside a zipped package. */
export const PACKAGE_ENTRY = 'package.json'

/**
 * Serialises a package: JSON text (2-space indented, readable and diffable), or, with `zip`, a
 * ZIP archive (fflate, deflate level 6) holding it as `package.json` — a fifth of the size for
 * skeletons with many texts. Returns the JSON string or the archive's bytes.
 */
export function encodeCoderPackage(pkg: CoderPackage): string
export function encodeCoderPackage(pkg: CoderPackage, options: { zip: true }): Uint8Array
export function encodeCoderPackage(
  pkg: CoderPackage,
  options: { zip?: boolean } = {},
): string | Uint8Array {
  const json = JSON.stringify(pkg, null, 2)
  if (!options.zip) return json
  return zipSync({ [PACKAGE_ENTRY]: [strToU8(json), { level: 6 }] })
}
