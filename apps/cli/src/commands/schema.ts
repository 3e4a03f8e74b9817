import { writeSchemas } from '@sammantrade/core/node';
import type { Command } from 'commander';
import { EXIT, type Io } from '../io.js';

/** `sammantrade schema ARCHIVE`: writes the JSON Schemas the archive's YAML files point editors at. */
export function registerSchema(program: Command, io: Io, done: (code: number) => void): void {
  program
    .command('schema')
    .description("write the JSON Schema of each record kind into the archive's schema/ folder, for editors")
    .argument('<archive>', 'the archive folder')
    .action(async (dir: string) => {
      await writeSchemas(dir);
      io.out(`${dir}/schema: body, meeting, schedule and programme schemas written\n`);
      done(EXIT.ok);
    });
}
