export function ReturnsScreen() {
  return <h1>ReturnsScreen</h1>;
}
