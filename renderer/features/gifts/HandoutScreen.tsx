export function HandoutScreen() {
  return <h1>HandoutScreen</h1>;
}
