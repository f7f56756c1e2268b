export function RetrieveScreen() {
  return <h1>RetrieveScreen</h1>;
}
