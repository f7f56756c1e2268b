export function DepositScreen() {
  return <h1>DepositScreen</h1>;
}
