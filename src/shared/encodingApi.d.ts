// The WHATWG Encoding API is global in every runtime the core runs in (Node 20, Chromium), but the
// core's tsconfig has neither DOM nor Node types; declare just what the core uses.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  readonly encoding: string
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string
}
declare class TextEncoder {
  encode(input?: string): Uint8Array
}
