import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * A counter PC needs no menu bar (and no reload or DevTools shortcuts a
 * clerk could hit by accident). macOS keeps the app and edit menus, without
 * which Cmd+Q and copy/paste do not work there.
 */
export function installMinimalMenu(platform: NodeJS.Platform): void {
  if (platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  const template: MenuItemConstructorOptions[] = [{ role: 'appMenu' }, { role: 'editMenu' }];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
