// pg loads its optional native binding only when asked for pg.native, which
// ServiceDesk never does: the bundle gets this in its place, so the packaged
// main process requires nothing outside itself.
throw new Error('pg-native is not part of ServiceDesk');
