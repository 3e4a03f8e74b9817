import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Makes a throw-away archive folder from a map of relative path → file content. */
export async function makeArchive(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sammantrade-archive-'));
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), content);
  }
  return dir;
}

export const body = `id: halsingeradet
name: Hälsingerådet
orgNumber: 769602-5290
rules:
  adjustment:
    withinDays: 7
    since: 2023-10-11
`;

export const meeting = `# yaml-language-server: $schema=../../schema/meeting.schema.json
id: 2023-10-11
body: halsingeradet
kind: minutes
date: 2023-10-11
start: "09:00"
end: "15:30"
location: Orbaden
status: held
paragraphRange: { from: 750, to: 768 }
participants:
  - name: Mikael Löthstam
    roles: [member, chair]
    party: S
    municipality: Hudiksvalls kommun
paragraphs:
  - number: 760
    title: Konvertering av webbplatsen
    types: [decision]
    caseNumber: HR 2023/5
    decisions:
      - text: Förslaget bifalls.
        outcome: approved
    assignments:
      - assignee: Linda Beigler
        task: ta in offert
  - number: 763
    title: Datum 2024
    caseNumber: hr 2023 / 5
`;
