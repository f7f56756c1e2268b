export function StaffScreen() {
  return <h1>StaffScreen</h1>;
}
