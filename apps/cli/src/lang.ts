import { CLI_WORDS, type Label, type Lang } from '@sammantrade/core';
import type { Command, Help } from 'commander';

/** The CLI's language, from `--lang sv|en` anywhere on the command line; Swedish by default. */
export function langOf(argv: readonly string[]): Lang | { bad: string } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === undefined) continue;
    if (value === 'sv' || value === 'en') return value;
    return { bad: value };
  }
  return 'sv';
}

/** A phrase in the CLI's language. */
export type Say = (label: Label) => string;
export const sayIn =
  (lang: Lang): Say =>
  (label) =>
    label[lang];

const H = CLI_WORDS.help;

/** Commander's own words (headings, help and version options, errors) in the CLI's language. */
export function localise(command: Command, lang: Lang): Command {
  if (lang === 'en') return command;
  const say = sayIn(lang);
  const titles: Record<string, string> = {
    'Usage:': say(H.usage),
    'Arguments:': say(H.arguments),
    'Options:': say(H.options),
    'Commands:': say(H.commands),
  };
  return command
    .helpOption('-h, --help', say(H.help))
    .helpCommand('help [kommando]', say(H.helpCommand))
    .configureHelp({
      styleTitle: (title: string) => titles[title] ?? title,
      styleUsage: (usage: string) => usage.replace('[options]', say(H.options_)).replace('[command]', say(H.command_)),
      styleSubcommandTerm: (term: string) => term.replace('[options]', say(H.options_)),
      optionDescription(this: Help, option) {
        return Object.getPrototypeOf(this)
          .optionDescription.call(this, option)
          .replace('(default: ', `(${say(H.default)}: `);
      },
    } as Partial<Help>);
}

/** Commander's error lines in the CLI's language ("error: unknown option '--x'" → "fel: okänd flagga --x"). */
export function localiseError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const say = sayIn(lang);
  return text
    .replace(/^error: unknown option '([^']*)'/m, (_, o: string) => say(H.unknownOption(o)))
    .replace(/^error: unknown command '([^']*)'/m, (_, c: string) => say(H.unknownCommand(c)))
    .replace(/^error: missing required argument '([^']*)'/m, (_, a: string) => say(H.missingArgument(a)))
    .replace(/^error: option '([^']*)' argument missing/m, (_, o: string) => say(H.missingValue(o)))
    .replace(/^error: too many arguments[^\n]*/m, () => say(H.tooMany))
    .replace(/^\(Did you mean ([^)]*)\?\)/m, '(Menade du $1?)');
}
