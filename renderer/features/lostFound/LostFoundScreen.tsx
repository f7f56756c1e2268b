export function LostFoundScreen() {
  return <h1>LostFoundScreen</h1>;
}
