export function CampaignsScreen() {
  return <h1>CampaignsScreen</h1>;
}
