/**
 * `npm run discord:register`: puts /port and "Explain ports" in place. Run it once per change of
 * the command definitions (commands.ts), not on every start of the bot.
 *
 *   DISCORD_TOKEN=… DISCORD_APPLICATION_ID=… [DISCORD_GUILD_ID=…] npm run discord:register
 */
import { readRegisterEnv, registerCommands } from './register-commands.js';

async function main(): Promise<void> {
  const read = readRegisterEnv(process.env);
  if (!read.ok) {
    console.error(
      `discord:register: the configuration has problems:\n${read.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    process.exitCode = 1;
    return;
  }
  const { options } = read;
  const where = options.guildId
    ? `server ${options.guildId} (instant)`
    : 'every server (global; may take a while)';
  try {
    const stored = await registerCommands(options);
    console.log(`Registered ${stored.map((command) => `"${command.name}"`).join(', ')} for ${where}.`);
  } catch (error) {
    console.error(
      `discord:register: Discord refused the commands: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
}

await main();
