/**
 * The only permission the app grants: writing plain text to the clipboard (a "copy quote" button
 * needs it). Everything else - camera, location, notifications, HID, serial… - a coding tool
 * never needs, and denying up front means no prompt can be clicked through by mistake.
 */
export function isPermissionGranted(permission: string): boolean {
  return permission === 'clipboard-sanitized-write'
}
