import { useEffect } from 'react'
import { platform } from '../platform/platform'
import { runAppCommand } from './appCommands'

/** Runs native menu commands through the same functions as buttons and shortcuts. */
export function useMenuCommands(): void {
  useEffect(() => platform.onMenuCommand((command) => void runAppCommand(command)), [])
}
