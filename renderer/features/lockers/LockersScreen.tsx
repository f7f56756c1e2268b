export function LockersScreen() {
  return <h1>LockersScreen</h1>;
}
