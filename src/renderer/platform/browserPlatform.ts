import type { PlatformApi, SaveRequest } from './PlatformApi'
import { IMPORT_ACCEPT, importableInFolder } from './importableFiles'
import { readDroppedFiles } from './readDroppedFiles'
import { browserTeamTransport } from './teamTransport'

function pickFiles(accept: string, folder = false): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = true
    input.accept = accept
    // Chromium, Firefox and Safari all pick folders (recursively) with this non-standard flag.
    input.webkitdirectory = folder
    input.style.display = 'none'
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []))
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve([])
      input.remove()
    })
    document.body.append(input)
    input.click()
  })
}

function download({ defaultName, content, extensions }: SaveRequest): void {
  const type = extensions.includes('csv') ? 'text/csv;charset=utf-8' : 'application/octet-stream'
  const url = URL.createObjectURL(new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = defaultName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Browser mode: a file input for opening, a Blob download for saving, no native menus. */
export const browserPlatform: PlatformApi = {
  kind: 'browser',
  openImportFiles: async ({ folder }) => {
    const files = await pickFiles(IMPORT_ACCEPT, folder)
    return folder ? files.filter((f) => importableInFolder(f.name)) : files
  },
  openFiles: async ({ extensions, maxBytes }) =>
    readDroppedFiles(await pickFiles(extensions.map((e) => `.${e}`).join(',')), maxBytes),
  saveFile: async (request) => {
    download(request)
    return true
  },
  // A page cannot write into a folder: each file downloads on its own, as Save does.
  saveFilesToFolder: async ({ files }) => {
    for (const file of files) {
      const extension = file.name.split('.').pop() ?? ''
      download({
        defaultName: file.name,
        content: file.content,
        filterName: '',
        extensions: [extension],
      })
    }
    return files.map((f) => f.name)
  },
  defaultCoderName: async () => 'Coder 1',
  openExternal: async (url) => {
    if (/^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener,noreferrer')
  },
  onMenuCommand: () => () => undefined,
  durability: null,
  team: browserTeamTransport(),
}
