export function ReturnsReportScreen() {
  return <h1>ReturnsReportScreen</h1>;
}
