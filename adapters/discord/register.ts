/**
 * `npm run discord:register`: puts /port and "Explain ports" in place. Run it once per change of
 * the command definitions (commands.ts), not on every start of the bot. With `--remove`, takes
 * them away again, from the same place.
 *
 *   DISCORD_TOKEN=… DISCORD_APPLICATION_ID=… [DISCORD_GUILD_ID=…] npm run discord:register
 *   DISCORD_TOKEN=… DISCORD_APPLICATION_ID=… [DISCORD_GUILD_ID=…] npm run discord:register -- --remove
 */
import { describeDiscordFailure } from './discord-failure.js';
import { readRegisterEnv, registerCommands, removeCommands } from './register-commands.js';

const REMOVE_FLAG = '--remove';

function names(commands: readonly { name: string }[]): string {
  return commands.map((command) => `"${command.name}"`).join(', ');
}

async function main(): Promise<void> {
  const extra = process.argv.slice(2).filter((argument) => argument !== REMOVE_FLAG);
  if (extra.length > 0) {
    console.error(
      `discord:register: unknown argument ${JSON.stringify(extra[0])}. Run it with no argument to register ` +
        `the commands, or with ${REMOVE_FLAG} to remove them.`,
    );
    process.exitCode = 1;
    return;
  }
  const remove = process.argv.includes(REMOVE_FLAG);
  const read = readRegisterEnv(process.env);
  if (!read.ok) {
    console.error(
      `discord:register: the configuration has problems:\n${read.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    process.exitCode = 1;
    return;
  }
  const { options } = read;
  try {
    if (remove) {
      const where = options.guildId ? `server ${options.guildId}` : 'every server (global)';
      const removed = await removeCommands(options);
      console.log(
        removed.length > 0
          ? `Removed ${names(removed)} from ${where}.`
          : `Nothing to remove: portbot has no commands registered for ${where}.`,
      );
      return;
    }
    const where = options.guildId
      ? `server ${options.guildId} (instant)`
      : 'every server (global; may take a while)';
    const stored = await registerCommands(options);
    console.log(`Registered ${names(stored)} for ${where}.`);
  } catch (error) {
    const failure = describeDiscordFailure(error, { apiUrl: options.apiUrl, what: 'the commands' });
    console.error(`discord:register: ${failure.message}`);
    process.exitCode = 1;
  }
}

await main();
