import { contextBridge, ipcRenderer } from 'electron';
import { createDeskApi } from './deskApi';

// Sandboxed preload: it can require only 'electron', hence bundled to one CJS
// file. The page gets functions, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'desk',
  createDeskApi((channel, request) => ipcRenderer.invoke(channel, request)),
);
