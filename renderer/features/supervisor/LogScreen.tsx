export function LogScreen() {
  return <h1>LogScreen</h1>;
}
