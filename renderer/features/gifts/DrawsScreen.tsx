export function DrawsScreen() {
  return <h1>DrawsScreen</h1>;
}
