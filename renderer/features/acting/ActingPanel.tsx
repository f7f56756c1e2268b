import { ActingWindowTable } from './ActingWindowTable';
import { NameAssistantForm } from './NameAssistantForm';

/** 主管助理 on the staff screen: name an assistant who acts as supervisor for a while, and the windows named so far. */
export function ActingPanel() {
  return (
    <>
      <NameAssistantForm />
      <ActingWindowTable />
    </>
  );
}
