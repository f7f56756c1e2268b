export function ClosingScreen() {
  return <h1>ClosingScreen</h1>;
}
