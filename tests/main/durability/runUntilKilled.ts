import { spawn } from 'node:child_process'

/**
 * Runs the bundled child with `args`, waits until it has printed `acks` ack lines, then kills it
 * with SIGKILL wherever it is (mid-write, mid-fsync, mid-rename) and resolves to every ack line it
 * printed, including those still in the pipe when it died.
 */
export function runUntilKilled(script: string, args: string[], acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    const lines: string[] = []
    let buffered = ''
    let stderr = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const parts = buffered.split('\n')
      buffered = parts.pop() ?? ''
      lines.push(...parts.filter((l) => l.startsWith('ack ')))
      if (lines.length >= acks && child.exitCode === null) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${stderr}`))
      else resolve(lines)
    })
  })
}
